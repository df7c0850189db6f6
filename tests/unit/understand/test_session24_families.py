"""Families of session 24: hiring outside software (hospitals, schools, councils, drivers).

Opened from eval28's dev half and written from scratch for these tests (no evaluation
message is copied): a German "no" that says the post cannot be offered, or that a colleague
was chosen; a Portuguese choice of another candidate; an Italian public selection's "not
declared suitable" under an official "si comunica"; public-safety oral boards, a French
public selection's oral before its jury, an Italian competition's oral; a tool's "Your
interview was: / is now:" lines; a panel named in apposition, with a ward sister's title; a
cancellation whose time is written "p.m."; the user's own calendar invitation to a
candidate; a guest's "I'd be delighted to come in on ..."; what a phone call agreed ("as
discussed, come ..."), and a driver's trial drive for the post applied for; volunteers as a
job's work; the user's reply closing on "talk then" to the one it answers; a role after an
article, then the name ("com o supervisor Márcio Tavares"). Traps keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import (
    alex_in_new_york,
    day_first_user,
    mail,
    sorted_names,
    vevent_calendar,
)
from tests.unit.understand.messages import kind_and_people as _read

ALEX = alex_in_new_york()
FIONA = day_first_user("Fiona Gallacher", "fiona.gallacher@example.com", "Europe/London")
JONAS = day_first_user("Jonas Brettschneider", "jonas.brett@example.de", "Europe/Berlin")
BEATRIZ = day_first_user("Beatriz Lacerda", "beatriz.lacerda@example.pt", "Europe/Lisbon")
CHIARA = day_first_user("Chiara Montanari", "chiara.montanari@example.it", "Europe/Rome")
ELODIE = day_first_user("Élodie Vanderbeken", "elodie.vdb@example.be", "Europe/Brussels")

EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"
UK_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"
EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
PT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"

# (id, user, sender, subject, body, date, kind)
KINDS = [
    (
        "de-the-post-cannot-be-offered-is-a-no",
        JONAS,
        "Sabine Wöhrle <s.woehrle@baeckerei-korn.example>",
        "Ihre Bewerbung als Filialleiter",
        "Guten Tag Herr Brettschneider,\n\nherzlichen Dank für Ihre Bewerbung. Nach reiflicher"
        " Überlegung können wir Ihnen die Stelle leider nicht anbieten.\n\nAlles Gute für Ihre"
        " Zukunft\nSabine Wöhrle\nInhaberin",
        EU_DATE,
        Kind.REJECTION,
    ),
    (
        "de-a-colleague-was-chosen-is-a-no",
        JONAS,
        "Praxis Dr. Anger <team@praxis-anger.example>",
        "Ihre Bewerbung als MFA",
        "Hallo Herr Brettschneider,\n\nwir haben uns für einen Kollegen aus der Region"
        " entschieden, der sofort anfangen kann. Danke für Ihr Interesse an unserer Praxis.\n\n"
        "Ihr Praxisteam",
        EU_DATE,
        Kind.REJECTION,
    ),
    (
        "de-trap-the-post-offered-is-an-offer",
        JONAS,
        "Sabine Wöhrle <s.woehrle@baeckerei-korn.example>",
        "Ihre Bewerbung als Filialleiter",
        "Guten Tag Herr Brettschneider,\n\nwir freuen uns sehr, Ihnen die Stelle als Filialleiter"
        " anbieten zu können. Den Vertrag schicke ich Ihnen morgen zu.\n\nSabine Wöhrle",
        EU_DATE,
        Kind.OFFER,
    ),
    (
        "pt-another-candidate-chosen-is-a-no",
        BEATRIZ,
        "Recursos Humanos <rh@lar-sao-bento.example>",
        "Candidatura - Ajudante de Lar",
        "Cara Beatriz,\n\nObrigado pela sua candidatura. Após as entrevistas, optámos por outra"
        " candidata para esta vaga.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
        PT_DATE,
        Kind.REJECTION,
    ),
    (
        "it-not-declared-suitable-under-si-comunica",
        CHIARA,
        "Ufficio Personale <personale@comune-valtorre.example>",
        "Esito della selezione - Istruttore tecnico",
        "Gentile candidata,\n\nsi informa che la commissione esaminatrice, al termine del"
        " colloquio, L'ha ritenuta non idonea per il profilo di Istruttore tecnico.\n\nCordiali"
        " saluti\nUfficio Personale",
        EU_DATE,
        Kind.REJECTION,
    ),
    (
        "en-oral-board-with-a-time",
        ALEX,
        "Lt. Marcus Greer <mgreer@harlan-county-so.example>",
        "Oral Board - Corrections Deputy",
        "Mr. Morgan,\n\nYou are scheduled for the oral board on Thursday, March 12 at 1:30 PM at"
        " the Training Center, 18 Mill Road. Wear business attire and bring your driver's"
        " license.\n\nLt. Marcus Greer\nRecruitment Unit",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-oral-board-called-off",
        ALEX,
        "Lt. Marcus Greer <mgreer@harlan-county-so.example>",
        "Oral Board - Corrections Deputy",
        "Mr. Morgan,\n\nYour oral board on Thursday, March 12 at 1:30 PM has been cancelled;"
        " the background unit will contact you about a new date.\n\nLt. Marcus Greer",
        EN_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "fr-oral-before-the-jury-of-a-public-selection",
        ELODIE,
        "Service RH <rh@commune-hauteville.example>",
        "Convocation - éducateur spécialisé (m/f/x)",
        "Madame,\n\nNous avons le plaisir de vous convoquer à l'épreuve orale le mardi 10 mars"
        " 2026 à 9h30, à la maison communale. Le jury sera composé de M. Hugo Delvaux et de Mme"
        " Inès Lambotte.\n\nLe Service RH",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-trap-a-schools-oral-exam",
        ELODIE,
        "Lycée Saint-Rémi <secretariat@lycee-stremi.example>",
        "Convocation",
        "Madame,\n\nVotre fils est convoqué à l'épreuve orale du baccalauréat le mardi 10 mars"
        " 2026 à 9h30.\n\nLe secrétariat",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "fr-trap-a-pitch-contests-jury",
        ELODIE,
        "Startup Wallonie <events@startup-wallonie.example>",
        "Votre pitch",
        "Bonjour,\n\nVotre passage devant le jury du concours de pitch est confirmé le mardi 10"
        " mars à 14h. Le jury est composé d'investisseurs.\n\nL'équipe",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "it-oral-of-a-public-competition",
        CHIARA,
        "Ufficio Concorsi <concorsi@asp-valtorre.example>",
        "Convocazione",
        "Gentile candidata,\n\nLa informiamo che la prova orale del concorso per infermiere si"
        " terrà giovedì 12 marzo 2026 alle ore 10:00 presso la sala riunioni. Si presenti con un"
        " documento valido.\n\nUfficio Concorsi",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "de-trial-drive-for-the-post-as-agreed-by-phone",
        JONAS,
        "Tom Reuter <t.reuter@reuter-transporte.example>",
        "Ihre Bewerbung als LKW-Fahrer - Probefahrt",
        "Hallo Herr Brettschneider,\n\nwie telefonisch besprochen: kommen Sie am Mittwoch, 11."
        " März um 8 Uhr in unser Depot. Bitte Führerschein mitbringen.\n\nGruß\nTom Reuter",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "de-trap-a-dealers-test-drive",
        JONAS,
        "Autohaus Lenz <verkauf@autohaus-lenz.example>",
        "Ihre Probefahrt",
        "Hallo Herr Brettschneider,\n\nwie telefonisch besprochen: kommen Sie am Mittwoch, 11."
        " März um 8 Uhr zu uns, der Wagen steht bereit. Bitte Führerschein mitbringen.\n\nIhr"
        " Autohaus Lenz",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "en-as-discussed-come-in-for-the-role",
        FIONA,
        "Gordon Baird <gordon@bairdjoinery.example>",
        "Joiner position",
        "Hi Fiona,\n\nAs discussed on the phone, please come to the joinery on Thursday 12"
        " March at 8am for your interview and a look round. Unit 4, Tannery Lane.\n\nGordon",
        UK_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-volunteers-as-the-jobs-work",
        ALEX,
        "Priya Castell <priya@riverside-shelter.example>",
        "Interview - Programs Manager",
        "Hi Alex,\n\nThanks for applying! Our director Sam Okafor and I would love to meet you"
        " on Tuesday, March 10 at 11 AM at the shelter. We'll talk about volunteer management"
        " and donor reporting.\n\nPriya Castell\nHR Lead",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-an-invitation-to-volunteer",
        ALEX,
        "Priya Castell <priya@riverside-shelter.example>",
        "Volunteer interview",
        "Hi Alex,\n\nThanks for signing up to volunteer! We'd love to meet you on Tuesday, March"
        " 10 at 11 AM for a short volunteer interview before your first shift.\n\nPriya",
        EN_DATE,
        Kind.OTHER,
    ),
]

_BY_ID = {k[0]: k[1:6] for k in KINDS}


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS],
    ids=[k[0] for k in KINDS],
)
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Rejections and interviews of hiring outside software, and their traps."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


def test_a_tools_was_and_is_now_lines_give_the_new_time() -> None:
    """ "Your interview was: ..." above "Your interview is now: ...": the new time."""
    body = (
        "Dear Fiona,\n\nThe panel has had to move your interview for Healthcare Assistant,"
        " Ward 3.\n\nYour interview was: Tuesday 10 March 2026 at 09:00\nYour interview is now:"
        " Wednesday 11 March 2026 at 14:15\n\nPlease log in to confirm the new time.\n\n"
        "Recruitment Team"
    )
    raw = mail(
        sender="Recruitment <noreply@nhs-trac.example>",
        subject="Change to your interview - Healthcare Assistant",
        body=body,
        to=next(iter(FIONA.user_addresses)),
        date=UK_DATE,
    )
    result = understand(raw, FIONA)
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 11, 14, 15, tzinfo=dt.UTC)


def test_a_panel_named_in_apposition_with_a_ward_sisters_title() -> None:
    """ "the panel, Sister Jane Roe and Raj Patel, are unchanged": both, without "Sister"."""
    body = (
        "Dear Fiona,\n\nYour interview for Staff Nurse is confirmed for Tuesday 10 March 2026 at"
        " 09:00. The room and the panel, Sister Morag Kinnaird and Tobias Ekwueme, are"
        " unchanged.\n\nRecruitment Team"
    )
    kind, people = _read(
        FIONA, "Recruitment <jobs@lochside-hospital.example>", "Interview", body, UK_DATE
    )
    assert (kind, people) == (Kind.INTERVIEW, ["Morag Kinnaird", "Tobias Ekwueme"])


def test_a_cancellation_written_with_pm_dots() -> None:
    """ "your interview scheduled for ... at 2:00 p.m. ... has been cancelled": cancelled,
    even with the post filled."""
    body = (
        "Dear Alex,\n\nWe regret to inform you that your interview scheduled for Thursday,"
        " March 12, 2026 at 2:00 p.m. with the principal has been cancelled, as the position"
        " has been filled internally.\n\nStaffing Services"
    )
    kind, _ = _read(ALEX, "Staffing <staffing@maple-district.example>", "Interview", body, EN_DATE)
    assert kind is Kind.INTERVIEW_CANCELLED


def test_the_users_calendar_invitation_to_a_candidate() -> None:
    """An invitation organised from the user's address, titled with the guest's name: the
    user runs that interview."""
    ics = vevent_calendar(
        summary="Shift supervisor interview - Renata Oyelaran",
        start="20260312T100000",
        end="20260312T103000",
        tzid="America/New_York",
        organizer="mailto:alex.morgan@gmail.com",
        organizer_cn="Alex Morgan",
        attendees=(
            ("Alex Morgan", "alex.morgan@gmail.com"),
            ("Renata Oyelaran", "renata.oyelaran@example.org"),
        ),
    )
    raw = mail(
        sender="Alex Morgan <alex.morgan@gmail.com>",
        subject="Shift supervisor interview - Renata Oyelaran",
        body="Renata - looking forward to meeting you. Ask for Alex at the front desk.",
        to="alex.morgan@gmail.com",
        date=EN_DATE,
        ics=ics,
    )
    assert understand(raw, ALEX).kind is Kind.OTHER


def test_a_company_invitation_naming_the_user_stays_an_interview() -> None:
    """A company's invitation (not organised by the user) with the user's name in the title
    stays the user's interview."""
    ics = vevent_calendar(
        summary="Shift supervisor interview - Alex Morgan",
        start="20260312T100000",
        end="20260312T103000",
        tzid="America/New_York",
        organizer="mailto:dana@harbor-foods.example",
        organizer_cn="Dana Ruiz",
        attendees=(
            ("Alex Morgan", "alex.morgan@gmail.com"),
            ("Dana Ruiz", "dana@harbor-foods.example"),
        ),
    )
    raw = mail(
        sender="Dana Ruiz <dana@harbor-foods.example>",
        subject="Invitation: Shift supervisor interview - Alex Morgan",
        body="Alex - looking forward to meeting you for the shift supervisor role.",
        date=EN_DATE,
        ics=ics,
    )
    assert understand(raw, ALEX).kind is Kind.INTERVIEW


