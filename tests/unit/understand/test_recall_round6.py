"""Recall round 6: calendar titles naming only the user and a stage, hosts named by their job.

Written from scratch (invented people and companies under reserved names). Each family
sits beside the neighbours that must keep their old reading: a 1:1 at the user's own job,
a vendor's demo, a tennis draw, a grant panel, a lender's or letting agent's call, a
journalist's or student's request, an interview the user runs.
"""

from __future__ import annotations

import pytest

from daemon.understand import Kind, Understanding, understand

from .messages import mail, vevent_calendar
from .test_recall_round5 import USERS, names, read, user_context

COORDINATOR = "Priya Nair <priya.nair@corvid-analytics.example>"


def invite(
    summary: str, sender: str = COORDINATOR, body: str = "", details: str = ""
) -> Understanding:
    """An invitation (iTIP REQUEST) titled ``summary`` sent to the US user."""
    display, address = sender.split(" <")
    ics = vevent_calendar(
        summary=summary,
        start="20260312T170000Z",
        end="20260312T180000Z",
        organizer=f"mailto:{address.rstrip('>')}",
        organizer_cn=display,
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        description=details,
    )
    raw = mail(sender=sender, subject=f"Invitation: {summary}", body=body or summary, ics=ics)
    return understand(raw, user_context("us"))


class TestTitledWithStage:
    """ "Alex Morgan | Round 2": the user's name and a stage only hiring names."""

    @pytest.mark.parametrize(
        "summary",
        [
            "Alex Morgan | Round 2",
            "Alex Morgan - Technical Deep Dive",
            "Alex Morgan - Second Round - Corvid Analytics",
            "Hiring Manager Chat | Alex Morgan",
            "Alex Morgan: Final Round",
        ],
    )
    def test_stage_titles(self, summary: str) -> None:
        """A coordinator's invitation titled with the user and a stage is an interview."""
        u = invite(summary)
        assert u.kind is Kind.INTERVIEW, u.reasons

    @pytest.mark.parametrize(
        "summary",
        [
            "Data Analyst candidate - Alex Morgan",
            "Product Designer Candidate: Alex Morgan",
            "Alex Morgan (Backend Engineer applicant)",
        ],
    )
    def test_candidate_for_role(self, summary: str) -> None:
        """ "<Role> candidate - <Name>": the role the user is a candidate for."""
        u = invite(summary)
        assert u.kind is Kind.INTERVIEW, u.reasons

    @pytest.mark.parametrize(
        "summary",
        [
            "Conversation with Priya Nair to discuss your application",
            "Call with Priya Nair about your application for the Data Analyst role",
        ],
    )
    def test_discuss_your_application(self, summary: str) -> None:
        """A meeting with a named person about the user's application."""
        u = invite(summary)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Priya Nair" in names(u)

    @pytest.mark.parametrize(
        ("summary", "sender", "body", "details"),
        [
            ("Alex / Sam 1:1", "Sam Lee <sam.lee@quillon-group.example>", "Weekly catch-up.", ""),
            (
                "Alex Morgan - Demo",
                "Ivo Marsh <ivo@ledgerloop.example>",
                "Looking forward to showing you Ledgerloop.\n\nIvo Marsh\nAccount Executive",
                "Product walkthrough for your finance team.",
            ),
            (
                "Alex Morgan | Performance Review",
                "Sam Lee <sam.lee@quillon-group.example>",
                "Mid-year check-in.",
                "",
            ),
            (
                "Alex Morgan | Round 2",
                "Riverside Tennis Club <fixtures@riversidetennis.example>",
                "Spring singles tournament: your round 2 match is on court 3.",
                "Spring singles tournament, court 3",
            ),
            (
                "Alex Morgan - Final Round",
                "Launchpad Pitch Night <events@launchpad.example>",
                "You made the final of the pitch competition! 5 minutes plus Q&A.",
                "Pitch competition final",
            ),
            (
                "Alex Morgan | Round 2",
                "Northfield Arts Fund <grants@northfieldarts.example>",
                "Your grant proposal has moved to round 2 of the review. Please join the panel.",
                "Grant review round 2",
            ),
            (
                "Alex Morgan | Second Round",
                "City Quiz League <quiz@cityquiz.example>",
                "Your team is through to the second round of the quiz league.",
                "Quiz league",
            ),
            (
                "Alex Morgan - Technical Screen",
                "Priya Nair <priya.nair@corvid-analytics.example>",
                "Hi Alex, a prep call before you run the technical screen for our candidate.",
                "",
            ),
        ],
    )
    def test_other_meetings_trap(self, summary: str, sender: str, body: str, details: str) -> None:
        """A 1:1, a demo, a review, a draw, a pitch, a grant panel, a screen the user runs."""
        u = invite(summary, sender, body, details)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    @pytest.mark.parametrize(
        ("summary", "sender", "body"),
        [
            (
                "Call with Priya Nair to discuss your application",
                "Priya Nair <priya.nair@harbourbank.example>",
                "Hi Alex, a call to go over your personal loan application and the documents "
                "we still need.",
            ),
            (
                "Call with Priya Nair to discuss your application",
                "Priya Nair <priya@oakletting.example>",
                "Hi Alex, a quick call about your application for the two-bed flat on Elm "
                "Road: references and deposit.",
            ),
            (
                "Conversation with Priya Nair to discuss your mortgage application",
                "Priya Nair <priya@harbourbank.example>",
                "Rates and next steps.",
            ),
        ],
    )
    def test_other_applications_trap(self, summary: str, sender: str, body: str) -> None:
        """A loan, a flat or a mortgage application is no candidacy."""
        assert invite(summary, sender, body).kind is not Kind.INTERVIEW


