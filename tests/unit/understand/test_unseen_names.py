"""Interviewer names in shapes no evaluation set tuned: charsets, threads, lists, languages.

Every message here was written for these tests (invented companies, people and reserved
domains); none is copied from an evaluation set. Each shape comes with a trap: a signature,
a Cc list, a team sign-off, a coordinator or a newsletter that must not give a name.
"""

from __future__ import annotations

import quopri

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._lexicon import default_lexicon
from daemon.understand._people import from_text

from .messages import mail, vevent_calendar


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who writes dates day first."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def names(u: Understanding) -> list[str]:
    """The interviewers' names, in order."""
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    return [p.name or "" for p in u.interview.interviewers]


def emails(u: Understanding) -> dict[str, str | None]:
    """Each interviewer's name and the address paired with it."""
    assert u.interview is not None
    return {p.name or "": p.email for p in u.interview.interviewers}


def latin1_mail(body: str, *, cte: str, charset: str | None = "iso-8859-1") -> bytes:
    """A German mail client's message in ISO-8859-1, quoted-printable or raw 8-bit."""
    data = body.replace("\n", "\r\n").encode("latin-1")
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    ctype = f'text/plain; charset="{charset}"' if charset else "text/plain"
    head = (
        "From: Personalabteilung Nordlicht <bewerbung@nordlicht-vers.example>\r\n"
        "To: Alex Morgan <alex.morgan@gmail.com>\r\n"
        "Cc: Petra Lindqvist-Ohm <p.lindqvist@nordlicht-vers.example>\r\n"
        "Subject: =?iso-8859-1?q?Terminbest=E4tigung=3A_Vorstellungsgespr=E4ch?=\r\n"
        "Date: Mon, 02 Mar 2026 09:00:00 +0100\r\n"
        "Message-ID: <t1@nordlicht-vers.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    )
    return head.encode("ascii") + data


_DE_SENTENCE = (
    "Sehr geehrter Herr Morgan,\n\nhiermit bestätigen wir Ihren Termin für das "
    "Vorstellungsgespräch am Donnerstag, 12. März 2026, um 10:30 Uhr in Köln.\n\n"
    "{people}\n\nMit freundlichen Grüßen\n\nSabine Körner\nPersonalabteilung\n"
)


class TestGermanLatin1:
    """German confirmations in ISO-8859-1 name two people, one with a hyphenated name."""

    @pytest.mark.parametrize(
        ("cte", "charset"),
        [("quoted-printable", "iso-8859-1"), ("8bit", "iso-8859-1"), ("8bit", None)],
    )
    def test_sentence_in_latin1(self, eu_ctx: Context, cte: str, charset: str | None) -> None:
        """Umlauts and hyphens survive any Latin-1 transfer; the signer and Cc are no one."""
        people = (
            "Ihre Gesprächspartner sind Frau Dr. Anna-Lena Brückner-Haas "
            "(Bereichsleiterin Finanzen) und Herr Jörg Weißmann (Teamleiter Controlling)."
        )
        raw = latin1_mail(_DE_SENTENCE.format(people=people), cte=cte, charset=charset)
        assert names(understand(raw, eu_ctx)) == ["Anna-Lena Brückner-Haas", "Jörg Weißmann"]

    def test_list_with_compound_titles(self, eu_ctx: Context) -> None:
        """A compound German title after a comma ("Bereichsleiterin Finanzen") is no name."""
        people = (
            "Gesprächspartner:\n- Frau Anna-Lena Brückner-Haas, Bereichsleiterin Finanzen\n"
            "- Herr Jörg Weißmann, Finanzvorstand"
        )
        raw = latin1_mail(_DE_SENTENCE.format(people=people), cte="quoted-printable")
        assert names(understand(raw, eu_ctx)) == ["Anna-Lena Brückner-Haas", "Jörg Weißmann"]

    @pytest.mark.parametrize(
        "people",
        [
            "Am Gespräch nehmen Frau Anna-Lena Brückner-Haas und Herr Jörg Weißmann teil.",
            "Das Gespräch führen Frau Anna-Lena Brückner-Haas und Herr Jörg Weißmann.",
            "Sie treffen Frau Anna-Lena Brückner-Haas und Herrn Jörg Weißmann.",
        ],
    )
    def test_sentences_without_a_label(self, eu_ctx: Context, people: str) -> None:
        """Taking part, leading the talk and meeting someone all introduce the people."""
        raw = latin1_mail(_DE_SENTENCE.format(people=people), cte="8bit")
        assert names(understand(raw, eu_ctx)) == ["Anna-Lena Brückner-Haas", "Jörg Weißmann"]


class TestThreadReplies:
    """A short reply settles a slot; the people were named earlier in the thread."""

    def _reply(self, own: str, quoted_sender: str, quoted_user: str) -> bytes:
        body = (
            f"{own}\n\nOn Mon, Mar 2, 2026 at 1:55 PM Alex Morgan <alex.morgan@gmail.com> "
            f"wrote:\n\n> {quoted_user}\n>\n> On Mon, Mar 2, 2026 at 10:14 AM Lena Fairbanks "
            "<lena@quillstone.example> wrote:\n>\n> > Hi Alex, for the second round could "
            f"you do Wed 3/11 at 3pm or Thu 3/12 at 11am ET? {quoted_sender}\n"
        )
        return mail(
            sender="Lena Fairbanks <lena@quillstone.example>",
            subject="Re: Quillstone - scheduling your second interview",
            body=body,
            headers={"In-Reply-To": "<q1@gmail.com>", "References": "<q1@gmail.com>"},
        )

    def test_names_from_the_senders_quoted_offer(self, ctx: Context) -> None:
        """The sender's own earlier words name the panel; the reply only confirms."""
        raw = self._reply(
            "Thursday at 11 works - you're confirmed. Same video link as before.\n\nLena",
            "Each slot is an hour with Marta Ibsen-Clay and Kofi Mensah.",
            "Thursday 3/12 at 11am ET would be best. Could Dana Whitcomb join too?",
        )
        assert names(understand(raw, ctx)) == ["Marta Ibsen-Clay", "Kofi Mensah"]

    def test_confirmed_with_in_the_reply(self, ctx: Context) -> None:
        """ "you're confirmed with Jane Roe and Raj Patel" names the people in the reply."""
        raw = self._reply(
            "Thursday at 11 works - you're confirmed with Marta Ibsen-Clay and Kofi "
            "Mensah.\n\nLena",
            "Each slot is an hour with two partners.",
            "Thursday 3/12 at 11am ET would be best.",
        )
        assert names(understand(raw, ctx)) == ["Marta Ibsen-Clay", "Kofi Mensah"]

    def test_users_quoted_words_name_no_one(self, ctx: Context) -> None:
        """A name only in the user's quoted words is never taken for an interviewer."""
        raw = self._reply(
            "Thursday at 11 works - you're confirmed with the hiring team.\n\nLena",
            "Each slot is an hour with two partners.",
            "Thursday 3/12 at 11am ET would be best. Will Dana Whitcomb be there?",
        )
        assert names(understand(raw, ctx)) == []


class TestSignedSystemMail:
    """A person's words sent by a hiring system, with that person in Reply-To."""

    def _ats(self, body: str, reply_to: str) -> bytes:
        return mail(
            sender="Harbourline Ferries <notifications@harbourline.bamboohr.com>",
            subject="Phone interview - Fleet Planner",
            body=body,
            headers={"Reply-To": reply_to},
        )

    def test_signer_who_calls_is_the_interviewer(self, ctx: Context) -> None:
        """ "I'll call you ..." signed by the Reply-To person makes them the interviewer."""
        raw = self._ats(
            "Hi Alex,\n\nThanks for applying. I'll call you on Wednesday, March 11 at 2pm "
            "ET for a 20 minute phone interview.\n\nTalk soon,\nOrla Brennan-Tighe\n"
            "HR Generalist\nHarbourline Ferries\n",
            "Orla Brennan-Tighe <obrennan@harbourline.example>",
        )
        u = understand(raw, ctx)
        assert emails(u) == {"Orla Brennan-Tighe": "obrennan@harbourline.example"}

    def test_signing_coordinator_is_not(self, ctx: Context) -> None:
        """A signing coordinator who books someone else stays out; that someone is named."""
        raw = self._ats(
            "Hi Alex,\n\nI've scheduled your phone interview with Tomas Reyes for Wednesday, "
            "March 11 at 2pm ET.\n\nBest,\nOrla Brennan-Tighe\nRecruiting Coordinator\n",
            "Orla Brennan-Tighe <obrennan@harbourline.example>",
        )
        assert names(understand(raw, ctx)) == ["Tomas Reyes"]


class TestSpanishAndFrench:
    """The writer among the people, and list labels, in Spanish and French."""

    def test_yo_misma_is_the_sender(self, eu_ctx: Context) -> None:
        """ "... y yo misma" adds the writer with their address; the team sign-off is no one."""
        raw = mail(
            sender="Mireia Vall Ferrer <mvall@costabrava-log.example>",
            subject="Convocatoria a entrevista - Analista de Planificación",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hola Alex:\n\nTe confirmamos la entrevista el jueves 12 de marzo a las "
                "10:30 h en nuestras oficinas de Girona. Te atenderán Pau Roig Serra "
                "(Director de Operaciones) y yo misma.\n\nSaludos cordiales,\n"
                "Equipo de Selección\n"
            ),
        )
        u = understand(raw, eu_ctx)
        assert emails(u) == {
            "Pau Roig Serra": None,
            "Mireia Vall Ferrer": "mvall@costabrava-log.example",
        }

    @pytest.mark.parametrize(
        "label", ["Vos interlocuteurs", "Intervenants :", "Avec qui ?", "Vous rencontrerez :"]
    )
    def test_french_list_labels(self, eu_ctx: Context, label: str) -> None:
        """A French label over a bulleted list; the company after "avec" is no one."""
        raw = mail(
            sender="Maison Ardoise via Welcome <notifications@jobs-board.example>",
            subject="Confirmation de votre entretien avec Maison Ardoise",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Bonjour Alex,\n\nVotre entretien pour le poste de Product Designer est "
                "confirmé.\n\nDate : jeudi 12 mars 2026 à 10h30\nLieu : 12 rue des Lilas, "
                f"Paris\n\n{label}\n• Camille Roux – Head of Product\n• Julien Lefèvre – CTO"
                "\n\nBonne préparation !\nL'équipe Maison Ardoise\n"
            ),
        )
        assert names(understand(raw, eu_ctx)) == ["Camille Roux", "Julien Lefèvre"]

    @pytest.mark.parametrize(
        "rows",
        [
            "09:00 - 09:45  Entrevista con Rodrigo Lara Paredes, Gerente de Operaciones\n"
            "10:00 - 10:45  Caso práctico con Lucía Ramos Vega (Jefa de Finanzas)",
            "Entrevistadores:\n- Rodrigo Lara Paredes, Gerente de Operaciones\n"
            "- Lucía Ramos Vega, Jefa de Finanzas",
            "Participantes: Rodrigo Lara Paredes (Gerente de Operaciones), Lucía Ramos Vega",
        ],
    )
    def test_two_surnames_in_agendas_and_lists(self, rows: str) -> None:
        """Two-surname Spanish names come whole from agenda rows, labels and lists."""
        text = (
            f"Estimado Alex:\n\nAgenda de su visita del jueves 12 de marzo:\n\n{rows}\n\n"
            "Saludos cordiales,\nEquipo de Selección\n"
        )
        found = [p.name for p in from_text(text, default_lexicon())[0]]
        assert list(dict.fromkeys(found)) == ["Rodrigo Lara Paredes", "Lucía Ramos Vega"]


