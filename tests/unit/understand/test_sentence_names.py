"""Interviewer names written into sentences, lists in other languages and raw 8-bit headers.

Every message here was written for these tests (invented companies, people and places) to
mirror a sentence structure or format; none is copied from an evaluation set. Each new
reading has a trap of the same shape beside it that must not yield a name: a coordinator
who greets, a signature or sign-off block, a team, a recruiter speaking for the team.
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


LUCIA = user("Lucía Herrero", "lucia.herrero@example.net", "America/Montevideo")


class TestRawUtf8Headers:
    """RFC 6532: header fields may carry UTF-8 without encoded words."""

    def raw(self, cc: str) -> bytes:
        """A founder's mail whose Cc is written in raw UTF-8."""
        return (
            "From: Bruno Arrieta <bruno@ceibo.example>\r\n"
            "To: Lucía Herrero <lucia.herrero@example.net>\r\n"
            f"Cc: {cc}\r\n"
            "Subject: Last round at Ceibo\r\n"
            "Date: Tue, 03 Nov 2026 18:00:00 -0300\r\n"
            "Message-ID: <r1@ceibo.example>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            "Hola Lucía,\r\n\r\nIñaki (my co-founder, copied) and I would like to meet you "
            "for the last round for the Backend Lead position.\r\n\r\n"
            "Thursday, November 12 at 10:00 Montevideo time, at our office.\r\n\r\n"
            "Saludos,\r\nBruno Arrieta\r\nCo-founder, Ceibo\r\n"
        ).encode()

    def test_first_name_completed_from_utf8_cc(self) -> None:
        """ "Iñaki (copied) and I": the Cc written in raw UTF-8 gives his full name."""
        u = understand(self.raw("Iñaki Zubiri <inaki@ceibo.example>"), LUCIA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Bruno Arrieta", "Iñaki Zubiri"]
        assert u.recipients[-1].name == "Iñaki Zubiri"

    def test_latin1_header_bytes_still_read(self) -> None:
        """Header bytes that are not UTF-8 are read as Windows-1252, not dropped."""
        raw = self.raw("Iñaki Zubiri <inaki@ceibo.example>")
        raw = raw.replace("Iñaki Zubiri <".encode(), "Iñaki Zubiri <".encode("latin-1"))
        u = understand(raw, LUCIA)
        assert u.recipients[-1].name == "Iñaki Zubiri"


class TestListsInOtherLanguages:
    """ "und", "et" and "y" join the names of a list as "and" does."""

    def test_german_gespraechspartner_joined_by_und(self) -> None:
        """Two people joined by "und", an ampersand inside a bracketed title kept whole."""
        raw = mail(
            sender="Moorbach Logistik GmbH <no-reply@personio.de>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            headers={"Reply-To": "Svenja Harms <svenja.harms@moorbach.example>"},
            subject="Einladung zum Vorstellungsgespräch – Disponentin (m/w/d)",
            date="Mon, 02 Mar 2026 09:15:00 +0100",
            body=(
                "Hallo Lena,\n\nwir freuen uns, Sie zu einem Gespräch einzuladen:\n\n"
                "Termin: Dienstag, 10. März 2026, 14:00 – 15:00 Uhr\n"
                "Gesprächspartner: Dr. Jörg Tammen (Leitung Disposition) und Svenja Harms "
                "(People & Culture)\n\n"
                "Mit freundlichen Grüßen\nAnnika Voss\nPersonalabteilung\n"
            ),
        )
        u = understand(raw, user("Lena Brandt", "lena.brandt@posteo.example", "Europe/Berlin"))
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Jörg Tammen", "Svenja Harms"]

    def test_french_interlocuteurs_joined_by_et(self) -> None:
        """ "Vos interlocuteurs : A (X) et B": both, the "Cordialement" block is not."""
        raw = mail(
            sender="Mathilde Caron <m.caron@ardoise.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            subject="Entretien – Chargée d'études",
            date="Mon, 02 Mar 2026 09:15:00 +0100",
            body=(
                "Bonjour Lena,\n\nJe vous confirme votre entretien le jeudi 12 mars 2026 à "
                "11h00 dans nos locaux.\n\nVos interlocuteurs : Camille Roux (Directrice "
                "financière) et Hugo Martel\n\nCordialement,\nMathilde Caron\n"
                "Chargée de recrutement\n"
            ),
        )
        u = understand(raw, user("Lena Brandt", "lena.brandt@posteo.example", "Europe/Paris"))
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Camille Roux", "Hugo Martel"]

    def test_spanish_entrevistadores_joined_by_y(self) -> None:
        """ "Entrevistadores: A (X) y B": both; "Saludos, Equipo de Talento" is nobody."""
        raw = mail(
            sender="Equipo de Talento <talento@jacaranda.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            subject="Entrevista confirmada – Analista de Riesgos",
            date="Mon, 02 Mar 2026 09:15:00 +0100",
            body=(
                "Hola Lena,\n\nTe confirmamos tu entrevista el miércoles 11 de marzo de 2026 a "
                "las 16:00 (hora de Madrid) por Google Meet.\n\nEntrevistadores: Lucía Ferrer "
                "(Directora de Riesgos) y Andrés Molina\n\nSaludos,\nEquipo de Talento\n"
            ),
        )
        u = understand(raw, user("Lena Brandt", "lena.brandt@posteo.example", "Europe/Madrid"))
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Andrés Molina", "Lucía Ferrer"]


THU = user("Wen Zhao", "wen.zhao@example.org", "America/Los_Angeles", "mdy")


def recruiter_reply(sentence: str) -> bytes:
    """A recruiter confirming the slot the candidate picked, with one sentence about who."""
    return mail(
        sender="Dana Whitcomb <dana.whitcomb@fernridge.example>",
        to="Wen Zhao <wen.zhao@example.org>",
        subject="Re: Next steps - Platform Engineer",
        date="Mon, 05 Oct 2026 09:00:00 -0700",
        headers={"In-Reply-To": "<q1@example.org>", "References": "<q0@x> <q1@example.org>"},
        body=(
            f"Great - Thursday, October 8 at 2pm PT is confirmed for your interview. {sentence}"
            "\n\nDana\n\nOn Sun, Oct 4, 2026 at 6:00 PM Wen Zhao <wen.zhao@example.org> wrote:\n"
            "> Hi Dana, Thursday works best for me.\n"
        ),
    )


class TestRelativeClause:
    """ "<Name>, <title>, who'll run the session": the titled name before the clause."""

    def test_hold_from_titled_person_who_will_lead(self) -> None:
        """A hold "from A B, our Director of X, who'll lead the discussion" names A B."""
        u = understand(
            recruiter_reply(
                "I've sent a calendar hold from Oluwaseun Bakare-Smith, our Director of "
                "Engineering, who'll lead the architecture discussion with you."
            ),
            THU,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Oluwaseun Bakare-Smith"]

    def test_coordinator_who_meets_you_at_reception_is_not_an_interviewer(self) -> None:
        """A coordinator "who will meet you at reception" greets; nobody is named."""
        u = understand(
            recruiter_reply(
                "Please ask for Maggie Holt, our Recruiting Coordinator, who will meet you "
                "at reception."
            ),
            THU,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []

    def test_team_before_who_is_nobody(self) -> None:
        """ "the team at Fernridge Labs, who will meet you": a team and a place, no person."""
        u = understand(
            recruiter_reply("You'll be hosted by the team at Fernridge Labs, who will meet you."),
            THU,
        )
        assert names(u) == []


class TestWriterTakesPart:
    """The writer says they are in the conversation in so many words."""

    def invite(self, note: str, signature: str) -> bytes:
        """An iCloud-style invitation with a note and one other guest."""
        ics = vevent_calendar(
            summary="Final conversation - Wen / Tidepool founders",
            start="20261113T153000",
            end="20261113T163000",
            tzid="America/Los_Angeles",
            organizer="mailto:mara.quist@icloud.com",
            organizer_cn="Mara Quist",
            attendees=(
                ("Wen Zhao", "wen.zhao@example.org"),
                ("Odile Fenwick", "odile@tidepool.example"),
            ),
        )
        return mail(
            sender="Mara Quist <mara.quist@icloud.com>",
            to="Wen Zhao <wen.zhao@example.org>",
            subject="Invitation: Final conversation - Wen / Tidepool founders",
            date="Mon, 09 Nov 2026 20:00:00 -0800",
            body=(
                'Mara Quist has invited you to "Final conversation - Wen / Tidepool founders".'
                f"\n\nFriday, November 13, 2026 3:30 PM to 4:30 PM (PST)\n\n{note}\n{signature}"
            ),
            ics=ics,
        )

    def test_other_and_i_would_love_to_wrap_up(self) -> None:
        """ "Odile and I would love to wrap up the process with you": the writer too."""
        u = understand(
            self.invite(
                "Note from Mara: Odile and I would love to wrap up the process for the founding "
                "designer role with you.",
                "",
            ),
            THU,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Mara Quist", "Odile Fenwick"]

    def test_recruiter_speaking_for_the_team_is_not_an_interviewer(self) -> None:
        """A talent partner's "the team and I would love to see you" keeps them out."""
        u = understand(
            self.invite(
                "The hiring team and I would love to see you on Friday.",
                "\nMara Quist\nTalent Acquisition Partner, Tidepool\n",
            ),
            THU,
        )
        assert names(u) == ["Odile Fenwick"]

    def cto_note(self, line: str, signature: str) -> bytes:
        """A CTO's informal first meeting, booked by the writer."""
        return mail(
            sender="Zofia Malec <zofia@wrzos.example>",
            to="Wen Zhao <wen.zhao@example.org>",
            subject="Coffee next Thursday?",
            date="Thu, 05 Nov 2026 22:10:00 +0100",
            body=(
                "Hi Wen,\n\nOur recruiter mentioned you're open to hearing about the Staff "
                "Engineer role. It's the first step of our interview process.\n\n"
                f"{line} Thursday 12 November at 8:30 at Cafe Lipa, Krucza 14.\n\n{signature}"
            ),
        )

    def test_ive_put_us_down_for(self) -> None:
        """ "I've put us down for Thursday at 8:30": the writer meets the candidate."""
        u = understand(
            self.cto_note("I've put us down for", "Zofia Malec\nCTO, Wrzos\n"),
            user("Wen Zhao", "wen.zhao@example.org", "Europe/Warsaw"),
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Zofia Malec"]

    def test_coordinator_booking_a_room_is_not_an_interviewer(self) -> None:
        """A recruiting coordinator who "booked us" a room, naming the interviewer: only them."""
        u = understand(
            self.cto_note(
                "You'll meet with Piotr Zawada (Engineering Manager). I've booked us a table for",
                "Zofia Malec\nRecruiting Coordinator, Wrzos\n",
            ),
            user("Wen Zhao", "wen.zhao@example.org", "Europe/Warsaw"),
        )
        assert names(u) == ["Piotr Zawada"]


class TestTimeThenPeople:
    """A time, a bracketed zone and a short note, then "with" and the people."""

    def body(self, tail: str) -> bytes:
        """A French recruiter's confirmation with an English line for the time."""
        return mail(
            sender="Inès Garnier <ines.garnier@calanque.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            subject="Entretien - Data Engineer - mardi 14 avril",
            date="Mon, 06 Apr 2026 18:00:00 +0200",
            body=(
                "Bonjour Lena,\n\nJe vous confirme votre entretien :\n\n"
                f"Tuesday 14 April at 09:30 (Paris time) - {tail}\n\n"
                "Bien cordialement,\n\nInès Garnier\nChargée de recrutement\n"
            ),
        )

    def test_names_after_a_dash_note(self) -> None:
        """ "09:30 (Paris time) - in English with our CTO, A B, and myself": both people."""
        u = understand(
            self.body("in English with our CTO, Rui Carvalho, and myself."),
            user("Lena Brandt", "lena.brandt@posteo.example", "Europe/Paris"),
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Inès Garnier", "Rui Carvalho"]

    def test_team_after_a_dash_note_is_nobody(self) -> None:
        """ "09:30 (Paris time) - coffee with the data team": no person, the recruiter neither."""
        u = understand(
            self.body("coffee with the data team."),
            user("Lena Brandt", "lena.brandt@posteo.example", "Europe/Paris"),
        )
        assert names(u) == []


class TestCommittee:
    """Academic and public-sector mail names a committee."""

    def letter(self, sentence: str) -> bytes:
        """A professor's invitation with one sentence about the committee."""
        return mail(
            sender="Hamish Tulloch <h.tulloch@glenmore-uni.example>",
            to="Wen Zhao <wen.zhao@example.org>",
            subject="Research Fellow position - interview",
            date="Mon, 01 Jun 2026 09:00:00 +0100",
            body=(
                "Dear Dr. Zhao,\n\nWe would like to interview you on Friday 12 June 2026, "
                f"10:00-10:40 (BST), via Zoom.\n\n{sentence}\n\n"
                "With best regards,\nHamish Tulloch\nProfessor of Geology\n"
            ),
        )

    def test_committee_will_be_myself_and(self) -> None:
        """ "The committee will be myself and Prof. A B": the writer and A B."""
        u = understand(
            self.letter("The selection committee will be myself and Prof. Ingrid Solberg."),
            user("Wen Zhao", "wen.zhao@example.org", "Europe/London"),
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Hamish Tulloch", "Ingrid Solberg"]

    def test_committee_without_names_is_nobody_new(self) -> None:
        """ "The committee will be in touch" names nobody."""
        u = understand(
            self.letter("The committee will be in touch about next steps afterwards."),
            user("Wen Zhao", "wen.zhao@example.org", "Europe/London"),
        )
        assert "Ingrid Solberg" not in names(u)
        assert all(" " in n for n in names(u))


class TestItinerarySessions:
    """Rows "time  session – people" and "time  Meeting with the Dean, Dr. A B"."""

    def schedule(self, rows: str) -> bytes:
        """A scheduling tool's onsite schedule with the given rows."""
        return mail(
            sender="Kauri Labs Talent <notifications@modernloop.io>",
            to="Wen Zhao <wen.zhao@example.org>",
            subject="Your onsite interview schedule - Kauri Labs",
            date="Mon, 01 Jun 2026 09:00:00 +1200",
            body=(
                "Hi Wen,\n\nHere is your interview schedule for the Data Engineer role.\n\n"
                "Thursday, 11 June 2026 (Auckland time)\n\n"
                f"{rows}\n\nPlease arrive at 8:45 and ask for Mereana at reception.\n\n"
                "Kind regards,\nTeam Talent\n"
            ),
        )

    def test_dash_sessions_with_titled_people(self) -> None:
        """ "System design – A B (Principal Engineer)" and a one-word session both name people."""
        u = understand(
            self.schedule(
                "09:00 – 09:45 System design – Tamati Ngata (Principal Engineer)\n"
                "10:00 – 10:45 Coding – Lim Wei Jie (Senior Engineer)\n"
                "11:00 – 12:00 Lunch with the team (not an interview)"
            ),
            user("Wen Zhao", "wen.zhao@example.org", "Pacific/Auckland"),
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Lim Wei Jie", "Tamati Ngata"]

    def test_dash_rows_naming_places_are_nobody(self) -> None:
        """ "Office tour – Main Building", "Welcome – Harbour Room (Level 2)": no people."""
        u = understand(
            self.schedule(
                "09:00 – 09:30 Welcome – Harbour Room (Level 2)\n"
                "09:30 – 10:00 Office tour – Main Building\n"
                "10:00 – 10:45 Coding – Lim Wei Jie (Senior Engineer)"
            ),
            user("Wen Zhao", "wen.zhao@example.org", "Pacific/Auckland"),
        )
        assert names(u) == ["Lim Wei Jie"]

    def test_role_described_before_the_name(self) -> None:
        """ "Meeting with the Dean, Dr. A B" and "Meeting with Prof. C D and Prof. E F"."""
        u = understand(
            self.schedule(
                "9:00 AM Meeting with Prof. Aroha Walker and Prof. Ifeoma Nwosu\n"
                "11:00 AM Meeting with the Dean, Dr. Graham Ashdown\n"
                "12:30 PM Lunch with graduate students"
            ),
            user("Wen Zhao", "wen.zhao@example.org", "Pacific/Auckland"),
        )
        assert names(u) == ["Aroha Walker", "Graham Ashdown", "Ifeoma Nwosu"]
