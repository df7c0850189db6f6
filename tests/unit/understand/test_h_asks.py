"""Scheduling requests and call-offs the recogniser missed (round h-asks, from the shapes of
eval15's dev half): a person at a company asking the user for times for a "chat", a
"follow-up" or "un petit échange" without the word interview, after praising the user's
papers or to dig into what the user told them at a first meeting; a German call-off of
"das für Montag, ... geplante Gespräch" (and its neighbours in fr and es); and a calendar
CANCEL of a bare-noun interview whose text says the role is frozen.

Every message was written for these tests (invented people and companies under .example
names; booking tools' own hosts only where a family is about them). Each positive shape sits
beside near misses of the same register that must not change.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, vevent_calendar

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who writes dates day first."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


# ---------------------------------------------------------------------------------------
# Family 1: asks for times for a chat, a call or a follow-up, with no word "interview".


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Noor Haddad <noor@brightfern-studio.example>",
            "Chat with our engineering lead?",
            "Hi Alex,\n\nReally enjoyed looking through your portfolio, the checkout redesign in "
            "particular. Would you be up for a 45-minute chat with Tomasz, our engineering lead, "
            "sometime next week? Could you send me a few windows that work for you?\n\nThanks!\n"
            "Noor\nTalent, Brightfern Studio",
        ),
        (
            "Noor Haddad <noor@brightfern-studio.example>",
            "Quick chat?",
            "Hi Alex,\n\nWould you be open to a 30-minute call with Omar, our platform lead? What "
            "times work for you next week?\n\nNoor\nRecruiting | Brightfern Studio",
        ),
        (
            "Ravi Menon <ravi.m@quillstack.example>",
            "Quick follow-up chat?",
            "Hi Alex,\n\nThanks for Monday - I'd like a 30-minute follow-up to go deeper on the "
            "caching work you mentioned. Please grab any slot that suits you on my Calendly: "
            "https://calendly.com/ravi-quillstack/30min\n\nCheers,\nRavi",
        ),
        (
            "Ines Duarte <ines@coralbyte.example>",
            "Follow-up",
            "Hi Alex,\n\nThank you for your time on Tuesday. I'd like to set up a 45-minute "
            "follow-up\nwith our VP of Engineering to dig deeper into the payments migration you "
            "led.\nCould you send me three windows that work next week?\n\nInes",
        ),
        (
            "Nina Hoffmann <nina@kranich-design.example>",
            "Kurzes Gespräch?",
            "Hallo Alex,\n\nIhr Portfolio hat uns sehr gefallen. Hätten Sie Lust auf einen "
            "30-minütigen Austausch mit Tim, unserem Head of Design? Könnten Sie mir ein paar "
            "Zeitfenster nennen, die Ihnen passen?\n\nViele Grüße\nNina",
        ),
        (
            "Jana Krüger <jana@hafenlicht.example>",
            "Folgetermin",
            "Hallo Alex,\n\nvielen Dank für Ihre Zeit am Dienstag. Ich würde gern in einem "
            "30-minütigen Folgetermin tiefer auf das Projekt eingehen, das Sie erwähnt haben. "
            "Könnten Sie mir ein paar Zeitfenster nennen?\n\nViele Grüße\nJana Krüger",
        ),
        (
            "Léa Martin <lea@pastel-agence.example>",
            "Un échange ?",
            "Bonjour Alex,\n\nVotre portfolio nous a beaucoup plu. Seriez-vous partant pour un "
            "échange de 45 minutes avec Julien, notre directeur artistique ? Pouvez-vous "
            "m'indiquer quelques créneaux qui vous conviennent ?\n\nLéa",
        ),
        (
            "Luc Mercier <luc@ardoise-studio.example>",
            "Un second échange ?",
            "Bonjour Alex,\n\nMerci pour lundi ! J'aimerais un échange de 30 minutes pour "
            "approfondir le projet dont vous m'avez parlé. Pouvez-vous m'indiquer quelques "
            "créneaux ?\n\nLuc",
        ),
        (
            "Marta Ruiz <marta@olivar-digital.example>",
            "¿Una charla?",
            "Hola Alex,\n\nNos ha encantado tu portfolio. ¿Te apetecería una charla de 30 minutos "
            "con Elena, nuestra jefa de diseño? Mándame algunas franjas horarias que te vengan "
            "bien.\n\nUn saludo,\nMarta",
        ),
        (
            "Raúl Prieto <raul@brisa-labs.example>",
            "¿Otra charla?",
            "Hola Alex,\n\nGracias por lo del lunes. Me gustaría una charla de 30 minutos para "
            "profundizar en el proyecto que mencionaste. Reserva el hueco que mejor te venga en "
            "mi agenda: https://calendly.com/raul-brisa/30min\n\nRaúl",
        ),
    ],
)
def test_ask_for_times_without_the_word_interview(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A company's ask for times after praising the user's papers or a first meeting is one."""
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


