"""Interviewer names in shapes the recogniser used to miss, each with a trap of its family.

Every message here was written for these tests (invented people, companies and places under
``.example``) to mirror a layout: German compounds and "nehmen teil:" lists with Austrian
titles, Québec "tu", Rioplatense "vas a charlar con", Colombian "lo atenderán la Dra.",
Zoom and Microsoft Bookings notifications, scheduling-tool rows "Session – Name",
South-African panel lists "Name – Head: Team", and family-first East Asian names.
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


JONAS = user("Jonas Weidinger", "jonas.weidinger@example.net", "Europe/Vienna")
ELODIE = user("Élodie Caron", "elodie.caron@example.net", "America/Toronto")
VALENTINA = user("Valentina Soria", "valentina.soria@example.net", "America/Bogota")
KWAME = user("Kwame Asante", "kwame.asante@example.net", "Africa/Johannesburg")
RHIANNON = user("Rhiannon Pugh", "rhiannon.pugh@example.net", "Europe/London")
HANA = user("Lee Ha-na", "hana.lee@example.net", "Asia/Seoul", "mdy")


class TestGermanLists:
    """German compounds before "mit Herrn", and "nehmen teil:" lists with academic titles."""

    def test_compound_talk_with_honorific_and_me(self) -> None:
        """ "das Bewerbungsgespräch mit Frau Dr. A B und mir": both the named and the writer."""
        raw = mail(
            sender="Lukas Brandstätter <l.brandstaetter@alpenmolkerei.example>",
            to="Jonas Weidinger <jonas.weidinger@example.net>",
            subject="Ihr Bewerbungsgespräch – Produktionsplaner (m/w/d)",
            date="Mon, 06 Apr 2026 09:00:00 +0200",
            body=(
                "Sehr geehrter Herr Weidinger,\n\n"
                "gerne bestätigen wir Ihnen das Bewerbungsgespräch mit Frau Dr. Ilse "
                "Moosbrugger-Lenz (Werksleiterin) und mir am Dienstag, 14. April 2026 um "
                "13:30 Uhr in Dornbirn.\n\n"
                "Mit freundlichen Grüßen\nLukas Brandstätter\nRecruiting\n"
            ),
        )
        u = understand(raw, JONAS)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ilse Moosbrugger-Lenz", "Lukas Brandstätter"]

    def test_compound_advice_meeting_at_a_bank_is_no_interview(self) -> None:
        """A bank's "Beratungsgespräch mit Herrn A B" is an appointment, not an interview."""
        raw = mail(
            sender="Raiffeisen Talbank <service@talbank.example>",
            to="Jonas Weidinger <jonas.weidinger@example.net>",
            subject="Terminbestätigung Beratungsgespräch",
            date="Mon, 06 Apr 2026 09:00:00 +0200",
            body=(
                "Sehr geehrter Herr Weidinger,\n\n"
                "wir bestätigen Ihr Beratungsgespräch mit Herrn Florian Gschwandtner am "
                "Dienstag, 14. April 2026 um 10:00 Uhr in unserer Filiale Hallein.\n\n"
                "Ihre Talbank\n"
            ),
        )
        assert understand(raw, JONAS).kind is not Kind.INTERVIEW

    def latin1(self, participants: str) -> bytes:
        """An Austrian HR letter in ISO-8859-1 whose sender writes "Mag." in the From name."""
        body = (
            "Sehr geehrter Herr Weidinger,\n\n"
            "wir danken Ihnen für Ihre Bewerbung als Einkäufer und laden Sie zu einem "
            "Vorstellungsgespräch am Mittwoch, 15. April 2026 um 9:00 Uhr in unsere "
            "Zentrale in Linz ein.\n\n"
            f"Von unserer Seite nehmen teil: {participants} und ich.\n\n"
            "Mit freundlichen Grüßen\nMag. Brigitte Aichhorn\nPersonalentwicklung\n"
        )
        return (
            b"From: =?ISO-8859-1?Q?Mag=2E_Brigitte_Aichhorn?= <b.aichhorn@traunstahl.example>\r\n"
            b"To: Jonas Weidinger <jonas.weidinger@example.net>\r\n"
            b"Subject: =?ISO-8859-1?Q?Einladung_zum_Gespr=E4ch_-_Einkauf_(m/w/d)?=\r\n"
            b"Date: Mon, 06 Apr 2026 09:00:00 +0200\r\n"
            b"Message-ID: <l1@traunstahl.example>\r\n"
            b"MIME-Version: 1.0\r\n"
            b'Content-Type: text/plain; charset="ISO-8859-1"\r\n'
            b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        ) + body.replace("\n", "\r\n").encode("latin-1")

    def test_takes_part_list_with_austrian_titles(self) -> None:
        """ "nehmen teil: DI Dr. A B-C (Geschäftsführer) und ich": titles dropped, "Mag." too."""
        u = understand(
            self.latin1("DI Dr. Gernot Haslinger-Reiter (Technischer Geschäftsführer)"), JONAS
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Brigitte Aichhorn", "Gernot Haslinger-Reiter"]

    def test_given_name_di_is_kept(self) -> None:
        """ "Di Wang" is a person called Di: a two-word name keeps its first word."""
        u = understand(self.latin1("Di Wang (Teamleiter Einkauf)"), JONAS)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Brigitte Aichhorn", "Di Wang"]


class TestTutoiementAndVoseo:
    """Québec French "tu" and Rioplatense "vos" name the interviewers like "vous"/"usted"."""

    def quebec(self, who: str) -> bytes:
        """A Québec recruiter's confirmation written with "tu"."""
        return mail(
            sender="Anne-Sophie Lavoie <aslavoie@boreallogistique.example>",
            to="Élodie Caron <elodie.caron@example.net>",
            subject="Confirmation d'entrevue – Analyste, approvisionnement",
            date="Mon, 06 Apr 2026 09:00:00 -0400",
            body=(
                "Bonjour Élodie,\n\n"
                "Je te confirme ton entrevue le 2026-04-15 à 14 h (heure de l'Est), par Teams.\n\n"
                f"Tu rencontreras {who}, et moi-même.\n\n"
                "Bonne journée!\nAnne-Sophie Lavoie\nConseillère, acquisition de talents\n"
            ),
        )

    def test_tu_rencontreras_names_people_and_writer(self) -> None:
        """ "Tu rencontreras A-B C, directeur X, et moi-même": hyphenated names, the writer."""
        u = understand(
            self.quebec("Jean-François Bélanger-Roy, directeur Approvisionnement"), ELODIE
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Anne-Sophie Lavoie", "Jean-François Bélanger-Roy"]

    def test_tu_rencontreras_a_team_names_only_the_writer(self) -> None:
        """ "Tu rencontreras l'équipe Données et moi-même": a team is nobody."""
        u = understand(self.quebec("l'équipe Données"), ELODIE)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Anne-Sophie Lavoie"]

    def breezy(self, who: str) -> bytes:
        """An ATS notification from Argentina written with "vos", the recruiter in Reply-To."""
        return mail(
            sender="Yerba Labs <notifications@breezy.hr>",
            to="Valentina Soria <valentina.soria@example.net>",
            subject="Entrevista con Yerba Labs – confirmada",
            date="Mon, 06 Apr 2026 09:00:00 -0300",
            headers={"Reply-To": "Agustina Ferreyra <agustina@yerbalabs.example>"},
            body=(
                "¡Hola Valentina!\n\n"
                "Te confirmamos la entrevista para el puesto de Analista QA el jueves 16 de abril "
                "a las 11 hs (hora de Argentina).\n\n"
                f"Vas a charlar con {who}. Si no podés, avisanos.\n\n"
                "¡Saludos!\nEquipo de Talento – Yerba Labs\n"
            ),
        )

    def test_vas_a_charlar_con_names_people(self) -> None:
        """ "Vas a charlar con A B (Tech Lead) y Ñ Ñ": names with Ñ after a voseo intro."""
        u = understand(
            self.breezy("Agustina Ferreyra (Tech Lead) y Ñusta Calfucurá (Líder de QA)"),
            VALENTINA,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Agustina Ferreyra", "Ñusta Calfucurá"]

    def test_vas_a_charlar_con_the_team_names_nobody(self) -> None:
        """ "Vas a charlar con el equipo de Producto": a team, no person."""
        u = understand(self.breezy("el equipo de Producto"), VALENTINA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []


class TestSpanishArticlesAndTitles:
    """ "Lo atenderán la Dra. A B C y el señor D E F": article, title, then the name."""

    def test_usted_intro_with_article_and_title(self) -> None:
        """The article and "Dra."/"señor" are not part of three-word Colombian names."""
        raw = mail(
            sender="Textiles del Cauca <noreply@applytojob.com>",
            to="Valentina Soria <valentina.soria@example.net>",
            subject="Invitación a entrevista – Coordinadora de Compras",
            date="Mon, 06 Apr 2026 09:00:00 -0500",
            headers={"Reply-To": "Mariana Zuluaga Ríos <mzuluaga@textilescauca.example>"},
            body=(
                "Buen día, Valentina:\n\n"
                "La invitamos a una entrevista presencial el martes 14 de abril a las 10:00 a. m. "
                "(hora Colombia) en nuestra sede de Popayán.\n\n"
                "La atenderán la Dra. Mariana Zuluaga Ríos, directora de compras, y el señor "
                "Hernán Ocampo Velasco.\n\nCordialmente,\nGestión Humana\n"
            ),
        )
        u = understand(raw, VALENTINA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Hernán Ocampo Velasco", "Mariana Zuluaga Ríos"]

    def test_doctor_appointment_is_no_interview(self) -> None:
        """A clinic's "la atenderá la Dra. A B" is a medical appointment, not an interview."""
        raw = mail(
            sender="Clínica Los Andes <citas@clinicalosandes.example>",
            to="Valentina Soria <valentina.soria@example.net>",
            subject="Confirmación de su cita médica",
            date="Mon, 06 Apr 2026 09:00:00 -0500",
            body=(
                "Estimada Valentina:\n\nSu cita de control está confirmada para el martes 14 de "
                "abril a las 10:00 a. m.\n\nLa atenderá la Dra. Paula Giraldo Mesa en el "
                "consultorio 204.\n\nClínica Los Andes\n"
            ),
        )
        assert understand(raw, VALENTINA).kind is not Kind.INTERVIEW


class TestPanelTitlesWithColons:
    """South-African and British panels write "Head: Team" after the name and a dash."""

    def panel(self, rows: str) -> bytes:
        """A recruiter's panel list, one person per line."""
        return mail(
            sender="Zanele Mthembu <zanele.mthembu@karoobank.example>",
            to="Kwame Asante <kwame.asante@example.net>",
            subject="Second round interview – Market Risk Analyst",
            date="Mon, 06 Apr 2026 09:00:00 +0200",
            body=(
                "Morning Kwame\n\nThe panel would like to see you for a second round on "
                "Wednesday 15 April at 10h00 (SA time) at our Rosebank office.\n\n"
                f"Panel:\n{rows}\n\nPlease confirm.\n\n"
                "Kind regards\nZanele Mthembu\nTalent Acquisition Specialist\n"
            ),
        )

    def test_colon_inside_title_keeps_the_name(self) -> None:
        """ "Mr A van der B – Head: Market Risk": the name with its particles, not the team."""
        u = understand(
            self.panel(
                "Mr Pieter van der Westhuizen – Head: Market Risk\n"
                "Ms Lerato Dlamini-Nkosi – Executive: Credit"
            ),
            KWAME,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Lerato Dlamini-Nkosi", "Pieter van der Westhuizen"]

    def test_team_names_are_nobody(self) -> None:
        """ "Credit Risk" and "Market Risk" rows are desks, never people."""
        u = understand(self.panel("Credit Risk\nMarket Risk"), KWAME)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []


class TestToolNotifications:
    """Zoom topics, Microsoft Bookings "Staff:" lines and scheduling-tool rows."""

    def zoom(self, topic: str) -> bytes:
        """A Zoom invitation sent for a hiring manager, the topic naming the session."""
        return mail(
            sender="Zoom <no-reply@zoom.us>",
            to="Rhiannon Pugh <rhiannon.pugh@example.net>",
            subject="Gethin Morgan has invited you to a Zoom meeting",
            date="Mon, 06 Apr 2026 09:00:00 +0100",
            headers={"Reply-To": "Gethin Morgan <gethin.morgan@severnwater.example>"},
            body=(
                "Hi Rhiannon Pugh,\n\nGethin Morgan is inviting you to a scheduled Zoom meeting.\n\n"
                f"Topic: {topic}\nTime: Apr 15, 2026 10:00 AM London\n\n"
                "Join Zoom Meeting\nhttps://severnwater.zoom.us/j/81234567890\n\n"
                "Meeting ID: 812 3456 7890\n"
            ),
        )

    def test_zoom_topic_lists_the_interviewers(self) -> None:
        """ "Topic: X interview (A B, C D)": the bracket after "interview" names the people."""
        u = understand(
            self.zoom("Severn Water – Hydrologist interview (Gethin Morgan, Siân Ap Iorwerth)"),
            RHIANNON,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Gethin Morgan", "Siân Ap Iorwerth"]

    def test_zoom_topic_bracket_with_a_format_names_nobody(self) -> None:
        """ "Hydrologist interview (Video Call)": a format in brackets is no person."""
        u = understand(self.zoom("Severn Water – Hydrologist interview (Video Call)"), RHIANNON)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []

    def bookings(self, subject: str, service: str, staff: str) -> bytes:
        """A Microsoft Bookings confirmation."""
        return mail(
            sender="Bookings <bookings@cardiffharbour.example>",
            to="Rhiannon Pugh <rhiannon.pugh@example.net>",
            subject=subject,
            date="Mon, 06 Apr 2026 09:00:00 +0100",
            body=(
                "Hello Rhiannon Pugh,\n\nYour booking is confirmed.\n\n"
                f"{service}\nWednesday, April 15, 2026\n10:00 AM - 10:45 AM (UTC+00:00) London\n\n"
                f"Staff: {staff}\n\nLocation: Microsoft Teams meeting\n\n"
                "Need to make changes? Reschedule or cancel your booking\n\n"
                "Powered by Microsoft Bookings\n"
            ),
        )

    def test_bookings_staff_line_names_the_interviewer(self) -> None:
        """ "Staff: A B" in a Bookings interview confirmation is the interviewer."""
        raw = self.bookings(
            "Booking confirmed: Port Planner – first interview",
            "Port Planner – first interview",
            "Carys Llewellyn-Jones",
        )
        u = understand(raw, RHIANNON)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Carys Llewellyn-Jones"]

    def test_bookings_for_a_dental_check_is_no_interview(self) -> None:
        """The same "Staff:" line in a dental booking is no interview."""
        raw = self.bookings(
            "Booking confirmed: Dental check-up", "Dental check-up", "Dr Owain Rees"
        )
        assert understand(raw, RHIANNON).kind is not Kind.INTERVIEW

    def schedule(self, rows: str) -> bytes:
        """A scheduling tool's confirmation: one row per session, its person after a dash."""
        return mail(
            sender="Taff Valley Capital Recruiting <scheduling@goodtime.io>",
            to="Rhiannon Pugh <rhiannon.pugh@example.net>",
            subject="Confirmed: Your interviews with Taff Valley Capital",
            date="Mon, 06 Apr 2026 09:00:00 +0100",
            headers={"Reply-To": "Bethan Hughes <bethan.hughes@taffvalley.example>"},
            body=(
                "Hi Rhiannon,\n\nYour interviews are confirmed. Times are in your time zone "
                "(Europe/London).\n\nWednesday, April 15, 2026\n"
                f"{rows}\n\nPlease join 5 minutes early.\n\n"
                "GoodTime on behalf of Taff Valley Capital\n"
            ),
        )

    def test_session_dash_single_name_rows(self) -> None:
        """Two rows "Session – A B" without titles: each names its interviewer."""
        u = understand(
            self.schedule(
                "10:00 – 10:45  Portfolio review – Idris Pritchard\n"
                "10:45 – 11:30  Market sizing – Nia Vaughan-Okafor"
            ),
            RHIANNON,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Idris Pritchard", "Nia Vaughan-Okafor"]

    def test_session_dash_place_rows_name_nobody(self) -> None:
        """Rows "Lunch – Riverside Canteen", "Office tour – East Atrium" are places."""
        u = understand(
            self.schedule(
                "12:00 – 12:45  Lunch – Riverside Canteen\n"
                "12:45 – 13:15  Office tour – East Atrium\n"
                "13:15 – 14:00  Case study – Idris Pritchard (Portfolio Manager)"
            ),
            RHIANNON,
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Idris Pritchard"]


class TestFamilyFirstNames:
    """Korean and Chinese names put the family name first; texts use the given name."""

    def invite(self, description: str, guests: tuple[tuple[str, str], ...]) -> bytes:
        """A Google Calendar invitation whose description names people by given name."""
        ics = vevent_calendar(
            summary="Onsite interview – Data Engineer",
            start="20260415T100000",
            end="20260415T120000",
            tzid="Asia/Seoul",
            organizer="mailto:minseo.kang@sejongbio.example",
            organizer_cn="Kang Min-seo",
            attendees=(*guests, ("Lee Ha-na", "hana.lee@example.net")),
            description=description,
        )
        return mail(
            sender="Kang Min-seo <minseo.kang@sejongbio.example>",
            to="Lee Ha-na <hana.lee@example.net>",
            subject="Invitation: Onsite interview – Data Engineer @ Wed Apr 15, 2026 10am - 12pm",
            date="Mon, 06 Apr 2026 09:00:00 +0900",
            body=f"Onsite interview – Data Engineer\n\n{description}\n",
            ics=ics,
        )

    def test_given_name_completed_from_family_first_guest(self) -> None:
        """ "with Min-seo (hiring manager)" is the guest "Kang Min-seo", with her address."""
        raw = self.invite(
            "Onsite interview with Min-seo (hiring manager) and Tae-yang (platform team).",
            (
                ("Kang Min-seo", "minseo.kang@sejongbio.example"),
                ("Oh Tae-yang", "taeyang.oh@sejongbio.example"),
            ),
        )
        u = understand(raw, HANA)
        assert u.kind is Kind.INTERVIEW
        assert u.interview is not None
        assert names(u) == ["Kang Min-seo", "Oh Tae-yang"]
        assert u.interview.company != "Min-seo"

    def test_shared_given_name_is_not_guessed(self) -> None:
        """ "with Wei" and two guests "Li Wei", "Zhang Wei": no address is guessed for Wei."""
        raw = self.invite(
            "Onsite interview with Wei (hiring manager).",
            (
                ("Li Wei", "wei.li@sejongbio.example"),
                ("Zhang Wei", "wei.zhang@sejongbio.example"),
            ),
        )
        u = understand(raw, HANA)
        assert u.interview is not None
        by_name = {p.name: p.email for p in u.interview.interviewers}
        assert by_name.get("Wei") is None
        assert by_name.get("Li Wei") == "wei.li@sejongbio.example"
