"""Calendar titles "<user> - <trade>": a trade's visit or a job's interview (session 9).

Firms title a customer's appointment with the customer and whoever comes ("Alex Morgan -
Service Technician", "Lucía Romero - Asesora financiera"), as coordinators title an
interview with the candidate and the job. Each visit (its work, the user's account, a
branch, the firm's own technician, a bank's or utility's domain) is tried beside an
interview for the same job titled the same way, with and without details, in English,
German, French and Spanish, as Google, Outlook/Exchange and iCloud send them. Invented
people and companies under .example names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, sorted_names

ALEX = Context(
    user_addresses=frozenset({"alex.morgan@example.com"}),
    user_name="Alex Morgan",
    timezone="Europe/London",
    date_order="dmy",
)
JONAS = Context(
    user_addresses=frozenset({"jonas.weber@example.de"}),
    user_name="Jonas Weber",
    timezone="Europe/Berlin",
    date_order="dmy",
)
CAMILLE = Context(
    user_addresses=frozenset({"camille.martin@example.fr"}),
    user_name="Camille Martin",
    timezone="Europe/Paris",
    date_order="dmy",
)
LUCIA = Context(
    user_addresses=frozenset({"lucia.romero@example.es"}),
    user_name="Lucía Romero",
    timezone="Europe/Madrid",
    date_order="dmy",
)
USERS = {"en": ALEX, "de": JONAS, "fr": CAMILLE, "es": LUCIA}

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "icloud": "-//Apple Inc.//iCloud 2.0//EN",
}


def _ics(
    app: str, summary: str, description: str, organizer: tuple[str, str], user: Context
) -> str:
    """One VEVENT request in the shape ``app`` writes, from ``organizer`` to the user."""
    cn, addr = organizer
    me = next(iter(user.user_addresses))
    esc = description.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODIDS[app]}",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20261208T100000Z",
        "DTEND:20261208T110000Z",
        "DTSTAMP:20261201T090000Z",
        f"ORGANIZER;CN={cn}:mailto:{addr}",
        f"UID:{app}-{abs(hash(summary)) % 10**8}@example.net",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN={user.user_name}:mailto:{me}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{esc}")
    if app == "outlook":
        lines.append("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    lines += [
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{summary.replace(',', chr(92) + ',')}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\n".join(lines)


def _invite(
    lang: str,
    summary: str,
    description: str = "",
    organizer: tuple[str, str] = ("Jo Lane", "jo.lane@fernleaf.example"),
    app: str = "google",
) -> bytes:
    """A calendar invitation to the user of ``lang``, as ``app`` sends it."""
    user = USERS[lang]
    me = next(iter(user.user_addresses))
    if app == "google":
        subject = f"Invitation: {summary} @ Tue 8 Dec 2026 10:00 - 11:00 (GMT)"
        body = f"{summary}\nTuesday 8 Dec 2026 10:00 - 11:00 (GMT)\n\n{description}\n"
    elif app == "outlook":
        subject = summary
        body = f"{description}\n" if description else "\n"
    else:
        subject = f"Invitation: {summary}"
        body = f"{organizer[0]} has invited you to {summary} on 8 December 2026 at 10:00.\n"
    return mail(
        sender=f"{organizer[0]} <{organizer[1]}>",
        to=f"{user.user_name} <{me}>",
        subject=subject,
        body=body,
        date="Tue, 01 Dec 2026 09:00:00 +0000",
        ics=_ics(app, summary, description, organizer, user),
    )


def _kind(lang: str, summary: str, description: str = "", **kw: object) -> Kind:
    """The kind the classifier gives such an invitation."""
    return understand(_invite(lang, summary, description, **kw), USERS[lang]).kind  # type: ignore[arg-type]


APPS = ["google", "outlook", "icloud"]

# --- A trade's or a supplier's visit, titled with the customer --------------------------------

VISITS = [
    pytest.param("en", "Alex Morgan - Service Technician", "Boiler service visit.", id="en-boiler"),
    pytest.param(
        "en",
        "Alex Morgan – Installation Technician",
        "Our technician will install your new router. Please make sure someone is home.",
        id="en-router",
    ),
    pytest.param(
        "en",
        "Alex Morgan | Account Manager",
        "Quarterly business review of your subscription and licences.",
        id="en-account-review",
    ),
    pytest.param(
        "en",
        "Alex Morgan - Relationship Manager",
        "Appointment at our Kings Road branch to discuss your mortgage.",
        id="en-branch-adviser",
    ),
    pytest.param(
        "en",
        "Alex Morgan - Field Technician",
        "Smart meter installation. Customer reference: 4471-22.",
        id="en-meter",
    ),
    pytest.param(
        "de",
        "Jonas Weber - Techniker",
        "Wartung Ihrer Heizung durch unseren Techniker.",
        id="de-heating",
    ),
    pytest.param(
        "de",
        "Jonas Weber – Key Account Manager",
        "Beratungstermin in unserer Filiale zu Ihrem Vertrag.",
        id="de-bank",
    ),
    pytest.param(
        "de",
        "Jonas Weber | Techniker Glasfaser",
        "Glasfaseranschluss: Installation im Haus.",
        id="de-fibre",
    ),
    pytest.param("fr", "Camille Martin - Technicien fibre", "Installation de la box.", id="fr-box"),
    pytest.param(
        "fr",
        "Camille Martin – Conseillère commerciale",
        "Rendez-vous en agence pour votre contrat d'assurance habitation.",
        id="fr-insurer",
    ),
    pytest.param(
        "fr",
        "Camille Martin | Technicien chauffagiste",
        "Intervention : réparation de la chaudière.",
        id="fr-heating",
    ),
    pytest.param(
        "es", "Lucía Romero - Asesora financiera", "Cita en la sucursal.", id="es-bank-adviser"
    ),
    pytest.param(
        "es",
        "Lucía Romero – Técnico de mantenimiento",
        "Revisión de la caldera en su domicilio.",
        id="es-boiler",
    ),
    pytest.param(
        "es",
        "Lucía Romero | Técnico instalador",
        "Instalación de fibra. Número de cliente: 55821.",
        id="es-fibre",
    ),
]


@pytest.mark.parametrize("app", APPS)
@pytest.mark.parametrize(("lang", "summary", "description"), VISITS)
def test_a_trade_visit_titled_with_the_user_is_no_interview(
    lang: str, summary: str, description: str, app: str
) -> None:
    """A '<user> - <trade>' event whose details say a visit or an account is no interview."""
    assert _kind(lang, summary, description, app=app) is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("lang", "summary", "organizer"),
    [
        pytest.param(
            "es",
            "Lucía Romero - Asesora financiera",
            ("Citas Banco Meridiano", "citas@bancomeridiano.example"),
            id="es-bank",
        ),
        pytest.param(
            "en",
            "Alex Morgan - Energy Adviser",
            ("Bookings", "bookings@brightenergy.example"),
            id="en-energy",
        ),
        pytest.param(
            "de",
            "Jonas Weber - Kundenberater",
            ("Termine", "termine@stadtwerke-lindau.example"),
            id="de-utility",
        ),
    ],
)
def test_an_adviser_title_from_a_bank_or_utility_is_no_interview(
    lang: str, summary: str, organizer: tuple[str, str]
) -> None:
    """With no details, a bank's or utility's '<user> - <adviser>' is the customer's visit."""
    assert _kind(lang, summary, "", organizer=organizer) is not Kind.INTERVIEW


