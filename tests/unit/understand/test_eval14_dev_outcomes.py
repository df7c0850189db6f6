"""Outcome, cancellation and noise families from eval14's dev half: rejections whose sentence
a wide wrap or a ``<br>`` breaks across lines (en, de, fr, es), a manager's two-line "I've
gone with someone more senior", an interview called off because the role is paused, a
scheduling tool's or hiring system's own newsletter with list headers, and a hiring
system's "application received" receipt marked ``Auto-Submitted: auto-replied``.

Every message was written for these tests (invented people and companies under .example
names; the tools' own domains only where a family is about them). Each positive shape sits
beside near misses of the same shape.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

# ---------------------------------------------------------------------------------------
# Rejections broken across lines by a wide wrap or an HTML <br>.


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Larchmont Inns Careers <careers@larchmont-inns.paradox.ai>",
            "Update on your application - Night Auditor",
            "Hi Alex,\n\nThank you for interviewing with Larchmont Inns last week. After careful "
            "review we have decided\nto move forward with other candidates for the Night "
            "Auditor position.\n\nWe appreciate your interest and wish you the best.",
        ),
        (
            "Talent Team <talent@brambleworks.example>",
            "Your application",
            "Hi Alex,\n\nThanks for the time you spent with the team on Tuesday. Unfortunately "
            "we will not be moving\nforward with your application at this time.\n\nBest,\n"
            "Talent Team",
        ),
        (
            "Priya Olsen <priya.olsen@fernhollow.example>",
            "Data Analyst role",
            "Hi Alex,\n\nThank you for speaking with us about the Data Analyst role. We felt "
            "that you're not the right\nfit at this time, but we enjoyed the conversation.\n\n"
            "Priya",
        ),
        (
            "Katrin Auer <k.auer@tannberg-holz.example>",
            "Ihre Bewerbung als Projektleiterin - Rückmeldung",
            "Sehr geehrte Frau Morgan,\n\nvielen Dank für die angenehmen Gespräche. Ihr Profil hat "
            "uns fachlich sehr überzeugt, und die Entscheidung fiel uns nicht leicht. Wir haben "
            "uns letztlich für\neine Kandidatin entschieden, die mehr Erfahrung im Holzbau "
            "mitbringt.\n\nMit freundlichen Grüssen\nKatrin Auer\nPersonalleitung",
        ),
        (
            "Sophie Marchal <s.marchal@vauclair-conseil.example>",
            "Votre candidature - Chargée de mission",
            "Bonjour Madame Morgan,\n\nMerci pour nos échanges de la semaine dernière. Après "
            "réflexion, nous ne donnerons pas\nsuite à votre candidature pour ce poste.\n\n"
            "Bien cordialement,\nSophie Marchal",
        ),
        (
            "Lucía Ferrer <lucia.ferrer@olivarsur.example>",
            "Tu candidatura - Analista de operaciones",
            "Hola Alex,\n\nGracias por la entrevista del martes. Tras valorarlo, hemos decidido "
            "continuar con otros\ncandidatos cuyo perfil se ajusta más al puesto.\n\nUn saludo,\n"
            "Lucía Ferrer",
        ),
    ],
)
def test_rejection_broken_across_lines_is_a_rejection(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A rejection sentence a wide wrap breaks across two lines is still a rejection."""
    assert understand(mail(sender=sender, subject=subject, body=body), ctx).kind is Kind.REJECTION


