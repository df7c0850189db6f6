"""Outcomes (rejections and offers) in the shapes real senders use, with traps of each family.

An outcome closes a case and stops every pending send, so both a missed outcome and a false
one cost the user: each positive shape below has a realistic look-alike that must not count.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

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


def kind_of(ctx: Context, sender: str, subject: str, body: str, **kw: object) -> Kind:
    """The kind the recogniser gives one message."""
    return understand(mail(sender=sender, subject=subject, body=body, **kw), ctx).kind  # type: ignore[arg-type]


def eu_kind(ctx: Context, sender: str, subject: str, body: str, **kw: object) -> Kind:
    """The kind of a message sent to the Berlin user."""
    return kind_of(ctx, sender, subject, body, to=BERLIN, **kw)


# --- 1. Plain-spoken rejections after a final round or onsite ---------------------------

FINAL_ROUND_NOS = [
    (
        "Priya Raman <priya.raman@quillfield.example>",
        "Re: Onsite - Product Analyst",
        "Hi Alex,\n\nThank you again for coming in for the onsite last week and for the time "
        "you spent with the team. After a lot of discussion we've decided to go in a "
        "different direction.\n\nI really enjoyed getting to know you and wish you the "
        "very best.\n\nPriya Raman\nHead of Talent",
    ),
    (
        "Marcus Oyelaran <marcus@brightmoor-labs.example>",
        "Staff Designer - update",
        "Hi Alex,\n\nThanks so much for your patience while we wrapped up final interviews. "
        "I wanted to let you know that the team has chosen another finalist for the Staff "
        "Designer role. It was a tough decision and your portfolio review was excellent.\n\n"
        "Marcus",
    ),
    (
        "Hana Whitcombe <hana.whitcombe@tallow-health.example>",
        "Re: Thursday's final round",
        "Hi Alex,\n\nThank you for meeting with Dana and Luis on Thursday. Unfortunately, we "
        "won't be moving forward. We really appreciated the thought you put into the case "
        "study.\n\nAll the best,\nHana",
    ),
    (
        "Dev Kapoor <dev.kapoor@ormond-analytics.example>",
        "Senior Data Engineer - outcome",
        "Dear Alex,\n\nThank you for taking part in the final interview stage. Having "
        "reviewed the panel's feedback, we're not able to offer you the role on this "
        "occasion.\n\nKind regards,\nDev Kapoor\nTalent Partner",
    ),
    (
        "Olu Bankole <olu.bankole@fernbrook.example>",
        "Re: final interview",
        "Alex,\n\nIt was a very close call, but the panel has decided to offer the position "
        "to the other finalist. I'd be glad to give you detailed feedback by phone.\n\nOlu",
    ),
    (
        "Grace Liu <grace.liu@harbourline.example>",
        "Operations Manager role",
        "Hi Alex,\n\nThanks for your time with us over the last few weeks. Just a quick note "
        "to let you know that we've filled the position. I'll keep you in mind for future "
        "roles.\n\nGrace",
    ),
    (
        "Tomas Reyes <tomas@kelpwise.example>",
        "Re: Platform Engineer - next steps",
        "Hi Alex,\n\nI'm sorry to be writing with this after your onsite: we've decided to "
        "pause the search for this role while we rework next year's budget. I'll reach "
        "out if it reopens.\n\nTomas",
    ),
    (
        "Nadia Feld <nadia.feld@corvel-group.example>",
        "Your application - Finance Business Partner",
        "Dear Alex,\n\nThank you for interviewing with us. After careful consideration we "
        "have concluded that it's not the right match at this time.\n\nBest wishes,\n"
        "Nadia Feld\nRecruitment Manager",
    ),
    (
        "Ines Carvalho <ines.carvalho@sundial-retail.example>",
        "Store Manager - interview feedback",
        "Dear Alex,\n\nThank you for attending the second interview. We have decided to "
        "proceed with candidates whose experience more closely matches the requirements "
        "of the role.\n\nKind regards,\nInes Carvalho\nHR Advisor",
    ),
    (
        "Ben Achterberg <ben@tiderow.example>",
        "Re: coffee last week",
        "Hey Alex,\n\nReally enjoyed meeting you and hearing how you'd approach our "
        "onboarding. I'm sorry to say we're going with someone else for the role - it came "
        "down to direct fintech experience. Let's stay in touch.\n\nBen\nFounder, Tiderow",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), FINAL_ROUND_NOS)
def test_final_round_rejection(ctx: Context, sender: str, subject: str, body: str) -> None:
    """A plain-spoken "no" after a final round or onsite is a rejection."""
    assert kind_of(ctx, sender, subject, body) is Kind.REJECTION


def test_positive_next_step_is_not_a_rejection(ctx: Context) -> None:
    """ "We're excited to move forward with you" to a final round is no rejection."""
    body = (
        "Hi Alex,\n\nGreat news - the team enjoyed meeting you and we're excited to move "
        "forward with you to the final round. I'll send times shortly.\n\nPriya"
    )
    kind = kind_of(ctx, "Priya Raman <priya.raman@quillfield.example>", "Next steps", body)
    assert kind is not Kind.REJECTION


def test_changed_exercise_is_not_a_rejection(ctx: Context) -> None:
    """ "We've decided to go in a different direction with the take-home" changes a format."""
    body = (
        "Hi Alex,\n\nQuick update on the next round for the Product Analyst role: we've "
        "decided to go in a different direction with the take-home, so instead we'd like "
        "to do a live pairing session. Could you share a few times that suit you?\n\nPriya"
    )
    kind = kind_of(ctx, "Priya Raman <priya.raman@quillfield.example>", "Next round", body)
    assert kind is not Kind.REJECTION


def test_recruiter_pitch_with_if_not_a_match(ctx: Context) -> None:
    """A recruiter's pitch saying "if it's not the right match at this time" rejects nothing."""
    body = (
        "Hi Alex,\n\nI'm recruiting for a Senior Product Analyst position at a fintech client "
        "in Brooklyn. If it's not the right match at this time, no worries - I'd still love "
        "to keep your CV on file if you are open to it.\n\nSasha Lind\nLind Talent"
    )
    kind = kind_of(ctx, "Sasha Lind <sasha@lind-talent.example>", "Product Analyst role", body)
    assert kind is not Kind.REJECTION


