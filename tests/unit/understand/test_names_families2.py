"""Interviewer names by family, second set: titles before names, session rows, writers.

Every message here was written for these tests (invented people, companies under .example)
to mirror how a family of senders writes; none is copied from an evaluation set. Beside each
positive sits a trap of the same family: a coordinator, a room, a place, the user or a
non-interview appointment must never become an interviewer.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail
from .messages import sorted_names as names

NEW_YORK = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
    date_order="mdy",
)
VIENNA = Context(
    user_addresses=frozenset({"jonas.berger@gmx.example"}),
    user_name="Jonas Berger",
    timezone="Europe/Vienna",
    date_order="dmy",
)
SANTIAGO = Context(
    user_addresses=frozenset({"catalina.fuentes@gmail.example"}),
    user_name="Catalina Fuentes",
    timezone="America/Santiago",
    date_order="dmy",
)
PARIS = Context(
    user_addresses=frozenset({"chloe.marchand@free.example"}),
    user_name="Chloé Marchand",
    timezone="Europe/Paris",
    date_order="dmy",
)
ALEX = "Alex Morgan <alex.morgan@gmail.com>"


def ics(body: str, prodid: str = "Microsoft Exchange Server 2010") -> str:
    """A VCALENDAR REQUEST around the given VEVENT lines."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "METHOD:REQUEST"]
    return "\n".join([*lines, "BEGIN:VEVENT", body.strip(), "END:VEVENT", "END:VCALENDAR", ""])


def outlook_event(organizer: str, guest: str, sequence: int = 0) -> str:
    """An Exchange invitation from ``organizer`` to Alex and ``guest`` ("CN:address")."""
    org_cn, org_addr = organizer.split(":", 1)
    cn, addr = guest.split(":", 1)
    return ics(
        f"""
ORGANIZER;CN={org_cn}:mailto:{org_addr}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan:mailto:alex.morgan@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{addr}
SUMMARY;LANGUAGE=en-US:Interview - Alex Morgan - Data Engineer
DTSTART;TZID=Eastern Standard Time:20260317T140000
DTEND;TZID=Eastern Standard Time:20260317T150000
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6
SEQUENCE:{sequence}
STATUS:CONFIRMED
DTSTAMP:20260309T101500Z
"""
    )


