"""Kinds of families once misread, each with look-alikes of the same family that must not count.

Terse mobile confirmations, booking-tool footers ("Add to calendar | Reschedule | Cancel"),
warm plain-spoken rejections, cancellations that "regret to inform", panels in Windows-1252
mail, agencies asking for slots and invitations that name their day. A false interview
means mail in the user's name to a stranger, so every positive has traps beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, vevent_calendar

BERLIN = "Lena Brandt <lena.brandt@posteo.example>"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def read(ctx: Context, sender: str, subject: str, body: str, **kw: object) -> Understanding:
    """What the recogniser makes of one message."""
    return understand(mail(sender=sender, subject=subject, body=body, **kw), ctx)  # type: ignore[arg-type]


REPLY = {"In-Reply-To": "<q1.22@gmail.com>", "References": "<q1.22@gmail.com>"}


# --- 1. Terse mobile confirmations ------------------------------------------------------


def test_mobile_reply_with_tmrw_under_a_role_subject(ctx: Context) -> None:
    """ "c u 2morrow at 10:15 then" answering the user's application for the role is the interview."""
    u = read(
        ctx,
        "Nadia Quist <nadia@fernhollow.example>",
        "Re: Product analyst role",
        "great, c u 2morrow at 10:15 then. ask for me at reception, 3rd floor\n\n"
        "Sent from my iPhone\n\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> Hi Nadia, I applied for the product analyst role last week - could we meet?\n",
        headers=REPLY,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 3, 10, 15, tzinfo=u.interview.start.tzinfo)
    assert [p.name for p in u.interview.interviewers] == ["Nadia Quist"]


def test_mobile_reply_see_ya_weekday_then(ctx: Context) -> None:
    """ "see ya Thursday at 2pm then" answering the user's application for the position."""
    u = read(
        ctx,
        "Owen Ferris <owen.ferris@tallyrock.example>",
        "Re: Senior engineer position",
        "sounds good - see ya Thursday at 2pm then. thx!\n\nOwen\nSent from my phone\n\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> Hi Owen, following up on my application for the senior engineer position.\n",
        headers=REPLY,
    )
    assert u.kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: dinner", "perfect, see you tmrw at 7:30 then! I'll book the table"),
        ("Re: my new manager role", "haha congrats!! c u 2morrow at 6 then, drinks on me"),
        ("Re: Leading role", "see you tmrw at 3:30 then! bring the script, we start act 2"),
        ("Re: bike", "thx! see ya tmrw at 9 then, I'll leave it by the garage"),
    ],
)
def test_a_friends_terse_plan_is_not_an_interview(ctx: Context, subject: str, body: str) -> None:
    """A friend's or a theatre group's "see you tmrw at 7:30 then" is no interview."""
    u = read(ctx, "Jess Arden <jess.arden@gmail.com>", subject, body, headers=REPLY)
    assert u.kind is not Kind.INTERVIEW


# --- 2. Booking-tool mail with cancel and reschedule links -------------------------------


def _booking(summary: str, body: str, organizer: str, cn: str) -> bytes:
    """A meetings tool's booking confirmation sent in the host's name, with its invite."""
    return mail(
        sender=f"{cn} <{organizer}>",
        subject=f"Meeting confirmed: {summary} on Thursday, March 12",
        body=body,
        headers={"Sender": "Meetings <meetings-noreply@bookingtool.example>"},
        ics=vevent_calendar(
            summary=summary,
            start="20260312T190000Z",
            end="20260312T193000Z",
            organizer=f"mailto:{organizer}",
            organizer_cn=cn,
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        ),
        attach_ics=True,
    )