def test_pausing_interviews_over_holidays_is_not_a_rejection(ctx: Context) -> None:
    """Interviews paused for two weeks and to be rescheduled close no case."""
    body = (
        "Hi Alex,\n\nOur hiring manager is on leave, so we're pausing interviews for the "
        "Data Analyst position for two weeks. I'll be in touch to find a new time for your "
        "final round.\n\nGrace"
    )
    kind = kind_of(ctx, "Grace Liu <grace.liu@harbourline.example>", "Final round timing", body)
    assert kind is not Kind.REJECTION


# --- 2. Automated rejections from hiring systems ----------------------------------------

NOREPLY = "Corvel Careers <no-reply@careers.corvel-group.example>"


def test_ats_rejection_with_talent_community(ctx: Context) -> None:
    """A no-reply rejection that adds the user to a talent community is a rejection."""
    body = (
        "Dear Alex,\n\nThank you for your interest in Corvel Group and for taking the time to "
        "apply. After careful review, we have decided not to move forward at this time.\n\n"
        "We will keep your details on file and encourage you to apply for future openings "
        "that match your skills. You have been added to our Talent Community.\n\nCorvel "
        "Talent Acquisition\n\nThis is an automated message. Please do not reply."
    )
    assert kind_of(ctx, NOREPLY, "Update from Corvel Group", body) is Kind.REJECTION


def test_ats_rejection_through_ats_domain(ctx: Context) -> None:
    """A rejection a hiring system sends under its own domain is a rejection."""
    body = (
        "Hi Alex,\n\nThanks for applying to Harbourline. We appreciate your interest. "
        "Unfortunately, we will not be progressing your application at this time, but we'd "
        "like to keep you in our talent pool for future opportunities.\n\nHarbourline "
        "Recruiting"
    )
    sender = "Harbourline <no-reply@us.greenhouse-mail.io>"
    assert kind_of(ctx, sender, "Your application to Harbourline", body) is Kind.REJECTION


def test_ats_rejection_with_unsubscribe_footer(ctx: Context) -> None:
    """An ATS rejection with a preferences footer is still the user's outcome."""
    body = (
        "Dear Alex,\n\nThank you for applying for the Account Executive role. We received "
        "many strong applications and have decided to pursue other candidates whose "
        "background more closely matches our needs.\n\nWe encourage you to apply for "
        "future openings.\n\nCorvel Talent Team\n\nManage your email preferences | "
        "Unsubscribe"
    )
    assert kind_of(ctx, NOREPLY, "Your Corvel application", body) is Kind.REJECTION