def test_rejection_broken_by_html_br_is_a_rejection(ctx: Context) -> None:
    """An ATS rejection whose sentence an HTML ``<br>`` breaks is still a rejection."""
    text = (
        "Hi Alex,\n\nThank you for interviewing with Larchmont Inns. After careful consideration "
        "we have decided\nto move forward with other candidates for the Front Desk Lead "
        "position.\n\nWe encourage you to apply for future openings."
    )
    html = (
        "<p>Hi Alex,</p><p>Thank you for interviewing with Larchmont Inns. After careful "
        "consideration we have decided<br>\nto move forward with other candidates for the Front "
        "Desk Lead position.</p><p>We encourage you to apply for future openings.</p>"
    )
    raw = mail(
        sender="Larchmont Inns Careers <careers@larchmont-inns.paradox.ai>",
        subject="Update on your application - Front Desk Lead",
        body=text,
        html=html,
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        # A condition on the line above keeps the wording hypothetical.
        "Hi Alex,\n\nThanks for applying to the Night Auditor role. If you are not selected "
        "for an interview, we will\nkeep your CV on file for future openings.\n\nTalent Team",
        # Not yet: a decision still to come.
        "Hi Alex,\n\nThanks for your patience. We're not able to move forward yet, we'll\nbe in "
        "touch next week once the panel has met.\n\nTalent Team",
        # A feedback request after the interview, whatever its outcome.
        "Hi Alex,\n\nThank you for interviewing with us. Whatever the outcome, we'd value "
        "your\nfeedback on the process: it takes two minutes.\n\nTalent Team",
    ],
)
def test_wrapped_non_rejections_stay_no_rejection(ctx: Context, body: str) -> None:
    """A wrapped condition, a decision still pending or a feedback request is no rejection."""
    raw = mail(
        sender="Talent Team <talent@brambleworks.example>",
        subject="Your application - Night Auditor",
        body=body,
    )
    assert understand(raw, ctx).kind is not Kind.REJECTION


# ---------------------------------------------------------------------------------------
# A hiring manager's two-line "no" after a chat.


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex, thanks for the chat last week. I've decided to go with someone\nmore senior "
        "for this one, but I really enjoyed talking to you - good luck with the search!\n\n"
        "Ines\n\nSent from my iPhone",
        "Alex - great to meet you on Thursday. We've decided to go with somebody more "
        "experienced this time round. All the best.\n\nOwen",
        "Hi Alex, thanks again for coming in. In the end we're going with someone a bit more "
        "senior for this role. Best of luck!\n\nMara",
    ],
)
def test_manager_going_with_someone_more_senior_is_a_rejection(ctx: Context, body: str) -> None:
    """A manager who met the user choosing "someone more senior" writes a rejection."""
    raw = mail(
        sender="Ines Barros <ines.barros@tidewell.example>", subject="Product Analyst", body=body
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Website redesign proposal",
            "Hi Alex, thanks for the demo last week. We've decided to go with someone more "
            "established for the redesign, but thanks for the proposal.\n\nInes",
        ),
        (
            "Re: Saturday league",
            "Hi Alex, great to meet you at tryouts. We've decided to go with someone more "
            "experienced in goal this season.\n\nInes",
        ),
    ],
)
def test_someone_more_senior_for_a_pitch_or_a_team_stays_no_rejection(
    ctx: Context, subject: str, body: str
) -> None:
    """A company declining the user's pitch, or a team's tryout, is no rejection."""
    raw = mail(sender="Ines Barros <ines.barros@tidewell.example>", subject=subject, body=body)
    assert understand(raw, ctx).kind is not Kind.REJECTION


# ---------------------------------------------------------------------------------------
# Noise: a scheduling tool's or hiring system's own newsletter.