@pytest.mark.parametrize(
    ("sender", "subject", "body", "to"),
    [
        (
            "Jake Turner <jake@pipelinepro.example>",
            "Next steps",
            "Hi Alex,\n\nThanks for the demo on Monday - I'd like a 30-minute follow-up to go "
            "deeper on the integration you mentioned. Please grab any slot on my Calendly: "
            "https://calendly.com/jake-pipelinepro/30min\n\nJake",
            None,
        ),
        (
            "Jake Turner <jake@pipelinepro.example>",
            "Demo with our solutions engineer?",
            "Hi Alex,\n\nWould you be up for a 30-minute call with Dana, our solutions engineer, "
            "sometime next week to see the product in action? Could you send me a few windows "
            "that work for you?\n\nJake\nAccount Executive, PipelinePro",
            None,
        ),
        (
            "Sam Lee <samlee88@gmail.com>",
            "your site!",
            "hey Alex, loved your portfolio!! coffee next week? send me a few times that work"
            "\n\nsam",
            None,
        ),
        (
            "DevSummit 2026 <hello@devsummit.example>",
            "Book your 1:1 with a speaker",
            "Hi Alex,\n\nAs a DevSummit attendee you can book a 20-minute 1:1 chat with one of our "
            "speakers. Grab any slot that suits you here: "
            "https://calendly.com/devsummit/speaker-1-1\n\nSee you there,\nThe DevSummit team",
            None,
        ),
        (
            "Northstar Networking <news@northstar-events.example>",
            "Meet us at the career expo",
            "Hi Alex,\n\nWe'll be at the Spring Career Expo! Grab a slot at our booth for a "
            "15-minute chat with our team: https://calendly.com/northstar/booth\n\n"
            "Unsubscribe | Manage preferences",
            None,
        ),
        (
            "Weekly Digest <digest@careerlab.example>",
            "This week",
            "Hi Alex,\n\nTalent, Grit and Luck\nThree essays on how careers really work. Would "
            "you be up for a chat with our editor? What times work for you?\n\nCareer Lab",
            None,
        ),
        (
            "Grant Wells <grant@ridgeline-wealth.example>",
            "Your portfolio review",
            "Hi Alex,\n\nI was impressed with your portfolio performance this year. Could you "
            "send me a few windows next week for a 30-minute review call?\n\nGrant\n"
            "Wealth Manager, Ridgeline",
            None,
        ),
        (
            "Mia Chen <mia@orbitgrid.example>",
            "Your talk",
            "Hi Alex,\n\nThanks for yesterday's talk! I'd love to go deeper on the architecture "
            "you presented. Grab a slot on my Calendly: https://calendly.com/mia-orbitgrid/30min"
            "\n\nMia",
            None,
        ),
        (
            "Alex Morgan <alex.morgan@gmail.com>",
            "Follow-up chat",
            "Hi Dana,\n\nThanks for Monday! I loved your portfolio of case studies. Would you be "
            "up for a 30-minute follow-up chat with me next week? Could you send me a few "
            "windows that work for you?\n\nAlex",
            "Dana Roe <dana@harbourtide.example>",
        ),
    ],
)
def test_asks_for_times_that_stay_other(
    ctx: Context, sender: str, subject: str, body: str, to: str | None
) -> None:
    """A vendor's, a friend's, an event's, an adviser's or the user's own ask is no request."""
    kw = {"to": to} if to else {}
    u = understand(mail(sender=sender, subject=subject, body=body, **kw), ctx)
    assert u.kind in (Kind.OTHER, Kind.BULK), u.reasons