def test_application_acknowledgement_is_not_a_rejection(ctx: Context) -> None:
    """ "Should you not be selected, we will keep your details on file" acknowledges only."""
    body = (
        "Dear Alex,\n\nThank you for applying for the Data Analyst position. We have received "
        "your application and our team will review it carefully. If you are not selected "
        "for an interview, we will keep your details on file for future vacancies.\n\n"
        "Corvel Talent Acquisition"
    )
    kind = kind_of(ctx, NOREPLY, "We have received your application", body)
    assert kind is not Kind.REJECTION


def test_high_volume_acknowledgement_is_not_a_rejection(ctx: Context) -> None:
    """ "If you haven't heard within 3 weeks, consider your application unsuccessful" waits."""
    body = (
        "Dear Alex,\n\nThank you for your application for the Store Manager vacancy. Due to "
        "the high volume of applications we can only contact shortlisted candidates. If you "
        "have not heard from us within three weeks, please assume your application has "
        "been unsuccessful on this occasion.\n\nSundial Retail Recruitment"
    )
    sender = "Sundial Retail <noreply@jobs.sundial-retail.example>"
    assert kind_of(ctx, sender, "Application received", body) is not Kind.REJECTION


def test_talent_community_welcome_is_not_a_rejection(ctx: Context) -> None:
    """A welcome to a talent community with job picks is no outcome."""
    body = (
        "Hi Alex,\n\nWelcome to the Corvel Talent Community! You'll be the first to hear "
        "about new openings that match your interests. Apply for future openings any time "
        "from your profile.\n\nCorvel Careers\n\nUnsubscribe | Manage preferences"
    )
    kind = kind_of(ctx, NOREPLY, "Welcome to our Talent Community", body)
    assert kind not in (Kind.REJECTION, Kind.OFFER)


def test_credit_application_decline_is_not_a_rejection(ctx: Context) -> None:
    """A bank declining a card application is not the user's job outcome."""
    body = (
        "Dear Alex Morgan,\n\nWe regret to inform you that your application for the "
        "Platinum Rewards credit card was unsuccessful. This decision was based on "
        "information from a credit reference agency.\n\nCustomer Services\nHollin Bank"
    )
    sender = "Hollin Bank <no-reply@hollinbank.example>"
    assert kind_of(ctx, sender, "Your credit card application", body) is not Kind.REJECTION