def test_the_staged_vendor_title_is_no_interview() -> None:
    """ "Account Manager onsite" over a quarterly review: a supplier's visit, not a stage."""
    assert _kind("en", "Alex Morgan - Account Manager onsite", "Quarterly review.") is not (
        Kind.INTERVIEW
    )


# --- The same titles for a job: the interview stays ------------------------------------------

JOBS = [
    pytest.param("en", "Alex Morgan - Service Technician", "", id="en-empty"),
    pytest.param(
        "en",
        "Alex Morgan - Service Technician",
        "Conversation with Jo Lane, hiring manager, about the position.",
        id="en-hiring-manager",
    ),
    pytest.param(
        "en",
        "Alex Morgan | Account Manager",
        "Microsoft Teams meeting\nJoin on your computer or mobile app",
        id="en-teams",
    ),
    pytest.param(
        "en",
        "Alex Morgan - Relationship Manager",
        "Thanks for your application. You'll meet Jo Lane and Sam Reid.",
        id="en-application",
    ),
    pytest.param(
        "en",
        "Alex Morgan - Field Technician - Round 2",
        "Installation work is a big part of the job; we'll go through a few scenarios.",
        id="en-round-installation",
    ),
    pytest.param(
        "de",
        "Jonas Weber - Techniker (m/w/d)",
        "Wir freuen uns auf das Gespräch.",
        id="de-gender-mark",
    ),
    pytest.param(
        "de",
        "Jonas Weber – Kundenberater",
        "Gespräch zu Ihrer Bewerbung mit Jo Lane.",
        id="de-bewerbung",
    ),
    pytest.param("de", "Jonas Weber | Techniker Glasfaser", "", id="de-empty"),
    pytest.param(
        "fr",
        "Camille Martin - Technicien fibre",
        "Échange avec Jo Lane sur le poste et votre candidature.",
        id="fr-candidature",
    ),
    pytest.param("fr", "Camille Martin – Conseillère commerciale", "", id="fr-empty"),
    pytest.param(
        "es",
        "Lucía Romero - Asesora financiera",
        "Reunión con Jo Lane sobre el puesto.",
        id="es-puesto",
    ),
    pytest.param("es", "Lucía Romero | Técnico instalador", "", id="es-empty"),
    pytest.param(
        "en",
        "Alex Morgan - Service Technician",
        "Join from your home or office. You can download and install the Teams app.",
        id="en-join-from-home",
    ),
    pytest.param(
        "en",
        "Alex Morgan - Field Technician",
        "You can leave your car in the visitor car park; Jo Lane will meet you at reception.",
        id="en-parking",
    ),
    pytest.param(
        "fr",
        "Camille Martin - Technicien fibre",
        "Vous pouvez garer votre véhicule sur le parking visiteurs.",
        id="fr-parking",
    ),
    pytest.param(
        "de",
        "Jonas Weber - Techniker",
        "Ihr Fahrzeug können Sie auf dem Besucherparkplatz abstellen.",
        id="de-parking",
    ),
]