class TestCalendarGuests:
    """Invitation mail listing guests, and calendars that give a guest's address only."""

    _BODY = (
        "Devon Clarke invited you to an event.\n\nInterview: Senior Analyst\n"
        "Thu, March 12, 2026 10:00 AM - 11:00 AM EDT\nLocation: Zoom\n\n"
        "Invitees\nDevon Clarke (organizer)\nSam Whitaker\nalex.morgan@gmail.com\n\n"
        "Will you attend? Yes - Maybe - No\n"
    )

    def test_invitees_label(self, ctx: Context) -> None:
        """An "Invitees" list gives the guests; the organiser and the user are left out."""
        raw = mail(
            sender="Devon Clarke <devon.clarke@yahoo.example>",
            subject="Invitation: Interview: Senior Analyst",
            body=self._BODY,
        )
        assert names(understand(raw, ctx)) == ["Sam Whitaker"]

    def test_attendee_without_cn_pairs_by_spelled_address(self, ctx: Context) -> None:
        """A guest listed by address only takes the text's name that the address spells."""
        ics = vevent_calendar(
            summary="Interview: Senior Analyst",
            start="20260312T100000",
            end="20260312T110000",
            tzid="America/New_York",
            organizer="mailto:devon.clarke@yahoo.example",
            organizer_cn="Devon Clarke",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            extra=(
                "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.whitaker@maple.example\n"
                "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:swt@maple.example"
            ),
        )
        raw = mail(
            sender="Devon Clarke <devon.clarke@yahoo.example>",
            subject="Invitation: Interview: Senior Analyst",
            body=self._BODY,
            ics=ics,
        )
        u = understand(raw, ctx)
        assert emails(u) == {"Sam Whitaker": "sam.whitaker@maple.example", "": "swt@maple.example"}


class TestNewsletterTrap:
    """Names in a newsletter are never interviewers."""

    def test_meet_the_team_newsletter(self, ctx: Context) -> None:
        """A careers newsletter that introduces staff is bulk mail, with no people read."""
        raw = mail(
            sender="Quillstone Careers <news@quillstone.example>",
            subject="This month at Quillstone: meet our new engineering leads",
            body=(
                "Hi Alex,\n\nMeet with our new leads: Marta Ibsen-Clay (Head of Platform) "
                "and Kofi Mensah (Staff Engineer). Join our open day on Thursday, March 12 at "
                "6pm.\n\nYou are receiving this because you subscribed to Quillstone news. "
                "Unsubscribe | Manage preferences\n"
            ),
            headers={"List-Unsubscribe": "<https://quillstone.example/u>"},
        )
        u = understand(raw, ctx)
        assert u.kind is not Kind.INTERVIEW
        assert u.interview is None