class TestAvailabilityRequests:
    """ "¿Qué disponibilidad tienes?", "choose your Assessment Centre date": requests."""

    @pytest.mark.parametrize(
        ("sender", "subject", "body", "user"),
        [
            (
                "Marta Ruiz <marta.ruiz@vela-logistica.example>",
                "Disponibilidad para una entrevista",
                "Hola Pablo:\n\nHemos revisado tu perfil y nos gustaría conocerte. ¿Qué "
                "disponibilidad tienes el jueves 12 o el viernes 13 de marzo por la mañana?"
                "\n\nMarta Ruiz",
                "es",
            ),
            (
                "Chloé Petit <chloe.petit@atelier-lune.example>",
                "Disponibilités pour un entretien",
                "Bonjour Camille,\n\nNous souhaiterions vous rencontrer. Quelles sont vos "
                "disponibilités mardi 10 ou mercredi 11 mars ?\n\nChloé Petit",
                "fr",
            ),
            (
                "Early Careers <careers@harrowgate-bank.example>",
                "Book your Assessment Centre",
                "Dear Sam,\n\nWell done on your video interview! Please book a place at one of "
                "our assessment days using the link below.\n\nAvailable dates: 17 March, 26 "
                "March, 8 April\n\nEarly Careers Team",
                "uk",
            ),
            (
                "Graduate Recruitment <graduates@albionrail.example>",
                "Next step: choose your interview date",
                "Dear Sam,\n\nYou have been shortlisted for the Graduate Engineer scheme. Please "
                "choose your interview date from the options in your candidate portal.\n\n"
                "Graduate Recruitment",
                "uk",
            ),
        ],
    )
    def test_requests(self, sender: str, subject: str, body: str, user: str) -> None:
        """Asked for availability or to pick a date: a scheduling request."""
        u = read(sender, subject, body, user=user)
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    @pytest.mark.parametrize(
        ("sender", "subject", "body", "user"),
        [
            (
                "Radio Sol <redaccion@radiosol.example>",
                "Disponibilidad para entrevista",
                "Hola Pablo, nos gustaría entrevistarte en directo para el programa de radio. "
                "¿Qué disponibilidad tienes el lunes 16 de marzo?",
                "es",
            ),
            (
                "Ana <ana.lopez@gmail.com>",
                "Disponibilidad para entrevista",
                "Hola Pablo, para mi TFG necesito entrevistar a gente que trabaje en logística. "
                "¿Qué disponibilidad tienes la semana que viene? Serían 20 minutos.",
                "es",
            ),
            (
                "Revista Ciudad <redaccion@revistaciudad.example>",
                "Disponibilidad para entrevista",
                "Hola Pablo, soy periodista de Revista Ciudad y quería hacerte una entrevista "
                "para un reportaje sobre emprendedores. ¿Qué disponibilidad tienes el martes 10?",
                "es",
            ),
            (
                "Colegio San Luis <admisiones@colegio.example>",
                "Fecha para la entrevista",
                "Estimada familia: para la entrevista de admisión de su hijo, ¿qué "
                "disponibilidad tienen el martes 10 o el jueves 12 de marzo por la tarde?",
                "es",
            ),
            (
                "Universidad <estudio@uni.example>",
                "Disponibilidad para entrevista",
                "Hola Pablo, gracias por participar en nuestro estudio de investigación sobre "
                "hábitos de consumo. ¿Qué disponibilidad tienes para la entrevista? Recibirás "
                "una tarjeta regalo.",
                "es",
            ),
            (
                "France Bleu <redaction@radio.example>",
                "Disponibilités pour un entretien",
                "Bonjour Camille, nous aimerions vous interviewer pour notre émission de radio. "
                "Quelles sont vos disponibilités mardi 10 ou mercredi 11 mars ?",
                "fr",
            ),
        ],
    )
    def test_not_hiring_trap(self, sender: str, subject: str, body: str, user: str) -> None:
        """Radio, a student's thesis, the press, a school and a study ask for times too."""
        u = read(sender, subject, body, user=user)
        assert u.kind not in (Kind.SCHEDULING_REQUEST, Kind.INTERVIEW), u.reasons

    def test_booked_assessment_centre_stays_interview(self) -> None:
        """A booked place (a time given, nothing to choose) stays the interview."""
        u = read(
            "Early Careers <careers@harrowgate-bank.example>",
            "Assessment Centre confirmed",
            "Dear Sam,\n\nYour assessment centre is confirmed for Tuesday 17 March at 9:00am "
            "at our Leeds office.\n\nEarly Careers Team",
            user="uk",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons


class TestHostsNamedByTheirJob:
    """ "You'll shadow our lead hygienist, Karen Ross"; a poll's organiser; a German signer."""

    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            ("You'll shadow our senior nurse, Dana Okafor, for the morning.", "Dana Okafor"),
            ("Please ask for our head chef, Luca Ferri, when you arrive.", "Luca Ferri"),
            ("You will be working alongside Tom Reyes on the floor.", "Tom Reyes"),
            ("Ask for the store manager, Nadia Brooks, at the tills.", "Nadia Brooks"),
        ],
    )
    def test_host_found(self, sentence: str, who: str) -> None:
        """The host of a working interview or a trial shift is its interviewer."""
        u = read(
            "Grace Hill <grace@millbrook-care.example>",
            "Working interview",
            f"Hi Alex,\n\nWe'd like you in for a working interview on Thursday, March 12 from "
            f"9:00 AM to 1:00 PM. {sentence}\n\nGrace Hill\nOwner",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert who in names(u)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Please ask for Fiona at reception when you arrive.",
            "Ask for our head chef at the pass when you arrive.",
            "You'll shadow the team for the morning.",
        ],
    )
    def test_no_host_trap(self, sentence: str) -> None:
        """A receptionist, a job without a name, a team: no interviewer named."""
        u = read(
            "Grace Hill <grace@millbrook-care.example>",
            "Working interview",
            f"Hi Alex,\n\nWe'd like you in for a working interview on Thursday, March 12 from "
            f"9:00 AM to 1:00 PM. {sentence}\n\nGrace Hill\nOwner",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert not any(n in names(u) for n in ("Fiona", "the team"))

    def test_poll_organiser(self) -> None:
        """Whoever closed a poll for an interview holds it."""
        u = read(
            "Doodle <mailer@doodle.com>",
            "Meeting confirmed: Interview - Site Engineer",
            'Hi Sam,\n\nRobert Ainsley has chosen the final option for "Interview - Site '
            'Engineer".\n\nTuesday, 17 March 2026, 10:00 - 11:00 (GMT)\nLocation: Ainsley '
            "Civil, 4 Dock Road, Hull",
            user="uk",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Robert Ainsley"]

    def test_poll_for_something_else_trap(self) -> None:
        """A poll for a team lunch names no interviewer and is no interview."""
        u = read(
            "Doodle <mailer@doodle.com>",
            "Meeting confirmed: Team lunch",
            'Hi Sam,\n\nRobert Ainsley has chosen the final option for "Team lunch".\n\n'
            "Tuesday, 17 March 2026, 12:30 - 13:30 (GMT)\nLocation: The Anchor, Hull",
            user="uk",
        )
        assert u.kind is not Kind.INTERVIEW
        assert names(u) == []

    def test_german_signer_looking_forward(self) -> None:
        """ "Ich freue mich auf das Gespräch", signed: the writer; the receptionist is not."""
        u = read(
            "Bernd Kühn <bernd.kuehn@kuehn-metallbau.example>",
            "Terminbestätigung Vorstellungsgespräch",
            "Hallo Herr Weber,\n\nhiermit bestätige ich den Termin für Ihr Vorstellungsgespräch "
            "am Dienstag, 17. März, um 9:30 Uhr. Bitte melden Sie sich am Empfang bei Frau "
            "Sabine Ott. Ich freue mich auf das Gespräch.\n\nViele Grüße\nBernd Kühn\n"
            "Betriebsleiter",
            user="de",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Bernd Kühn"]


class TestHirerBooksAfterApplying:
    """ "Thanks for applying ... I've put us down for Friday at 11am": the hirer books it."""

    @pytest.mark.parametrize(
        ("sender", "body"),
        [
            (
                "Ben Adler <ben@quietforge.example>",
                "Hey Alex,\n\nThanks for applying to the backend role! I've put us down for "
                "Tuesday 3/10 at 2pm ET on Zoom - just me, 30 minutes.\n\nBen Adler\nFounder",
            ),
            (
                "Ines Duarte <ines@tidemark.example>",
                "Hi Alex, thank you for applying for the Ops Lead position. I have put us down "
                "for Thursday, March 12 at 10am ET - I'll send a Meet link.\n\nInes Duarte\nCEO",
            ),
        ],
    )
    def test_booked(self, sender: str, body: str) -> None:
        """The founder's own booking after the application is an interview."""
        u = read(sender, "Chat next week", body)
        assert u.kind is Kind.INTERVIEW, u.reasons

    @pytest.mark.parametrize(
        ("sender", "subject", "body"),
        [
            (
                "Jamie <jamie.lee@gmail.com>",
                "Brunch!",
                "Hey! So proud you applied for the design role at Figma. I've put us down for "
                "brunch Saturday 3/7 at 11am at Lucia's to celebrate the application being in.",
            ),
            (
                "Sam Lee <sam.lee@quillon-group.example>",
                "Q2 planning",
                "Hi Alex, I've put us down for Friday 3/6 at 11am to go over the hiring plan "
                "for the open role on your team.",
            ),
            (
                "Tom Reed <tom.reed@gmail.com>",
                "Drinks Friday",
                "Hey Alex, thanks for applying through my referral! I've put us down for Friday "
                "3/6 at 6pm at the Anchor for drinks, my treat.",
            ),
            (
                "Sam Lee <sam.lee@quillon-group.example>",
                "Mentoring",
                "Hi Alex, thanks for applying to the mentoring scheme. I've put us down for "
                "Friday 3/6 at 11am for your first mentoring session.",
            ),
            (
                "Lena Ortiz <lena@cityvolunteers.example>",
                "Welcome!",
                "Hi Alex, thank you for applying to volunteer with us. I've put us down for "
                "Saturday 3/7 at 10am for your induction.",
            ),
            (
                "Raj Patel <raj@greenleaf-lettings.example>",
                "Viewing",
                "Hi Alex, thanks for applying for the flat on Elm Road. I've put us down for a "
                "viewing on Friday 3/6 at 11am.",
            ),
            (
                "Dana Cho <dana.cho@stripe.example>",
                "Re: coffee chat?",
                "Hi Alex, sure! Let's do Thursday, March 5 at 9am at Blue Bottle. Happy to tell "
                "you about the PM role at my company and how I got into product.",
            ),
            (
                "Mia Park <mia.park@northwind-uni.example>",
                "Research study",
                "Hi Alex, thanks for signing up for our study on career changes. The session is "
                "Thursday March 5 at 2pm; we'll hear about your experience applying for roles. "
                "You'll receive a $50 gift card.",
            ),
        ],
    )
    def test_plans_trap(self, sender: str, subject: str, body: str) -> None:
        """A friend's brunch, a work meeting, a referrer's drinks, mentoring, volunteering,
        a flat viewing, a networking coffee and a research study stay non-interviews."""
        assert read(sender, subject, body).kind is not Kind.INTERVIEW


class TestTitledWithStageInOtherLanguages:
    """ "Jonas Weber | Runde 2", "Camille Martin - Deuxième entretien", "Pablo García | Ronda 2"."""

    @staticmethod
    def invite_to(user: str, summary: str, sender: str, body: str) -> Understanding:
        """An invitation titled ``summary`` sent to ``user``."""
        address, name, _, _ = USERS[user]
        display, sender_address = sender.split(" <")
        ics = vevent_calendar(
            summary=summary,
            start="20260312T090000Z",
            end="20260312T100000Z",
            organizer=f"mailto:{sender_address.rstrip('>')}",
            organizer_cn=display,
            attendees=((name, address),),
        )
        raw = mail(sender=sender, subject=summary, body=body, ics=ics, to=f"{name} <{address}>")
        return understand(raw, user_context(user))

    @pytest.mark.parametrize(
        ("user", "summary"),
        [
            ("de", "Jonas Weber | Runde 2"),
            ("de", "Jonas Weber - Zweitgespräch"),
            ("fr", "Camille Martin - Deuxième entretien"),
            ("fr", "Camille Martin | Tour 2"),
            ("es", "Pablo García | Ronda 2"),
        ],
    )
    def test_stage_titles(self, user: str, summary: str) -> None:
        """A coordinator's invitation titled with the user and a stage is an interview."""
        u = self.invite_to(user, summary, "Petra Lang <petra.lang@nordlicht.example>", summary)
        assert u.kind is Kind.INTERVIEW, u.reasons

    @pytest.mark.parametrize(
        ("user", "summary", "sender", "body"),
        [
            (
                "de",
                "Jonas Weber | Runde 2",
                "Tennisclub Blau-Weiß <turnier@tc-blauweiss.example>",
                "Vereinsmeisterschaft: Ihr Spiel der Runde 2 auf Platz 3.",
            ),
            (
                "de",
                "Jonas Weber - Jahresgespräch",
                "Petra Lang <petra.lang@nordlicht.example>",
                "Unser jährliches Mitarbeitergespräch.",
            ),
            (
                "fr",
                "Camille Martin | Tour 2",
                "Club de tennis <tournoi@tc-lyon.example>",
                "Tournoi de printemps : votre match du tour 2 sur le court 3.",
            ),
        ],
    )
    def test_other_meetings_trap(self, user: str, summary: str, sender: str, body: str) -> None:
        """A club's draw and a yearly review at the user's own job are no interviews."""
        assert self.invite_to(user, summary, sender, body).kind is not Kind.INTERVIEW