# ---------------------------------------------------------------------------------------
# Family 2: a planned Gespräch or Termin called off (and neighbours in fr and es).


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Absage unseres Termins am Donnerstag",
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir das für Donnerstag, 12. März 2026, "
            "14:00 Uhr geplante Gespräch mit Frau Albrecht kurzfristig absagen, da sie erkrankt "
            "ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.\n\n"
            "Mit freundlichen Grüßen\nKatharina Lenz\nPersonalabteilung, Bergwerk Maschinen",
            dt.datetime(2026, 3, 12, 14, 0, tzinfo=BERLIN),
        ),
        (
            "Unser Termin am Freitag",
            "Guten Tag Herr Morgan,\n\nden am Freitag, 13. März 2026 um 10:30 Uhr vereinbarten "
            "Termin mit Herrn Vogt müssen wir leider absagen, weil er kurzfristig verreisen muss. "
            "Ich schlage Ihnen in Kürze einen neuen Termin vor.\n\nFreundliche Grüße\n"
            "Jonas Richter\nRecruiting, Flusswerk Energie",
            dt.datetime(2026, 3, 13, 10, 30, tzinfo=BERLIN),
        ),
        (
            "Annulation de notre rendez-vous de jeudi",
            "Bonjour Alex,\n\nNous sommes contraints d'annuler l'entretien prévu le jeudi 12 mars "
            "2026 à 14h00 avec M. Garnier, qui est souffrant. Je reviens vers vous très vite avec "
            "une nouvelle date.\n\nCordialement,\nCamille Roux\nRessources humaines",
            dt.datetime(2026, 3, 12, 14, 0, tzinfo=BERLIN),
        ),
        (
            "Cancelación de la reunión del lunes",
            "Hola Alex,\n\nLamentablemente tenemos que cancelar la reunión del lunes 9 de marzo a "
            "las 11:00 con Laura Gil, nuestra directora técnica, porque está de baja. Te "
            "propondré una nueva fecha en cuanto pueda.\n\nUn saludo,\nPablo Ortega\n"
            "Selección de personal",
            dt.datetime(2026, 3, 9, 11, 0, tzinfo=BERLIN),
        ),
    ],
)
def test_planned_meeting_called_off(
    eu_ctx: Context, subject: str, body: str, start: dt.datetime
) -> None:
    """A planned talk with a named person called off in hiring mail cancels it at its time."""
    raw = mail(sender="Mira Seidel <m.seidel@talgrund-werke.example>", subject=subject, body=body)
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert u.interview is not None, u.reasons
    assert u.interview.start == start


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [
        (
            "Katharina Lenz <k.lenz@bergwerk-maschinen.example>",
            "Absage auf Ihre Bewerbung",
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung und das Gespräch am "
            "Montag. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten "
            "entschieden haben.\n\nMit freundlichen Grüßen\nKatharina Lenz\nPersonalabteilung",
            Kind.REJECTION,
        ),
        (
            "Stadtwerke Info <info@stadtwerke-ried.example>",
            "Absage der Infoveranstaltung am Donnerstag",
            "Guten Tag,\n\nleider müssen wir die für Donnerstag, 12. März 2026, 18:00 Uhr "
            "geplante Infoveranstaltung zum Thema Fernwärme absagen. Ein Ersatztermin folgt.\n\n"
            "Ihre Stadtwerke Ried",
            Kind.OTHER,
        ),
        (
            "Praxis Dr. Hahn <praxis@dr-hahn.example>",
            "Absage Ihres Termins",
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir den für Donnerstag, 12. März 2026, "
            "9:00 Uhr geplanten Termin bei Dr. Hahn absagen. Bitte vereinbaren Sie telefonisch "
            "einen neuen Termin.\n\nIhre Praxis Dr. Hahn",
            Kind.OTHER,
        ),
        (
            "Tobias Kern <t.kern@flusswerk-energie.example>",
            "Absage Gespräch Donnerstag",
            "Hallo Alex,\n\nich muss das für Donnerstag, 12. März 2026, 14:00 Uhr geplante "
            "Gespräch mit Frau Albrecht zum Projektbudget leider absagen. Wir holen das nächste "
            "Woche nach.\n\nGruß\nTobias",
            Kind.OTHER,
        ),
        (
            "Club Entrepreneurs <contact@club-entrepreneurs.example>",
            "Webinaire annulé",
            "Bonjour,\n\nLe webinaire prévu le jeudi 12 mars 2026 à 18h00 avec M. Garnier est "
            "annulé. Nous vous tiendrons informés.\n\nL'équipe du Club",
            Kind.OTHER,
        ),
    ],
)
def test_call_offs_that_are_no_interview_cancelled(
    eu_ctx: Context, sender: str, subject: str, body: str, kind: Kind
) -> None:
    """A rejection, an info evening, a doctor's or a colleague's call-off keeps its kind."""
    assert understand(mail(sender=sender, subject=subject, body=body), eu_ctx).kind is kind


# ---------------------------------------------------------------------------------------
# Family 3: a calendar CANCEL of the user's interview because the role is frozen.