@pytest.mark.parametrize("app", APPS)
@pytest.mark.parametrize(("lang", "summary", "description"), JOBS)
def test_a_trade_job_titled_for_the_candidate_stays_an_interview(
    lang: str, summary: str, description: str, app: str
) -> None:
    """The same trade title with a hiring word, or with no details at all, is an interview."""
    assert _kind(lang, summary, description, app=app) is Kind.INTERVIEW


@pytest.mark.parametrize(
    ("lang", "summary", "organizer"),
    [
        pytest.param(
            "en",
            "Alex Morgan - Relationship Manager",
            ("Talent Team", "talent@northbank.example"),
            id="en-bank-talent-mailbox",
        ),
        pytest.param(
            "es",
            "Lucía Romero - Asesora financiera",
            ("Selección Banco Meridiano", "seleccion@bancomeridiano.example"),
            id="es-bank-selection-mailbox",
        ),
    ],
)
def test_a_bank_hiring_mailbox_keeps_the_interview(
    lang: str, summary: str, organizer: tuple[str, str]
) -> None:
    """A bank's own hiring mailbox titling its adviser vacancy sends an interview."""
    assert _kind(lang, summary, "", organizer=organizer) is Kind.INTERVIEW


def test_a_technician_interview_with_only_the_panel_stays() -> None:
    """A technician title whose details only name the panel says no visit: an interview."""
    assert (
        _kind(
            "en",
            "Alex Morgan - Fisheries Data Technician",
            "Lorraine Tso and Dmitri Volk will be on the call.",
        )
        is Kind.INTERVIEW
    )


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        pytest.param("Alex Morgan - Senior Data Engineer", "", id="empty"),
        pytest.param(
            "Alex Morgan - Senior Data Engineer",
            "You'll meet two of our senior engineers, Jo Lane and Sam Reid.",
            id="our-senior",
        ),
        pytest.param(
            "Alex Morgan - Backend Engineer",
            "You'll pair with our engineer Jo Lane.",
            id="our-engineer",
        ),
    ],
)
def test_an_english_title_is_read_head_last(summary: str, description: str) -> None:
    """ "Senior Data Engineer" ends in its head: "our senior engineers" is no veto."""
    assert _kind("en", summary, description) is Kind.INTERVIEW