# --- 3. Rejections in German, French and Spanish, and cancel words beside them ---------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Personalabteilung Nordlicht <bewerbung@nordlicht-energie.example>",
            "Ihre Bewerbung als Projektingenieurin",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für das angenehme Gespräch. Nach "
            "reiflicher Überlegung haben wir uns anderweitig entschieden und können Ihre "
            "Bewerbung nicht weiter zu verfolgen.\n\nMit freundlichen Grüßen\nKatrin Vogt",
        ),
        (
            "Katrin Vogt <k.vogt@nordlicht-energie.example>",
            "Absage",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Zeit im zweiten Gespräch. Die "
            "Stelle wurde inzwischen anderweitig besetzt.\n\nMit freundlichen Grüßen\n"
            "Katrin Vogt\nPersonalabteilung",
        ),
        (
            "Katrin Vogt <k.vogt@nordlicht-energie.example>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Brandt,\n\nwir haben die noch geplanten Gespräche abgesagt, "
            "da wir uns für eine andere Kandidatin entschieden haben.\n\nKatrin Vogt",
        ),
        (
            "Claire Aubert <claire.aubert@cabinet-aubert.example>",
            "Votre candidature - Chef de projet",
            "Bonjour Lena,\n\nMerci pour votre entretien avec notre client. Nous sommes au "
            "regret de ne pas pouvoir donner une suite favorable : leur choix s'est porté "
            "sur un autre profil.\n\nCordialement,\nClaire Aubert",
        ),
        (
            "Claire Aubert <claire.aubert@cabinet-aubert.example>",
            "Votre candidature",
            "Bonjour Lena,\n\nMerci pour votre temps lors des entretiens. Le poste a été "
            "pourvu.\n\nBien cordialement,\nClaire Aubert\nChargée de recrutement",
        ),
        (
            "Lucía Herrera <lucia.herrera@ceibo-pagos.example>",
            "Proceso de selección - Analista de datos",
            "Hola Lena,\n\nGracias por tu tiempo en las entrevistas. Te escribo para "
            "contarte que hemos optado por otro perfil y que el proceso ha finalizado para "
            "ti.\n\nUn saludo,\nLucía Herrera\nTalento Humano",
        ),
        (
            "Lucía Herrera <lucia.herrera@ceibo-pagos.example>",
            "Entrevista del jueves",
            "Hola Lena,\n\nCancelamos la entrevista del jueves porque la posición ya se "
            "cubrió. Muchas gracias por tu interés.\n\nLucía Herrera\nRecursos Humanos",
        ),
    ],
)
def test_rejection_in_other_languages(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """German, French and Spanish rejections after interviews are rejections."""
    assert eu_kind(eu_ctx, sender, subject, body) is Kind.REJECTION


def test_plain_cancellation_stays_a_cancellation(ctx: Context) -> None:
    """ "I need to cancel our interview on Tuesday, can we find another time?" is no outcome."""
    body = (
        "Hi Alex,\n\nI'm so sorry, I need to cancel our interview on Tuesday - something "
        "urgent came up. Can we find another time next week for the Data Analyst role?\n\n"
        "Grace"
    )
    kind = kind_of(ctx, "Grace Liu <grace.liu@harbourline.example>", "Tuesday interview", body)
    assert kind is Kind.INTERVIEW_CANCELLED


def test_spanish_cancellation_stays_a_cancellation(eu_ctx: Context) -> None:
    """ "Tenemos que cancelar la entrevista, ¿te viene bien el lunes?" is no rejection."""
    body = (
        "Hola Lena,\n\nTenemos que cancelar la entrevista del jueves por un imprevisto del "
        "equipo. ¿Podemos buscar otro horario la próxima semana para el puesto?\n\n"
        "Lucía Herrera\nRecursos Humanos"
    )
    sender = "Lucía Herrera <lucia.herrera@ceibo-pagos.example>"
    assert eu_kind(eu_ctx, sender, "Entrevista del jueves", body) is not Kind.REJECTION


def test_unfilled_position_is_not_a_rejection(eu_ctx: Context) -> None:
    """ "Die Stelle ist noch nicht besetzt" keeps the process open."""
    body = (
        "Hallo Frau Brandt,\n\ndie Stelle ist noch nicht besetzt und wir würden Sie gern "
        "zu einem zweiten Gespräch einladen. Passt Ihnen nächste Woche?\n\nKatrin Vogt\n"
        "Personalabteilung"
    )
    sender = "Katrin Vogt <k.vogt@nordlicht-energie.example>"
    assert eu_kind(eu_ctx, sender, "Ihre Bewerbung", body) is not Kind.REJECTION


# --- 4. Offers in four languages, and what only looks like one --------------------------

OFFERS = [
    (
        "Grace Liu <grace.liu@harbourline.example>",
        "Following up on our call",
        "Hi Alex,\n\nGreat speaking earlier! As promised, here's a summary of the verbal "
        "offer: base of $118,000, 10% bonus and a start date of April 6. The written "
        "version will follow tomorrow.\n\nGrace",
    ),
    (
        "Grace Liu via DocuSign <dse_na3@docusign.example>",
        "Please DocuSign: Offer Letter - Alex Morgan",
        "Grace Liu sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nGrace Liu\n"
        "grace.liu@harbourline.example\n\nPlease review and sign your offer letter.\n\n"
        "Do Not Share This Email",
    ),
    (
        "Marcus Oyelaran <marcus@brightmoor-labs.example>",
        "Brightmoor - offer",
        "Hi Alex,\n\nWe're thrilled to offer you the Staff Designer position! Your offer "
        "letter is attached; let me know if you have questions.\n\nMarcus",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), OFFERS)
def test_english_offer(ctx: Context, sender: str, subject: str, body: str) -> None:
    """Offers told plainly, as a verbal summary, or as a document to sign are offers."""
    assert kind_of(ctx, sender, subject, body) is Kind.OFFER


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Katrin Vogt <k.vogt@nordlicht-energie.example>",
            "Zusage - Projektingenieurin",
            "Sehr geehrte Frau Brandt,\n\nwir freuen uns sehr, Ihnen eine Zusage geben zu "
            "können: Wir möchten Sie gerne als Projektingenieurin einstellen. Den "
            "Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.\n\nKatrin Vogt",
        ),
        (
            "Claire Aubert <claire.aubert@cabinet-aubert.example>",
            "Proposition",
            "Bonjour Lena,\n\nBonne nouvelle : notre client est ravi de vous faire une "
            "proposition d'embauche pour le poste de chef de projet. Je vous appelle cet "
            "après-midi.\n\nClaire Aubert",
        ),
        (
            "Lucía Herrera <lucia.herrera@ceibo-pagos.example>",
            "Oferta - Analista de datos",
            "Hola Lena,\n\n¡Enhorabuena! Queremos hacerte una oferta formal para el puesto "
            "de Analista de datos. Te adjunto la carta oferta con el salario y la fecha de "
            "incorporación.\n\nLucía Herrera",
        ),
    ],
)
def test_offer_in_other_languages(eu_ctx: Context, sender: str, subject: str, body: str) -> None:
    """German, French and Spanish offers are offers."""
    assert eu_kind(eu_ctx, sender, subject, body) is Kind.OFFER