_FROZEN = {
    "fr": (
        "Annulé : Entretien – Consultant data senior",
        "Entretien – Consultant data senior",
        "Bonjour Alex,\n\nJe suis désolé : Nadia et moi devions vous recevoir vendredi, mais "
        "nous devons annuler cet entretien, le poste vient d'être gelé en interne. Je "
        "reviendrai vers vous dès que possible.\n\nHugo Ferrand",
    ),
    "de": (
        "Abgesagt: Vorstellungsgespräch – Data Consultant (m/w/d)",
        "Vorstellungsgespräch – Data Consultant (m/w/d)",
        "Hallo Alex,\n\nes tut mir leid: Frau Benali und ich wollten Sie am Freitag treffen, "
        "aber wir müssen den Termin absagen, die Stelle wurde intern auf Eis gelegt. Ich melde "
        "mich, sobald ich mehr weiß.\n\nHugo Ferrand",
    ),
    "es": (
        "Cancelado: Entrevista – Consultor de datos",
        "Entrevista – Consultor de datos",
        "Hola Alex,\n\nLo siento: Nadia y yo íbamos a verte el viernes, pero tenemos que "
        "cancelar la entrevista, el puesto se ha congelado internamente. Te escribo en cuanto "
        "sepa algo más.\n\nHugo",
    ),
    "en": (
        "Canceled: Alex Morgan - Senior Data Consultant",
        "Alex Morgan - Senior Data Consultant",
        "Hi Alex,\n\nSorry to do this - Nadia and I were due to meet you on Friday, but I have "
        "to cancel: the role has been put on hold internally. I'll come back to you as soon as "
        "I know more.\n\nHugo",
    ),
}


def _cancel(summary: str, description: str) -> str:
    """A METHOD:CANCEL calendar for Friday 13 March 2026, 10:00 Paris time."""
    return vevent_calendar(
        summary=summary,
        start="20260313T100000",
        end="20260313T110000",
        tzid="Europe/Paris",
        method="CANCEL",
        organizer="mailto:hugo@maison-ferrand.example",
        organizer_cn="Hugo Ferrand",
        attendees=(
            ("Alex Morgan", "alex.morgan@gmail.com"),
            ("Nadia Benali", "nadia@maison-ferrand.example"),
        ),
        description=description,
        status="CANCELLED",
    )


@pytest.mark.parametrize("lang", sorted(_FROZEN))
def test_calendar_cancel_with_role_frozen_is_a_cancellation(ctx: Context, lang: str) -> None:
    """A calendar CANCEL of the user's interview stays a cancellation when the role is frozen."""
    subject, summary, body = _FROZEN[lang]
    raw = mail(
        sender="Hugo Ferrand <hugo@maison-ferrand.example>",
        subject=subject,
        body=body,
        ics=_cancel(summary, body),
        ics_method="CANCEL",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 13, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Senior Data Consultant",
            "Hi Alex,\n\nThanks again for your application. I'm sorry to say the role has been "
            "put on hold internally, so we won't be moving forward for now.\n\nHugo",
        ),
        (
            "Votre candidature",
            "Bonjour Alex,\n\nMerci pour votre candidature. Malheureusement le poste vient "
            "d'être gelé en interne, nous ne pouvons pas donner suite pour le moment.\n\nHugo",
        ),
    ],
)
def test_role_frozen_without_a_calendar_stays_a_rejection(
    ctx: Context, subject: str, body: str
) -> None:
    """Without a calendar cancellation the role on hold still ends the case."""
    raw = mail(sender="Hugo Ferrand <hugo@maison-ferrand.example>", subject=subject, body=body)
    assert understand(raw, ctx).kind is Kind.REJECTION


def test_calendar_cancel_of_a_team_meeting_stays_other(ctx: Context) -> None:
    """A cancelled planning offsite with a frozen budget is no interview called off."""
    body = "Hi all,\n\nCancelling the planning offsite: the budget has been frozen.\n\nHugo"
    raw = mail(
        sender="Hugo Ferrand <hugo@maison-ferrand.example>",
        subject="Canceled: Q2 planning offsite",
        body=body,
        ics=_cancel("Q2 planning offsite", body),
        ics_method="CANCEL",
    )
    assert understand(raw, ctx).kind is Kind.OTHER


def test_calendar_cancel_of_an_hr_meeting_about_the_own_job_stays_other(ctx: Context) -> None:
    """HR calling off a talk about the user's parental leave is no interview called off."""
    body = (
        "Hallo Alex,\n\nich muss unser Gespräch zu Ihrer Elternzeit am Freitag leider absagen."
        "\n\nPetra Lang\nPersonalabteilung"
    )
    raw = mail(
        sender="Petra Lang <p.lang@maison-ferrand.example>",
        subject="Abgesagt: Gespräch zu Ihrer Elternzeit",
        body=body,
        ics=_cancel("Gespräch zu Ihrer Elternzeit", body),
        ics_method="CANCEL",
    )
    assert understand(raw, ctx).kind is Kind.OTHER
