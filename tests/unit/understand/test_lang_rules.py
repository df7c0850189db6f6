"""English-only rules in German, French and Spanish (session 4), each beside its trap.

Earlier fixes taught the classifier that a writer who only opens the meeting and hands
over interviews no one (``sender_leaves``), that a writer meeting the user at the door
is not the interviewer when the mail describes one ("with our Finance Director",
``third_party_interviewer``), and that an outro's object ("will lead it") may be a lunch
rather than the interview. These tests give the same rules in de/fr/es. Every message
here was written for these tests.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail

REPLY = {"In-Reply-To": "<lang.1@mail.example>"}


def _ctx(name: str, address: str, zone: str) -> Context:
    """A European user who writes dates day first."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order="dmy",
    )


DE = _ctx("Jonas Weber", "jonas.weber@web.de", "Europe/Berlin")
FR = _ctx("Camille Martin", "camille.martin@orange.fr", "Europe/Paris")
ES = _ctx("Lucía García", "lucia.garcia@gmail.com", "Europe/Madrid")


def read(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understand one plain-text reply sent to a European user on Monday 2 March 2026."""
    to = f"{ctx.user_name} <{next(iter(ctx.user_addresses))}>"
    raw = mail(
        sender=sender,
        to=to,
        subject=subject,
        body=body,
        date="Mon, 02 Mar 2026 14:10:00 +0100",
        headers=REPLY,
    )
    return understand(raw, ctx)


def names(u: Understanding) -> set[str]:
    """The interviewers' names."""
    assert u.interview is not None, (u.kind, u.reasons)
    return {p.name for p in u.interview.interviewers if p.name}


def local(u: Understanding, ctx: Context) -> tuple[int, int, int, int]:
    """The interview's start as (month, day, hour, minute) in the user's zone."""
    assert u.interview is not None, (u.kind, u.reasons)
    start = u.interview.start.astimezone(ZoneInfo(ctx.timezone))
    return start.month, start.day, start.hour, start.minute


DE_PANEL = (
    "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch ist bestätigt: Dienstag, 17. März um 9 Uhr. "
    "Am Gespräch nehmen neben mir auch Frau Jana Roth (Design Lead) teil."
)
FR_PANEL = (
    "Bonjour Camille,\n\nSuite à votre candidature, votre entretien est confirmé le mardi 17 "
    "mars à 9h. Vous rencontrerez Claire Dubois (Design Lead) et moi-même."
)
ES_PANEL = (
    "Hola Lucía:\n\nTe confirmo la entrevista el martes 17 de marzo a las 9:00. Estaremos "
    "Javier Rey (Design Lead) y yo."
)


class TestSenderLeaves:
    """A writer listed with the interviewer who only opens the meeting interviews no one."""

    def test_de_hands_over(self) -> None:
        """ "Ich stelle alle kurz vor und übergebe dann an Frau Roth" names Jana Roth only."""
        u = read(
            DE,
            "Sara Ortmann <sara.ortmann@quillon.example>",
            "Re: Produktdesigner",
            DE_PANEL + " Ich stelle alle kurz vor und übergebe dann an Frau Roth.\n\nSara "
            "Ortmann\nQuillon",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, DE) == (3, 17, 9, 0)
        assert names(u) == {"Jana Roth"}

    def test_de_writer_stays_trap(self) -> None:
        """The same writer who does not leave ("Die Einladung folgt") stays an interviewer."""
        u = read(
            DE,
            "Sara Ortmann <sara.ortmann@quillon.example>",
            "Re: Produktdesigner",
            DE_PANEL + " Die Einladung folgt.\n\nSara Ortmann\nQuillon",
        )
        assert names(u) == {"Jana Roth", "Sara Ortmann"}

    def test_fr_leaves_with_claire(self) -> None:
        """ "Je ferai les présentations puis je vous laisserai avec Claire" names Claire."""
        u = read(
            FR,
            "Sophie Garnier <sophie.garnier@quillon.example>",
            "Re: Designer produit",
            FR_PANEL + " Je ferai les présentations puis je vous laisserai avec Claire.\n\n"
            "Sophie Garnier\nQuillon",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Claire Dubois"}

    def test_fr_writer_stays_trap(self) -> None:
        """A writer who will "vous laisser le temps de poser vos questions" stays listed."""
        u = read(
            FR,
            "Sophie Garnier <sophie.garnier@quillon.example>",
            "Re: Designer produit",
            FR_PANEL + " Je vous laisserai le temps de poser vos questions.\n\nSophie Garnier"
            "\nQuillon",
        )
        assert names(u) == {"Claire Dubois", "Sophie Garnier"}

    def test_es_leaves_with_javier(self) -> None:
        """ "Yo haré las presentaciones y luego te dejo con Javier" names Javier Rey."""
        u = read(
            ES,
            "Carmen Soto <carmen.soto@quillon.example>",
            "Re: Diseñador de producto",
            ES_PANEL + " Yo haré las presentaciones y luego te dejo con Javier.\n\nCarmen Soto"
            "\nQuillon",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Javier Rey"}

    def test_es_writer_stays_trap(self) -> None:
        """A writer who "te deja el enlace" below stays among the interviewers."""
        u = read(
            ES,
            "Carmen Soto <carmen.soto@quillon.example>",
            "Re: Diseñador de producto",
            ES_PANEL + " Te dejo el enlace de la videollamada en la invitación.\n\nCarmen Soto"
            "\nQuillon",
        )
        assert names(u) == {"Carmen Soto", "Javier Rey"}


class TestThirdPartyInterviewer:
    """A writer who meets the user at the door is no interviewer beside a described one."""

    def test_de_reception_trap(self) -> None:
        """An office manager's "Ich freue mich, Sie kennenzulernen" beside "mit unserem Finanzdirektor"."""
        u = read(
            DE,
            "Greta Holm <greta.holm@steinbruck.example>",
            "Ihr Vorstellungsgespräch am Dienstag",
            "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch für die Stelle als Buchhalter ist am "
            "Dienstag, 10. März um 10 Uhr mit unserem Finanzdirektor. Ich freue mich, Sie am "
            "Empfang kennenzulernen, und bringe Sie dann nach oben.\n\nGreta Holm\nOffice "
            "Managerin, Steinbruck",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == set()

    def test_de_writer_meets(self) -> None:
        """A head of accounting's "Ich freue mich, Sie kennenzulernen" makes her the interviewer."""
        u = read(
            DE,
            "Greta Holm <greta.holm@steinbruck.example>",
            "Ihr Vorstellungsgespräch am Dienstag",
            "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch für die Stelle als Buchhalter ist am "
            "Dienstag, 10. März um 10 Uhr. Ich freue mich, Sie kennenzulernen.\n\nGreta Holm\n"
            "Leiterin Buchhaltung, Steinbruck",
        )
        assert local(u, DE) == (3, 10, 10, 0)
        assert names(u) == {"Greta Holm"}

    def test_fr_reception_trap(self) -> None:
        """ "Demandez-moi à l'accueil" beside "avec notre directeur financier" names no one."""
        u = read(
            FR,
            "Gaëlle Roux <gaelle.roux@pierrefine.example>",
            "Votre entretien mardi",
            "Bonjour Camille,\n\nSuite à votre candidature, votre entretien pour le poste de "
            "comptable aura lieu le mardi 10 mars à 10h avec notre directeur financier. À votre "
            "arrivée, demandez-moi à l'accueil et je vous accompagnerai.\n\nGaëlle Roux\n"
            "Responsable des services généraux, Pierrefine",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == set()

    def test_fr_writer_meets(self) -> None:
        """A head accountant's "Au plaisir de vous rencontrer" makes her the interviewer."""
        u = read(
            FR,
            "Gaëlle Roux <gaelle.roux@pierrefine.example>",
            "Votre entretien mardi",
            "Bonjour Camille,\n\nSuite à votre candidature, votre entretien pour le poste de "
            "comptable aura lieu le mardi 10 mars à 10h. Au plaisir de vous rencontrer !\n\n"
            "Gaëlle Roux\nResponsable comptable, Pierrefine",
        )
        assert names(u) == {"Gaëlle Roux"}

    def test_es_reception_trap(self) -> None:
        """ "Pregunta por mí en recepción" beside "con nuestro director financiero" names no one."""
        u = read(
            ES,
            "Marta Gil <marta.gil@piedrafina.example>",
            "Tu entrevista del martes",
            "Hola Lucía:\n\nGracias por tu candidatura. Tu entrevista para el puesto de contable "
            "es el martes 10 de marzo a las 10:00 con nuestro director financiero. Cuando llegues, "
            "pregunta por mí en recepción y te acompaño.\n\nMarta Gil\nResponsable de oficina, "
            "Piedrafina",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == set()

    def test_es_writer_meets(self) -> None:
        """A head of accounts' "¡Tengo muchas ganas de conocerte!" makes her the interviewer."""
        u = read(
            ES,
            "Marta Gil <marta.gil@piedrafina.example>",
            "Tu entrevista del martes",
            "Hola Lucía:\n\nGracias por tu candidatura. Tu entrevista para el puesto de contable "
            "es el martes 10 de marzo a las 10:00. ¡Tengo muchas ganas de conocerte!\n\nMarta "
            "Gil\nJefa de contabilidad, Piedrafina",
        )
        assert names(u) == {"Marta Gil"}


FARNHILL = "Nina Brandt <nina.brandt@farnhill.example>"


class TestOutroObjects:
    """ "<Name> wird es leiten / l'animera / lo dirigirá": "it" may be a lunch, not the interview."""

    def test_de_leads_the_interview(self) -> None:
        """ "Frau Dr. Ines Roth, Leiterin Produkt, wird das Gespräch führen" names Ines Roth."""
        u = read(
            DE,
            FARNHILL,
            "Interview bestätigt - Produktmanager",
            "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch ist bestätigt für Mittwoch, 11. März "
            "um 13 Uhr. Frau Dr. Ines Roth, Leiterin Produkt, wird das Gespräch führen.\n\nNina "
            "Brandt\nTalent Partnerin, Farnhill",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Ines Roth"}

    def test_de_leads_it(self) -> None:
        """ "Raj Patel, VP Produkt, wird es leiten" after the case study names Raj Patel."""
        u = read(
            DE,
            FARNHILL,
            "Interview bestätigt - Produktmanager",
            "Hallo Herr Weber,\n\nIhre Fallstudie ist bestätigt für Mittwoch, 11. März um 13 Uhr. "
            "Raj Patel, VP Produkt, wird es leiten.\n\nNina Brandt\nTalent Partnerin, Farnhill",
        )
        assert names(u) == {"Raj Patel"}

    def test_de_lunch_host_trap(self) -> None:
        """ "Ein offenes Mittagessen ...; Maria Lopez wird es leiten": Maria runs the lunch."""
        u = read(
            DE,
            FARNHILL,
            "Interview bestätigt - Produktmanager",
            "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch mit Herrn Raj Patel (VP Produkt) ist "
            "bestätigt für Mittwoch, 11. März um 13 Uhr.\n\nAm Freitag gibt es außerdem ein "
            "offenes Mittagessen für neue Kollegen; Maria Lopez, unsere Office-Leiterin, wird es "
            "leiten.\n\nNina Brandt\nTalent Partnerin, Farnhill",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Maria Lopez" not in names(u)

    def test_fr_leads_it(self) -> None:
        """ "Raj Patel, VP Produit, l'animera" after the case study names Raj Patel."""
        u = read(
            FR,
            FARNHILL,
            "Entretien confirmé - Chef de produit",
            "Bonjour Camille,\n\nSuite à votre candidature, votre étude de cas est confirmée le "
            "mercredi 11 mars à 13h. Raj Patel, VP Produit, l'animera.\n\nNina Brandt\nChargée "
            "de recrutement, Farnhill",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, FR) == (3, 11, 13, 0)
        assert names(u) == {"Raj Patel"}

    def test_fr_lunch_host_trap(self) -> None:
        """ "Un déjeuner ouvert ...; Maria Lopez ... l'animera": Maria runs the lunch."""
        u = read(
            FR,
            FARNHILL,
            "Entretien confirmé - Chef de produit",
            "Bonjour Camille,\n\nSuite à votre candidature, votre entretien est confirmé le "
            "mercredi 11 mars à 13h avec Raj Patel, VP Produit.\n\nNous organisons aussi vendredi "
            "un déjeuner ouvert aux nouveaux arrivants ; Maria Lopez, notre responsable des "
            "bureaux, l'animera.\n\nNina Brandt\nChargée de recrutement, Farnhill",
        )
        assert names(u) == {"Raj Patel"}

    def test_fr_receives_you_for_lunch(self) -> None:
        """ "Raj Patel vous recevra pour un déjeuner": the object is the user, so Raj is named."""
        u = read(
            FR,
            FARNHILL,
            "Entretien confirmé - Chef de produit",
            "Bonjour Camille,\n\nSuite à votre candidature, votre entretien est confirmé le "
            "mercredi 11 mars à 13h. Raj Patel vous recevra pour un déjeuner avant l'entretien."
            "\n\nNina Brandt\nChargée de recrutement, Farnhill",
        )
        assert names(u) == {"Raj Patel"}

    def test_es_leads_it(self) -> None:
        """ "Raj Patel, VP de Producto, lo dirigirá" after the case study names Raj Patel."""
        u = read(
            ES,
            FARNHILL,
            "Entrevista confirmada - Product Manager",
            "Hola Lucía:\n\nGracias por tu candidatura. Tu caso práctico está confirmado para el "
            "miércoles 11 de marzo a las 13:00. Raj Patel, VP de Producto, lo dirigirá.\n\nNina "
            "Brandt\nSelección, Farnhill",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Raj Patel"}

    def test_es_lunch_host_trap(self) -> None:
        """ "Un almuerzo abierto ...; María López ... lo dirigirá": María runs the lunch."""
        u = read(
            ES,
            FARNHILL,
            "Entrevista confirmada - Product Manager",
            "Hola Lucía:\n\nGracias por tu candidatura. Tu entrevista está confirmada para el "
            "miércoles 11 de marzo a las 13:00 con Raj Patel, VP de Producto.\n\nEl viernes "
            "tenemos además un almuerzo abierto para nuevas incorporaciones; María López, nuestra "
            "responsable de oficina, lo dirigirá.\n\nNina Brandt\nSelección, Farnhill",
        )
        assert names(u) == {"Raj Patel"}

    def test_es_receives_you_for_lunch(self) -> None:
        """ "Raj Patel te recibirá para el almuerzo": the object is the user, so Raj is named."""
        u = read(
            ES,
            FARNHILL,
            "Entrevista confirmada - Product Manager",
            "Hola Lucía:\n\nGracias por tu candidatura. Tu entrevista está confirmada para el "
            "miércoles 11 de marzo a las 13:00. Raj Patel te recibirá para el almuerzo.\n\nNina "
            "Brandt\nSelección, Farnhill",
        )
        assert names(u) == {"Raj Patel"}
