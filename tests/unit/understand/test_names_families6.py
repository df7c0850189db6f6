"""The writer among the interviewers: "X will join me", "Estaremos la Ing. X y yo".

Every message here was written for these tests (invented people, companies and places under
``.example``). A manager confirming an interview names the colleague who comes along ("Ewan
Castellari (Asset Strategy Lead) will join me", "Frau Dr. Roth wird mich begleiten",
"Me acompañará la Dra. Ortega", "Joining me will be ...", "I'll have X with me"): the
writer interviews too, also when the user forwards the mail to themself. A title's dot
("Ing.", "Dr.", "Lic.") ends no sentence, so it never cuts the writer's "y yo" from the
names. A manager's invitation from their own calendar, signed with their title, is to a
meeting they hold; a manager naming no one else who "looks forward to meeting you" meets
the user. Neighbours: "X will join you", "you'll join me for a tour", recruiters,
assistants and untitled organisers who only arrange, someone asked to send something, and
places or teams leave the writer out or add no one; "will join me" in mail about podcasts,
reviews, school or medical appointments makes no interview.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand
from daemon.understand._lexicon import default_lexicon
from daemon.understand._people import from_text

from .messages import mail, vevent_calendar
from .messages import sorted_names as names


def user(name: str, address: str, zone: str, order: str = "dmy", *more: str) -> Context:
    """A context for one user (``more``: their other addresses)."""
    return Context(
        user_addresses=frozenset({address, *more}),
        user_name=name,
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


NOOR = user("Noor Haddad", "noor.haddad@example.net", "Europe/London")
CALEB = user("Caleb Whitford", "caleb.whitford@example.net", "America/Chicago", "mdy")
LENA = user(
    "Lena Brückner", "lena.brueckner@example.net", "Europe/Berlin", "dmy", "lb.jobs@example.org"
)
SOLENE = user("Solène Garnier", "solene.garnier@example.net", "Europe/Paris")
VALERIA = user("Valeria Quispe", "valeria.quispe@example.net", "America/Lima")


def letter(sender: str, body: str, ctx_to: str, subject: str = "Interview confirmation") -> bytes:
    """A manager's own short confirmation from their work address."""
    return mail(
        sender=sender,
        to=ctx_to,
        subject=subject,
        date="Mon, 09 Mar 2026 09:00:00 +0000",
        body=body,
    )


