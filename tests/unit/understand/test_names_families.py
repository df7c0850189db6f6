"""Interviewer names by family: calendar invitations, scheduling-tool agendas, job platforms.

Every message here was written for these tests (invented people, companies under .example)
to mirror how a family of senders writes; none is copied from an evaluation set. Beside each
positive sits a trap of the same family that must yield no interviewer (or no interview).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail

BERLIN = Context(
    user_addresses=frozenset({"lena.brandt@posteo.example"}),
    user_name="Lena Brandt",
    timezone="Europe/Berlin",
    date_order="dmy",
)
NEW_YORK = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
    date_order="mdy",
)
LENA = "Lena Brandt <lena.brandt@posteo.example>"


def people(u: Understanding) -> list[tuple[str | None, str | None, str | None]]:
    """(name, email, title) of each interviewer, sorted by name then address."""
    assert u.interview is not None, u.reasons
    return sorted(
        ((p.name, p.email, p.title) for p in u.interview.interviewers),
        key=lambda t: (t[0] or "", t[1] or ""),
    )


def names(u: Understanding) -> list[str]:
    """The interviewer names, sorted."""
    return sorted(n or "" for n, _, _ in people(u))


def ics(body: str, method: str = "REQUEST", prodid: str = "-//Example//EN") -> str:
    """A VCALENDAR around the given VEVENT lines."""
    return "\n".join(
        [
            "BEGIN:VCALENDAR",
            f"PRODID:{prodid}",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            body.strip(),
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


class TestCalendarInvitations:
    """Attendees of iCalendar invitations from Outlook, Apple, Yahoo and Zoho."""

    def test_outlook_update_lists_directory_names(self) -> None:
        """An Outlook update (SEQUENCE>0) names the attendees in "Family, Given" form."""
        cal = ics(
            """
ORGANIZER;CN="Hartmann, Jonas":mailto:jonas.hartmann@kestrel.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Lena":mailto:lena.brandt@posteo.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Chidi":mailto:chidi.okafor@kestrel.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Szabó, Eszter":mailto:eszter.szabo@kestrel.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Room Berlin 4.12":mailto:room-ber-412@kestrel.example
SUMMARY;LANGUAGE=en-US:Updated: Interview Lena Brandt - Data Engineer
DTSTART;TZID=W. Europe Standard Time:20260317T140000
DTEND;TZID=W. Europe Standard Time:20260317T150000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5
SEQUENCE:2
STATUS:CONFIRMED
DTSTAMP:20260309T101500Z
""",
            prodid="Microsoft Exchange Server 2010",
        )
        raw = mail(
            sender="Hartmann, Jonas <jonas.hartmann@kestrel.example>",
            to=LENA,
            subject="Updated: Interview Lena Brandt - Data Engineer",
            date="Mon, 09 Mar 2026 11:15:00 +0100",
            body=(
                "The meeting time has been updated: Tuesday 17 March 2026, 14:00-15:00.\n\n"
                "Interview for the Data Engineer position.\n"
            ),
            ics=cal,
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Chidi Okafor", "Eszter Szabó"]

    def test_apple_invitation_with_email_param(self) -> None:
        """An iCloud invitation (urn:uuid value, EMAIL param, organiser = sender) names guests."""
        cal = ics(
            """
UID:5D1A2B3C-4E5F-6789-ABCD-0123456789AB
DTSTART;TZID=Europe/Berlin:20260318T100000
DTEND;TZID=Europe/Berlin:20260318T110000
SUMMARY:Vorstellungsgespräch Lena Brandt
ORGANIZER;CN="Miriam Vogt";EMAIL="miriam.vogt@icloud.example":mailto:miriam.vogt@icloud.example
ATTENDEE;CN="Miriam Vogt";CUTYPE=INDIVIDUAL;EMAIL="miriam.vogt@icloud.example";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:miriam.vogt@icloud.example
ATTENDEE;CN="Lena Brandt";CUTYPE=INDIVIDUAL;EMAIL="lena.brandt@posteo.example";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.brandt@posteo.example
ATTENDEE;CN="Felix Wagner-Lindqvist";CUTYPE=INDIVIDUAL;EMAIL="felix@lindqvist-design.example";PARTSTAT=NEEDS-ACTION:urn:uuid:0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9
SEQUENCE:0
DTSTAMP:20260310T080000Z
""",
            prodid="-//Apple Inc.//iPhone OS 19.2//EN",
        )
        raw = mail(
            sender="Miriam Vogt <miriam.vogt@icloud.example>",
            to=LENA,
            subject="Einladung: Vorstellungsgespräch Lena Brandt",
            date="Tue, 10 Mar 2026 09:00:00 +0100",
            body="Miriam Vogt hat dich zu einem Termin eingeladen.\n",
            ics=cal,
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Felix Wagner-Lindqvist", "Miriam Vogt"]
        assert ("Felix Wagner-Lindqvist", "felix@lindqvist-design.example", None) in people(u)

    def test_attendee_without_name_keeps_address_only(self) -> None:
        """An ATTENDEE without CN keeps its address and gets no name guessed from it."""
        cal = ics(
            """