def test_booking_footer_row_of_links_is_not_a_cancellation(ctx: Context) -> None:
    """ "Add to calendar | Reschedule | Cancel" under a booked interview leaves an interview."""
    raw = _booking(
        "Sales Engineer interview - Alex / Priya",
        "You're booked with Priya Lund\n\nSales Engineer interview - Alex / Priya\n"
        "Thursday, March 12, 2026\n3:00 PM - 3:30 PM (GMT-4) Eastern Time\n\n"
        "Priya will call you at the number you provided.\n\n"
        "Add to calendar | Reschedule | Cancel\n\nPowered by a meetings tool",
        "priya.lund@corvane.example",
        "Priya Lund",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None and not u.interview.rescheduled


def test_bookings_style_view_and_cancel_labels(ctx: Context) -> None:
    """A Bookings/Cal.com row "View booking · Cancel booking" is an offer, not news."""
    u = read(
        ctx,
        "Harlow Dental Careers <careers@harlowgroup.example>",
        "Your interview with Harlow Group is booked",
        "Hi Alex,\n\nYour interview for the Practice Manager position is booked for "
        "Wednesday, March 11, 2026 at 11:00 AM (EST) with Tomas Verne.\n\n"
        "View booking · Reschedule booking · Cancel booking\n",
    )
    assert u.kind is Kind.INTERVIEW


def test_spanish_booking_row_of_links(eu_ctx: Context) -> None:
    """ "Añadir al calendario | Reprogramar | Cancelar" under a booked entrevista."""
    u = read(
        eu_ctx,
        "Selección Ribera Logística <seleccion@riberalog.example>",
        "Entrevista confirmada - Analista de operaciones",
        "Hola Lena:\n\nTu entrevista para el puesto de Analista de operaciones está "
        "confirmada para el jueves 12 de marzo a las 10:00 con Irene Salvat.\n\n"
        "Añadir al calendario | Reprogramar | Cancelar\n",
        to=BERLIN,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None and not u.interview.rescheduled


def test_cancelled_interview_with_a_booking_row_is_still_cancelled(ctx: Context) -> None:
    """A cancellation notice keeps its kind beside a "Book again | Cancel" row of links."""
    u = read(
        ctx,
        "Priya Lund <priya.lund@corvane.example>",
        "Canceled: Sales Engineer interview - Alex / Priya",
        "Hi Alex,\n\nPriya Lund has canceled your Sales Engineer interview on Thursday, "
        "March 12, 2026 at 3:00 PM.\n\nBook another time | Cancel\n",
    )
    assert u.kind is Kind.INTERVIEW_CANCELLED


def test_sales_reps_booking_link_is_not_an_interview(ctx: Context) -> None:
    """A sales demo booked through a meetings tool has the same footer and is no interview."""
    raw = _booking(
        "Product demo - Alex / Brent",
        "You're booked with Brent Calloway\n\nProduct demo - Alex / Brent\n"
        "Thursday, March 12, 2026\n3:00 PM - 3:30 PM (GMT-4) Eastern Time\n\n"
        "Add to calendar | Reschedule | Cancel\n",
        "brent@salesloop.example",
        "Brent Calloway",
    )
    assert understand(raw, ctx).kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED)


def test_newsletter_with_a_cancel_link_is_not_a_cancellation(ctx: Context) -> None:
    """A newsletter's "Manage subscription | Cancel" row cancels no interview."""
    u = read(
        ctx,
        "The Hiring Brief <news@hiringbrief.example>",
        "5 interview habits of great engineers",
        "This week: how candidates prepare for a panel interview.\n\n"
        "Manage subscription | Cancel\nUnsubscribe",
    )
    assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED)


def test_bank_appointment_cancellation_is_not_an_interview(eu_ctx: Context) -> None:
    """ "Lamentamos informarte que hemos cancelado tu cita en la sucursal" is a bank's."""
    u = read(
        eu_ctx,
        "Banco Meridiano <citas@bancomeridiano.example>",
        "Cancelación de tu cita",
        "Hola Lena:\n\nLamentamos informarte que hemos cancelado tu cita en la sucursal "
        "del jueves 12 de marzo a las 10:00 con tu asesor financiero.\n",
        to=BERLIN,
    )
    assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED)


# --- 3. Cancellations that "regret to inform", in three languages ------------------------

CANCELLATIONS = [
    (
        "Personalabteilung Elbwerk <karriere@elbwerk.example>",
        "Ihr Vorstellungsgespräch am 12. März",
        "Sehr geehrte Frau Brandt,\n\nleider müssen wir Ihnen mitteilen, dass wir das "
        "Vorstellungsgespräch für die Stelle als Controllerin am Donnerstag, 12. März 2026, "
        "um 10:00 Uhr absagen müssen, da die Stelle vorerst nicht besetzt wird.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "Recrutement Vallon <recrutement@vallon.example>",
        "Annulation de votre entretien",
        "Bonjour Lena,\n\nNous sommes au regret de vous informer que nous devons annuler "
        "l'entretien prévu le jeudi 12 mars à 10h pour le poste de contrôleuse de gestion.\n\n"
        "Cordialement,\nL'équipe recrutement",
    ),
    (
        "Selección Alcántara <seleccion@alcantara.example>",
        "Cancelación de la entrevista del jueves",
        "Hola Lena:\n\nLamentamos comunicarte que debemos cancelar la entrevista del jueves "
        "12 de marzo a las 10:00 para el puesto de Analista financiera, ya que la vacante "
        "se ha congelado.\n\nUn saludo,\nSelección de personal",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), CANCELLATIONS)