OFFER_TRAPS = [
    (
        "ResumeLift <deals@resumelift.example>",
        "Special offer: 40% off CV reviews",
        "Hi Alex,\n\nLanding your next role starts with your CV. Our special offer ends "
        "Friday: 40% off a professional resume review.\n\nUnsubscribe",
    ),
    (
        "Sasha Lind <sasha@lind-talent.example>",
        "Senior Analyst role",
        "Hi Alex,\n\nI have a Senior Analyst role that could offer you a real step up. Are "
        "you currently interviewing elsewhere or holding any job offers? Happy to chat.\n\n"
        "Sasha Lind\nLind Talent",
    ),
    (
        "Sasha Lind <sasha@lind-talent.example>",
        "Re: how did it go?",
        "Hi Alex,\n\nIf your current employer makes a counter-offer, let's talk it through "
        "before you decide - counter-offers rarely fix why you started looking.\n\nSasha",
    ),
    (
        "Career Compass <hello@careercompass.example>",
        "How to negotiate your salary offer",
        "This week: five scripts for negotiating a job offer, and why recruiters expect "
        "it.\n\nYou are receiving this email because you subscribed. Unsubscribe",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), OFFER_TRAPS)
def test_offer_look_alikes(ctx: Context, sender: str, subject: str, body: str) -> None:
    """Sales offers, pitches and negotiation newsletters are not the user's offer."""
    assert kind_of(ctx, sender, subject, body) is not Kind.OFFER


def test_french_pitch_is_not_an_offer(eu_ctx: Context) -> None:
    """ "J'ai le plaisir de vous proposer un poste" from a headhunter is a pitch."""
    body = (
        "Bonjour Lena,\n\nJ'ai le plaisir de vous proposer un poste de cheffe de projet chez "
        "l'un de nos clients à Lyon. Seriez-vous disponible pour en parler ?\n\nClaire "
        "Aubert\nCabinet Aubert"
    )
    sender = "Claire Aubert <claire.aubert@cabinet-aubert.example>"
    assert eu_kind(eu_ctx, sender, "Opportunité", body) is not Kind.OFFER


def test_spanish_job_alert_is_not_an_offer(eu_ctx: Context) -> None:
    """ "Ofertas de empleo para ti" from a job board is a job alert."""
    body = (
        "Hola Lena,\n\nTenemos 5 nuevas ofertas de empleo que encajan con tu perfil: "
        "Analista de datos en Madrid, y más.\n\nDarse de baja"
    )
    sender = "EmpleoYa <alertas@empleoya.example>"
    assert eu_kind(eu_ctx, sender, "Nuevas ofertas de empleo para ti", body) is not Kind.OFFER


def test_german_appointment_acceptance_is_not_an_offer(eu_ctx: Context) -> None:
    """ "Vielen Dank für Ihre Zusage zum Termin" thanks the user for accepting a meeting."""
    body = (
        "Hallo Frau Brandt,\n\nvielen Dank für Ihre Zusage zum Gesprächstermin für die Stelle "
        "als Projektingenieurin. Wir freuen uns auf Sie.\n\nKatrin Vogt\nPersonalabteilung"
    )
    sender = "Katrin Vogt <k.vogt@nordlicht-energie.example>"
    assert eu_kind(eu_ctx, sender, "Ihre Bewerbung", body) is not Kind.OFFER