def test_the_french_head_first_title_still_reads() -> None:
    """ "Camille Martin | Cheffe de projet digital" with no details stays an interview."""
    assert _kind("fr", "Camille Martin | Cheffe de projet digital", "") is Kind.INTERVIEW


def test_a_trade_visit_keeps_no_interviewers() -> None:
    """A visit read as no interview names nobody to thank."""
    u = understand(
        _invite("en", "Alex Morgan - Service Technician", "Boiler service visit by Jo Lane."),
        ALEX,
    )
    assert u.kind is not Kind.INTERVIEW and (u.interview is None or not sorted_names(u))


def test_start_of_a_trade_job_interview() -> None:
    """The kept interview keeps its start."""
    u = understand(_invite("en", "Alex Morgan - Service Technician", ""), ALEX)
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC)


# --- "with me and our recruiting coordinator, X": who arranges is no interviewer -------------


def _with_me_and(lang: str, who: str) -> list[str]:
    """The interviewers of a hiring manager's invitation "with me and <who>"."""
    user = USERS[lang]
    body = {
        "en": "Hi {u},\n\nThanks for applying for the Data Analyst role. I'd like to invite you "
        "to an interview on Tuesday 8 December at 10:00, with me and {w}.\n\nBest,\nSam Reid\n"
        "Head of Analytics, Fernleaf\n",
        "de": "Hallo {u},\n\nvielen Dank für Ihre Bewerbung als Datenanalyst. Ich lade Sie zu "
        "einem Vorstellungsgespräch am Dienstag, 8. Dezember um 10:00 Uhr ein, mit mir und {w}."
        "\n\nViele Grüße\nSam Reid\nLeiter Analytics, Fernleaf\n",
        "fr": "Bonjour {u},\n\nMerci pour votre candidature au poste de Data Analyst. Je vous "
        "invite à un entretien le mardi 8 décembre à 10h00, avec moi et {w}.\n\nCordialement,"
        "\nSam Reid\nResponsable Analytics, Fernleaf\n",
        "es": "Hola {u}:\n\nGracias por tu candidatura al puesto de Analista de Datos. Te invito "
        "a una entrevista el martes 8 de diciembre a las 10:00 con {w} y conmigo.\n\nSaludos,\n"
        "Sam Reid\nResponsable de Analítica, Fernleaf\n",
    }[lang].format(u=(user.user_name or "").split()[0], w=who)
    raw = mail(
        sender="Sam Reid <sam.reid@fernleaf.example>",
        to=f"{user.user_name} <{next(iter(user.user_addresses))}>",
        subject="Interview" if lang == "en" else "Einladung" if lang == "de" else "Entretien",
        body=body,
        date="Tue, 01 Dec 2026 09:00:00 +0000",
    )
    u = understand(raw, user)
    assert u.kind is Kind.INTERVIEW, u.reasons
    return sorted_names(u)


@pytest.mark.parametrize(
    ("lang", "who"),
    [
        pytest.param("en", "our recruiting coordinator, Priya Raman", id="en-recruiting"),
        pytest.param("en", "our talent coordinator, Priya Raman", id="en-talent"),
        pytest.param("en", "my executive assistant, Priya Raman", id="en-assistant"),
        pytest.param("de", "unserer Recruiting-Koordinatorin, Priya Raman", id="de"),
        pytest.param("fr", "notre coordinatrice recrutement, Priya Raman", id="fr"),
        pytest.param("es", "nuestra coordinadora de selección, Priya Raman", id="es"),
    ],
)
def test_a_coordinator_named_after_her_job_is_no_interviewer(lang: str, who: str) -> None:
    """ "with me and our recruiting coordinator, X": X arranges, the writer interviews."""
    assert _with_me_and(lang, who) == ["Sam Reid"]


