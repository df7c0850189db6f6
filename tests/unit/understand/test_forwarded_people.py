"""A confirmation forwarded to the user keeps its people straight.

An agency recruiter (or the user from another address) forwards a hiring system's or a
hiring manager's confirmation: the forwarded header's author is one of its header people
(a no-reply author is nobody to thank, a person's address joins their name), and a
system's subject, now a line of the text, names the company where a person would stand.
Written for these tests (invented companies and people under .example names).
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail, names

CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
)
AGENCY = "Sam Okafor <sam.okafor@brightpath-talent.example>"
NOTE = "Hi Alex,\n\nForwarding the confirmation from the client below - all booked.\n\nSam\n\n"


def _forward(author: str, subject: str, body: str) -> bytes:
    block = (
        "---------- Forwarded message ---------\n"
        f"From: {author}\nDate: Mon, 2 Mar 2026 10:12:00 -0500\nSubject: {subject}\n"
        "To: Alex Morgan <alex.morgan@gmail.com>\n\n"
    )
    return mail(sender=AGENCY, subject=f"Fwd: {subject}", body=NOTE + block + body)


def test_a_systems_company_author_is_no_interviewer() -> None:
    """ "From: Fernhill Games <no-reply@ats>" over "Interview with Fernhill Games": the
    company is not thanked; the people the body names are."""
    raw = _forward(
        "Fernhill Games <no-reply@teamtailor-mail.com>",
        "Interview with Fernhill Games",
        "Hi Alex!\n\nWe'd love to meet you for the Backend Developer role at Fernhill Games "
        "on Tuesday, March 10, 2026, 10:00-11:00 (Eastern).\n\nYou'll talk to Linnea Berg "
        "(Tech Lead) and Oskar Lund (Engineering Manager).\n\n/Linnea\n",
    )
    u = understand(raw, CTX)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted(names(u)) == ["Linnea Berg", "Oskar Lund"]


def test_a_scheduler_authors_company_is_the_company() -> None:
    """ "Savanna Pay Recruiting <scheduling@goodtime.io>": the company, not a person."""
    raw = _forward(
        "Kestrel Pay Recruiting <scheduling@goodtime.io>",
        "Reminder: your interview with Kestrel Pay is tomorrow",
        "Hi Alex,\n\nThis is a friendly reminder about your upcoming interview for Senior "
        "Backend Engineer.\n\nTuesday, March 3, 2026\n11:00 - 12:30 Eastern\n\n"
        "11:00 - 11:45  System design with Kwame Boateng\n"
        "11:45 - 12:30  Values interview with Halima Said\n\nGood luck!\n"
        "Kestrel Pay Talent Team\n",
    )
    u = understand(raw, CTX)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None and u.interview.company == "Kestrel Pay"
    assert sorted(names(u)) == ["Halima Said", "Kwame Boateng"]


def test_a_hiring_managers_forwarded_confirmation_keeps_her() -> None:
    """Neighbour: a person's own confirmation forwarded: she is named, with her address."""
    raw = _forward(
        "Jane Whitlow <jane.whitlow@copperline.example>",
        "Interview with Jane Whitlow - Data Engineer",
        "Hi Alex,\n\nConfirming our interview on Tuesday, March 10 at 2:00 PM Eastern. It "
        "will be me and our CTO, Raj Menon.\n\nJane Whitlow\nHead of Data, Copperline\n",
    )
    u = understand(raw, CTX)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted(names(u)) == ["Jane Whitlow", "Raj Menon"]
    assert u.interview is not None
    emails = {p.name: p.email for p in u.interview.interviewers}
    assert emails["Jane Whitlow"] == "jane.whitlow@copperline.example"