_LIST_HEADERS = {
    "List-Id": "<news.tool.example>",
    "List-Unsubscribe": "<https://example.com/unsubscribe/x1>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Calendly <newsletter@calendly.com>",
            "New: round-robin interview scheduling for hiring teams",
            "What's new in Calendly this month\n\nHiring teams can now route candidate "
            "interviews across panels automatically, add buffer times between interviews, and "
            "sync with your ATS.\n\nSee what's new: https://calendly.com/blog/whats-new\n\n"
            "You're receiving this because you have a Calendly account. Unsubscribe",
        ),
        (
            "Greenhouse <news@greenhouse.io>",
            "Structured interviews, explained",
            "This month: how the best hiring teams run structured interviews, plus three "
            "interview scorecard templates you can copy.\n\nRead more: "
            "https://www.greenhouse.io/blog/structured-interviews\n\nManage preferences | "
            "Unsubscribe",
        ),
        (
            "Personio <marketing@personio.de>",
            "Neu: Interviewplanung direkt in Personio",
            "Planen Sie Vorstellungsgespräche jetzt direkt im Bewerbermanagement: Ihre "
            "Interviewer sehen freie Zeiten automatisch.\n\nMehr erfahren: "
            "https://www.personio.de/blog/interviewplanung\n\nAbmelden: "
            "https://www.personio.de/unsubscribe",
        ),
    ],
)
def test_scheduling_tool_newsletter_with_list_headers_is_bulk(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A scheduling tool's or ATS's product newsletter about interviews, with list headers, is bulk."""
    raw = mail(sender=sender, subject=subject, body=body, headers=_LIST_HEADERS)
    assert understand(raw, ctx).kind is Kind.BULK


def test_ats_scheduling_request_with_list_unsubscribe_footer_stays_a_request(
    ctx: Context,
) -> None:
    """A hiring system's request to book the user's interview, sent with list headers, stays one."""
    raw = mail(
        sender="Brightwater Recruiting <no-reply@brightwater.greenhouse.io>",
        subject="Schedule your interview with Brightwater",
        body="Hi Alex,\n\nThanks for applying to the Data Analyst role at Brightwater. We'd like "
        "to schedule your phone interview with our hiring manager. Please pick a time that "
        "works for you: https://app.greenhouse.io/scheduling/abc123\n\nBrightwater Recruiting"
        "\n\nUnsubscribe from these emails",
        headers=_LIST_HEADERS,
    )
    assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST


def test_ats_rejection_with_list_headers_stays_a_rejection(ctx: Context) -> None:
    """A hiring system's rejection of the user's application, with list headers, stays one."""
    raw = mail(
        sender="Brightwater Recruiting <no-reply@brightwater.greenhouse.io>",
        subject="Your application to Brightwater",
        body="Hi Alex,\n\nThank you for your application for the Data Analyst role. "
        "Unfortunately we have decided to move forward with other candidates.\n\n"
        "Unsubscribe from these emails",
        headers=_LIST_HEADERS,
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


# ---------------------------------------------------------------------------------------
# A hiring system's receipt for an application, marked Auto-Submitted: auto-replied.

_AUTO_REPLIED = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Bergquell Versicherungen <noreply@bergquell.jobs.personio.de>",
            "Ihre Bewerbung als Business Analyst (w/m/d) ist bei uns eingegangen",
            "Guten Tag Frau Morgan\n\nVielen Dank für Ihre Bewerbung und Ihr Interesse an "
            "Bergquell Versicherungen. Wir prüfen Ihre Unterlagen sorgfältig und melden uns "
            "innerhalb von zwei Wochen bei Ihnen.\n\nFreundliche Grüsse\nIhr Recruiting-Team",
        ),
        (
            "Brightwater Careers <no-reply@brightwater.workable.com>",
            "Thanks for applying to Brightwater",
            "Hi Alex,\n\nThank you for your application for the Operations Coordinator role. "
            "Our team will review it and get back to you within two weeks.\n\nBrightwater "
            "Talent Team",
        ),
        (
            "Maison Orée Recrutement <ne-pas-repondre@maisonoree.teamtailor-mail.com>",
            "Votre candidature a bien été reçue",
            "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
            "communication et vous remercions de votre intérêt. Nous reviendrons vers vous "
            "prochainement.\n\nL'équipe Recrutement",
        ),
    ],
)
def test_application_receipt_marked_auto_replied_is_other(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A hiring system's "application received" note is no out-of-office reply, whatever its header."""
    raw = mail(sender=sender, subject=subject, body=body, headers=_AUTO_REPLIED)
    assert understand(raw, ctx).kind is Kind.OTHER


def test_recruiters_out_of_office_about_applications_stays_auto_reply(ctx: Context) -> None:
    """A recruiter's out-of-office reply that mentions applications stays an automatic reply."""
    raw = mail(
        sender="Dana Pike <dana.pike@brightwater.example>",
        subject="Automatic reply: Data Analyst application",
        body="Thank you for your message. I am out of the office until Monday 9 March. For "
        "questions about your application, please contact talent@brightwater.example.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert understand(raw, ctx).kind is Kind.AUTO_REPLY


def test_auto_replied_receipt_from_a_person_stays_auto_reply(ctx: Context) -> None:
    """A person's own auto-replied acknowledgement stays an automatic reply."""
    raw = mail(
        sender="Dana Pike <dana.pike@brightwater.example>",
        subject="Re: Data Analyst application",
        body="Thanks for your email - I'm travelling this week and will reply when I'm back.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert understand(raw, ctx).kind is Kind.AUTO_REPLY


# ---------------------------------------------------------------------------------------
# A meeting with the user called off because the vacancy is paused (not filled).


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Dale Corrigan <dale.corrigan@slatewing.example>",
            "Re: Site Reliability Engineer opening",
            "Alex - I have to cancel tomorrow's coffee, sorry. Finance has paused the\nSite "
            "Reliability Engineer req until next quarter's budget is signed off. I'll reach "
            "back out as soon as it's reopened; you're at the top of my list.\n\nDale\n\n"
            "On Mon, Mar 2, 2026 at 8:11 PM Dale Corrigan <dale.corrigan@slatewing.example> "
            "wrote:\n\n> Great. Let's do the first-round conversation Thursday 7:45am at "
            "Kettle & Crumb on Main.",
        ),
        (
            "Dale Corrigan <dale.corrigan@slatewing.example>",
            "Re: Data Engineer role",
            "Hi Alex,\n\nI'm afraid I need to cancel our chat on Thursday. The Data Engineer "
            "position has been put on hold while we rework the budget. I'll let you know as "
            "soon as it's open again.\n\nDale",
        ),
        (
            "Jonas Pfister <jonas.pfister@glarnerfirn.example>",
            "AW: Ihre Bewerbung als Data Engineer",
            "Hallo Herr Morgan\n\nleider muss ich unser Gespräch am Donnerstag absagen: die "
            "Stelle ist vorerst auf Eis gelegt. Ich melde mich, sobald wir sie wieder "
            "ausschreiben.\n\nFreundliche Grüsse\nJonas Pfister",
        ),
        (
            "Claire Vasseur <c.vasseur@lumiere-atelier.example>",
            "RE: Votre candidature - Cheffe de projet",
            "Bonjour Alex,\n\nJe dois malheureusement annuler notre entretien de jeudi : le "
            "recrutement est suspendu jusqu'au prochain trimestre. Je reviens vers vous dès "
            "qu'il reprend.\n\nClaire Vasseur",
        ),
        (
            "Marta Ibáñez <marta.ibanez@cierzolab.example>",
            "RE: Tu candidatura - Analista de datos",
            "Hola Alex,\n\nLamentablemente tengo que cancelar nuestra entrevista del jueves: "
            "el proceso de selección está en pausa hasta el próximo trimestre. Te escribo en "
            "cuanto lo retomemos.\n\nMarta",
        ),
    ],
)
def test_meeting_called_off_because_the_role_is_paused_is_a_cancellation(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A meeting with the user called off because the role is paused is a cancellation."""
    raw = mail(sender=sender, subject=subject, body=body)
    assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED


def test_interview_called_off_because_the_role_is_filled_stays_a_rejection(ctx: Context) -> None:
    """Calling off an unnamed-time interview because the role is filled stays a rejection."""
    raw = mail(
        sender="Dale Corrigan <dale.corrigan@slatewing.example>",
        subject="Re: Data Engineer role",
        body="Hi Alex,\n\nI'm sorry, we have to cancel our chat - the Data Engineer position "
        "has been filled internally.\n\nDale",
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # A colleague: the user hires, and the paused project is no vacancy.
        (
            "Dale Corrigan <dale.corrigan@slatewing.example>",
            "Re: Platform roadmap",
            "Alex - I have to cancel tomorrow's coffee, sorry. Finance has paused the platform "
            "project until next quarter.\n\nDale",
        ),
        # A colleague calling off the hirers' own debrief for a paused req.
        (
            "Dale Corrigan <dale.corrigan@slatewing.example>",
            "Re: Data Engineer candidates",
            "Alex - let's cancel tomorrow's debrief on our Data Engineer candidates: Finance "
            "has paused the req until next quarter.\n\nDale",
        ),
        # A friend's cancelled coffee, with no hiring at all.
        (
            "Sam Reyes <sam.reyes@gmail.com>",
            "coffee",
            "Hey, I have to cancel our coffee tomorrow, the kids are ill. Next week?\n\nSam",
        ),
    ],
)
def test_other_cancelled_coffees_stay_no_cancellation(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A colleague's or friend's called-off coffee or debrief is no interview cancellation."""
    raw = mail(sender=sender, subject=subject, body=body)
    assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED


def test_interview_confirmation_with_unfortunately_stays_an_interview(ctx: Context) -> None:
    """A confirmation that says "unfortunately the room changed" stays an interview."""
    raw = mail(
        sender="Priya Olsen <priya.olsen@fernhollow.example>",
        subject="Interview confirmed - Data Analyst",
        body="Hi Alex,\n\nConfirming your interview for the Data Analyst role on Thursday, "
        "March 5 at 2:00 PM. Unfortunately the room has changed: please ask for me at the\n"
        "front desk on the 4th floor.\n\nPriya Olsen\nRecruiter, Fernhollow",
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Herr Morgan, danke für das Gespräch letzte Woche. Ich habe mich für jemanden "
        "mit mehr\nErfahrung im Vertrieb entschieden, wünsche Ihnen aber alles Gute.\n\nJonas",
        "Hallo Herr Morgan, vielen Dank für das Gespräch. Wir haben uns für eine andere "
        "Kandidatin entschieden; Ihr Auftreten hat uns trotzdem sehr gefallen.\n\nJonas",
    ],
)
def test_german_manager_note_choosing_someone_else_is_a_rejection(ctx: Context, body: str) -> None:
    """A German manager's short note choosing someone with more experience is a rejection."""
    raw = mail(
        sender="Jonas Pfister <jonas.pfister@glarnerfirn.example>",
        subject="Vertriebsleiter",
        body=body,
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


_READER_LETTER = (
    'Hi there,\n\nThis week a reader writes: "After my final round the company told me they '
    "had decided to move forward with other candidates. Should I ask for feedback?\" Here's "
    "what we'd do.\n\nRead the full issue online.\n\nYou are receiving this email because you "
    "subscribed to The Offer Letter. Unsubscribe"
)


def test_newsletter_quoting_someones_rejection_with_list_headers_is_bulk(ctx: Context) -> None:
    """A careers newsletter quoting a reader's rejection, with list headers, is bulk."""
    raw = mail(
        sender="The Offer Letter <hello@theofferletter.example>",
        subject="Issue 41: what to do after a 'no'",
        body=_READER_LETTER,
        headers={"List-Unsubscribe": "<https://theofferletter.example/u>", "Precedence": "bulk"},
    )
    assert understand(raw, ctx).kind is Kind.BULK


@pytest.mark.xfail(
    strict=True,
    reason="with only a body footer, rejection wording outranks the newsletter's own signs; "
    "telling a quoted reader's rejection from the user's own needs attribution reading",
)
def test_newsletter_quoting_someones_rejection_with_only_a_footer_is_no_rejection(
    ctx: Context,
) -> None:
    """A careers newsletter quoting a reader's rejection, with only a body footer, is none."""
    raw = mail(
        sender="The Offer Letter <hello@theofferletter.example>",
        subject="Issue 41: what to do after a 'no'",
        body=_READER_LETTER,
    )
    assert understand(raw, ctx).kind is not Kind.REJECTION