class TestWillJoinMe:
    """ "X will join me": a colleague comes along to the writer's interview."""

    def test_title_between_commas(self) -> None:
        body = (
            "Dear Noor,\n\nThank you for applying for the Treasury Analyst role. I am pleased "
            "to confirm your interview on Thursday 19 March at 10:30 at our Leeds office. Our "
            "CFO, Priyanka Raman, will join me.\n\nKind regards\nGareth Illingworth\n"
            "Head of Finance, Calder Mills Ltd\n"
        )
        raw = letter(
            "Gareth Illingworth <gareth.illingworth@caldermills.example>",
            body,
            "Noor Haddad <noor.haddad@example.net>",
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Gareth Illingworth", "Priyanka Raman"]

    def test_bracketed_title_and_particle(self) -> None:
        body = (
            "Hi Noor,\n\nAs discussed, let's lock in your second interview for Tuesday 17 "
            "March at 2:00pm at the plant. Tomás de la Vega (Plant Manager) will join me for "
            "the conversation.\n\nBest,\nIngrid Solberg\nOperations Director\n"
        )
        raw = letter(
            "Ingrid Solberg <ingrid.solberg@northfjord.example>",
            body,
            "Noor Haddad <noor.haddad@example.net>",
            "Second interview - Tuesday",
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ingrid Solberg", "Tomás de la Vega"]

    def test_is_joining_me_with_diacritics(self) -> None:
        body = (
            "Hi Caleb,\n\nConfirming our video interview on Wednesday, March 18 at 3:00 PM "
            "Central on Zoom. Siobhán Ní Bhriain is joining me on the call.\n\n"
            "Thanks,\nKwame Mensah-Boateng\nEngineering Manager, Prairie Signal\n"
        )
        raw = letter(
            "Kwame Mensah-Boateng <kwame@prairiesignal.example>",
            body,
            "Caleb Whitford <caleb.whitford@example.net>",
            "Interview on Wednesday",
        )
        u = understand(raw, CALEB)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Kwame Mensah-Boateng", "Siobhán Ní Bhriain"]

    def test_two_people_will_be_joining_me(self) -> None:
        body = (
            "Hello Caleb,\n\nYour onsite interview is confirmed for Friday, March 20 at 9:30 "
            "AM at our Omaha office. Lars van der Meer and Aoife Ryan will be joining me.\n\n"
            "Regards,\nDenise Okonkwo\nVP Engineering\n"
        )
        raw = letter(
            "Denise Okonkwo <denise.okonkwo@bluestem.example>",
            body,
            "Caleb Whitford <caleb.whitford@example.net>",
        )
        u = understand(raw, CALEB)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Aoife Ryan", "Denise Okonkwo", "Lars van der Meer"]

    def test_self_forward_inner_writer(self) -> None:
        """The user forwards the manager's mail from their job address to their main one."""
        raw = mail(
            sender="Lena Brückner <lb.jobs@example.org>",
            to="Lena Brückner <lena.brueckner@example.net>",
            subject="Fwd: Interview - Wednesday 18 March, 14:00",
            date="Mon, 09 Mar 2026 19:00:00 +0100",
            body=(
                "zur Sicherheit\n\n---------- Forwarded message ---------\n"
                "From: Björn Åkesson <bjorn.akesson@nordlicht-labs.example>\n"
                "Date: Mon, 9 Mar 2026 at 15:02\n"
                "Subject: Interview - Wednesday 18 March, 14:00\n"
                "To: <lb.jobs@example.org>\n\n"
                "Dear Ms Brückner,\n\nThank you for your application for the Lab Engineer "
                "position. I am pleased to confirm your interview on Wednesday 18 March at "
                "14:00 CET at our site in Jena. Dr. Marta Nowak-Kowalska, our lead scientist, "
                "will join me.\n\nKind regards\nBjörn Åkesson\nHead of R&D, Nordlicht Labs\n"
            ),
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Björn Åkesson", "Marta Nowak-Kowalska"]

    def test_german_wird_mich_begleiten(self) -> None:
        body = (
            "Sehr geehrte Frau Brückner,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am "
            "Donnerstag, 19. März 2026, um 10:00 Uhr in unserem Werk in Gera. Frau Dr. Katrin "
            "Oberhauser, Leiterin Technik, wird mich begleiten.\n\nMit freundlichen Grüßen\n"
            "Jörg Brandstätter\nWerksleiter\n"
        )
        raw = letter(
            "Jörg Brandstätter <j.brandstaetter@saalewerk.example>",
            body,
            "Lena Brückner <lena.brueckner@example.net>",
            "Ihr Vorstellungsgespräch",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Jörg Brandstätter", "Katrin Oberhauser"]

    def test_french_m_accompagnera(self) -> None:
        body = (
            "Bonjour Solène,\n\nSuite à votre candidature au poste de technicienne méthodes, je vous "
            "confirme votre entretien le jeudi 19 mars à 14h00 dans nos locaux de Rennes. Hélène Dubois-Marchal, directrice technique, "
            "m'accompagnera.\n\nCordialement,\nYannick Le Goff\nDirecteur d'usine\n"
        )
        raw = letter(
            "Yannick Le Goff <yannick.legoff@armor-composites.example>",
            body,
            "Solène Garnier <solene.garnier@example.net>",
            "Confirmation de votre entretien",
        )
        u = understand(raw, SOLENE)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Hélène Dubois-Marchal", "Yannick Le Goff"]

    def test_spanish_me_acompanara_before_the_name(self) -> None:
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista para el puesto de Analista de "
            "Calidad el jueves 19 de marzo a las 10:00 en nuestra planta de Arequipa. Me "
            "acompañará la Dra. Lucía Ortega Ruiz (Jefa de Laboratorio).\n\nSaludos "
            "cordiales,\nAndrés Quispe Mamani\nGerente de Planta\n"
        )
        raw = letter(
            "Andrés Quispe Mamani <aquispe@andina-lacteos.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista - Analista de Calidad",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Andrés Quispe Mamani", "Lucía Ortega Ruiz"]

    def test_spanish_me_acompanara_after_the_name(self) -> None:
        body = (
            "Estimada Valeria:\n\nLe confirmo la entrevista del martes 17 de marzo a las 16:00 "
            "por Teams. Diego Fernández de Córdoba (Director Financiero) me acompañará.\n\n"
            "Saludos,\nMarisa Condori\nGerente General\n"
        )
        raw = letter(
            "Marisa Condori <mcondori@altiplano-seguros.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Diego Fernández de Córdoba", "Marisa Condori"]


class TestWillJoinMeNeighbours:
    """Shapes near "X will join me" that leave the writer out."""

    def test_will_join_you_leaves_a_recruiter_out(self) -> None:
        body = (
            "Hi Noor,\n\nYour interview is confirmed for Thursday 19 March at 11:00 on Teams. "
            "Olusegun Adeyemi, our Head of Credit, will join you.\n\nBest wishes,\n"
            "Harriet Pike\nTalent Acquisition Partner\n"
        )
        raw = letter(
            "Harriet Pike <harriet.pike@caldermills.example>",
            body,
            "Noor Haddad <noor.haddad@example.net>",
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Olusegun Adeyemi"]

    def test_you_will_join_me_for_a_tour(self) -> None:
        body = (
            "Hi Noor,\n\nHamid Karimi will interview you on Thursday 19 March at 10:00. "
            "Afterwards you'll join me for a short office tour.\n\nThanks,\nPoppy Fairweather\n"
            "Recruiting Coordinator\n"
        )
        raw = letter(
            "Poppy Fairweather <poppy.fairweather@caldermills.example>",
            body,
            "Noor Haddad <noor.haddad@example.net>",
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Hamid Karimi"]

    def test_spanish_hr_who_arranges(self) -> None:
        """ "Jefa de Talento Humano" only arranges: she is no interviewer unless she says so."""
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista el jueves 19 de marzo a las 10:00 "
            "por Teams. La entrevistará el Ing. Rubén Mamani Choque (Jefe de Producción).\n\n"
            "Saludos cordiales,\nPatricia Llosa\nJefa de Talento Humano\n"
        )
        raw = letter(
            "Patricia Llosa <pllosa@andina-lacteos.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Rubén Mamani Choque"]


class TestTitleDotInTheSentence:
    """A title's dot ("Ing.", "Lic.", "Dr.") does not end the sentence that names the writer."""

    def test_estaremos_with_a_titled_name_and_yo(self) -> None:
        """HR writes "Estaremos el Lic. X (Contralor) y yo": both interview."""
        body = (
            "Estimada Valeria:\n\nLe confirmo la entrevista para la plaza de Analista "
            "Contable el lunes 16 de marzo a las 09:00 en nuestras oficinas. Estaremos el Lic. "
            "Mauricio Pérez Quiñónez (Contralor) y yo.\n\nSaludos cordiales,\nLic. Gabriela "
            "Ticona\nJefa de Talento Humano\n"
        )
        raw = letter(
            "Gabriela Ticona <gticona@altiplano-seguros.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista - Analista Contable",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Gabriela Ticona", "Mauricio Pérez Quiñónez"]

    def test_german_gespraech_mit_dr_und_mir(self) -> None:
        body = (
            "Sehr geehrte Frau Brückner,\n\nIhr Gespräch am Dienstag, 17. März 2026, um 14:00 "
            "Uhr führen Sie mit Dr. Petra Lindqvist und mir.\n\nViele Grüße\nTobias Wenzel\n"
            "Teamleiter Qualität\n"
        )
        raw = letter(
            "Tobias Wenzel <tobias.wenzel@saalewerk.example>",
            body,
            "Lena Brückner <lena.brueckner@example.net>",
            "Ihr Vorstellungsgespräch",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Petra Lindqvist", "Tobias Wenzel"]

    def test_estaremos_en_contacto_names_no_one(self) -> None:
        """ "Estaremos en contacto con la Sra. Gil" after the interview line adds no one."""
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista para el puesto de Analista de Costos. "
            "La entrevistará el Ing. Rubén Mamani Choque el jueves 19 de marzo a las 10:00 por "
            "Teams. Estaremos en contacto.\n\nSaludos,\nSra. Olga Gil\n"
            "Asistente de Dirección\n"
        )
        raw = letter(
            "Olga Gil <ogil@andina-lacteos.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Rubén Mamani Choque"]


class TestWillJoinMeIsNoInterview:
    """Adversarial: "will join me" in mail that holds no job interview."""

    def check(self, sender: str, subject: str, body: str) -> None:
        raw = letter(sender, body, "Noor Haddad <noor.haddad@example.net>", subject)
        u = understand(raw, NOOR)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_podcast_guest(self) -> None:
        self.check(
            "Deepa Raman <deepa@thinkaloud-podcast.example>",
            "Recording on Tuesday",
            "Hi Noor,\n\nThanks for agreeing to come on the show! We record on Tuesday 17 "
            "March at 3pm. Dr. Amara Obi will join me as co-host.\n\nDeepa\n",
        )

    def test_work_review(self) -> None:
        self.check(
            "Kenji Watanabe <kenji.watanabe@caldermills.example>",
            "Quarterly review",
            "Hi Noor,\n\nThe quarterly budget review is on Thursday 19 March at 2pm in room "
            "4.12. Fiona Baird will join me to walk through the forecasts.\n\nKenji\n",
        )

    def test_friend_good_luck(self) -> None:
        self.check(
            "Sam Ortiz <sam.ortiz@gmail.com>",
            "good luck!!",
            "Noor! Good luck for your interview tomorrow at 10, you'll smash it. Tom will "
            "join me at the pub after, come find us.\n\nSam x\n",
        )

    def test_school_meeting(self) -> None:
        self.check(
            "Mrs Helen Patel <h.patel@st-aidans-primary.example>",
            "Parents' evening",
            "Dear Ms Haddad,\n\nThank you for booking a parents' evening slot on Wednesday 18 "
            "March at 5:40pm. Mr Daniel Kerr, the SENCo, will join me.\n\nKind regards\n"
            "Mrs Helen Patel\nYear 4 teacher\n",
        )

    def test_research_study(self) -> None:
        self.check(
            "Usability Lab <research@fintrack.example>",
            "Your research session",
            "Hi Noor,\n\nThanks for signing up for our user study. Your session is on "
            "Friday 20 March at 11:00 on Zoom. Our designer, Ravi Menon, will join me to take "
            "notes. You'll receive a £40 voucher afterwards.\n\nLucy\nUX Researcher\n",
        )

    def test_medical_appointment(self) -> None:
        self.check(
            "Riverside Physio <bookings@riverside-physio.example>",
            "Appointment confirmation",
            "Dear Noor,\n\nYour appointment is confirmed for Monday 16 March at 9:15. Our "
            "student physiotherapist, Ellie Shaw, will join me for the session.\n\n"
            "Dr. Mark Linton\n",
        )

    def test_visa_appointment(self) -> None:
        self.check(
            "Relocation Desk <relocation@globalmove.example>",
            "Visa appointment",
            "Hi Noor,\n\nYour visa appointment at the consulate is on Tuesday 17 March at "
            "08:30. My colleague Javier Ortega will join me to help with the forms.\n\n"
            "Best,\nAnna Kowal\nRelocation Consultant\n",
        )


def invitation(
    organizer: tuple[str, str],
    guests: tuple[tuple[str, str], ...],
    note: str,
    *,
    to: str,
    summary: str = "Interview - Operations Analyst",
    start: str = "20260317T150000",
    tzid: str = "Europe/London",
    subject: str | None = None,
    sequence: int = 0,
) -> bytes:
    """An invitation sent from the organiser's own calendar, with their note as the body."""
    name, address = organizer
    ics = vevent_calendar(
        summary=summary,
        start=start,
        end=start[:9] + f"{int(start[9:11]) + 1:02d}" + start[11:],
        tzid=tzid,
        organizer=f"mailto:{address}",
        organizer_cn=name,
        attendees=guests,
        description=note,
        sequence=sequence,
        uid=f"{address}-{start}",
    )
    return mail(
        sender=f"{name} <{address}>",
        to=to,
        subject=subject or (("Updated: " if sequence else "Invitation: ") + summary),
        date="Mon, 09 Mar 2026 09:00:00 +0000",
        body=note,
        ics=ics,
    )


NOOR_GUEST = ("Noor Haddad", "noor.haddad@example.net")
NOOR_TO = "Noor Haddad <noor.haddad@example.net>"


class TestOrganiserHoldsTheMeeting:
    """A manager's invitation from their own calendar: they hold the meeting they send."""

    def test_updated_notice_from_a_director(self) -> None:
        note = (
            "Noor - moving this to 3pm the same day as Ana is at the Hull site in the "
            "morning. Same room.\n\nRhodri Llewellyn\nPlant Director, Humber Glassworks\n"
        )
        raw = invitation(
            ("Rhodri Llewellyn", "rhodri.llewellyn@humberglass.example"),
            (NOOR_GUEST, ("Ana Carvalho", "ana.carvalho@humberglass.example")),
            note,
            to=NOOR_TO,
            sequence=2,
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ana Carvalho", "Rhodri Llewellyn"]

    def test_engineering_manager_with_two_colleagues(self) -> None:
        note = (
            "Hi Noor, sending the calendar hold for the technical round. The Teams link is "
            "below.\n\nJan-Willem van den Broek\nEngineering Manager\n"
        )
        raw = invitation(
            ("Jan-Willem van den Broek", "jw.vandenbroek@polderdata.example"),
            (
                NOOR_GUEST,
                ("Zoë Ó Súilleabháin", "zoe.osuilleabhain@polderdata.example"),
                ("Kofi Asante", "kofi.asante@polderdata.example"),
            ),
            note,
            to=NOOR_TO,
            summary="Technical interview - Data Engineer",
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Jan-Willem van den Broek", "Kofi Asante", "Zoë Ó Súilleabháin"]

    def test_german_head_of_controlling(self) -> None:
        note = (
            "Hallo Frau Brückner, anbei die Einladung für unser Gespräch. Wir sehen uns in "
            "Raum 2.14.\n\nDr. Sabine Großkreutz\nLeiterin Controlling\n"
        )
        raw = invitation(
            ("Sabine Großkreutz", "sabine.grosskreutz@saalewerk.example"),
            (
                ("Lena Brückner", "lena.brueckner@example.net"),
                ("Emre Yılmaz", "emre.yilmaz@saalewerk.example"),
            ),
            note,
            to="Lena Brückner <lena.brueckner@example.net>",
            summary="Vorstellungsgespräch Controller/in",
            tzid="Europe/Berlin",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Emre Yılmaz", "Sabine Großkreutz"]

    def test_spanish_operations_manager(self) -> None:
        note = (
            "Valeria, le envío la invitación para la entrevista. Cualquier cambio me avisa.\n\n"
            "Martín Echeverría Sáenz\nGerente de Operaciones\n"
        )
        raw = invitation(
            ("Martín Echeverría Sáenz", "mecheverria@andina-lacteos.example"),
            (
                ("Valeria Quispe", "valeria.quispe@example.net"),
                ("Rosa María de la Cruz", "rdelacruz@andina-lacteos.example"),
            ),
            note,
            to="Valeria Quispe <valeria.quispe@example.net>",
            summary="Entrevista - Analista de Operaciones",
            tzid="America/Lima",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Martín Echeverría Sáenz", "Rosa María de la Cruz"]


class TestOrganiserNeighbours:
    """Invitations whose organiser only arranges, or whose text names who interviews."""

    def check(self, organizer: tuple[str, str], note: str, expected: list[str]) -> None:
        raw = invitation(
            organizer,
            (NOOR_GUEST, ("Marcus Whitlock", "marcus.whitlock@humberglass.example")),
            note,
            to=NOOR_TO,
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == expected

    def test_talent_partner_organiser(self) -> None:
        self.check(
            ("Harriet Pike", "harriet.pike@humberglass.example"),
            "Hi Noor, here is the invite for your interview.\n\nHarriet Pike\n"
            "Talent Acquisition Partner\n",
            ["Marcus Whitlock"],
        )

    def test_executive_assistant_organiser(self) -> None:
        self.check(
            ("Gemma Rowntree", "gemma.rowntree@humberglass.example"),
            "Hi Noor, please find the invitation below.\n\nGemma Rowntree\n"
            "Executive Assistant to the CEO\n",
            ["Marcus Whitlock"],
        )

    def test_organiser_without_a_title(self) -> None:
        self.check(
            ("Tessa Marlow", "tessa.marlow@humberglass.example"),
            "Hi Noor, invite attached. Thanks, Tessa\n",
            ["Marcus Whitlock"],
        )

    def test_text_names_who_interviews(self) -> None:
        self.check(
            ("Rhodri Llewellyn", "rhodri.llewellyn@humberglass.example"),
            "Noor, Marcus Whitlock will interview you; I have just set up the room.\n\n"
            "Rhodri Llewellyn\nPlant Director\n",
            ["Marcus Whitlock"],
        )

    def test_third_party_interviewer(self) -> None:
        self.check(
            ("Rhodri Llewellyn", "rhodri.llewellyn@humberglass.example"),
            "Noor, this is your interview with our finance director. Room 3, first floor.\n\n"
            "Rhodri Llewellyn\nFacilities Manager\n",
            ["Marcus Whitlock"],
        )


class TestCompanionWordsAlone:
    """The people read before or after "will join me" and its translations, and no others."""

    def read(self, text: str) -> list[str]:
        return [p.name or "" for p in from_text(text, default_lexicon())[0]]

    def test_names_in_four_languages(self) -> None:
        assert self.read("Ama K. Boateng will join me.") == ["Ama K. Boateng"]
        assert self.read("Frau Dr. Ilse Wagner-Pöschl wird mich begleiten.") == [
            "Ilse Wagner-Pöschl"
        ]
        assert self.read("Jean-Baptiste d'Ornano m'accompagnera.") == ["Jean-Baptiste d'Ornano"]
        assert self.read("Me acompañará la Sra. Olga Gil, que le recibirá en recepción.") == [
            "Olga Gil"
        ]

    def test_places_and_teams_are_no_people(self) -> None:
        assert self.read("Our colleagues in Port Elizabeth will join me by video.") == []
        assert self.read("The Manchester team will join me.") == []
        assert self.read("Le Groupe Renault m'accompagnera.") == []
        assert self.read("Me acompañará el equipo de Arequipa.") == []


class TestCompanionFirst:
    """The companion named after the writer's words: "Joining me will be ...", "Seront présents"."""

    def test_joining_me_will_be(self) -> None:
        body = (
            "Hi Noor,\n\nYour final interview is confirmed for Thursday 19 March at 11:00 at "
            "our Leeds office. Joining me will be Priya Raman (CFO) and Tom Hale.\n\n"
            "Best,\nGareth Illingworth\nHead of Finance\n"
        )
        raw = letter(
            "Gareth Illingworth <gareth.illingworth@caldermills.example>",
            body,
            NOOR_TO,
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Gareth Illingworth", "Priya Raman", "Tom Hale"]

    def test_german_fuehre_ich_gemeinsam_mit(self) -> None:
        body = (
            "Sehr geehrte Frau Brückner,\n\nvielen Dank für Ihre Bewerbung. Ihr "
            "Vorstellungsgespräch findet am Dienstag, 17. März 2026, um 14:00 Uhr statt. Das "
            "Gespräch führe ich gemeinsam mit Frau Dr. Petra Lindqvist.\n\nViele Grüße\n"
            "Annika Vollmer\nTeamleiterin Qualität\n"
        )
        raw = letter(
            "Annika Vollmer <annika.vollmer@saalewerk.example>",
            body,
            "Lena Brückner <lena.brueckner@example.net>",
            "Ihr Vorstellungsgespräch",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Annika Vollmer", "Petra Lindqvist"]

    def test_french_seront_presents(self) -> None:
        body = (
            "Bonjour Solène,\n\nSuite à votre candidature au poste de technicienne méthodes, je "
            "vous confirme votre entretien le mardi 17 mars à 10h00 à Rennes. Seront présents : "
            "Mme Claire Dubois-Lemaître (DRH) et moi-même.\n\nCordialement,\nYannick Le Goff\n"
            "Responsable d'atelier\n"
        )
        raw = letter(
            "Yannick Le Goff <yannick.legoff@armor-composites.example>",
            body,
            "Solène Garnier <solene.garnier@example.net>",
            "Confirmation de votre entretien",
        )
        u = understand(raw, SOLENE)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Claire Dubois-Lemaître", "Yannick Le Goff"]

    def test_french_je_serai_accompagnee_de(self) -> None:
        body = (
            "Bonjour Solène,\n\nSuite à votre candidature au poste d'acheteuse, je vous confirme "
            "votre entretien le jeudi 19 mars à 14h00 en visioconférence. Je serai accompagnée "
            "de Mathieu N'Diaye, directeur des achats.\n\nBien cordialement,\nAurélie Vasseur\n"
            "Responsable des achats\n"
        )
        raw = letter(
            "Aurélie Vasseur <aurelie.vasseur@armor-composites.example>",
            body,
            "Solène Garnier <solene.garnier@example.net>",
            "Votre entretien",
        )
        u = understand(raw, SOLENE)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Aurélie Vasseur", "Mathieu N'Diaye"]

    def test_spanish_la_haremos_y_yo(self) -> None:
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista para el puesto de Analista de "
            "Riesgos el lunes 16 de marzo a las 11:00 por Teams. La entrevista la haremos José "
            "Luis Mamani (Jefe de Riesgos) y yo.\n\nSaludos,\nCarmen Villanueva\n"
            "Gerente de Finanzas\n"
        )
        raw = letter(
            "Carmen Villanueva <cvillanueva@altiplano-seguros.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Carmen Villanueva", "José Luis Mamani"]

    def test_spanish_estare_acompanada_de(self) -> None:
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista para el puesto de Analista de "
            "Riesgos el lunes 16 de marzo a las 11:00 en nuestras oficinas. Estaré acompañada "
            "de Íñigo Aranburu, Jefe de Riesgos.\n\nSaludos,\nCarmen Villanueva\n"
            "Gerente de Finanzas\n"
        )
        raw = letter(
            "Carmen Villanueva <cvillanueva@altiplano-seguros.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Carmen Villanueva", "Íñigo Aranburu"]

    def test_words_that_name_no_companion(self) -> None:
        read = TestCompanionWordsAlone().read
        assert read("Thanks for joining us today: it was great to talk.") == []
        assert read("Joining us is easy, just apply online.") == []
        assert read("Ich habe zusammen mit Ihrem Lebenslauf auch Ihr Anschreiben erhalten.") == []
        assert read("Conmigo estará el equipo de ventas.") == []

    def test_cv_received_together_is_no_companion(self) -> None:
        """ "Ich habe zusammen mit Ihrem Lebenslauf ..." does not put the writer on a panel."""
        body = (
            "Sehr geehrte Frau Brückner,\n\nich habe zusammen mit Ihrem Lebenslauf auch Ihre "
            "Zeugnisse erhalten. Ihr Vorstellungsgespräch mit Herrn Jens Kowalczyk findet am "
            "Dienstag, 17. März 2026, um 14:00 Uhr statt.\n\nViele Grüße\nMaren Holt\n"
            "Teamleiterin Qualität\n"
        )
        raw = letter(
            "Maren Holt <maren.holt@saalewerk.example>",
            body,
            "Lena Brückner <lena.brueckner@example.net>",
            "Ihr Vorstellungsgespräch",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Jens Kowalczyk"]


class TestJoiningMeIsNoInterview:
    """Adversarial: "Joining me ..." and "Seront présents" in mail without a job interview."""

    def test_webinar_newsletter(self) -> None:
        raw = mail(
            sender="FinOps Weekly <newsletter@finops-weekly.example>",
            to=NOOR_TO,
            subject="This Thursday: our live panel on interviews for finance roles",
            date="Mon, 09 Mar 2026 09:00:00 +0000",
            body=(
                "Hi Noor,\n\nJoining me on the panel this Thursday at 6pm GMT: Priya Raman and "
                "Tom Hale, who will share how they interview analysts.\n\nRegister here: "
                "https://finops-weekly.example/live\n\nUnsubscribe | Manage preferences\n"
            ),
        )
        u = understand(raw, NOOR)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_podcast_recording(self) -> None:
        raw = letter(
            "Deepa Raman <deepa@thinkaloud-podcast.example>",
            "Hi Noor,\n\nWe record on Tuesday 17 March at 3pm. Joining me will be Dr. Amara "
            "Obi as co-host.\n\nDeepa\n",
            NOOR_TO,
            "Recording on Tuesday",
        )
        u = understand(raw, NOOR)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_french_school_meeting(self) -> None:
        raw = letter(
            "Mme Nathalie Pérou <n.perou@ecole-jules-verne.example>",
            "Madame,\n\nJe vous confirme le rendez-vous du mardi 17 mars à 16h30 au sujet de "
            "Léo. Seront présents : M. Karim Benali, psychologue scolaire, et moi-même.\n\n"
            "Nathalie Pérou\nDirectrice de l'école\n",
            "Solène Garnier <solene.garnier@example.net>",
            "Rendez-vous école",
        )
        u = understand(raw, SOLENE)
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestWriterLooksForwardToMeeting:
    """A manager's own confirmation that names no one else: "I look forward to meeting you"."""

    def confirm(self, sender: str, closing: str, signature: str, extra: str = "") -> list[str]:
        body = (
            "Dear Noor,\n\nI am pleased to confirm your interview for the Credit Analyst role on "
            f"Thursday 19 March at 10:00 at our Leeds office. {extra}{closing}\n\nKind regards\n"
            f"{signature}\n"
        )
        u = understand(letter(sender, body, NOOR_TO), NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        return names(u)

    def test_manager_looks_forward(self) -> None:
        got = self.confirm(
            "Eilidh MacAulay-Ross <eilidh.macaulay-ross@caldermills.example>",
            "I look forward to meeting you.",
            "Eilidh MacAulay-Ross\nHead of Credit Risk",
        )
        assert got == ["Eilidh MacAulay-Ross"]

    def test_looking_forward_without_a_subject(self) -> None:
        got = self.confirm(
            "Thabo van Wyk <thabo.vanwyk@caldermills.example>",
            "Looking forward to meeting you!",
            "Thabo van Wyk\nCredit Manager",
        )
        assert got == ["Thabo van Wyk"]

    def test_spanish_espero_conocerle(self) -> None:
        body = (
            "Estimada Valeria:\n\nLe confirmo su entrevista para el puesto de Analista de "
            "Riesgos el lunes 16 de marzo a las 11:00 en nuestras oficinas. Espero conocerle "
            "en persona.\n\nSaludos,\nÁlvaro Núñez de Arce\nGerente de Riesgos\n"
        )
        raw = letter(
            "Álvaro Núñez de Arce <anunez@altiplano-seguros.example>",
            body,
            "Valeria Quispe <valeria.quispe@example.net>",
            "Entrevista",
        )
        u = understand(raw, VALERIA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Álvaro Núñez de Arce"]

    def test_recruiter_looking_forward_is_no_interviewer(self) -> None:
        got = self.confirm(
            "Harriet Pike <harriet.pike@caldermills.example>",
            "I look forward to meeting you.",
            "Harriet Pike\nTalent Acquisition Partner",
        )
        assert got == []

    def test_someone_else_named_leaves_the_writer_out(self) -> None:
        got = self.confirm(
            "Eilidh MacAulay-Ross <eilidh.macaulay-ross@caldermills.example>",
            "I look forward to meeting you at reception.",
            "Eilidh MacAulay-Ross\nOffice Manager",
            extra="Priya Raman will interview you. ",
        )
        assert got == ["Priya Raman"]

    def test_interview_with_a_described_third_party(self) -> None:
        body = (
            "Dear Noor,\n\nI am pleased to confirm your interview with our finance director on "
            "Thursday 19 March at 10:00 at our Leeds office. I look forward to meeting you at "
            "reception.\n\nKind regards\nEilidh MacAulay-Ross\nOffice Manager\n"
        )
        raw = letter("Eilidh MacAulay-Ross <eilidh@caldermills.example>", body, NOOR_TO)
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []


class TestSelfForwardLayouts:
    """The user forwards a manager's mail to themself: the inner author is the writer."""

    NOTE = (
        "Dear Ms Brückner,\n\nI am pleased to confirm your interview for the Lab Engineer role "
        "on Wednesday 18 March at 14:00 at our Jena site. {closing}\n\nKind regards\n"
        "Björn Åkesson\nHead of R&D\n"
    )

    def forward(self, header: str, closing: str) -> list[str]:
        raw = mail(
            sender="Lena Brückner <lb.jobs@example.org>",
            to="Lena Brückner <lena.brueckner@example.net>",
            subject="Fwd: Interview",
            date="Mon, 09 Mar 2026 19:00:00 +0100",
            body="fyi\n\n" + header + self.NOTE.format(closing=closing),
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        return names(u)

    def test_outlook_original_message(self) -> None:
        header = (
            "-----Original Message-----\n"
            "From: Björn Åkesson <bjorn.akesson@nordlicht.example>\n"
            "Sent: Monday, March 9, 2026 3:02 PM\nTo: lb.jobs@example.org\n"
            "Subject: Interview\n\n"
        )
        got = self.forward(header, "Dr. Marta Nowak-Kowalska will join me.")
        assert got == ["Björn Åkesson", "Marta Nowak-Kowalska"]

    def test_german_forward_header_alone(self) -> None:
        header = (
            "---------- Weitergeleitete Nachricht ---------\n"
            "Von: Björn Åkesson <bjorn.akesson@nordlicht.example>\n"
            "Datum: Mo., 9. März 2026 um 15:02\nBetreff: Interview\n"
            "An: <lb.jobs@example.org>\n\n"
        )
        assert self.forward(header, "I look forward to meeting you.") == ["Björn Åkesson"]

    def test_forwarded_coordinator_stays_out(self) -> None:
        header = (
            "Begin forwarded message:\n\n"
            "From: Björn Åkesson <bjorn.akesson@nordlicht.example>\n"
            "Subject: Interview\nDate: 9 March 2026 at 15:02:00 CET\n"
            "To: lb.jobs@example.org\n\n"
        )
        closing = "I'm coordinating the day; Dr. Marta Nowak-Kowalska will interview you."
        assert self.forward(header, closing) == ["Marta Nowak-Kowalska"]


class TestWriterBringsAColleague:
    """A reply's sentence: the writer brings someone to their meeting ("I'll have X with me")."""

    def reply(
        self, sentence: str, signature: str = "Gareth Illingworth\nHead of Finance"
    ) -> list[str]:
        raw = mail(
            sender="Gareth Illingworth <gareth.illingworth@caldermills.example>",
            to=NOOR_TO,
            subject="Re: Treasury Analyst - next steps",
            date="Mon, 09 Mar 2026 09:00:00 +0000",
            headers={"In-Reply-To": "<noor-1@example.net>"},
            body=(
                "Hi Noor,\n\nGreat, let's confirm your interview for the Treasury Analyst role "
                f"on Thursday 19 March at 10:30 at our Leeds office. {sentence}\n\nBest,\n"
                f"{signature}\n"
            ),
        )
        u = understand(raw, NOOR)
        assert u.kind is Kind.INTERVIEW, u.reasons
        return names(u)

    def test_have_with_me(self) -> None:
        got = self.reply("I'll have Ngozi Eze-Okafor with me.")
        assert got == ["Gareth Illingworth", "Ngozi Eze-Okafor"]

    def test_bring_along(self) -> None:
        got = self.reply("I'll bring along Søren Kierkegaard-Lund, our treasurer.")
        assert got == ["Gareth Illingworth", "Søren Kierkegaard-Lund"]

    def test_will_be_with_me(self) -> None:
        got = self.reply("Maëlle de Saint-Exupéry will be with me.")
        assert got == ["Gareth Illingworth", "Maëlle de Saint-Exupéry"]

    def test_and_myself(self) -> None:
        got = self.reply("Wen Jie Tan and myself will be interviewing.")
        assert got == ["Gareth Illingworth", "Wen Jie Tan"]

    def test_asked_to_join(self) -> None:
        got = self.reply("I've asked Oluwaseun Adebayo to join us.")
        assert got == ["Gareth Illingworth", "Oluwaseun Adebayo"]

    def test_asked_to_send_a_test_is_no_companion(self) -> None:
        """Someone asked to send something is no interviewer, and says nothing of the writer."""
        got = self.reply(
            "I've asked Oluwaseun Adebayo to send you the case study beforehand.",
            signature="Gareth Illingworth\nTalent Acquisition Partner",
        )
        assert got == []

    def test_have_someone_send_details_is_no_companion(self) -> None:
        got = self.reply(
            "I'll have Oluwaseun Adebayo send you the details.",
            signature="Gareth Illingworth\nTalent Acquisition Partner",
        )
        assert got == []

    def test_german_ich_bringe_mit(self) -> None:
        body = (
            "Sehr geehrte Frau Brückner,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am "
            "Mittwoch, 18. März 2026, um 09:30 Uhr in Gera. Ich bringe Frau Dr. Henrike "
            "Möller-Tasch aus der Entwicklung mit.\n\nBeste Grüße\nFrank Ostendorp\n"
            "Leiter Konstruktion\n"
        )
        raw = letter(
            "Frank Ostendorp <frank.ostendorp@saalewerk.example>",
            body,
            "Lena Brückner <lena.brueckner@example.net>",
            "Ihr Vorstellungsgespräch",
        )
        u = understand(raw, LENA)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Frank Ostendorp", "Henrike Möller-Tasch"]

    def test_german_bringing_papers_is_no_companion(self) -> None:
        assert TestCompanionWordsAlone().read("Ich bringe Ihre Unterlagen mit.") == []

    def test_french_je_viendrai_avec(self) -> None:
        body = (
            "Bonjour Solène,\n\nSuite à votre candidature au poste d'acheteuse, je vous confirme "
            "votre entretien le jeudi 19 mars à 14h00 à Rennes. Je viendrai avec Anne-Sophie "
            "Le Bihan, responsable qualité.\n\nCordialement,\nAurélie Vasseur\n"
            "Responsable des achats\n"
        )
        raw = letter(
            "Aurélie Vasseur <aurelie.vasseur@armor-composites.example>",
            body,
            "Solène Garnier <solene.garnier@example.net>",
            "Votre entretien",
        )
        u = understand(raw, SOLENE)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Anne-Sophie Le Bihan", "Aurélie Vasseur"]
