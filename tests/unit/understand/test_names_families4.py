"""Interviewer names with apostrophes, hyphens, Catalan surnames and short given names.

Every message here was written for these tests (invented people, companies and places under
``.example``) to mirror a layout: Outlook and Google invitations whose guests are written
"O'Brien, Aoife", a founder's phone reply settling a time, a Luxembourg HR letter in French,
a Barcelona start-up writing Spanish after a Catalan greeting, a German Personalabteilung,
and a Google Calendar appointment-schedule booking. Each positive has a trap of its family:
coordinators, teams, the user, greetings and closings never become people.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail, vevent_calendar
from .messages import sorted_names as names


def user(name: str, address: str, zone: str, order: str = "dmy") -> Context:
    """A context for one user."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


ROISIN = user("Róisín Gallagher", "roisin.gallagher@example.net", "Europe/Dublin")
TOM = user("Tom Reding", "tom.reding@example.net", "Europe/Luxembourg")
MARC = user("Marc Soler", "marc.soler@example.net", "Europe/Madrid")
LENA = user("Lena Vogt", "lena.vogt@example.net", "Europe/Berlin")
AMARA = user("Amara Okafor", "amara.okafor@example.net", "America/New_York", "mdy")


class TestApostrophesAndHyphensOnEveryPath:
    """O'Brien, N'Diaye, D'Souza (straight and curly) and Jean-Luc survive every source."""

    def test_calendar_guests_written_family_first(self) -> None:
        """Outlook CNs "O'Brien, Aoife" and "D’Souza, Priya" become "Aoife O'Brien", "Priya D’Souza"."""
        ics = vevent_calendar(
            summary="Interview: Data Engineer - Róisín Gallagher",
            start="20260317T100000",
            end="20260317T110000",
            tzid="Europe/Dublin",
            organizer="mailto:careers@tidewrack.example",
            organizer_cn="Tidewrack Careers",
            attendees=(
                ('"O\'Brien, Aoife"', "aoife.obrien@tidewrack.example"),
                ('"D’Souza, Priya"', "priya.dsouza@tidewrack.example"),
                ("Jean-Luc Ferrand", "jl.ferrand@tidewrack.example"),
                ("Róisín Gallagher", "roisin.gallagher@example.net"),
            ),
        )
        raw = mail(
            sender="Tidewrack Careers <careers@tidewrack.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="Invitation: Interview: Data Engineer - Róisín Gallagher",
            date="Tue, 10 Mar 2026 09:00:00 +0000",
            body="Your interview for the Data Engineer role has been scheduled.\n",
            ics=ics,
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Aoife O'Brien", "Jean-Luc Ferrand", "Priya D’Souza"]

    def test_from_header_and_sentence_with_me(self) -> None:
        """A From "Ciarán O'Driscoll" writing "with me and Mei-Ling Chua" names both."""
        raw = mail(
            sender="Ciarán O'Driscoll <ciaran@quayline.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="Second interview - Product Analyst",
            date="Tue, 10 Mar 2026 09:00:00 +0000",
            body=(
                "Hi Róisín,\n\n"
                "Thanks for your time last week. We'd like to invite you to a second interview "
                "with me and Mei-Ling Chua (Head of Design) on Thursday 19 March at 2pm at our "
                "Grand Canal office.\n\n"
                "Ciarán O'Driscoll\nEngineering Manager, Quayline\n"
            ),
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ciarán O'Driscoll", "Mei-Ling Chua"]

    def test_curly_apostrophes_in_a_sentence(self) -> None:
        """ "meeting with Jean-Luc Ferrand (VP Engineering) and Siobhán O’Keeffe" keeps both."""
        raw = mail(
            sender="Nadia Brennan <nadia.brennan@harbourlight.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="Interview confirmed - Backend Engineer",
            date="Tue, 10 Mar 2026 09:00:00 +0000",
            body=(
                "Hi Róisín,\n\n"
                "Your interview is confirmed for Wednesday 18 March at 11:00. You'll be meeting "
                "with Jean-Luc Ferrand (VP Engineering) and Siobhán O’Keeffe.\n\n"
                "Best,\nNadia Brennan\nRecruiting Coordinator\n"
            ),
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Jean-Luc Ferrand", "Siobhán O’Keeffe"]

    def test_bulleted_list_of_interviewers(self) -> None:
        """An "Interviewers:" list keeps "Mariama N'Diaye" and "Anne-Sophie D’Arcy" whole."""
        raw = mail(
            sender="Greenhouse <no-reply@greenhouse.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="Interview confirmation: Site Reliability Engineer at Fernhollow",
            date="Tue, 10 Mar 2026 09:00:00 +0000",
            body=(
                "Hi Róisín,\n\n"
                "Your interview with Fernhollow is confirmed for Monday, 23 March 2026 at "
                "15:00 (GMT).\n\n"
                "Interviewers:\n"
                "- Mariama N'Diaye, Staff Engineer\n"
                "- Anne-Sophie D’Arcy (Product Lead)\n\n"
                "Good luck!\n"
            ),
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Anne-Sophie D’Arcy", "Mariama N'Diaye"]

    def test_agenda_rows(self) -> None:
        """Itinerary rows "10:00 – 10:45  Case study – Dara O'Connell" name each session's person."""
        raw = mail(
            sender="Eilis Kavanagh <eilis.kavanagh@stonebridge.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="Your onsite interview schedule - Thursday 26 March",
            date="Tue, 10 Mar 2026 09:00:00 +0000",
            body=(
                "Hi Róisín,\n\n"
                "Here is your onsite interview schedule for Thursday 26 March:\n\n"
                "10:00 – 10:45  Technical interview – Jean-Luc Ferrand\n"
                "11:00 – 11:45  Case study – Dara O'Connell\n"
                "12:00 – 12:30  Lunch – Riverside Canteen\n\n"
                "Eilis Kavanagh\nRecruiting Coordinator\n"
            ),
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Dara O'Connell", "Jean-Luc Ferrand"]


class TestReplyCompletesFirstNames:
    """A phone reply settling a time names people briefly; the sender's earlier words in full."""

    def thread(self, reply: str, earlier: str, signature: str) -> bytes:
        """A reply from a hiring manager's phone over their own quoted offer of times."""
        return mail(
            sender="Fergal O’Hara <fergal.ohara@bogcotton.example>",
            to="Róisín Gallagher <roisin.gallagher@example.net>",
            subject="RE: Re: Surveyor role - second round",
            date="Wed, 11 Mar 2026 11:05:00 +0000",
            headers={"In-Reply-To": "<prev.1@mail.example.net>"},
            body=(
                f"{reply}\n\nSent from my iPhone\n\n"
                "On Tue, Mar 10, 2026 at 9:40 AM Fergal O’Hara <fergal.ohara@bogcotton.example> "
                "wrote:\n\n"
                "> Hi Róisín,\n>\n"
                f"> {earlier}\n"
                "> - Monday 16 March 10am\n> - Tuesday 17 March 2pm\n>\n"
                f"> {signature}\n"
            ),
        )

    def test_first_name_takes_the_earlier_full_name_and_me(self) -> None:
        """ "Ana-Sofia will meet you" over "a second round with me and Ana-Sofia Reyes" names both."""
        raw = self.thread(
            "Tues 2pm locked in, see you both then. Ana-Sofia will meet you at reception.",
            "Could you do a second round with me and Ana-Sofia Reyes (Chief Surveyor)?",
            "Fergal O’Hara\n> Operations Manager, Bogcotton Surveys",
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ana-Sofia Reyes", "Fergal O’Hara"]

    def test_coordinator_reply_does_not_name_the_coordinator(self) -> None:
        """A coordinator who only arranged ("You'll meet with Ana-Sofia Reyes") stays out."""
        raw = self.thread(
            "Tues 2pm is confirmed. Ana-Sofia will meet you at reception.",
            "You'll meet with Ana-Sofia Reyes (Chief Surveyor). Which time suits?",
            "Fergal O’Hara\n> Talent Acquisition Coordinator, Bogcotton Surveys",
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ana-Sofia Reyes"]

    def test_two_earlier_people_of_one_first_name_leave_it_as_written(self) -> None:
        """ "Ana will meet you" over two Anas is not guessed to be either of them."""
        raw = self.thread(
            "Tues 2pm is confirmed. Ana will meet you at reception.",
            "You'll meet with Ana Reyes (Chief Surveyor) and Ana Byrne (Lead Surveyor).",
            "Fergal O’Hara\n> Talent Acquisition Coordinator, Bogcotton Surveys",
        )
        u = understand(raw, ROISIN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ana"]


class TestWriterWithAnotherPerson:
    """ "avec X et moi-même", "Estaremos X y yo", "mit X und mir": the writer and the named."""

    def test_luxembourg_letter_in_french_with_short_given_names(self) -> None:
        """ "votre entretien (poste : X) avec Ed Lang, CFO, et moi-même" names Ed and the writer."""
        raw = mail(
            sender="Pit Wagner <pit.wagner@moselle-invest.example>",
            to="Tom Reding <tom.reding@example.net>",
            subject="Entretien – Contrôleur de gestion",
            date="Mon, 09 Mar 2026 16:00:00 +0100",
            body=(
                "Bonjour Monsieur Reding,\n\n"
                "Suite à votre candidature, je vous confirme votre entretien (poste : "
                "Contrôleur de gestion) avec Ed Lang, Chief Financial Officer, et moi-même le jeudi 19 mars "
                "2026 à 10h00 dans nos bureaux du Kirchberg.\n\n"
                "Äddi a bis geschwënn,\nPit Wagner\nDirecteur financier adjoint\n"
            ),
        )
        u = understand(raw, TOM)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ed Lang", "Pit Wagner"]

    def test_french_team_and_me_names_only_the_writer(self) -> None:
        """ "un échange avec l'équipe Audit et moi-même": a team is never a person."""
        raw = mail(
            sender="Jo Hoffmann <jo.hoffmann@moselle-invest.example>",
            to="Tom Reding <tom.reding@example.net>",
            subject="Entretien – Auditeur interne",
            date="Mon, 09 Mar 2026 16:00:00 +0100",
            body=(
                "Bonjour Monsieur Reding,\n\n"
                "Suite à votre candidature, je vous confirme votre entretien le mardi 17 mars "
                "2026 à 14h00 : un échange "
                "avec l'équipe Audit et moi-même, d'environ une heure.\n\n"
                "Cordialement,\nJo Hoffmann\nResponsable Audit interne\n"
            ),
        )
        u = understand(raw, TOM)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Jo Hoffmann"]

    def test_spanish_we_will_be_after_a_catalan_greeting(self) -> None:
        """ "Bon dia Marc, ... Estaremos Pau Serra-Boix (CTO) y yo": both, never "Bon dia"."""
        raw = mail(
            sender="Montserrat Casals i Vidal <montse.casals@rambla-labs.example>",
            to="Marc Soler <marc.soler@example.net>",
            subject="Re: Candidatura Data Analyst – entrevista",
            date="Mon, 09 Mar 2026 09:05:00 +0100",
            headers={"In-Reply-To": "<prev.2@mail.example.net>"},
            body=(
                "Bon dia Marc,\n\n"
                "Perfecto, queda cerrada la entrevista el jueves 19 de marzo a las 16:00 h en "
                "nuestra oficina de Poblenou. Estaremos Pau Serra-Boix (CTO) y yo.\n\n"
                "Una abraçada,\nMontserrat Casals i Vidal\nHead of Data – Rambla Labs\n"
            ),
        )
        u = understand(raw, MARC)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Montserrat Casals i Vidal", "Pau Serra-Boix"]

    def test_catalan_surnames_in_a_spanish_sentence(self) -> None:
        """ "La entrevista será con Laia Puig i Soler (CTO)" keeps the Catalan "i" in the name."""
        raw = mail(
            sender="Núvol Talent <talent@nuvol.example>",
            to="Marc Soler <marc.soler@example.net>",
            subject="Entrevista – Desarrollador Backend",
            date="Mon, 09 Mar 2026 09:05:00 +0100",
            body=(
                "Bon dia Marc,\n\n"
                "Te confirmamos la entrevista el martes 17 de marzo a las 11:00 h por Google "
                "Meet. La entrevista será con Laia Puig i Soler (CTO).\n\n"
                "Estaremos en contacto.\nEquipo de Talento – Núvol\n"
            ),
        )
        u = understand(raw, MARC)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Laia Puig i Soler"]

    def test_spanish_we_will_be_in_touch_names_no_one(self) -> None:
        """ "Estaremos en contacto" after an acknowledgement is neither an interview nor a person."""
        raw = mail(
            sender="Núvol Talent <talent@nuvol.example>",
            to="Marc Soler <marc.soler@example.net>",
            subject="Hemos recibido tu candidatura",
            date="Mon, 09 Mar 2026 09:05:00 +0100",
            body=(
                "Bon dia Marc,\n\n"
                "Gracias por tu candidatura al puesto de Desarrollador Backend. Nuestro equipo "
                "la revisará y, si tu perfil encaja, Jordi Roca y yo te escribiremos.\n\n"
                "Estaremos en contacto.\nEquipo de Talento – Núvol\n"
            ),
        )
        u = understand(raw, MARC)
        assert u.kind is not Kind.INTERVIEW

    def test_english_and_me_before_the_time(self) -> None:
        """ "with Tobi Adeyemi-Clarke and me at 2pm on Thursday": the time does not drop "me"."""
        raw = mail(
            sender="Kayode O'Neal <kayode@marshgate.example>",
            to="Amara Okafor <amara.okafor@example.net>",
            subject="Interview - Growth Marketer",
            date="Mon, 09 Mar 2026 09:00:00 -0400",
            body=(
                "Hi Amara,\n\n"
                "Thanks for applying! You'll be meeting with Tobi Adeyemi-Clarke and me at 2pm "
                "on Thursday, March 19 at our Brooklyn office.\n\n"
                "Kayode O'Neal\nHead of Growth\n"
            ),
        )
        u = understand(raw, AMARA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Kayode O'Neal", "Tobi Adeyemi-Clarke"]

    def test_user_interviewing_others_names_no_one(self) -> None:
        """The user asked to sit on a panel "with Tobi Adeyemi-Clarke and me" is not interviewed."""
        raw = mail(
            sender="Kayode O'Neal <kayode@marshgate.example>",
            to="Amara Okafor <amara.okafor@example.net>",
            subject="Panel for the Growth Marketer candidates",
            date="Mon, 09 Mar 2026 09:00:00 -0400",
            body=(
                "Hi Amara,\n\n"
                "Could you join the interview panel for our Growth Marketer candidates with "
                "Tobi Adeyemi-Clarke and me at 2pm on Thursday? You'll be interviewing three "
                "candidates back to back; scorecards are in Greenhouse.\n\n"
                "Kayode\n"
            ),
        )
        assert understand(raw, AMARA).kind is not Kind.INTERVIEW

    def test_german_talk_with_a_person_and_me(self) -> None:
        """ "das Gespräch mit Jana Roth-Keller (CTO) und mir" names both without "Frau"."""
        raw = mail(
            sender="Malte Sörensen <m.soerensen@nordlicht-software.example>",
            to="Lena Vogt <lena.vogt@example.net>",
            subject="Einladung zum Vorstellungsgespräch – Backend Developer (m/w/d)",
            date="Mon, 09 Mar 2026 09:00:00 +0100",
            body=(
                "Hallo Lena,\n\n"
                "wie besprochen bestätige ich dir das Gespräch mit Jana Roth-Keller (CTO) und "
                "mir am Mittwoch, 18. März 2026 um 10:00 Uhr in unserem Büro in Kiel.\n\n"
                "Viele Grüße\nMalte Sörensen\nTeamleiter Backend\n"
            ),
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Jana Roth-Keller", "Malte Sörensen"]

    def test_german_team_and_me_names_only_the_writer(self) -> None:
        """ "das Gespräch mit dem Team Controlling und mir": a team is never a person."""
        raw = mail(
            sender="Malte Sörensen <m.soerensen@nordlicht-software.example>",
            to="Lena Vogt <lena.vogt@example.net>",
            subject="Einladung zum Vorstellungsgespräch – Controller (m/w/d)",
            date="Mon, 09 Mar 2026 09:00:00 +0100",
            body=(
                "Hallo Lena,\n\n"
                "hiermit bestätige ich dir das Gespräch mit dem Team Controlling und mir am "
                "Mittwoch, 18. März 2026 um 10:00 Uhr in unserem Büro in Kiel.\n\n"
                "Viele Grüße\nMalte Sörensen\nLeiter Controlling\n"
            ),
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Malte Sörensen"]


class TestBookingPageHost:
    """Appointment-schedule bookings name the host on a "With ..." line of their own."""

    def booking(self, title: str, with_line: str, host: str, closing: str = "") -> bytes:
        """A Google Calendar appointment-schedule confirmation sent on the host's behalf."""
        body = (
            "Your appointment is booked\n\n"
            f"{title}\n"
            "Tuesday, March 17, 2026 ⋅ 2pm – 2:30pm (Eastern Time - New York)\n"
            f"{with_line}\n\n"
            "Google Meet: meet.google.com/abc-defg-hij\n"
            f"{closing}"
        )
        return mail(
            sender="Google Calendar <calendar-notification@google.com>",
            to="Amara Okafor <amara.okafor@example.net>",
            subject=f"Booked: {title} @ Tue Mar 17, 2026 2pm - 2:30pm (EDT)",
            date="Fri, 13 Mar 2026 14:21:00 -0400",
            headers={"Reply-To": host},
            body=body,
        )

    def test_host_with_title_in_brackets(self) -> None:
        """ "With Farah Al-Amin (Co-founder & CTO)" under the time is the interviewer."""
        raw = self.booking(
            "Founder interview - Bramblewood Labs",
            "With Farah Al-Amin (Co-founder & CTO)",
            "Farah Al-Amin <farah@bramblewood.example>",
        )
        u = understand(raw, AMARA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Farah Al-Amin"]
        assert u.interview is not None
        assert u.interview.interviewers[0].email == "farah@bramblewood.example"

    def test_host_with_apostrophe_under_the_time(self) -> None:
        """ "With Dev O'Neill" on the line under the time, no title, is the interviewer."""
        raw = self.booking(
            "Hiring manager interview - Cobblestone AI",
            "With Dev O'Neill",
            "Dev O'Neill <dev@cobblestone.example>",
        )
        u = understand(raw, AMARA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Dev O'Neill"]

    def test_closing_line_is_no_host(self) -> None:
        """ "With Best Wishes" closing a booking never becomes a person."""
        raw = self.booking(
            "Founder interview - Bramblewood Labs",
            "With Farah Al-Amin (Co-founder & CTO)",
            "Farah Al-Amin <farah@bramblewood.example>",
            closing="\nWith Best Wishes\nThe Bramblewood Team\n",
        )
        u = understand(raw, AMARA)
        assert names(u) == ["Farah Al-Amin"]

    def test_salon_booking_is_no_interview(self) -> None:
        """A haircut booked on an appointment schedule "With Jo Park (Senior Stylist)" is no interview."""
        raw = self.booking(
            "Cut & colour - Lindenhall Salon",
            "With Jo Park (Senior Stylist)",
            "Jo Park <jo@lindenhall-salon.example>",
        )
        assert understand(raw, AMARA).kind is not Kind.INTERVIEW
