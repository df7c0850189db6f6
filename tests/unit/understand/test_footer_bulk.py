"""A transactional mail service's footer does not make the user's own mail bulk.

Careers sites and smaller hiring systems send rejections, offers, scheduling requests and
interview confirmations through transactional mail services, which put the same footer
under them as under a newsletter ("Manage email preferences | Unsubscribe | Privacy",
a postal address). The message's own words decide: a note addressed to the user about
their application keeps its kind, while newsletters, job alerts, webinar promotions,
hiring blasts, digests and "log in to see your update" notices stay bulk with the very
same footer. Every message was written for these tests (invented companies and people
under .example names).
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand
from daemon.understand._classify import Settings, _addressed_to_user
from daemon.understand._lexicon import default_lexicon
from daemon.understand._screen import may_settle_by_headers

from .messages import mail

# One neutral footer for positives and traps alike: only the body above it differs.
FOOTER = (
    "\n\n--\nThis email was sent to alex.morgan@gmail.com by Brindlewood.\n"
    "Manage email preferences | Unsubscribe | Privacy Policy\n"
    "Brindlewood Inc., 42 Harbor Street, Portland, ME 04101\n"
)
DE_FOOTER = (
    "\n\n--\nDiese E-Mail wurde an lena.brandt@posteo.example gesendet.\n"
    "E-Mail-Einstellungen verwalten | Abmelden | Datenschutz\n"
    "Kesselgrund GmbH, Hafenstraße 12, 20457 Hamburg\n"
)
NOREPLY = "Brindlewood Careers <no-reply@careers.brindlewood.example>"
TALENT = "Brindlewood Talent <talent@brindlewood.example>"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


# (sender, subject, body above the footer, expected kind): the user's own mail.
PERSONAL = {
    "careers_site_rejection": (
        NOREPLY,
        "Update on your application",
        "Hi Alex,\n\nThank you for your interest in the Data Analyst position at Brindlewood "
        "and for the time you spent with us. After careful review, we have decided to move "
        "forward with other candidates.\n\nWe wish you every success.\nBrindlewood Talent Team",
        Kind.REJECTION,
    ),
    "terse_rejection_no_candidacy_words": (
        TALENT,
        "Brindlewood",
        "Dear Alex,\n\nThank you for interviewing with us last week. Unfortunately we will "
        "not be moving forward with you at this time.\n\nKind regards,\nMarta Quill",
        Kind.REJECTION,
    ),
    "offer": (
        TALENT,
        "Your offer from Brindlewood",
        "Dear Alex,\n\nI am delighted to offer you the position of Product Designer at "
        "Brindlewood, starting on April 6. The attached letter sets out the salary and "
        "benefits; please let us know by March 13 whether you accept.\n\nMarta Quill\n"
        "Head of Design",
        Kind.OFFER,
    ),
    "scheduling_request": (
        NOREPLY,
        "Next steps: Backend Engineer",
        "Hi Alex,\n\nThanks for applying to the Backend Engineer role. We'd like to set up a "
        "30-minute phone screen with our recruiter. Could you share your availability for "
        "next week?\n\nBrindlewood Recruiting",
        Kind.SCHEDULING_REQUEST,
    ),
    "interview_confirmation_from_noreply": (
        NOREPLY,
        "Interview confirmed - Data Engineer",
        "Hi Alex,\n\nYour interview for the Data Engineer role is confirmed for Thursday, "
        "March 12 at 2:00 PM ET with Priya Nair via Zoom: https://zoom.example/j/5550101\n\n"
        "Brindlewood Recruiting",
        Kind.INTERVIEW,
    ),
    "recruiter_hiring_note_asking_times": (
        "Dana Whitcombe <dana@brindlewood.example>",
        "Platform Engineer at Brindlewood",
        "Hi Alex,\n\nWe're hiring a Platform Engineer and your background fits well. Would "
        "you be open to a 20-minute intro call? Which days next week suit you?\n\nDana "
        "Whitcombe\nTalent Partner, Brindlewood",
        Kind.SCHEDULING_REQUEST,
    ),
    # A Brazilian recruiter writing in English: no salutation the rules know, no sign-off.
    "moved_interview_without_confirmation_wording": (
        TALENT,
        "Brindlewood - second interview",
        "I'm sorry for the change: Omar Haddad will be travelling on Wednesday, so we need to "
        "move your second interview from Wednesday 11 March to Friday 13 March, same time "
        "(14:00, Eastern time).\n\nOmar is our CTO.\n\nPlease confirm that the new date "
        "works for you.\n\nAbraços,\nLuana Prado\nRecursos Humanos | Brindlewood Brasil",
        Kind.INTERVIEW,
    ),
    "dentist_reminder_stays_other": (
        "Harbor Dental <reminders@harbordental.example>",
        "Your visit on Tuesday",
        "Hi Alex, this is a reminder of your check-up with Dr Ines Calloway on Tuesday, "
        "March 10 at 8:30 AM. Reply C to confirm.\n\nHarbor Dental",
        Kind.OTHER,
    ),
}


@pytest.mark.parametrize("name", sorted(PERSONAL))
def test_personal_mail_keeps_its_kind_under_a_footer(ctx: Context, name: str) -> None:
    """A note to the user about their own matter is not bulk because of a service footer."""
    sender, subject, body, kind = PERSONAL[name]
    plain = understand(mail(sender=sender, subject=subject, body=body), ctx)
    footed = understand(mail(sender=sender, subject=subject, body=body + FOOTER), ctx)
    assert plain.kind is kind, plain.reasons
    assert footed.kind is kind, footed.reasons


def test_german_rejection_under_a_footer(eu_ctx: Context) -> None:
    """A German rejection with "Abmelden | Einstellungen verwalten" below is a rejection."""
    body = (
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Projektingenieurin. "
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
        "entschieden haben.\n\nMit freundlichen Grüßen\nJonas Kessel\nKesselgrund GmbH"
    )
    raw = mail(
        sender="Kesselgrund Karriere <karriere@kesselgrund.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="Ihre Bewerbung",
        body=body + DE_FOOTER,
    )
    assert understand(raw, eu_ctx).kind is Kind.REJECTION


def test_spanish_moved_interview_under_a_footer(eu_ctx: Context) -> None:
    """ "Tenemos que mover tu entrevista del miércoles al viernes" with a footer below."""
    body = (
        "Hola Lena,\n\nPerdona el cambio: tenemos que mover tu segunda entrevista del "
        "miércoles 11 de marzo al viernes 13 de marzo, a la misma hora (14:00). El enlace de "
        "Meet no cambia.\n\nUn saludo,\nMarta Ruiz\nSelección, Grupo Alba"
    )
    raw = mail(
        sender="Grupo Alba Talento <talento@grupoalba.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="Cambio en tu entrevista",
        body=body + FOOTER.replace("alex.morgan@gmail.com", "lena.brandt@posteo.example"),
        date="Mon, 09 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons


# (sender, subject, body above the footer): mass mail that stays bulk with the same footer.
MASS = {
    "newsletter_about_interviews": (
        "Brindlewood Insights <hello@brindlewood.example>",
        "5 interview mistakes to avoid",
        "Hi Alex,\n\nYour next interview could be your best one. We asked three hiring "
        "managers what makes candidates stand out, and what sinks them.\n\nBrindlewood",
    ),
    "job_alert_without_list_headers": (
        NOREPLY,
        "Roles at Brindlewood",
        "Hi Alex,\n\nNew jobs matching your profile:\nData Engineer - Portland, ME\nSenior "
        "Data Engineer - Remote\n\nView all jobs on our careers site.",
    ),
    "webinar_promotion": (
        "Brindlewood Events <events@brindlewood.example>",
        "Live on Thursday: inside our hiring process",
        "Hi Alex,\n\nJoin our recruiters live on Thursday at 1pm ET to learn how we run our "
        "interviews and what we look for. Save your seat today.\n\nBrindlewood Events",
    ),
    "hiring_blast": (
        TALENT,
        "Join us at Brindlewood",
        "Hi Alex,\n\nWe're hiring! Our analytics team is growing and we have openings in "
        "Portland and remote. Apply for the role that fits you today.\n\nBrindlewood Talent",
    ),
    "careers_site_digest": (
        NOREPLY,
        "This month at Brindlewood",
        "Hi Alex,\n\nThis month's highlights from Brindlewood Careers: meet our engineering "
        "team, read about our hiring process and discover life in Portland.\n\nBrindlewood",
    ),
    "status_page_updated_log_in": (
        NOREPLY,
        "Your application status has changed",
        "Hi Alex,\n\nThe status of your application for the Data Analyst position has been "
        "updated. Log in to see it on your candidate dashboard.\n\nBrindlewood Careers",
    ),
}


@pytest.mark.parametrize("name", sorted(MASS))
def test_mass_mail_with_the_same_footer_stays_bulk(ctx: Context, name: str) -> None:
    """Newsletters, alerts, promotions, blasts, digests and portal notices stay bulk."""
    sender, subject, body = MASS[name]
    u = understand(mail(sender=sender, subject=subject, body=body + FOOTER), ctx)
    assert u.kind is Kind.BULK, u.reasons


def test_german_job_alert_with_a_footer_stays_bulk(eu_ctx: Context) -> None:
    """ "Neue passende Stellenangebote" above "Abmelden" is a job alert."""
    body = (
        "Hallo Lena,\n\nneue passende Stellenangebote für Sie: Projektingenieurin (Hamburg), "
        "Teamleiterin Technik (Bremen).\n\nIhr Kesselgrund Karriere-Team"
    )
    raw = mail(
        sender="Kesselgrund Karriere <karriere@kesselgrund.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="Kesselgrund Karriere",
        body=body + DE_FOOTER,
    )
    assert understand(raw, eu_ctx).kind is Kind.BULK


def test_newsletter_about_an_office_move_is_no_moved_interview(ctx: Context) -> None:
    """Trap: "our move from Portland" in a footer mail is no interview being moved."""
    body = (
        "Our move from Portland to the new Harbor Street office is done! Come and see it at "
        "the open interview session on Thursday, March 12 at 2:00 PM ET."
    )
    raw = mail(sender=NOREPLY, subject="Brindlewood news", body=body + FOOTER)
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_newsletter_quoting_an_interview_time_is_no_interview(ctx: Context) -> None:
    """A footer mail that states an interview and a time but never addresses the user is not
    a booking."""
    body = (
        "Inside Brindlewood: our Head of Data on how she interviews.\n\nOur next open "
        "interview session is on Thursday, March 12 at 2:00 PM ET at our Portland office."
    )
    raw = mail(sender=NOREPLY, subject="Inside Brindlewood", body=body + FOOTER)
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("opening", "addressed"),
    [
        ("Hi Alex,\n\nThanks for", True),
        ("Dear Mr Morgan,\n\nThank you", True),
        ("Alex,\n\nQuick update", True),
        ("Hi Alex, your visit is on Tuesday at the usual branch.", True),
        ("Hi all,\n\nThe final round", False),
        ("Hiring news for Alex and everyone\n\n", False),
        ("Alexandria office opening\n\nWe", False),
        ("Thanks for reading, Alex.\n\n", False),
    ],
)
def test_salutation_naming_the_user(opening: str, addressed: bool) -> None:
    """Only a greeting followed by the user's name, or a short line opening with it, counts."""
    s = Settings(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="America/New_York",
        date_order="mdy",
        lexicon=default_lexicon(),
    )
    assert _addressed_to_user(opening, s, s.lexicon) is addressed


def test_a_body_footer_never_settles_by_headers(ctx: Context) -> None:
    """The header screen leaves footer-only mail to the full path, which keeps it personal."""
    raw = mail(
        sender=NOREPLY,
        subject="Update on your application",
        body=PERSONAL["careers_site_rejection"][2] + FOOTER,
    )
    header = raw.split(b"\n\n", 1)[0]
    assert not may_settle_by_headers(header, default_lexicon())
    assert understand(raw, ctx).kind is Kind.REJECTION