def test_the_guests_delighted_yes_takes_the_invited_time() -> None:
    """ "I'd be delighted to come in on Thursday at 10" under the school's invitation for
    Thursday 12 March at 10am: the interview then; an offer of two days takes nothing."""
    quoted = (
        "\n\nOn Mon, 2 Mar 2026 at 09:12, Eilidh Munro <office@glenview-primary.example> wrote:"
        "\n\n> Dear Fiona,\n>\n> Thank you for applying for the Classroom Assistant post. We"
        " would like to invite you in on Thursday 12 March at 10am for an interview with our"
        " head teacher.\n>\n> Eilidh Munro\n> School Business Manager\n"
    )
    yes = "Dear Eilidh,\n\nThank you - I'd be delighted to come in on Thursday at 10.\n\nFiona"
    raw = mail(
        sender="Fiona Gallacher <fiona.gallacher@example.com>",
        subject="Re: Classroom Assistant interview",
        body=yes + quoted,
        to="Eilidh Munro <office@glenview-primary.example>",
        date=UK_DATE,
    )
    result = understand(raw, FIONA)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)
    both = (
        "Dear Eilidh,\n\nI'd be happy to come in on Thursday or Friday, whichever suits.\n\nFiona"
    )
    raw = mail(
        sender="Fiona Gallacher <fiona.gallacher@example.com>",
        subject="Re: Classroom Assistant interview",
        body=both + quoted,
        to="Eilidh Munro <office@glenview-primary.example>",
        date=UK_DATE,
    )
    assert understand(raw, FIONA).kind is not Kind.INTERVIEW