BULK_HEADERS = {
    "List-Unsubscribe": "<https://us.greenhouse-mail.io/unsubscribe/abc>",
    "Precedence": "bulk",
}


def test_ats_rejection_with_bulk_headers(ctx: Context) -> None:
    """A hiring system's rejection sent with bulk headers is still a rejection."""
    body = (
        "Hi Alex,\n\nThank you for your application for the Platform Engineer role. After "
        "careful consideration, we regret to inform you that we will not be moving forward "
        "with your application.\n\nKelpwise Recruiting"
    )
    sender = "Kelpwise <no-reply@us.greenhouse-mail.io>"
    kind = kind_of(ctx, sender, "Your application", body, headers=BULK_HEADERS)
    assert kind is Kind.REJECTION


def test_ats_job_alert_with_bulk_headers_stays_bulk(ctx: Context) -> None:
    """A hiring system's job alert with bulk headers is bulk, not an outcome."""
    body = (
        "Hi Alex,\n\nNew roles at Kelpwise match your profile: Platform Engineer, Site "
        "Reliability Engineer. Apply for the position today - openings close soon.\n\n"
        "Manage your alerts | Unsubscribe"
    )
    sender = "Kelpwise <no-reply@us.greenhouse-mail.io>"
    kind = kind_of(ctx, sender, "New jobs for you", body, headers=BULK_HEADERS)
    assert kind is Kind.BULK


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Nordlicht Karriere <keine-antwort@nordlicht-energie.example>",
            "Eingangsbestätigung Ihrer Bewerbung",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Sollten Sie "
            "innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung "
            "leider nicht berücksichtigen.\n\nIhre Personalabteilung",
        ),
        (
            "Recrutement Aubert <ne-pas-repondre@cabinet-aubert.example>",
            "Accusé de réception de votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature. Sans réponse de notre part "
            "sous trois semaines, veuillez considérer que votre candidature n'a pas été "
            "retenue.\n\nLe service recrutement",
        ),
        (
            "Ceibo Pagos <no-responder@ceibo-pagos.example>",
            "Hemos recibido tu candidatura",
            "Hola Lena,\n\nGracias por tu candidatura al puesto de Analista de datos. Si no "
            "recibes noticias en 15 días, entiende que no has sido seleccionada en esta "
            "ocasión.\n\nEquipo de Talento Humano",
        ),
    ],
)
def test_acknowledgement_with_silent_rejection_clause(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """An acknowledgement saying "no news within N weeks means no" rejects nobody yet."""
    assert eu_kind(eu_ctx, sender, subject, body) is not Kind.REJECTION


def test_interview_cancelled_because_role_on_hold(ctx: Context) -> None:
    """An interview called off because the role is on hold is a cancellation."""
    body = (
        "Hi Alex,\n\nI'm sorry for the late notice: the Platform Engineer role has been put "
        "on hold, so I need to cancel your interview on Thursday. I'll let you know if "
        "anything changes.\n\nTomas"
    )
    kind = kind_of(ctx, "Tomas Reyes <tomas@kelpwise.example>", "Thursday interview", body)
    assert kind is Kind.INTERVIEW_CANCELLED


def test_french_regret_to_cancel_is_a_cancellation(eu_ctx: Context) -> None:
    """ "Nous sommes au regret de devoir annuler l'entretien" cancels, it does not reject."""
    body = (
        "Bonjour Lena,\n\nNous sommes au regret de devoir annuler l'entretien prévu jeudi "
        "pour le poste de chef de projet, la responsable étant absente. Nous revenons vers "
        "vous avec une nouvelle date.\n\nClaire Aubert\nChargée de recrutement"
    )
    sender = "Claire Aubert <claire.aubert@cabinet-aubert.example>"
    assert eu_kind(eu_ctx, sender, "Annulation entretien", body) is Kind.INTERVIEW_CANCELLED


GRACE = "Grace Liu <grace.liu@harbourline.example>"

REJECTION_LOOK_ALIKES = [
    (
        GRACE,
        "Interview on Tuesday",
        "Hi Alex,\n\nWe regret to inform you that we need to cancel your interview on Tuesday "
        "for the Data Analyst role as the hiring manager is unwell. Could you share some "
        "times next week?\n\nGrace",
    ),
    (
        GRACE,
        "Interview",
        "Hi Alex,\n\nI tried to call you this morning about your interview but was "
        "unsuccessful. Could you call me back on 212-555-0147?\n\nGrace\nRecruiter",
    ),
    (
        "Harbourline Scheduling <no-reply@harbourline.example>",
        "Reminder: choose your interview time",
        "Hi Alex,\n\nYou have not selected a time for your interview for the Data Analyst "
        "position yet. Please choose a slot using the link below.\n\nHarbourline Recruiting",
    ),
    (
        GRACE,
        "Re: final round",
        "Hi Alex,\n\nIt was a close call, but we'd love to move you forward to the final "
        "round! Not long now.\n\nGrace",
    ),
    (
        GRACE,
        "Hiring update",
        "Hi Alex,\n\nWe've filled the position of Head of Ops that you referred Jamie for - "
        "thanks so much for the referral!\n\nGrace",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), REJECTION_LOOK_ALIKES)
def test_rejection_look_alikes(ctx: Context, sender: str, subject: str, body: str) -> None:
    """Regret over a cancellation, a missed call, an unpicked slot or a referral reject nobody."""
    assert kind_of(ctx, sender, subject, body) is not Kind.REJECTION


def test_ats_offer_ready_to_review(ctx: Context) -> None:
    """A hiring system's "you have a new offer to review" is an offer."""
    body = (
        "Hi Alex,\n\nYou have a new offer to review for the Data Analyst position. Log in "
        "to view and sign your offer letter.\n\nHarbourline"
    )
    sender = "Harbourline <no-reply@us.greenhouse-mail.io>"
    assert kind_of(ctx, sender, "Your offer from Harbourline", body) is Kind.OFFER


KATRIN = "Katrin Vogt <k.vogt@nordlicht-energie.example>"
LUCIA = "Lucía Herrera <lucia.herrera@ceibo-pagos.example>"
CLAIRE = "Claire Aubert <claire.aubert@cabinet-aubert.example>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            KATRIN,
            "Ihre Bewerbung",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für das Gespräch. Leider haben wir uns "
            "entschieden, die Stelle intern zu besetzen.\n\nKatrin Vogt",
            Kind.REJECTION,
        ),
        (
            LUCIA,
            "Tu candidatura",
            "Hola Lena,\n\nLamentablemente, hemos decidido seguir adelante con otros "
            "candidatos para el puesto.\n\nLucía",
            Kind.REJECTION,
        ),
        (
            KATRIN,
            "Ihre Bewerbung",
            "Sehr geehrte Frau Brandt,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir "
            "Ihnen die Stelle als Projektingenieurin anbieten möchten.\n\nKatrin Vogt",
            Kind.OFFER,
        ),
        (
            "Lisa Koch via Adobe Acrobat Sign <adobesign@adobesign.example>",
            "Bitte unterschreiben: Arbeitsvertrag Lena Brandt",
            "Lisa Koch hat Sie gebeten, Arbeitsvertrag Lena Brandt zu prüfen und zu "
            "unterschreiben.\n\nZum Prüfen und Unterschreiben klicken",
            Kind.OFFER,
        ),
    ],
)
def test_more_outcomes_in_other_languages(
    eu_ctx: Context, sender: str, subject: str, body: str, expected: Kind
) -> None:
    """An internal hire, "seguir adelante con otros", a German job offer or contract to sign."""
    assert eu_kind(eu_ctx, sender, subject, body) is expected


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            LUCIA,
            "Oportunidad",
            "Hola Lena,\n\nTe escribo porque tengo una oferta de empleo que encaja con tu "
            "perfil: Analista de datos en Madrid. ¿Hablamos?\n\nLucía\nReclutadora",
        ),
        (
            CLAIRE,
            "Offre d'emploi",
            "Bonjour Lena,\n\nJe vous contacte au sujet d'une offre d'emploi de cheffe de "
            "projet chez un client. Seriez-vous disponible ?\n\nClaire",
        ),
    ],
)
def test_job_posting_called_offer_is_not_an_offer(
    eu_ctx: Context, sender: str, subject: str, body: str
) -> None:
    """ "Oferta de empleo" and "offre d'emploi" in a pitch name a vacancy, not an offer."""
    assert eu_kind(eu_ctx, sender, subject, body) is not Kind.OFFER