UID:yc-20260319-778@calendar.yahoo.example
DTSTART:20260319T150000Z
DTEND:20260319T154500Z
SUMMARY:Interview - Product Analyst (Lena Brandt)
ORGANIZER;CN=Talent Team:mailto:talent@brightmoor.example
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.brandt@posteo.example
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ruth.adeyemi@brightmoor.example
SEQUENCE:0
DTSTAMP:20260311T080000Z
""",
            prodid="-//Yahoo//Calendar//EN",
        )
        raw = mail(
            sender="Talent Team <talent@brightmoor.example>",
            to=LENA,
            subject="Invitation: Interview - Product Analyst (Lena Brandt)",
            date="Wed, 11 Mar 2026 09:00:00 +0100",
            body="You have been invited to an interview for the Product Analyst role.\n",
            ics=cal,
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [(None, "ruth.adeyemi@brightmoor.example", None)]


GCAL_FOOTER = (
    "Reply for alex.morgan@gmail.com\n\n"
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event. To stop "
    "receiving future updates for this event, decline this event.\n"
)


class TestGoogleCalendarText:
    """Google Calendar notification bodies list the guests by name, without any .ics."""

    def test_guests_block_names_and_addresses(self) -> None:
        """ "Guests" lines ("Name - organizer", names, addresses) give the interviewers."""
        raw = mail(
            sender="Google Calendar <calendar-notification@google.com>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Invitation: Interview: Alex Morgan / Platform Engineer @ Thu Mar 12, "
            "2026 2pm - 3pm (EDT) (alex.morgan@gmail.com)",
            headers={"Reply-To": "Priya Raman <priya.raman@tallgrass.example>"},
            body=(
                "Interview: Alex Morgan / Platform Engineer\n"
                "Thursday Mar 12, 2026 ⋅ 2pm – 3pm\nEastern Time - New York\n\n"
                "Join with Google Meet\nhttps://meet.google.com/abc-defg-hij\n\n"
                "Guests\n"
                "Priya Raman - organizer\npriya.raman@tallgrass.example\n"
                "Tomasz Nowak\ntomasz.nowak@tallgrass.example\n"
                "Kwame Mensah-Boateng\nkwame.mensah@tallgrass.example\n"
                "alex.morgan@gmail.com\n"
                "View all guest info https://calendar.google.com/calendar/event?action=VIEW\n\n"
                + GCAL_FOOTER
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [
            ("Kwame Mensah-Boateng", "kwame.mensah@tallgrass.example", None),
            ("Tomasz Nowak", "tomasz.nowak@tallgrass.example", None),
        ]

    def test_who_bullets_with_address_only_guest(self) -> None:
        """The older "Who" bullets name guests; an address-only guest keeps just its address."""
        raw = mail(
            sender="Google Calendar <calendar-notification@google.com>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Invitation: Technical interview - Alex Morgan @ Fri Mar 13, 2026 "
            "11am - 12pm (EDT) (alex.morgan@gmail.com)",
            body=(
                "Technical interview - Alex Morgan\n\n"
                "When\nFri Mar 13, 2026 11am – 12pm Eastern Time - New York\n\n"
                "Who\n"
                "    • Hannah Lindgren - organizer\n"
                "    • Declan O'Sullivan\n"
                "    • maria.garcia-lopez@fernway.example\n"
                "    • alex.morgan@gmail.com\n\n" + GCAL_FOOTER
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [
            (None, "maria.garcia-lopez@fernway.example", None),
            ("Declan O'Sullivan", None, None),
        ]

    def test_dentist_guest_list_is_no_interview(self) -> None:
        """A Google invitation to a dentist appointment with guests is not an interview."""
        raw = mail(
            sender="Google Calendar <calendar-notification@google.com>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Invitation: Dental cleaning @ Fri Mar 13, 2026 11am - 12pm (EDT)",
            body=(
                "Dental cleaning\n\nWhen\nFri Mar 13, 2026 11am – 12pm\n\n"
                "Who\n    • Jordan Morgan - organizer\n    • Dr. Helen Cho\n"
                "    • alex.morgan@gmail.com\n\n" + GCAL_FOOTER
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is not Kind.INTERVIEW

    def test_zoho_attendees_line(self) -> None:
        """Zoho's "Attendees:" line names the interviewers; the "Organizer:" line does not."""
        raw = mail(
            sender="Zoho Calendar <noreply@calendar.zoho.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Invitation: Second interview - Customer Success Lead",
            headers={"Reply-To": "Nadia Haddad <nadia@orchardline.example>"},
            body=(
                "Nadia Haddad has invited you to an event.\n\n"
                "Event: Second interview - Customer Success Lead\n"
                "Date: Mar 16, 2026\nTime: 10:00 AM - 11:00 AM (America/New_York)\n"
                "Organizer: Nadia Haddad\n"
                "Attendees: Benedikt Kraus, Aoife Ní Bhriain, alex.morgan@gmail.com\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Aoife Ní Bhriain", "Benedikt Kraus"]


class TestAgendaRows:
    """Scheduling-tool agendas: a time, a session, and who runs it."""

    def agenda(
        self, rows: str, sender: str = "Tallgrass Recruiting <no-reply@ashbyhq.com>"
    ) -> bytes:
        """An interview-schedule confirmation with the given rows."""
        return mail(
            sender=sender,
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Your interview schedule with Tallgrass",
            body=(
                "Hi Alex,\n\nYour onsite interview for Senior Backend Engineer is confirmed "
                "for Tuesday, March 17, 2026.\n\nInterview schedule (Eastern Time)\n"
                f"{rows}\n\nSee you soon,\nTallgrass Recruiting\n"
            ),
        )

    def test_family_name_first_and_hyphenated_given(self) -> None:
        """ "with Choi Min-jun (Staff Engineer)": family-first names are kept as written."""
        u = understand(
            self.agenda(
                "10:00 - 10:45  Technical deep dive  with Choi Min-jun (Staff Engineer)\n"
                "10:45 - 11:30  System design  with Nakamura Haruto (Principal Engineer)\n"
                "11:30 - 12:15  Values  with Kovács Eszter"
            ),
            NEW_YORK,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [
            ("Choi Min-jun", None, "Staff Engineer"),
            ("Kovács Eszter", None, None),
            ("Nakamura Haruto", None, "Principal Engineer"),
        ]

    def test_two_surnames_and_particles(self) -> None:
        """Two surnames, "de la", "van der", O' and Mc names survive whole."""
        u = understand(
            self.agenda(
                "10:00 AM - 10:45 AM | Coding | María José García-López (Senior Engineer)\n"
                "10:45 AM - 11:30 AM | Architecture | Rodrigo Salazar Paredes (Tech Lead)\n"
                "11:30 AM - 12:00 PM | Hiring manager | Pieter van der Berg (Engineering Manager)\n"
                "1:00 PM - 1:45 PM | Product | Siobhan O'Neill-McCarthy (Product Manager)"
            ),
            NEW_YORK,
        )
        assert names(u) == [
            "María José García-López",
            "Pieter van der Berg",
            "Rodrigo Salazar Paredes",
            "Siobhan O'Neill-McCarthy",
        ]

    def test_initials(self) -> None:
        """A name with initials ("J. R. Okonkwo") is one person."""
        u = understand(
            self.agenda(
                "10:00 - 10:45  Pairing  with J. R. Okonkwo (Senior Engineer)\n"
                "10:45 - 11:30  Behavioural  with Ana B. Ferreira (Engineering Manager)"
            ),
            NEW_YORK,
        )
        assert names(u) == ["Ana B. Ferreira", "J. R. Okonkwo"]

    def test_sessions_with_teams_and_rooms_are_nobody(self) -> None:
        """Rows with a team, a room or a break name no interviewer."""
        u = understand(
            self.agenda(
                "10:00 - 10:45  Technical deep dive  with Choi Min-jun (Staff Engineer)\n"
                "10:45 - 11:00  Break\n"
                "11:00 - 11:45  Lunch with the Platform Team\n"
                "11:45 - 12:30  Office tour (Main Building, Level 3)"
            ),
            NEW_YORK,
        )
        assert names(u) == ["Choi Min-jun"]

    def test_latin1_german_names(self) -> None:
        """A Latin-1 encoded schedule keeps accented and hyphenated names."""
        body = (
            "Guten Tag Frau Brandt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
            "Mittwoch, 18.03.2026 um 10:00 Uhr.\n\nAblauf:\n"
            "10:00 - 10:30  Kennenlernen mit Elisabeth Pichler-Haas (Personalleiterin)\n"
            "10:30 - 11:15  Fachgespräch mit Jürgen Weiß (Teamleiter Data)\n\n"
            "Mit freundlichen Grüßen\nIhre Personalabteilung\n"
        )
        raw = (
            "From: Personalabteilung <bewerbung@weissdorn.example>\r\n"
            f"To: {LENA}\r\n"
            "Subject: =?iso-8859-1?q?Einladung_zum_Vorstellungsgespr=E4ch?=\r\n"
            "Date: Tue, 10 Mar 2026 09:00:00 +0100\r\n"
            "Message-ID: <l1@weissdorn.example>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: text/plain; charset="iso-8859-1"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode() + body.replace("\n", "\r\n").encode("latin-1")
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [
            ("Elisabeth Pichler-Haas", None, "Personalleiterin"),
            ("Jürgen Weiß", None, "Teamleiter Data"),
        ]

    def test_webinar_agenda_is_no_interview(self) -> None:
        """A webinar agenda with speakers per row is not an interview."""
        raw = mail(
            sender="Cloudwise Events <events@cloudwise.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Your registration: Scaling Postgres live session",
            body=(
                "Thanks for registering for our live session on Tuesday, March 17, 2026.\n\n"
                "Agenda\n"
                "10:00 - 10:30  Keynote with Choi Min-jun (CTO)\n"
                "10:30 - 11:00  Panel with Rodrigo Salazar Paredes (Principal Engineer)\n\n"
                "You can unsubscribe from these emails at any time.\n"
            ),
        )
        assert understand(raw, NEW_YORK).kind is not Kind.INTERVIEW


class TestPlatformSentences:
    """Job platforms and HR teams naming the interviewers in a sentence (fr, de, es)."""

    def test_french_vous_rencontrerez(self) -> None:
        """ "Vous rencontrerez Bastien Leroux (CTO) et Anaïs Mercier" names both."""
        raw = mail(
            sender="Welcome to the Jungle <no-reply@welcometothejungle.example>",
            to=LENA,
            subject="Votre entretien avec Lumio est confirmé",
            headers={"Reply-To": "Claire Dubois <claire.dubois@lumio.example>"},
            body=(
                "Bonjour Lena,\n\nVotre entretien pour le poste de Data Engineer est "
                "confirmé le jeudi 19 mars 2026 à 14h00 (heure de Paris), en visio.\n\n"
                "Vous rencontrerez Bastien Leroux (CTO) et Anaïs Mercier, Lead Data.\n\n"
                "Bonne chance !\nL'équipe Lumio\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [
            ("Anaïs Mercier", None, "Lead Data"),
            ("Bastien Leroux", None, "CTO"),
        ]

    def test_french_interlocuteurs_label(self) -> None:
        """ "Interlocuteurs :" with a space before the colon, one per line."""
        raw = mail(
            sender="Cabinet Arvel Conseil <recrutement@arvel.example>",
            to=LENA,
            subject="Confirmation de votre entretien - Contrôleur de gestion",
            body=(
                "Madame,\n\nNous vous confirmons votre entretien le mardi 24 mars 2026 à "
                "10h30 dans nos locaux.\n\nInterlocuteurs :\n"
                "- M. Thibault Garnier, Directeur financier\n"
                "- Mme Hélène de La Rochefoucauld, DRH\n\n"
                "Cordialement,\nSophie Martin\nChargée de recrutement\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Hélène de La Rochefoucauld", "Thibault Garnier"]

    def test_german_ihre_gespraechspartner(self) -> None:
        """ "Ihre Gesprächspartner: Stefan Aigner, Elisabeth Pichler-Haas" names both."""
        raw = mail(
            sender="Nordlicht GmbH via Personio <notifications@personio.example>",
            to=LENA,
            subject="Einladung zum Vorstellungsgespräch bei Nordlicht GmbH",
            body=(
                "Hallo Lena,\n\nwir freuen uns, Sie am Donnerstag, 19.03.2026 um 11:00 Uhr zu "
                "einem Vorstellungsgespräch per Microsoft Teams einzuladen.\n\n"
                "Ihre Gesprächspartner: Stefan Aigner (Head of Engineering), "
                "Elisabeth Pichler-Haas\n\nViele Grüße\nIhr Nordlicht Recruiting-Team\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Elisabeth Pichler-Haas", "Stefan Aigner"]

    def test_german_teilnehmer_label(self) -> None:
        """A "Teilnehmer:" line in a German invitation names the interviewers."""
        raw = mail(
            sender="Bewerbermanagement <karriere@rheinwerk-bau.example>",
            to=LENA,
            subject="Terminbestätigung Vorstellungsgespräch",
            body=(
                "Sehr geehrte Frau Brandt,\n\nhiermit bestätigen wir Ihren Termin zum "
                "Vorstellungsgespräch:\n\nDatum: Montag, 23.03.2026\nUhrzeit: 09:30 Uhr\n"
                "Ort: Hauptverwaltung, Raum 2.14\n"
                "Teilnehmer: Herr Dr. Matthias von Bergen (Bereichsleiter), Frau Ayşe Yılmaz\n\n"
                "Mit freundlichen Grüßen\nIhr Bewerbermanagement\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ayşe Yılmaz", "Matthias von Bergen"]

    def test_spanish_te_entrevistaran(self) -> None:
        """ "Te entrevistarán Rodrigo Salazar y Lucía Méndez" names both."""
        raw = mail(
            sender="Computrabajo <notificaciones@computrabajo.example>",
            to=LENA,
            subject="Confirmación de entrevista - Analista de Datos",
            headers={"Reply-To": "Valeria Ortiz <valeria.ortiz@andesur.example>"},
            body=(
                "Hola Lena:\n\nTu entrevista para el puesto de Analista de Datos quedó "
                "confirmada para el miércoles 25 de marzo de 2026 a las 10:00 (hora de "
                "Madrid).\n\nTe entrevistarán Rodrigo Salazar Paredes (Jefe de Datos) y "
                "Lucía Méndez.\n\nSaludos,\nEquipo de Selección\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Lucía Méndez", "Rodrigo Salazar Paredes"]

    def test_spanish_entrevistadores_label(self) -> None:
        """An "Entrevistadores:" list names each person on its line."""
        raw = mail(
            sender="Selección Grupo Albera <seleccion@albera.example>",
            to=LENA,
            subject="Entrevista confirmada",
            body=(
                "Estimada Lena:\n\nConfirmamos tu entrevista el jueves 26 de marzo de 2026 a "
                "las 16:00.\n\nEntrevistadores:\n"
                "• María José García-López – Directora de Tecnología\n"
                "• Juan Pablo de la Cruz – Jefe de Proyecto\n\nUn saludo,\nRRHH Grupo Albera\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Juan Pablo de la Cruz", "María José García-López"]

    def test_german_job_alert_is_no_interview(self) -> None:
        """A StepStone job alert naming contact people is not an interview."""
        raw = mail(
            sender="StepStone Jobagent <jobagent@stepstone.example>",
            to=LENA,
            subject="5 neue Jobs für Data Engineer",
            body=(
                "Hallo Lena,\n\nhier sind neue Jobs, die zu Ihrem Suchprofil passen:\n\n"
                "Data Engineer (m/w/d) - Nordlicht GmbH - Berlin\n"
                "Ihre Ansprechpartnerin: Elisabeth Pichler-Haas\n\n"
                "Jobagent abbestellen: https://www.stepstone.example/abmelden\n"
            ),
        )
        assert understand(raw, BERLIN).kind is not Kind.INTERVIEW

    def test_spanish_coordinator_is_no_interviewer(self) -> None:
        """The coordinator who signs a Spanish confirmation is not an interviewer."""
        raw = mail(
            sender="Valeria Ortiz <valeria.ortiz@andesur.example>",
            to=LENA,
            subject="Confirmación de entrevista",
            body=(
                "Hola Lena:\n\nTe confirmo la entrevista el miércoles 25 de marzo de 2026 a "
                "las 10:00.\n\nTe entrevistará Lucía Méndez (Gerente de Producto).\n\n"
                "Saludos,\nValeria Ortiz\nCoordinadora de Selección\n"
            ),
        )
        u = understand(raw, BERLIN)
        assert names(u) == ["Lucía Méndez"]


def confirmation(sender: str, subject: str, body: str) -> Understanding:
    """A plain confirmation to the Berlin user."""
    return understand(
        mail(
            sender=sender,
            to=LENA,
            subject=subject,
            body=body,
            date="Tue, 10 Mar 2026 09:00:00 +0100",
        ),
        BERLIN,
    )


FR_HEAD = "Bonjour Lena,\n\nVotre entretien pour le poste de Data Engineer est confirmé le jeudi 19 mars 2026 à 14h00.\n\n"
DE_HEAD = "Hallo Lena,\n\nwir laden Sie am Donnerstag, 19.03.2026 um 11:00 Uhr zu einem Vorstellungsgespräch ein.\n\n"
ES_HEAD = "Hola Lena:\n\nTu entrevista para Analista de Datos quedó confirmada para el miércoles 25 de marzo de 2026 a las 10:00.\n\n"


class TestMoreSentenceForms:
    """Further ways French, German and Spanish mail introduces the interviewers."""

    def test_french_forms(self) -> None:
        """ "Vous passerez cet entretien avec", "en présence de", "Participants :" and "d'"."""
        for line in (
            "Vous passerez cet entretien avec Bastien Leroux, CTO, et Anaïs Mercier.",
            "L'entretien se déroulera en présence de Bastien Leroux (CTO) et d'Anaïs Mercier.",
            "Participants : Bastien Leroux (CTO), Anaïs Mercier (Responsable RH)",
            "Le jury sera composé de Bastien Leroux et d'Anaïs Mercier.",
        ):
            u = confirmation(
                "RH Lumio <rh@lumio.example>", "Entretien confirmé", FR_HEAD + line + "\n"
            )
            assert names(u) == ["Anaïs Mercier", "Bastien Leroux"], line

    def test_german_forms(self) -> None:
        """ "Es erwarten Sie", "Mit dabei sind", "Das Gespräch führen Sie mit", a list label."""
        for line in (
            "Es erwarten Sie Stefan Aigner (Teamleiter) und Elisabeth Pichler-Haas.",
            "Mit dabei sind Stefan Aigner (CTO) und Elisabeth Pichler-Haas.",
            "Das Gespräch führen Sie mit Stefan Aigner und Elisabeth Pichler-Haas.",
            "Teilnehmende:\n- Stefan Aigner (Head of Engineering)\n- Elisabeth Pichler-Haas (HR)",
        ):
            u = confirmation(
                "Nordlicht Recruiting <jobs@nordlicht.example>",
                "Einladung zum Vorstellungsgespräch",
                DE_HEAD + line + "\n",
            )
            assert names(u) == ["Elisabeth Pichler-Haas", "Stefan Aigner"], line

    def test_spanish_forms(self) -> None:
        """ "Participarán", "Estarán presentes:", "La entrevista la realizarán", "Conocerás a ... y a"."""
        for line in (
            "Participarán Rodrigo Salazar Paredes (Jefe de Datos) y Lucía Méndez.",
            "Estarán presentes: Rodrigo Salazar Paredes (Jefe de Datos) y Lucía Méndez.",
            "La entrevista la realizarán Rodrigo Salazar Paredes y Lucía Méndez.",
            "Conocerás a Rodrigo Salazar Paredes, Jefe de Datos, y a Lucía Méndez.",
        ):
            u = confirmation(
                "Selección Andesur <seleccion@andesur.example>",
                "Confirmación de entrevista",
                ES_HEAD + line + "\n",
            )
            assert names(u) == ["Lucía Méndez", "Rodrigo Salazar Paredes"], line

    def test_spanish_entrevistadora_sera(self) -> None:
        """ "Tu entrevistadora será Lucía Méndez, Gerente de Producto" names her with her title."""
        u = confirmation(
            "Selección Andesur <seleccion@andesur.example>",
            "Confirmación de entrevista",
            ES_HEAD + "Tu entrevistadora será Lucía Méndez, Gerente de Producto.\n",
        )
        assert people(u) == [("Lucía Méndez", None, "Gerente de Producto")]

    def test_french_press_interview_is_no_interview(self) -> None:
        """A newsletter's "notre entretien avec" a CTO, "en présence de" speakers, is no interview."""
        u = confirmation(
            "Lumio News <newsletter@lumio.example>",
            "La lettre Lumio de mars",
            "Ce mois-ci, lisez notre entretien avec Bastien Leroux, CTO. Table ronde le jeudi "
            "19 mars 2026 à 18h00 en présence de Anaïs Mercier.\n\n"
            "Se désinscrire de cette newsletter : https://lumio.example/desinscription\n",
        )
        assert u.kind is not Kind.INTERVIEW

    def test_german_event_invitation_is_no_interview(self) -> None:
        """ "Es erwarten Sie spannende Vorträge von ..." at a meetup is no interview."""
        u = confirmation(
            "Data Meetup Berlin <events@datameetup.example>",
            "Einladung: Data Meetup am 19.03.",
            "Hallo Lena,\n\nam Donnerstag, 19.03.2026 um 18:30 Uhr findet unser nächstes Meetup "
            "statt. Es erwarten Sie Vorträge von Stefan Aigner und Elisabeth Pichler-Haas. Mit "
            "dabei sind außerdem Snacks und Getränke.\n\nHier anmelden: https://datameetup.example\n",
        )
        assert u.kind is not Kind.INTERVIEW

    def test_spanish_webinar_is_no_interview(self) -> None:
        """ "Participarán como ponentes ..." in a webinar invitation is no interview."""
        u = confirmation(
            "Foro Datos <eventos@forodatos.example>",
            "Webinar: el futuro del análisis de datos",
            "Hola Lena:\n\nTe invitamos a nuestro webinar gratuito el miércoles 25 de marzo de "
            "2026 a las 10:00. Participarán como ponentes Rodrigo Salazar Paredes y Lucía "
            "Méndez.\n\nInscríbete aquí: https://forodatos.example/webinar\n"
            "Para darte de baja de estas comunicaciones, haz clic aquí.\n",
        )
        assert u.kind is not Kind.INTERVIEW


class TestGuestListsInHtml:
    """Calendar notifications whose only body is HTML, one <div> per guest."""

    HTML = (
        "<html><body><table><tr><td><h3>Interview: Alex Morgan / Platform Engineer</h3>"
        "<table><tr><td>When</td><td>Thursday Mar 12, 2026 &#8901; 2pm &ndash; 3pm "
        "(Eastern Time - New York)</td></tr>"
        "<tr><td>Guests</td><td>"
        '<div><a href="mailto:priya.raman@tallgrass.example">Priya Raman</a> - organizer</div>'
        '<div><a href="mailto:tomasz.nowak@tallgrass.example">Tomasz Nowak</a></div>'
        '<div><a href="mailto:alex.morgan@gmail.com">alex.morgan@gmail.com</a></div>'
        '<div><a href="https://calendar.google.com/calendar/event?action=VIEW">View all guest '
        "info</a></div></td></tr></table>"
        "<p>{note}</p><p>Invitation from Google Calendar</p></td></tr></table></body></html>"
    )

    def raw(self, note: str) -> bytes:
        """A Google Calendar invitation with an HTML body only."""
        msg = EmailMessage()
        msg["From"] = "Google Calendar <calendar-notification@google.com>"
        msg["To"] = "Alex Morgan <alex.morgan@gmail.com>"
        msg["Subject"] = (
            "Invitation: Interview: Alex Morgan / Platform Engineer @ Thu Mar 12, 2026 "
            "2pm - 3pm (EDT) (alex.morgan@gmail.com)"
        )
        msg["Date"] = "Mon, 02 Mar 2026 15:04:00 -0500"
        msg["Message-ID"] = "<g1@calendar.example>"
        msg.set_content(self.HTML.format(note=note), subtype="html")
        return msg.as_bytes(policy=SMTP)

    def test_guest_divs_with_mailto_links(self) -> None:
        """Each guest <div> with a mailto link is one guest with address; the organiser is not."""
        u = understand(self.raw("Reply for alex.morgan@gmail.com"), NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert people(u) == [("Tomasz Nowak", "tomasz.nowak@tallgrass.example", None)]

    def test_signature_after_guest_divs_is_no_guest(self) -> None:
        """A sign-off after the guest list ends it: the signer is no interviewer."""
        html = self.HTML.replace(
            '<div><a href="https://calendar.google.com/calendar/event?action=VIEW">View all guest '
            "info</a></div>",
            "<div>Best,</div><div>Jordan Fairweather</div>",
        )
        msg = EmailMessage()
        msg["From"] = "Priya Raman <priya.raman@tallgrass.example>"
        msg["To"] = "Alex Morgan <alex.morgan@gmail.com>"
        msg["Subject"] = "Invitation: Interview: Alex Morgan / Platform Engineer"
        msg["Date"] = "Mon, 02 Mar 2026 15:04:00 -0500"
        msg["Message-ID"] = "<g2@calendar.example>"
        msg.set_content(html.format(note="See you then."), subtype="html")
        u = understand(msg.as_bytes(policy=SMTP), NEW_YORK)
        assert names(u) == ["Tomasz Nowak"]


class TestScheduleTables:
    """Greenhouse-style schedule tables: one cell may list several interviewers."""

    def test_cell_with_two_people(self) -> None:
        """ "Coding | Bui Thi Lan, Omar bin Yusuf": both people of the cell are named."""
        raw = mail(
            sender="Tallgrass Recruiting <no-reply@greenhouse.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Interview confirmed",
            body=(
                "Your interview is confirmed for Tuesday, March 17, 2026.\n\nInterview schedule\n"
                "Time | Interview | Interviewer(s)\n"
                "10:00 AM - 10:45 AM | Coding | Sato Yuki\n"
                "10:45 AM - 11:30 AM | System Design | Bui Thi Lan, Omar bin Yusuf\n"
            ),
        )
        assert names(understand(raw, NEW_YORK)) == ["Bui Thi Lan", "Omar bin Yusuf", "Sato Yuki"]

    def test_cell_with_a_place_is_nobody(self) -> None:
        """ "Lunch | Cafeteria, Building B" names a place, not two people."""
        raw = mail(
            sender="Tallgrass Recruiting <no-reply@greenhouse.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Interview confirmed",
            body=(
                "Your interview is confirmed for Tuesday, March 17, 2026.\n\nInterview schedule\n"
                "10:00 AM - 10:45 AM | Coding | Sato Yuki\n"
                "12:00 PM - 12:45 PM | Lunch | Cafeteria, Building B\n"
            ),
        )
        assert names(understand(raw, NEW_YORK)) == ["Sato Yuki"]


class TestDirectoryDisplayNames:
    """Exchange and Teams directories append notes to a guest's common name."""

    def raw(self, *cns: str, extra: str = "") -> bytes:
        """An Outlook invitation whose attendees carry the given CNs (and ``extra`` lines)."""
        attendees = (
            extra
            + "\n"
            + "\n".join(
                f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{cn}"'
                f":mailto:guest{i}@kestrel.example"
                for i, cn in enumerate(cns)
            )
        )
        cal = ics(
            f"""
ORGANIZER;CN="Hartmann, Jonas":mailto:jonas.hartmann@kestrel.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brandt, Lena":mailto:lena.brandt@posteo.example
{attendees}
SUMMARY:Interview Lena Brandt - Data Engineer
DTSTART;TZID=W. Europe Standard Time:20260317T140000
DTEND;TZID=W. Europe Standard Time:20260317T150000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F6
SEQUENCE:0
DTSTAMP:20260309T101500Z
""",
            prodid="Microsoft Exchange Server 2010",
        )
        return mail(
            sender="Hartmann, Jonas <jonas.hartmann@kestrel.example>",
            to=LENA,
            subject="Interview Lena Brandt - Data Engineer",
            date="Mon, 09 Mar 2026 11:15:00 +0100",
            body="Interview for the Data Engineer position.\n",
            ics=cal,
        )

    def test_site_codes_and_status_notes_are_dropped(self) -> None:
        """ "Okafor, Chidi (KE-BER)", "Eszter Szabó (External)" are Chidi Okafor, Eszter Szabó."""
        u = understand(self.raw("Okafor, Chidi (KE-BER)", "Eszter Szabó (External)"), BERLIN)
        assert names(u) == ["Chidi Okafor", "Eszter Szabó"]

    def test_title_note_becomes_the_title(self) -> None:
        """ "Chidi Okafor (Engineering Manager)" gives the name and the title."""
        u = understand(self.raw("Chidi Okafor (Engineering Manager)"), BERLIN)
        assert people(u) == [("Chidi Okafor", "guest0@kestrel.example", "Engineering Manager")]

    def test_rooms_without_cutype_are_nobody(self) -> None:
        """Rooms listed as plain attendees ("Room Berlin 4.12", "Besprechungsraum 3.01") are no one."""
        u = understand(
            self.raw(
                "Okafor, Chidi",
                "Room Berlin 4.12",
                "Besprechungsraum 3.01 (8 Personen)",
                "Salle de réunion Garonne",
            ),
            BERLIN,
        )
        assert names(u) == ["Chidi Okafor"]

    def test_non_participant_is_nobody(self) -> None:
        """An attendee with ROLE=NON-PARTICIPANT (for information only) does not interview."""
        extra = 'ATTENDEE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Ivers, Maja":mailto:maja.ivers@kestrel.example'
        assert names(understand(self.raw("Okafor, Chidi", extra=extra), BERLIN)) == ["Chidi Okafor"]


class TestPossessiveTitles:
    """A title after a name loses its possessive in every language."""

    def test_possessive_before_title(self) -> None:
        """ "Jean-Baptiste Lefèvre, notre directeur technique" has the title "directeur technique"."""
        u = confirmation(
            "RH Lumio <rh@lumio.example>",
            "Entretien confirmé",
            FR_HEAD + "Vous allez rencontrer Jean-Baptiste Lefèvre, notre directeur technique.\n",
        )
        assert people(u) == [("Jean-Baptiste Lefèvre", None, "directeur technique")]

    def test_spanish_possessive_before_title(self) -> None:
        """ "Lucía Méndez, nuestra Gerente de Producto" has the title "Gerente de Producto"."""
        u = confirmation(
            "Selección Andesur <seleccion@andesur.example>",
            "Confirmación de entrevista",
            ES_HEAD + "Te entrevistará Lucía Méndez, nuestra Gerente de Producto.\n",
        )
        assert people(u) == [("Lucía Méndez", None, "Gerente de Producto")]

    def test_possessive_title_before_name(self) -> None:
        """ "notre CTO Bastien Leroux", "unsere Personalleiterin Elisabeth Pichler-Haas": title first."""
        u = confirmation(
            "RH Lumio <rh@lumio.example>",
            "Entretien confirmé",
            FR_HEAD + "Vous rencontrerez notre CTO Bastien Leroux et notre responsable RH "
            "Anaïs Mercier.\n",
        )
        assert people(u) == [
            ("Anaïs Mercier", None, "responsable RH"),
            ("Bastien Leroux", None, "CTO"),
        ]
        u = confirmation(
            "Nordlicht Recruiting <jobs@nordlicht.example>",
            "Einladung zum Vorstellungsgespräch",
            DE_HEAD + "Ihre Gesprächspartner sind unser CTO Stefan Aigner und unsere "
            "Personalleiterin Elisabeth Pichler-Haas.\n",
        )
        assert names(u) == ["Elisabeth Pichler-Haas", "Stefan Aigner"]

    def test_possessive_team_is_nobody(self) -> None:
        """ "Vous rencontrerez notre équipe Data Produit" names no person."""
        u = confirmation(
            "RH Lumio <rh@lumio.example>",
            "Entretien confirmé",
            FR_HEAD + "Vous rencontrerez notre équipe Data Produit et notre responsable RH.\n",
        )
        assert names(u) == []