def test_the_jury_of_a_public_selection_are_its_interviewers() -> None:
    """ "Le jury sera composé de M. X et de Mme Y": both, for the oral of a public selection."""
    kind, people = _read(*_BY_ID["fr-oral-before-the-jury-of-a-public-selection"])
    assert (kind, people) == (Kind.INTERVIEW, ["Hugo Delvaux", "Inès Lambotte"])


def test_start_of_the_oral_board() -> None:
    """The oral board's stated time, on the user's New York clock."""
    ctx, sender, subject, body, date = _BY_ID["en-oral-board-with-a-time"]
    raw = mail(sender=sender, subject=subject, body=body, date=date)
    result = understand(raw, ctx)
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 12, 17, 30, tzinfo=dt.UTC)


def test_the_writer_and_her_director_interview() -> None:
    """Both the writer and her director are the interviewers of the shelter's invitation."""
    ctx, sender, subject, body, date = _BY_ID["en-volunteers-as-the-jobs-work"]
    raw = mail(sender=sender, subject=subject, body=body, date=date)
    assert sorted_names(understand(raw, ctx)) == ["Priya Castell", "Sam Okafor"]


_PHONE_SCREEN = (
    "\n\nOn Mon, Mar 2, 2026 at 3:20 PM {who} wrote:\n\n> Hi Alex,\n> I'd like to set up a"
    " 30-minute phone interview for Tuesday, March 10 at 11:30 AM ET for the Store Manager"
    " role.\n> {sign}\n"
)