@pytest.mark.parametrize(
    ("lang", "who"),
    [
        pytest.param("en", "our engineering lead, Priya Raman", id="en-lead"),
        pytest.param("en", "our Head of Data, Priya Raman", id="en-head"),
        pytest.param("en", "our recruiter, Priya Raman", id="en-recruiter-screens"),
        pytest.param("en", "our recruiting coordinator and Priya Raman", id="en-two-people"),
        pytest.param("de", "unserer Teamleiterin, Priya Raman", id="de-lead"),
        pytest.param("fr", "notre responsable technique, Priya Raman", id="fr-lead"),
        pytest.param("es", "nuestra jefa de equipo, Priya Raman", id="es-lead"),
    ],
)
def test_a_colleague_named_after_her_job_interviews(lang: str, who: str) -> None:
    """ "with me and our engineering lead, X": X interviews beside the writer."""
    assert _with_me_and(lang, who) == ["Priya Raman", "Sam Reid"]


# --- "<user> <> <vendor> | <customer-facing job>" over "with our <that job>" -------------------


def _vendor_call(summary: str, description: str) -> Kind:
    """The kind of an invitation from a supplier's address titled with the user and a job."""
    return _kind(
        "en",
        summary,
        description,
        organizer=("Hamid Suwaidan", "hamid.suwaidan@saffronquay.example"),
        app="outlook",
    )


def test_our_account_executive_in_the_details_is_no_interview() -> None:
    """ "<user> <> Saffron Quay | Account Executive" over "with our Account Executive"."""
    assert (
        _vendor_call(
            "Alex Morgan <> Saffron Quay | Account Executive",
            "Intro call with our Account Executive about licensing.",
        )
        is not Kind.INTERVIEW
    )


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        pytest.param(
            "Alex Morgan <> Saffron Quay | Account Executive",
            "Intro call about the Account Executive position with Hamid Suwaidan.",
            id="the-position",
        ),
        pytest.param(
            "Alex Morgan <> Saffron Quay | Account Executive",
            "Intro call with Hamid Suwaidan.",
            id="no-possessive",
        ),
        pytest.param(
            "Alex Morgan <> Saffron Quay | Product Designer",
            "Intro call with our Product Designer team.",
            id="not-customer-facing",
        ),
    ],
)
def test_a_vendor_titled_job_without_their_possessive_stays(summary: str, description: str) -> None:
    """The job in the title is the user's when the details do not give it to the host."""
    assert _vendor_call(summary, description) is Kind.INTERVIEW


# --- A guest the description calls optional -----------------------------------------------

_LENA = ("Lena Brandt", "mailto:lena.brandt@zagrosdata.example", "OPT-PARTICIPANT")


def _panel(description: str) -> list[str]:
    """The interviewers of the technical round with Lena Brandt invited beside the panel."""
    from . import test_blind_paraphrases_3 as t3

    c = t3._near(
        t3._BY_ID["tech-round-z"],
        attendees=(
            ("Shirin Mohajer", "mailto:shirin.mohajer@zagrosdata.example", "REQ-PARTICIPANT"),
            _LENA,
            t3.R_,
        ),
        description=description,
    )
    return sorted_names(understand(t3._raw(c), c.user))


@pytest.mark.parametrize(
    "description",
    [
        pytest.param("Shirin Mohajer and Kaveh Amini. Lena Brandt (optional).", id="bracketed"),
        pytest.param("Shirin Mohajer and Kaveh Amini. Lena Brandt is optional.", id="is-optional"),
        pytest.param("Shirin Mohajer and Kaveh Amini. Lena Brandt, optional.", id="comma"),
    ],
)
def test_a_guest_called_optional_is_no_interviewer(description: str) -> None:
    """A guest the description calls optional right after her name does not interview."""
    assert _panel(description) == ["Kaveh Amini", "Shirin Mohajer"]


def test_an_optional_note_after_the_panel_keeps_it() -> None:
    """ "Optional: bring a laptop" after the panel's names says nothing of anyone."""
    assert _panel("Shirin Mohajer, Kaveh Amini and Lena Brandt. Optional: bring a laptop.") == [
        "Kaveh Amini",
        "Lena Brandt",
        "Shirin Mohajer",
    ]