def test_regret_to_inform_of_a_cancelled_interview(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """ "We regret to inform you that we must cancel the interview" is a cancellation."""
    u = read(eu_ctx, sender, subject, body, to=BERLIN)
    assert u.kind is Kind.INTERVIEW_CANCELLED


def test_german_regret_with_another_candidate_is_still_a_rejection(eu_ctx: Context) -> None:
    """ "Leider müssen wir Ihnen mitteilen ... für einen anderen Bewerber" rejects."""
    u = read(
        eu_ctx,
        "Personalabteilung Elbwerk <karriere@elbwerk.example>",
        "Ihre Bewerbung als Controllerin",
        "Sehr geehrte Frau Brandt,\n\nleider müssen wir Ihnen mitteilen, dass wir uns nach "
        "dem Gespräch für einen anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen",
        to=BERLIN,
    )
    assert u.kind is Kind.REJECTION


# --- 4. Warm, plain-spoken rejections -----------------------------------------------------

REJECTIONS = [
    (
        "Tomas Reyes <tomas.reyes@icloud.com>",
        "Thanks - and an update",
        "Hi Alex,\n\nI wanted to write myself rather than send a template. Ana and I really "
        "enjoyed our lunch. We've decided to offer the Founding Product Designer role to "
        "someone who has shipped a mobile app from zero - it's the gap we have now.\n\n"
        "Door's always open for a coffee.\nTomas",
    ),
    (
        "Quarrystone Careers <careers-noreply@quarrystone.example>",
        "Your application for Site Reliability Engineer",
        "Hi Alex,\n\nThank you for your interest in the Site Reliability Engineer position. "
        "After careful review we have selected other candidates to move forward.\n\n"
        "Quarrystone Talent Acquisition",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), REJECTIONS)
def test_plain_spoken_english_rejection(ctx: Context, sender: str, subject: str, body: str) -> None:
    """A founder's warm no and an ATS's "selected other candidates" are rejections."""
    assert read(ctx, sender, subject, body).kind is Kind.REJECTION


EU_REJECTIONS = [
    (
        "Jonas Albrecht <jonas.albrecht@havelton.example>",
        "Ihre Bewerbung als Leiterin Controlling",
        "Liebe Frau Brandt,\n\nvielen Dank für die guten Gespräche, zuletzt mit unserem "
        "Vorstand. Nach reiflicher Überlegung haben wir uns für einen Bewerber mit mehr "
        "Erfahrung in der Konzernkonsolidierung entschieden.\n\nHerzliche Grüße\nJonas Albrecht",
    ),
    (
        "Claire Mathis <claire.mathis@ardoise.example>",
        "Votre candidature - Responsable financière",
        "Bonjour Lena,\n\nMerci pour nos échanges. Après réflexion, nous avons retenu une "
        "candidate dont l'expérience en consolidation correspond davantage au poste.\n\n"
        "Bien à vous,\nClaire",
    ),
    (
        "Rocío Benavente <rocio@talavera-soft.example>",
        "Tu candidatura - Responsable financiera",
        "Hola Lena:\n\nGracias por las entrevistas. Tras pensarlo mucho, hemos decidido "
        "continuar con una candidata cuya experiencia en consolidación encaja mejor con "
        "el puesto.\n\nUn abrazo,\nRocío",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), EU_REJECTIONS)
def test_final_round_rejection_choosing_one_candidate(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """ "Für einen Bewerber entschieden", "retenu une candidate dont", "con una candidata cuya"."""
    assert read(eu_ctx, sender, subject, body, to=BERLIN).kind is Kind.REJECTION


def test_rental_given_to_another_applicant_is_not_a_rejection(ctx: Context) -> None:
    """A landlord offering the flat to another applicant rejects no job application."""
    u = read(
        ctx,
        "Brookside Lettings <lettings@brookside.example>",
        "Flat 4, Alder Court",
        "Hi Alex,\n\nThanks for viewing Flat 4. The landlord has decided to offer the flat "
        "to another applicant whose move-in date suited better.\n\nBrookside Lettings",
    )
    assert u.kind is not Kind.REJECTION


def test_casting_lead_role_given_to_someone_else_is_not_a_job_rejection(ctx: Context) -> None:
    """An amateur theatre's "offer the lead role to someone else" is no job outcome."""
    u = read(
        ctx,
        "Millbrook Players <cast@millbrookplayers.example>",
        "Auditions - The Tempest",
        "Hi Alex,\n\nThanks for auditioning. We've decided to offer the lead role to "
        "someone who has played Prospero before.\n\nMillbrook Players",
    )
    assert u.kind is not Kind.REJECTION


def test_loan_declined_in_favour_of_other_applicants_is_not_a_rejection(ctx: Context) -> None:
    """A lender's "selected other applicants" for a small-business loan rejects no job."""
    u = read(
        ctx,
        "Greenway Credit Union <lending@greenwaycu.example>",
        "Your loan application",
        "Dear Alex,\n\nThank you for your loan application. This round of the small-business "
        "fund was oversubscribed and we have selected other applicants.\n\nGreenway Lending",
    )
    assert u.kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [
        (
            "Jonas Albrecht <jonas.albrecht@havelton.example>",
            "Ihre Bewerbung als Leiterin Controlling",
            "Liebe Frau Brandt,\n\nnach den Gesprächen haben wir uns für Sie entschieden und "
            "freuen uns, Ihnen die Stelle anzubieten.\n\nHerzliche Grüße\nJonas Albrecht",
            Kind.OFFER,
        ),
        (
            "Claire Mathis <claire.mathis@ardoise.example>",
            "Votre candidature - Responsable financière",
            "Bonjour Lena,\n\nNous avons retenu votre candidature pour un entretien. Pourriez-"
            "vous nous indiquer vos disponibilités ?\n\nClaire",
            Kind.SCHEDULING_REQUEST,
        ),
    ],
)
def test_being_chosen_is_not_a_rejection(
    eu_ctx: Context, sender: str, subject: str, body: str, kind: Kind
) -> None:
    """ "Für Sie entschieden", "retenu votre candidature" choose the user."""
    assert read(eu_ctx, sender, subject, body, to=BERLIN).kind is kind


# --- 5. Panels in Windows-1252 mail, and English words that are French appointments -------


def _cp1252(subject: str, body: str) -> bytes:
    """A plain-text message as an old Outlook sends it, in Windows-1252."""
    head = (
        "From: =?windows-1252?Q?Ana=EFs_Roux?= <anais.roux@keelbridge.example>\r\n"
        "To: Alex Morgan <alex.morgan@gmail.com>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 02 Mar 2026 09:12:00 -0500\r\n"
        "Message-ID: <cp1252.1@keelbridge.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="windows-1252"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("ascii") + body.replace("\n", "\r\n").encode("cp1252")


def test_cp1252_panel_mentioning_the_parking_garage(ctx: Context) -> None:
    """A panel confirmation in Windows-1252 that mentions the visitor garage is an interview."""
    raw = _cp1252(
        "Interview panel - Director of Quality Assurance",
        "Dear Alex,\n\nYour panel interview is confirmed for Tuesday 10 March at 10:00 at "
        "our offices, 5th floor.\n\nThe panel:\n– Anaïs Roux, Chief Operating Officer\n"
        "– Jürgen Maß, Head of People\n\nVisitor parking is in the garage on Elm Street "
        "– ask for a ticket at reception.\n\nBest regards,\nAnaïs Roux",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None and u.interview.start.hour == 10


def test_french_garage_appointment_is_not_an_interview(eu_ctx: Context) -> None:
    """ "Votre rendez-vous au garage ... entretien de votre véhicule" is servicing."""
    u = read(
        eu_ctx,
        "Garage des Tilleuls <rdv@garagetilleuls.example>",
        "Confirmation de votre rendez-vous",
        "Bonjour,\n\nVotre rendez-vous au garage est confirmé le jeudi 12 mars à 9h pour "
        "l'entretien de votre véhicule avec Marc.\n\nÀ bientôt",
        to=BERLIN,
    )
    assert u.kind is not Kind.INTERVIEW


def test_french_insurance_meeting_is_not_an_interview(eu_ctx: Context) -> None:
    """ "Entretien avec votre conseiller ... votre assurance habitation" is no job interview."""
    u = read(
        eu_ctx,
        "Mutuelle Horizon <rdv@mutuellehorizon.example>",
        "Votre entretien du 12 mars",
        "Bonjour,\n\nNous vous confirmons votre entretien du jeudi 12 mars à 14h avec "
        "Sophie Marchal pour faire le point sur votre assurance habitation.\n",
        to=BERLIN,
    )
    assert u.kind is not Kind.INTERVIEW


# --- 6. Agencies asking for availability ----------------------------------------------------


def test_agency_signature_asking_for_slots(uk_ctx: Context) -> None:
    """A search firm's consultant asking for slots for the client's second stage."""
    u = read(
        uk_ctx,
        "Rory Pennant <rory.pennant@harrowgate.example>",
        "Lydgate Foods - next stage",
        "Hi Sam,\n\nGreat news - Lydgate Foods would like to see you again, this time with "
        "their Finance Director. They're free most of next week.\n\nCould you send me a "
        "few times that work and I'll get it locked in?\n\nBest,\nRory\n"
        "Rory Pennant | Principal Consultant | Harrowgate Recruitment",
        to="Sam Taylor <sam.taylor@outlook.com>",
    )
    assert u.kind is Kind.SCHEDULING_REQUEST


def test_agency_job_pitch_is_not_an_interview(uk_ctx: Context) -> None:
    """A staffing firm's cold pitch offering a call is no interview."""
    u = read(
        uk_ctx,
        "Kit Marlow <kit.marlow@eastgatestaff.example>",
        "Head of Data opportunity",
        "Hi Sam,\n\nI'm working on a Head of Data role with a fast-growing fintech and your "
        "profile stood out. Would you be open to a quick call? Send me a few times that "
        "suit.\n\nKit Marlow | Senior Consultant | Eastgate Staffing",
        to="Sam Taylor <sam.taylor@outlook.com>",
    )
    assert u.kind is not Kind.INTERVIEW


def test_search_product_sales_rep_is_not_an_agency_interview(uk_ctx: Context) -> None:
    """A sales rep signing for a site-search product, proposing a demo, books no interview."""
    u = read(
        uk_ctx,
        "Jordan Pike <jordan.pike@beaconsearch.example>",
        "Site search for your shop",
        "Hi Sam,\n\nI'd love to meet you on Tuesday at 2pm to show how our search widget "
        "lifts conversion.\n\nJordan Pike | Account Executive | Beacon Search",
        to="Sam Taylor <sam.taylor@outlook.com>",
    )
    assert u.kind is not Kind.INTERVIEW


# --- 7. Invitations naming their day, emoji subjects ----------------------------------------


def test_founder_invitation_with_emoji_subject(ctx: Context) -> None:
    """ "My co-founder and I would like to meet you this Friday, 13 March, 4:00 PM"."""
    u = read(
        ctx,
        "Mira Castell <mira@lumenforge.example>",
        "✨ Lumen Forge × Alex — last chat on Friday",
        "Hi Alex!\n\nLoved your session with Dev. Jon (my co-founder) and I would like to meet "
        "you this Friday, 13 March, 4:00 PM at our Dumbo office.\n\nIt's the last step for the "
        "Founding Designer role.\n\nMira Castell\nCo-founder & CEO, Lumen Forge",
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None and u.interview.start.hour == 16


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Jonas Albrecht <jonas.albrecht@havelton.example>",
            "Ihre Bewerbung als Leiterin Controlling",
            "Liebe Frau Brandt,\n\nwir möchten Sie gerne am Freitag, 13. März, um 16:00 Uhr in "
            "unserem Büro kennenlernen – es ist die letzte Runde.\n\nJonas Albrecht",
        ),
        (
            "Claire Mathis <claire.mathis@ardoise.example>",
            "Votre candidature - Responsable financière",
            "Bonjour Lena,\n\nNous aimerions vous rencontrer ce vendredi 13 mars à 16h dans "
            "nos locaux pour un dernier échange.\n\nClaire",
        ),
        (
            "Rocío Benavente <rocio@talavera-soft.example>",
            "Tu candidatura - Responsable financiera",
            "Hola Lena:\n\nNos gustaría conocerte este viernes 13 de marzo a las 16:00 en "
            "nuestra oficina, es la última entrevista.\n\nRocío",
        ),
    ],
)
def test_invitation_naming_its_day_in_other_languages(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """ "Möchten Sie gerne am Freitag kennenlernen", "vous rencontrer ce vendredi", "este viernes"."""
    assert read(eu_ctx, sender, subject, body, to=BERLIN).kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Cole Brandt <cole@pipelinely.example>",
            "🚀 Quick intro",
            "Hi Alex,\n\nI would love to meet you this Friday at 4pm to show you how our "
            "platform books meetings for sales teams.\n\nCole",
        ),
        (
            "Fairbank Home Loans <advisers@fairbank.example>",
            "🏡 Your mortgage application",
            "Hi Alex,\n\nYour adviser would like to meet you this Friday at 4pm to go through "
            "your mortgage application and the documents we still need.\n",
        ),
    ],
)
def test_sales_and_lender_meeting_on_a_named_day_is_not_an_interview(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A sales rep's or a lender's "would like to meet you this Friday" is no interview."""
    assert read(ctx, sender, subject, body).kind is not Kind.INTERVIEW