def _users_reply(reply: str, to: str, who: str, sign: str) -> list[str]:
    raw = mail(
        sender="Alex Morgan <alex.morgan@gmail.com>",
        subject="Re: Store Manager role - phone interview",
        body=reply + _PHONE_SCREEN.format(who=who, sign=sign),
        to=to,
        date=EN_DATE,
    )
    result = understand(raw, ALEX)
    assert result.kind is Kind.INTERVIEW, result.reasons
    return sorted_names(result)


def test_the_users_reply_closing_on_talk_then_names_its_addressee() -> None:
    """ "11:30 Tuesday works, talk then." to the one who asked, naming nobody else: the user
    will speak to her."""
    names = _users_reply(
        "Hi Marisol, 11:30 Tuesday works great, talk then.\nAlex",
        "Marisol Brandt <marisol.brandt@cornerhome.example>",
        "Marisol Brandt <marisol.brandt@cornerhome.example>",
        "Marisol Brandt, District Manager",
    )
    assert names == ["Marisol Brandt"]


def test_talk_soon_or_a_hiring_mailbox_names_nobody() -> None:
    """ "Talk soon" is anyone's sign-off, and a careers mailbox is no one to speak to."""
    assert (
        _users_reply(
            "Hi Marisol, 11:30 Tuesday works great. Talk soon!\nAlex",
            "Marisol Brandt <marisol.brandt@cornerhome.example>",
            "Marisol Brandt <marisol.brandt@cornerhome.example>",
            "Marisol Brandt, District Manager",
        )
        == []
    )
    assert (
        _users_reply(
            "Hi, 11:30 Tuesday works great, talk then.\nAlex",
            "Corner Home Careers <careers@cornerhome.example>",
            "Corner Home Careers <careers@cornerhome.example>",
            "Corner Home Careers",
        )
        == []
    )


def test_a_role_after_an_article_then_the_name() -> None:
    """ "com o supervisor Márcio Tavares", "con el gerente Mario Soto": the name after the
    role, as "with the supervisor Tom Smith"."""
    body = (
        "Olá Beatriz,\n\nConfirmamos a sua entrevista na quinta-feira, 12 de março, às 14h, na"
        " loja do Chiado. A entrevista será com o supervisor Márcio Tavares.\n\nRecursos Humanos"
    )
    kind, people = _read(
        BEATRIZ, "Recursos Humanos <rh@livraria-chiado.example>", "Entrevista", body, PT_DATE
    )
    assert (kind, people) == (Kind.INTERVIEW, ["Márcio Tavares"])