class TestTitlesBeforeNames:
    """Academic and professional titles ("Dr.", "Mag.", "DI", "Ing.") are not the name."""

    def test_outlook_guest_with_doctor_title(self) -> None:
        """An Exchange guest "Dr. Jane Roe" is the interviewer Jane Roe."""
        raw = mail(
            sender="Hollis Brandvold <hollis.brandvold@kelpworks.example>",
            subject="Interview - Alex Morgan - Data Engineer",
            body="Interview for the Data Engineer position, Tuesday March 17 at 2:00 PM.\n",
            ics=outlook_event(
                "Hollis Brandvold:hollis.brandvold@kelpworks.example",
                "Dr. Ottilie Marsden:ottilie.marsden@kelpworks.example",
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ottilie Marsden"]

    def test_austrian_titles_in_list_and_sender(self) -> None:
        """ "Ihre Gesprächspartner sind DI Name (Titel) und ich" from "Mag. Name" drops both titles."""
        raw = mail(
            sender='"Mag. Renate Höllwarth" <r.hoellwarth@alpenstrom.example>',
            to="Jonas Berger <jonas.berger@gmx.example>",
            subject="Einladung zum Vorstellungsgespräch",
            date="Mon, 01 Mar 2027 10:00:00 +0100",
            body=(
                "Sehr geehrter Herr Berger,\n\n"
                "gerne laden wir Sie zum Vorstellungsgespräch am Donnerstag, 11. März 2027 um "
                "14:00 Uhr in unser Büro in der Praterstraße 31, 1020 Wien ein.\n\n"
                "Ihre Gesprächspartner sind DI Konrad Stöckl (Leiter Instandhaltung) und ich.\n\n"
                "Mit freundlichen Grüßen\n\nMag. Renate Höllwarth\nPersonalentwicklung\n"
            ),
        )
        u = understand(raw, VIENNA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Konrad Stöckl", "Renate Höllwarth"]

    def test_italian_particle_di_is_kept_inside_a_name(self) -> None:
        """ "Marco Di Benedetto" keeps its particle: only a leading title is dropped."""
        raw = mail(
            sender="Saskia Lindholm <saskia.lindholm@terrafirm.example>",
            subject="Interview confirmation - Site Engineer",
            body=(
                "Hi Alex,\n\nConfirming your interview on Thursday, March 19 at 10:00 AM. "
                "You'll be meeting with Marco Di Benedetto (Construction Manager).\n\n"
                "Saskia Lindholm\nRecruiting Coordinator\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Marco Di Benedetto"]

    def test_doctor_appointment_trap(self) -> None:
        """A clinic's invitation with "Dr. Name" is an appointment, not an interview."""
        raw = mail(
            sender="Riverside Dental <appointments@riversidedental.example>",
            subject="Appointment confirmation with Dr. Imogen Feld",
            body=(
                "Hi Alex,\n\nThis confirms your cleaning appointment with Dr. Imogen Feld on "
                "Tuesday, March 17 at 2:00 PM.\nPlease arrive 10 minutes early.\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is not Kind.INTERVIEW


SCHEDULE = (
    "Hello Alex,\n\nYour virtual onsite is scheduled. All times below are Eastern.\n\n"
    "Thursday, March 19, 2026\n"
    "{rows}\n\n"
    "Each session uses the same Zoom room: https://zoom.example/j/4471902210\n\n"
    "Best,\nMarisol Quenby\n"
)


def schedule(rows: str) -> bytes:
    """A scheduling tool's agenda (times, then each session and who runs it)."""
    return mail(
        sender="Lanternfish Labs Recruiting <scheduling@goodtime.io>",
        subject="Your interview schedule: Lanternfish Labs - Backend Engineer",
        headers={"Reply-To": "Marisol Quenby <marisol.quenby@lanternfish.example>"},
        body=SCHEDULE.format(rows=rows),
    )


class TestSessionDashRows:
    """Itinerary rows "time  Session - Name": an interview session names who runs it."""

    def test_family_name_first_after_session(self) -> None:
        """Rows "Coding - Name", "Deep dive - Dr. Name", "Hiring manager - Name" give three."""
        rows = (
            "10:00 AM - 10:45 AM   Live coding (shared editor) - Tran Minh-khoa\n"
            "10:50 AM - 11:35 AM   Storage deep dive - Dr. Oh Ji-ye\n"
            "11:40 AM - 12:30 PM   Hiring manager - Bae Dong-hyun"
        )
        u = understand(schedule(rows), NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Bae Dong-hyun", "Oh Ji-ye", "Tran Minh-khoa"]

    def test_places_after_a_dash_are_not_people(self) -> None:
        """ "Lunch - Harbour Room", "Office tour - Main Lobby" name places, not interviewers."""
        rows = (
            "10:00 AM - 10:45 AM   System design - Rufus Okonjo\n"
            "12:00 PM - 12:45 PM   Lunch - Harbour View\n"
            "1:00 PM - 1:20 PM     Office tour - Glass Atrium"
        )
        u = understand(schedule(rows), NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Rufus Okonjo"]


class TestTitleBeforeNameAndHosts:
    """ "hosted by Store Manager Name", "chaired by Prof. Name": a title, then the person."""

    def test_field_title_before_name(self) -> None:
        """ "hosted by Warehouse Supervisor Name": the field and title are not the name."""
        raw = mail(
            sender="Brightwell Outfitters <jobs@brightwell.example>",
            subject="Your group interview is confirmed",
            body=(
                "Hi Alex,\n\nYour group interview for Shift Lead is confirmed for Saturday, "
                "March 21 at 9:00 AM at our Eastside store. The session is hosted by "
                "Warehouse Supervisor Delphine Arkwright and lasts about an hour.\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Delphine Arkwright"]

    def test_board_chaired_by_professor(self) -> None:
        """ "The board will be chaired by Prof. Dr. Name (Dean)" names the interviewer."""
        raw = mail(
            sender="Faculty Office <faculty.office@northmere.example>",
            subject="Interview invitation - Assistant Professor",
            body=(
                "Dear Alex Morgan,\n\nYou are invited for an interview on Friday, March 20, "
                "2026 at 11:00 AM in the Senate Room.\n\nThe interview board will be chaired "
                "by Prof. Dr. Ingrid Solvang (Dean, School of Science).\n\nFaculty Office\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ingrid Solvang"]

    def test_hosted_by_team_trap(self) -> None:
        """ "hosted by our Store Team" names a team, never a person."""
        raw = mail(
            sender="Brightwell Outfitters <jobs@brightwell.example>",
            subject="Your group interview is confirmed",
            body=(
                "Hi Alex,\n\nYour group interview for Shift Lead is confirmed for Saturday, "
                "March 21 at 9:00 AM at our Eastside store. The session is hosted by our "
                "Store Operations Team.\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []


class TestSentenceForms:
    """Times inside a sentence, emoji detail lines, Spanish "conmigo"."""

    def test_time_colon_is_not_a_list_label(self) -> None:
        """ "la entrevista con Name (Title) para el jueves a las 10:30" keeps the name."""
        raw = mail(
            sender="Tomás Arancibia <tomas.arancibia@quiltro.example>",
            to="Catalina Fuentes <catalina.fuentes@gmail.example>",
            subject="Confirmación de entrevista",
            date="Mon, 01 Mar 2027 10:00:00 -0300",
            body=(
                "Hola Catalina:\n\nTe confirmo la entrevista con Josefina Urrutia Lagos (Jefa "
                "de Producto) para el jueves 4 de marzo a las 10:30 (hora de Chile), por "
                "Google Meet.\n\nSaludos,\nTomás Arancibia | Personas\n"
            ),
        )
        u = understand(raw, SANTIAGO)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Josefina Urrutia Lagos"]

    def test_estaran_conmigo(self) -> None:
        """ "Estarán conmigo A (título) y B (título)": the writer's companions interview."""
        raw = mail(
            sender="Ignacio Valdebenito <ignacio.valdebenito@quiltro.example>",
            to="Catalina Fuentes <catalina.fuentes@gmail.example>",
            subject="Entrevista técnica",
            date="Mon, 01 Mar 2027 10:00:00 -0300",
            body=(
                "Hola Catalina:\n\nQueremos invitarte a una entrevista técnica el viernes 5 de "
                "marzo a las 11:00 (hora de Chile) por Teams.\n\nEstarán conmigo Rocío "
                "Barahona (Líder de Datos) y Matías Ferrada (Ingeniero de Software).\n\n"
                "Saludos,\nIgnacio Valdebenito\nGerente de Personas\n"
            ),
        )
        u = understand(raw, SANTIAGO)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Matías Ferrada", "Rocío Barahona"]

    def test_emoji_detail_line(self) -> None:
        """A platform's "👥 Avec A (titre) et B (titre)" line names both people."""
        raw = mail(
            sender="Atelier Sillon <no-reply@jobplatform.example>",
            to="Chloé Marchand <chloe.marchand@free.example>",
            subject="Confirmation de votre entretien",
            date="Mon, 01 Mar 2027 10:00:00 +0100",
            body=(
                "Bonjour Chloé,\n\nVotre entretien pour le poste de Développeuse backend chez Atelier "
                "Sillon est confirmé.\n\n"
                "📅 mardi 9 mars 2027 à 10h00\n📍 4 rue des Tanneurs, 69001 Lyon\n"
                "👥 Avec Gaspard Villeneuve (Directeur technique) et Maëlle Roussin (Lead "
                "Design)\n\nÀ bientôt,\nL'équipe Atelier Sillon\n"
            ),
        )
        u = understand(raw, PARIS)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Gaspard Villeneuve", "Maëlle Roussin"]

    def test_emoji_sign_off_trap(self) -> None:
        """A "🙏 With Best Regards" line after an emoji is a sign-off, not a guest list."""
        raw = mail(
            sender="Saskia Lindholm <saskia.lindholm@terrafirm.example>",
            subject="Interview confirmation - Site Engineer",
            body=(
                "Hi Alex,\n\nConfirming your interview on Thursday, March 19 at 10:00 AM at "
                "our Dayton office.\n\n🙏 With Best Regards\nSaskia Lindholm\n"
                "Recruiting Coordinator\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []


class TestWriterTakesPart:
    """The sender of their own invitation is in the meeting when their words say so."""

    def test_manager_moves_us(self) -> None:
        """An engineering manager's update "moving us an hour later" makes them an interviewer."""
        raw = mail(
            sender="Lucan Ferreby <lucan.ferreby@kelpworks.example>",
            subject="Updated: Interview - Alex Morgan - Data Engineer",
            body=(
                "Hi Alex, moving us an hour later because Priya Anand had a clash. Same room.\n\n"
                "Lucan Ferreby\nEngineering Manager, Kelpworks\n"
            ),
            ics=outlook_event(
                "Lucan Ferreby:lucan.ferreby@kelpworks.example",
                "Priya Anand:priya.anand@kelpworks.example",
                sequence=1,
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Lucan Ferreby", "Priya Anand"]

    def test_coordinator_moves_us_trap(self) -> None:
        """A recruiting coordinator "moving us" arranges: only the guest interviews."""
        raw = mail(
            sender="Wren Talbot <wren.talbot@kelpworks.example>",
            subject="Updated: Interview - Alex Morgan - Data Engineer",
            body=(
                "Hi Alex, moving us an hour later because Priya Anand had a clash. Same room.\n\n"
                "Wren Talbot\nRecruiting Coordinator, Kelpworks\n"
            ),
            ics=outlook_event(
                "Wren Talbot:wren.talbot@kelpworks.example",
                "Priya Anand:priya.anand@kelpworks.example",
                sequence=1,
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Priya Anand"]

    def test_founder_colleague_joins_too(self) -> None:
        """A founder's invite "my co-founder will join too": both founders take part."""
        raw = mail(
            sender="Maren Stolk <maren@kettlebird.example>",
            subject="Coffee on Friday",
            body=(
                "Hi Alex,\n\nLet's do an informal first interview over coffee on Friday at 9:00 "
                "at Drift Cafe for the design lead role. Joost (my co-founder) will join too.\n\nInvite attached.\n\n"
                "Maren Stolk\nCo-founder, Kettlebird\n"
            ),
            ics=ics(
                """
ORGANIZER;CN=Maren Stolk:mailto:maren@kettlebird.example
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan:mailto:alex.morgan@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joost Verbeek:mailto:joost@kettlebird.example
UID:8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F
SUMMARY:Coffee Alex / Maren / Joost
DTSTART;TZID=America/New_York:20260306T090000
DTEND;TZID=America/New_York:20260306T094500
DTSTAMP:20260301T000000Z
SEQUENCE:0
""",
                prodid="-//Apple Inc.//iPhone OS 19.2//EN",
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Joost Verbeek", "Maren Stolk"]

    def test_recruiter_phone_call_french(self) -> None:
        """ "Je vous appellerai mardi ... pour une entrevue téléphonique": the writer interviews."""
        raw = mail(
            sender="Solène Paquin <solene.paquin@cormoran.example>",
            to="Chloé Marchand <chloe.marchand@free.example>",
            subject="Entrevue téléphonique",
            date="Mon, 01 Mar 2027 10:00:00 +0100",
            body=(
                "Bonjour Chloé,\n\nTel que convenu, je vous appellerai le mardi 9 mars à 14 h "
                "pour une entrevue téléphonique d'environ 30 minutes.\n\nAu plaisir,\n\n"
                "Solène Paquin\nConseillère, acquisition de talents\n"
            ),
        )
        u = understand(raw, PARIS)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Solène Paquin"]

    def test_call_to_arrange_trap_spanish(self) -> None:
        """ "Te llamaré para coordinar" the interview with someone else: the writer arranges."""
        raw = mail(
            sender="Tomás Arancibia <tomas.arancibia@quiltro.example>",
            to="Catalina Fuentes <catalina.fuentes@gmail.example>",
            subject="Entrevista - Analista de Datos",
            date="Mon, 01 Mar 2027 10:00:00 -0300",
            body=(
                "Hola Catalina:\n\nTu entrevista será con Rocío Barahona (Líder de Datos) el "
                "jueves 4 de marzo a las 10:30 (hora de Chile). Te llamaré mañana para "
                "coordinar los detalles.\n\nSaludos,\nTomás Arancibia\nReclutador\n"
            ),
        )
        u = understand(raw, SANTIAGO)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Rocío Barahona"]


class TestDepartmentsAndEmployers:
    """A department after a title, or the employer after "interview with", is not a person."""

    def test_department_after_title_is_not_a_person(self) -> None:
        """ "Dr. Name, Director, Medical Affairs": the department belongs to the title."""
        raw = mail(
            sender="Cobaltine Careers <notifications@jobvite.com>",
            subject="Interview Confirmation - Medical Science Liaison",
            headers={"Reply-To": "Ines Marchetti <ines.marchetti@cobaltine.example>"},
            body=(
                "Hi Alex,\n\nThank you for scheduling your interview with Cobaltine.\n\n"
                "Date: Thursday, March 19, 2026\nTime: 1:00 PM ET\n"
                "Interviewers: Dr. Hamish Quarrie, Director, Medical Affairs; Odile Fenwick, "
                "Investor Relations\n\nRegards,\nCobaltine Talent Acquisition\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Medical Affairs" not in names(u)
        assert "Investor Relations" not in names(u)
        assert "Hamish Quarrie" in names(u)

    def test_employer_bank_is_not_an_interviewer(self) -> None:
        """An agency's "interview with Harbourline Savings Bank:" names the employer."""
        raw = mail(
            sender="Petra Naidoo <petra@capepointtalent.example>",
            subject="Interview confirmation: Harbourline Savings Bank",
            body=(
                "Hi Alex\n\nJust confirming your interview with Harbourline Savings Bank:\n\n"
                "Date: Wed 03/18\nTime: 10:00 AM\n"
                "Interviewers: Lwazi Mthembu (Head of Credit), Anke Visser (Risk Manager)\n\n"
                "Kind regards\nPetra Naidoo\nCape Point Talent\n"
            ),
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Anke Visser", "Lwazi Mthembu"]


class TestTerseConfirmations:
    """A hiring manager's one-line reply from a phone: "Booked: ... w/ me + Name"."""

    def test_booked_with_me_plus_name(self) -> None:
        """ "Booked: Thu 3/26 @ 10a ET w/ me + Name (our CTO)": the writer and the name."""
        raw = mail(
            sender="Corliss Yamato <corliss.yamato@finchline.example>",
            subject="Re: next steps",
            body="Booked: Thu 3/26 @ 10a ET w/ me + Bastian Okorie (our CTO), 11am done. "
            "Meet link in the invite.\n\n-C\n",
            headers={"In-Reply-To": "<prev.1@mail.example.net>"},
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Bastian Okorie", "Corliss Yamato"]

    def test_booked_with_a_team_trap(self) -> None:
        """ "Booked ... w/ the Growth Team": a team is never an interviewer."""
        raw = mail(
            sender="Corliss Yamato <corliss.yamato@finchline.example>",
            subject="Re: next steps",
            body="Booked: Thu 3/26 @ 10a ET w/ the Growth Team, 11am done. "
            "Meet link in the invite.\n\n-C\n",
            headers={"In-Reply-To": "<prev.1@mail.example.net>"},
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []

    def test_scheduled_with_tool_trap(self) -> None:
        """A tool's footer "Scheduled with PlanTool" never names an interviewer."""
        raw = mail(
            sender="Finchline Recruiting <scheduling@goodtime.io>",
            subject="Your interview is confirmed",
            body="Your interview with Finchline is confirmed for Thursday, March 26 at "
            "10:00 AM ET.\n\nScheduled with PlanTool\n",
        )
        u = understand(raw, NEW_YORK)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []


TWO_ADDRESSES = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com", "alexm.jobs@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
    date_order="mdy",
)


def self_forward(words: str) -> bytes:
    """The user forwarding an HR letter from their job-search address to their main one."""
    return mail(
        sender="Alex Morgan <alexm.jobs@gmail.com>",
        subject="Fwd: Interview confirmation - Larkspur Savings",
        body=(
            "keeping this in my main inbox\n\n---------- Forwarded message ---------\n"
            "From: Hedda Caldwell <hcaldwell@larkspur.example>\n"
            "Date: Wed, Mar 11, 2026 at 4:02 PM\n"
            "Subject: Interview confirmation - Larkspur Savings\nTo: <alexm.jobs@gmail.com>\n\n"
            f"Dear Mr. Morgan,\n\n{words}\n\nSincerely,\nHedda Caldwell\nHuman Resources Director\n"
        ),
    )


class TestForwardedWriter:
    """ "... and me" in a forwarded letter is its author, not the person forwarding it."""

    def test_forwarded_author_listed_as_me(self) -> None:
        """ "You will meet with Name, Title, and me": the forwarded letter's author interviews."""
        words = (
            "This confirms your interview for the position of Credit Analyst on Monday, "
            "March 16, 2026 at 9:30 a.m. at our main office. You will meet with Perrin "
            "Osei, Chief Credit Officer, and me."
        )
        u = understand(self_forward(words), TWO_ADDRESSES)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Hedda Caldwell", "Perrin Osei"]

    def test_forwarded_hr_author_without_me_trap(self) -> None:
        """The same letter without "and me": the HR author arranges, only the officer interviews."""
        words = (
            "This confirms your interview for the position of Credit Analyst on Monday, "
            "March 16, 2026 at 9:30 a.m. at our main office. You will meet with Perrin "
            "Osei, Chief Credit Officer."
        )
        u = understand(self_forward(words), TWO_ADDRESSES)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Perrin Osei"]
