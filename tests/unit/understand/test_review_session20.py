"""Adversarial review of session 20's rules: traps (and a few true readings) written from
scratch to probe each new rule; failures are marked xfail with what the classifier does."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from tests.unit.understand.messages import (
    alex_in_new_york,
    day_first_user,
    mail,
    vevent_calendar,
)

NY = ZoneInfo("America/New_York")
TOMAS = day_first_user("Tomás Rojas", "tomas.rojas@example.com", "America/Santiago")
MARCO = day_first_user("Marco Galli", "marco.galli@example.it", "Europe/Rome")
LEA = day_first_user("Léa Martin", "lea.martin@example.fr", "Europe/Paris")
JILDOU = day_first_user("Jildou Bakker", "jildou.bakker@example.net", "Europe/Amsterdam")
IARA = day_first_user("Iara Souza", "iara.souza@example.org", "America/Sao_Paulo")
KORB = day_first_user("Korbinian Weber", "korbinian.weber@example.net", "Europe/Berlin")
EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
SA_DATE = "Mon, 02 Mar 2026 10:00:00 -0300"
REC = "Rafael Duarte <rafael.duarte@lumenfarm.example>"


def _u(
    body: str,
    subject: str = "Interview confirmation - Field Biologist",
    sender: str = REC,
    ctx: Context | None = None,
    date: str = "Mon, 02 Mar 2026 15:04:00 -0500",
) -> Understanding:
    ctx = ctx or alex_in_new_york()
    raw = mail(
        sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)), date=date
    )
    return understand(raw, ctx)


def _people(u: Understanding) -> list[str]:
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)
    assert u.interview is not None
    return sorted(p.name or "" for p in u.interview.interviewers)


def _cal(
    summary: str,
    organizer: tuple[str, str],
    description: str = "",
    sender: str = '"Google Calendar" <calendar-notification@google.com>',
) -> Understanding:
    ics = vevent_calendar(
        summary=summary,
        start="20260311T150000",
        end="20260311T160000",
        tzid="America/Chicago",
        organizer=f"mailto:{organizer[1]}",
        organizer_cn=organizer[0],
        attendees=(organizer, ("Alex Morgan", "alex.morgan@gmail.com")),
        description=description,
    )
    raw = mail(
        sender=sender,
        subject=summary.replace("\\,", ","),
        body="Invitation from Google Calendar\n",
        ics=ics,
    )
    return understand(raw, alex_in_new_york())


# --- Rule 1: interviewers after a call platform -------------------------------------------


def test_r1_true_positive_zoom_with_two_people() -> None:
    """'over Zoom, with Mei Tan (Lab Lead) and me' names Mei Tan and the writer."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Thursday, March 12 at 10am ET. We'll do it over Zoom,"
        " with Mei Tan (Lab Lead) and me.\n\nRafael Duarte\n"
    )
    assert _people(u) == ["Mei Tan", "Rafael Duarte"]


def test_r1_zoom_with_it_support_is_no_interviewer() -> None:
    """'over Zoom, with IT Support on standby' names no person."""
    u = _u(
        "Hi Alex,\n\nYour interview with Mei Tan is on Thursday, March 12 at 10am ET. We'll do it"
        " over Zoom, with IT Support on standby if the link fails.\n\nRafael Duarte\n"
    )
    assert _people(u) == ["Mei Tan"]


def test_r1_teams_with_company_name_is_no_person() -> None:
    """'on Teams, with Lumen Farm's hiring panel' names a company, not a person."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Thursday, March 12 at 10am ET. It will be on Teams,"
        " with Lumen Farm's hiring panel.\n\nRafael Duarte\n"
    )
    assert "Lumen Farm" not in _people(u)


def test_r1_zoom_with_greeter_then_interviewer() -> None:
    """A greeter who lets you into the Zoom waiting room is no interviewer."""
    u = _u(
        "Hi Alex,\n\nYour interview with Mei Tan is on Thursday, March 12 at 10am ET. We'll do it"
        " over Zoom, with our coordinator Tim Vance letting you in from the waiting room.\n\n"
        "Rafael Duarte\n"
    )
    assert _people(u) == ["Mei Tan"]


def test_r1_zoom_with_background_words_capitalised() -> None:
    """'over Zoom, with Closed Captions available' names nobody."""
    u = _u(
        "Hi Alex,\n\nYour interview with Mei Tan is on Thursday, March 12 at 10am ET. It will be"
        " over Zoom, with Closed Captions available on request.\n\nRafael Duarte\n"
    )
    assert _people(u) == ["Mei Tan"]


def test_r1_es_teams_con_soporte() -> None:
    """Spanish 'por Teams, con Soporte Técnico disponible' names nobody."""
    u = _u(
        "Hola Tomás:\n\nTe confirmo la entrevista con Rocío Paredes el miércoles 11 de marzo a"
        " las 10:00. Será por Teams, con Soporte Técnico disponible por si falla la conexión.\n\n"
        "Saludos,\nAndrea Muñoz\n",
        subject="Entrevista – Jefe de Planta",
        sender="Andrea Muñoz <andrea.munoz@pacifico-frutas.example>",
        ctx=TOMAS,
        date=SA_DATE,
    )
    assert _people(u) == ["Rocío Paredes"]


def test_r1_fr_teams_avec_camera() -> None:
    """French 'sur Teams, avec Caméra Activée' names nobody."""
    u = _u(
        "Bonjour Léa,\n\nJe vous confirme votre entretien avec Claire Roux le mercredi 11 mars à"
        " 10h00. Ce sera sur Teams, avec Caméra Activée de préférence.\n\nCordialement,\n"
        "Julien Morel\n",
        subject="Entretien – Responsable qualité",
        sender="Julien Morel <julien.morel@rhone-qualite.example>",
        ctx=LEA,
        date=EU_DATE,
    )
    assert _people(u) == ["Claire Roux"]


def test_r1_nl_teams_met_ondersteuning() -> None:
    """Dutch 'via Teams, met Technische Ondersteuning' names nobody."""
    u = _u(
        "Beste Jildou,\n\nHierbij bevestig ik je sollicitatiegesprek met Anouk Visser op woensdag"
        " 11 maart om 10:00. Het wordt via Teams, met Technische Ondersteuning als back-up.\n\n"
        "Groet,\nBram de Vries\n",
        subject="Sollicitatiegesprek – Kwaliteitsmanager",
        sender="Bram de Vries <bram.devries@polder-energie.example>",
        ctx=JILDOU,
        date=EU_DATE,
    )
    assert _people(u) == ["Anouk Visser"]


@pytest.mark.xfail(
    strict=True,
    reason="misses Nadia Osei after 'entrevista com a' (pre-existing; 'Legendas Automáticas' is no longer read)",
)
def test_r1_pt_zoom_com_legendas() -> None:
    """Portuguese 'pelo Zoom, com Legendas Automáticas' names nobody."""
    u = _u(
        "Oi Iara,\n\nSua entrevista com a Nadia Osei será na quarta-feira, 11 de março, às 15h."
        " Vai ser pelo Zoom, com Legendas Automáticas ativadas.\n\nAbraço,\nRafael Duarte\n",
        subject="Entrevista online – Analista de Qualidade",
        ctx=IARA,
        date=SA_DATE,
    )
    assert _people(u) == ["Nadia Osei"]


@pytest.mark.xfail(
    strict=True,
    reason="misses Anna Riva after 'colloquio di lavoro con' (pre-existing, not from today's rules)",
)
def test_r1_it_teams_con_ufficio() -> None:
    """Italian 'su Teams, con Ufficio Personale in copia' names nobody."""
    u = _u(
        "Ciao Marco,\n\nti confermo il colloquio di lavoro con Anna Riva mercoledì 11 marzo alle"
        " 10:00. Sarà su Teams, con Ufficio Personale in copia.\n\nUn saluto,\nGiulia Ferri\n",
        subject="Colloquio – Responsabile Qualità",
        sender="Giulia Ferri <giulia.ferri@lario-tessile.example>",
        ctx=MARCO,
        date=EU_DATE,
    )
    assert _people(u) == ["Anna Riva"]


# --- Rule 2: conducted by / X and I will attend / would like to meet -----------------------


def test_r2_conducted_over_teams_by_a_department() -> None:
    """'conducted over Teams by Talent Acquisition' names a department, not a person."""
    u = _u(
        "Dear Alex,\n\nWe confirm your interview on Monday, March 9 at 10am. The interview will be"
        " conducted over Teams by Talent Acquisition.\n\nRegards,\nJoan Mendes\n"
    )
    assert "Talent Acquisition" not in _people(u)


def test_r2_conducted_over_teams_by_invitation_link() -> None:
    """'conducted over Teams by Invitation Link only' names nobody."""
    u = _u(
        "Dear Alex,\n\nWe confirm your interview on Monday, March 9 at 10am with Ines Kowal. The"
        " interview will be conducted over Teams by Invitation Link only.\n\nJoan Mendes\n"
    )
    assert _people(u) == ["Ines Kowal"]


def test_r2_x_and_i_will_attend_the_career_fair() -> None:
    """'Peter Gruber and I will attend the career fair' is no interview at all."""
    u = _u(
        "Dear Alex,\n\nThanks for stopping by our stand. Peter Gruber and I will attend the"
        " Vienna career fair again on Wednesday, March 11 at 9:30 am; do come and say"
        " hello.\n\nSabine Hale\n",
        subject="Great to meet you",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r2_x_and_i_would_like_to_meet_for_coffee_networking() -> None:
    """A networking coffee 'Lena Ortiz and I would like to meet with you' is no job interview."""
    u = _u(
        "Hi Alex,\n\nGreat chatting at the meetup. Lena Ortiz and I would like to meet with you"
        " for coffee on Thursday, March 12 at 9:00 AM to talk about the open-source project.\n\n"
        "Victor Salas\n",
        subject="Coffee?",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r2_x_and_i_will_take_part_in_a_webinar() -> None:
    """'Peter Gruber and I will take part' in a webinar invitation is no interview."""
    u = _u(
        "Dear Alex,\n\nJoin our webinar on careers in controlling on Wednesday, March 11 at 9:30"
        " am. Peter Gruber and I will take part in the panel discussion.\n\nSabine Hale\n",
        subject="Webinar invitation: careers in controlling",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r2_es_participaremos_en_la_feria() -> None:
    """Spanish 'Participaremos X y yo en la feria' is no interview."""
    u = _u(
        "Hola Tomás:\n\nEl miércoles 11 de marzo a las 10:00 estaremos en la feria de empleo de"
        " la universidad. Participaremos Rocío Paredes y yo en la charla inaugural.\n\nSaludos,\n"
        "Andrea Muñoz\n",
        subject="Feria de empleo",
        sender="Andrea Muñoz <andrea.munoz@pacifico-frutas.example>",
        ctx=TOMAS,
        date=SA_DATE,
    )
    assert u.kind is not Kind.INTERVIEW


def test_r2_and_by_me_for_the_paperwork() -> None:
    """'your contract will be prepared by HR, and by me' is no interviewer list."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Thursday, March 12 at 10am with Lara Hollis. Your"
        " travel expenses will be reimbursed by Finance, and by me if anything is missing.\n\n"
        "Raf Bell\n"
    )
    assert _people(u) == ["Lara Hollis"]


def test_r2_true_positive_interview_conducted_by_two() -> None:
    """'will be conducted over Zoom by Ines Kowal and Omar Haddad' names both."""
    u = _u(
        "Dear Alex,\n\nWe confirm your interview on Monday, March 9 at 10am. The interview will be"
        " conducted over Zoom by Ines Kowal and Omar Haddad.\n\nJoan Mendes\n"
    )
    assert _people(u) == ["Ines Kowal", "Omar Haddad"]


# --- Rule 3: "Ma." -----------------------------------------------------------------------


def test_r3_ma_ending_a_sentence() -> None:
    """'... please call Ma. Then Jose Rivera will ...': 'Ma' is no given name of Jose."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Friday, March 13 at 2:00 PM with Jose Rivera. If you"
        " get lost at reception please call Ma. Then Jose will come down to meet you.\n\n"
        "Jasmine\n",
        subject="Interview on Friday",
    )
    names = _people(u)
    assert not any(n.startswith("Ma.") for n in names)


def test_r3_ma_abbreviation_for_massachusetts() -> None:
    """'Boston, MA. Tom Reyes will ...' is a state, not 'Ma. Tom Reyes'."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Friday, March 13 at 2:00 PM at our office in Boston,"
        " Ma. Tom Reyes will meet you at the front desk.\n\nJasmine\n",
        subject="Interview on Friday",
    )
    assert "Ma. Tom Reyes" not in _people(u)


def test_r3_true_positive_ma_in_with_list() -> None:
    """'with Ma. Teresa Santos and Jun Dizon' names both, Ma. kept."""
    u = _u(
        "Hi Alex,\n\nYour panel interview is on Friday, March 13 at 2:00 PM with Ma. Teresa"
        " Santos and Jun Dizon.\n\nJasmine\n",
        subject="Interview on Friday",
    )
    assert _people(u) == ["Jun Dizon", "Ma. Teresa Santos"]


# --- Rule 4: list before "is scheduled/confirmed" -----------------------------------------


def test_r4_second_clause_subject_is_no_interviewer() -> None:
    """'with Jane Roe, and Lee Roberts is booked to give you a tour' - Lee gives a tour."""
    u = _u(
        "Hi Alex,\n\nYour interview is on Tuesday, March 10 at 11am with Jane Roe, and Lee"
        " Roberts is booked to show you around the plant afterwards.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]


def test_r4_room_is_booked() -> None:
    """'with Jane Roe and Board Room B is booked' - a room is no interviewer."""
    u = _u(
        "Hi Alex,\n\nYour interview with Jane Roe and Board Room B is booked for it on Tuesday,"
        " March 10 at 11am.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]


def test_r4_true_positive_two_names_scheduled() -> None:
    """'Your interview with Jane Roe and Lee Roberts is confirmed for ...' names both."""
    u = _u(
        "Hi Alex,\n\nYour interview with Jane Roe and Lee Roberts is confirmed for Tuesday, March"
        " 10 at 11am ET.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe", "Lee Roberts"]


def test_r4_parking_is_confirmed() -> None:
    """'Your interview with Jane Roe and Visitor Parking is confirmed' - parking no person."""
    u = _u(
        "Hi Alex,\n\nYour interview with Jane Roe is on Tuesday, March 10 at 11am. Your badge"
        " and Visitor Parking are confirmed.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]


# --- Rule 5: wrapped lines ----------------------------------------------------------------


def test_r5_signature_name_after_a_long_line_is_not_joined() -> None:
    """A long unpunctuated line followed by a lower-case line does not glue names."""
    u = _u(
        "Hi Alex,\n\nYour interview on Tuesday, March 10 at 11am ET will be with Jane Roe from\n"
        "the finance team. Our receptionist Kim Park greets visitors at the door.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]


def test_r5_bullet_list_lines_not_joined() -> None:
    """Lines of a list (long, no end punctuation) are not one sentence with the next."""
    u = _u(
        "Hi Alex,\n\nInterview: Tuesday, March 10 at 11am ET with Jane Roe (Finance Director)\n"
        "parking is free in the visitor lot behind building C next to Lee Roberts Hall\n\n"
        "Dana\n"
    )
    assert _people(u) == ["Jane Roe"]


def test_r5_true_positive_wrap_mid_name_list() -> None:
    """'with Jane Roe and' wrapped before 'our CFO, Lee Roberts' reads both."""
    u = _u(
        "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 11am ET with Jane Roe\n"
        "and our CFO, Lee Roberts.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe", "Lee Roberts"]


# --- Rule 6: cancellations ----------------------------------------------------------------


def test_r6_wont_go_ahead_without_id() -> None:
    """'the interview won't go ahead without your photo ID' is a real interview."""
    u = _u(
        "Hi Alex,\n\nYour interview is confirmed for Thursday 12 March at 10am at our Dover"
        " office. Please note the interview won't go ahead without your photo ID.\n\nFay\n",
        subject="Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r6_wont_be_happening_again() -> None:
    """'this won't be happening again - your interview is confirmed' is an interview."""
    u = _u(
        "Hi Alex,\n\nSorry for the mix-up with the link yesterday. Don't worry, this won't be"
        " happening again - your interview is confirmed for Thursday 12 March at 10am with Dan"
        " Kerr.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r6_the_strike_wont_go_ahead() -> None:
    """'the strike won't go ahead, so your interview on Thursday is on' is an interview."""
    u = _u(
        "Hi Alex,\n\nGood news: the rail strike won't go ahead, so your interview on Thursday 12"
        " March at 10am is still on as planned.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r6_the_office_move_isnt_going_ahead() -> None:
    """'the office move isn't going ahead' leaves the interview in place."""
    u = _u(
        "Hi Alex,\n\nJust so you know, the office move isn't going ahead, so your interview on"
        " Thursday 12 March at 10am with Dan Kerr will be at the usual Dover address.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r6_presentation_wont_be_happening() -> None:
    """'the presentation part won't be happening' - the interview still stands."""
    u = _u(
        "Hi Alex,\n\nSmall change for Thursday 12 March at 10am: the presentation part won't be"
        " happening, so the interview with Dan Kerr will just be a conversation.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


@pytest.mark.xfail(
    strict=True,
    reason="'cancel Friday's interview slot for another candidate, you now have Thursday' read as cancelled (pre-existing)",
)
def test_r6_cancel_fridays_interview_for_another_candidate() -> None:
    """Moving the user to Friday after another candidate filled a slot keeps an interview."""
    u = _u(
        "Hi Alex,\n\nI had to cancel Friday's interview slot for another candidate, so you now"
        " have Thursday 12 March at 10am with Dan Kerr instead. See you then.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r6_true_positive_post_filled() -> None:
    """'the post has been filled, so I need to cancel Friday's interview' cancels."""
    u = _u(
        "Hi Alex,\n\nI'm sorry, the post has been filled internally, so I need to cancel Friday's"
        " interview at 10am.\n\nFay\n",
        subject="Re: Interview on Friday",
    )
    assert u.kind is Kind.INTERVIEW_CANCELLED


# --- Rule 7: rejection / offer ------------------------------------------------------------


def test_r7_not_offering_you_the_position_of_team_lead_but_another() -> None:
    """'not offering you the Team Lead position, but we'd like to offer the Analyst one'."""
    u = _u(
        "Dear Alex,\n\nThank you for interviewing. We will not be offering you the position of"
        " Team Lead, but we would love to offer you the Senior Analyst role instead - the offer"
        " letter is attached.\n\nKestrel Fisheries\n",
        subject="Your application",
        sender="Hiring Team <hiring@kestrel-fisheries.example>",
    )
    assert u.kind is Kind.OFFER


def test_r7_not_offering_relocation() -> None:
    """'we will not be offering you the position's relocation package' is no rejection."""
    u = _u(
        "Dear Alex,\n\nFurther to your question: as the role is remote, we will not be offering"
        " you the position's relocation package. Your interview on Thursday, March 12 at 10am"
        " stays as planned.\n\nHiring Team\n",
        subject="Re: Relocation",
        sender="Hiring Team <hiring@kestrel-fisheries.example>",
    )
    assert u.kind is not Kind.REJECTION


def test_r7_sent_you_an_offer_on_a_freelance_marketplace() -> None:
    """A resale marketplace's 'a buyer sent you an offer' for a listing is no job offer."""
    u = _u(
        "Hi Alex,\n\nA buyer sent you an offer of $40 for your listing 'Vintage camera'. Accept"
        " or decline within 48 hours.\n",
        subject="You received an offer",
        sender="Swapshop <noreply@swapshop.example>",
    )
    assert u.kind is not Kind.OFFER


def test_r7_you_received_an_offer_credit_card() -> None:
    """'You received an offer from Harbour Bank: 0% APR' is a promotion, not a job offer."""
    u = _u(
        "Hi Alex,\n\nYou received an offer from Harbour Bank: 0% APR on balance transfers for"
        " 18 months. Apply today.\n",
        subject="You received an offer from Harbour Bank",
        sender="Harbour Bank <offers@harbourbank.example>",
    )
    assert u.kind is not Kind.OFFER


# --- Rule 8: new options ------------------------------------------------------------------


def test_r8_new_options_for_a_product_plan() -> None:
    """'I will send you two or three new options' for a phone plan is no scheduling request."""
    u = _u(
        "Hi Alex,\n\nThanks for calling about your mobile plan. I will send you two or three new"
        " options tomorrow that fit your budget.\n\nTom, Kona Mobile\n",
        subject="Your plan options",
        sender="Tom Bello <tom.bello@kona-mobile.example>",
    )
    assert u.kind is not Kind.SCHEDULING_REQUEST


def test_r8_new_options_for_a_flat_viewing() -> None:
    """A letting agent's 'two or three new options' for flats asks for no interview time."""
    u = _u(
        "Dear Alex,\n\nThe flat on Elm Street has gone, sorry. I will send you two or three new"
        " options this week to view.\n\nTom\n",
        subject="Re: Flat viewing",
        sender="Tom Bello <tom.bello@elm-lettings.example>",
    )
    assert u.kind is not Kind.SCHEDULING_REQUEST


# --- Rule 9: UX / product interview -------------------------------------------------------


def test_r9_product_interview_about_our_product() -> None:
    """'a short product interview about how you use Lattice' is research, no job interview."""
    u = _u(
        "Hi Alex,\n\nAs a Lattice customer, would you join a 30-minute product interview on"
        " Thursday, March 12 at 10am ET? We'd like to hear how you use our app. As a thank-you"
        " we'll send a $40 voucher.\n\nPriya\n",
        subject="Product interview - 30 minutes?",
        sender="Priya Nair <priya.nair@lattice-apps.example>",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r9_ux_interview_confirmed_for_participant() -> None:
    """'Your UX interview is confirmed' from a research panel (participant ID) is no job."""
    u = _u(
        "Hi Alex,\n\nYour UX interview is confirmed for Thursday, March 12 at 10am ET with Omar"
        " Haddad. Participant ID: 4471. You'll be paid $75 via PayPal after the session.\n\n"
        "Panel Team\n",
        subject="UX interview confirmed",
        sender="Panel Team <panel@testerpool.example>",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r9_product_interview_confirmed_compensation() -> None:
    """'Your product interview is confirmed... compensation $100 Amazon card' is a study."""
    u = _u(
        "Hi Alex,\n\nThanks for signing up! Your product interview is confirmed for Thursday,"
        " March 12 at 10am ET with Omar Haddad from our design team. Compensation: a $100"
        " Amazon card.\n\nPriya\n",
        subject="Your product interview",
        sender="Priya Nair <priya.nair@lattice-apps.example>",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r9_true_positive_ux_interview_for_designer_role() -> None:
    """'UX interview for the Product Designer role' with a hiring manager is a job interview."""
    u = _u(
        "Hi Alex,\n\nThanks for applying for the Product Designer role. Your UX interview is"
        " confirmed for Thursday, March 12 at 10am ET with Omar Haddad, our Head of Design.\n\n"
        "Priya\nTalent Team\n",
        subject="UX interview - Product Designer",
        sender="Priya Nair <priya.nair@lattice-apps.example>",
    )
    assert u.kind is Kind.INTERVIEW


# --- Rule 10: the user on a panel ---------------------------------------------------------


def test_r10_thanks_for_joining_the_panel_interview_as_candidate() -> None:
    """A candidate's confirmation 'thank you for joining the panel interview' is their own."""
    u = _u(
        "Hi Alex,\n\nThank you for joining the panel interview on Thursday, March 12 at 10am ET"
        " for the Field Biologist role. You'll meet Mei Tan and Joe Park.\n\nRafael\n"
    )
    assert u.kind is Kind.INTERVIEW


def test_r10_candidate_is_expected_to_present() -> None:
    """'the candidate is expected to present for 15 minutes' speaks to the user as candidate."""
    u = _u(
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12 at 10am ET with Mei Tan."
        " Format: the candidate is expected to present a case study for 15 minutes, then Q&A.\n\n"
        "Rafael\n"
    )
    assert u.kind is Kind.INTERVIEW


def test_r10_candidate_pack_with_users_name() -> None:
    """'Candidate: Alex Morgan' in the user's own interview details is the user's interview."""
    u = _u(
        "Hi Alex,\n\nHere are the details of your interview panel:\n\nCandidate: Alex Morgan\n"
        "Date: Thursday, March 12 at 10am ET\nPanel: Mei Tan, Joe Park\n\nRafael\n"
    )
    assert u.kind is Kind.INTERVIEW


def test_r10_true_positive_user_on_panel() -> None:
    """'Interview panel: candidate Jo Kent' sent to the user as a panellist is no interview."""
    u = _u(
        "Hi Alex,\n\nThanks for agreeing to sit on the panel. Interview panel: candidate Jo Kent,"
        " Thursday, March 12 at 10am ET, Room 4.\n\nRafael\n",
        subject="Interview panel Thursday",
    )
    assert u.kind is not Kind.INTERVIEW


# --- Rule 11: calendar titles -------------------------------------------------------------

GOLF = ("Pat Lee", "pat.lee@fairway-golf.example")
BANK = ("Sam Vega", "sam.vega@harbourbank.example")


def test_r11_golf_round_3() -> None:
    """'Alex Morgan - Spring Medal, round 3' from a golf club is no interview."""
    u = _cal("Alex Morgan - Spring Medal\\, round 3", GOLF, "Tee time 8:40.")
    assert u.kind is not Kind.INTERVIEW


def test_r11_bank_account_manager_quarterly_review() -> None:
    """'Alex Morgan - Account Manager\\, quarterly review' from a bank is no interview."""
    u = _cal("Alex Morgan - Account Manager\\, quarterly review", BANK, "Your portfolio review.")
    assert u.kind is not Kind.INTERVIEW


def test_r11_vendor_demo_with_company() -> None:
    """'Alex Morgan <> Harbour Bank - Treasury Platform' a product walkthrough, no interview."""
    u = _cal(
        "Alex Morgan <> Harbour Bank - Treasury Platform",
        BANK,
        "Walkthrough of the treasury platform for your business account.",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r11_employee_review_director() -> None:
    """'Alex Morgan - Director\\, annual review' is the user's own review at work."""
    org = ("Dana Price", "dana.price@prairie-logistics.example")
    u = _cal("Alex Morgan - Director\\, annual review", org, "Annual performance review.")
    assert u.kind is not Kind.INTERVIEW


def test_r11_tennis_round_2() -> None:
    """'Alex Morgan - Mixed Doubles, round 2' from a tennis club is no interview."""
    org = ("Kit Moss", "kit.moss@lawn-tennis.example")
    u = _cal("Alex Morgan - Mixed Doubles\\, round 2", org, "Court 3.")
    assert u.kind is not Kind.INTERVIEW


def test_r11_german_compound_doctor_appointment() -> None:
    """'Korbinian Weber - Zahnarzttermin' (a dentist's appointment) is no interview."""
    ics = vevent_calendar(
        summary="Korbinian Weber - Zahnarzttermin",
        start="20260311T140000",
        end="20260311T150000",
        tzid="Europe/Berlin",
        organizer="mailto:praxis@zahn-huber.example",
        organizer_cn="Praxis Dr. Huber",
    )
    raw = mail(
        sender="Praxis Dr. Huber <praxis@zahn-huber.example>",
        subject="Einladung: Korbinian Weber - Zahnarzttermin",
        body="Hallo Herr Weber,\n\nanbei Ihr Termin.\n\nIhre Praxis\n",
        to="korbinian.weber@example.net",
        ics=ics,
    )
    assert understand(raw, KORB).kind is not Kind.INTERVIEW


def test_r11_german_compound_haircut() -> None:
    """'Korbinian Weber - Herrenhaarschnitt' from a barber is no interview."""
    ics = vevent_calendar(
        summary="Korbinian Weber - Herrenhaarschnitt",
        start="20260311T140000",
        end="20260311T150000",
        tzid="Europe/Berlin",
        organizer="mailto:termine@salon-kamm.example",
        organizer_cn="Salon Kamm",
    )
    raw = mail(
        sender="Salon Kamm <termine@salon-kamm.example>",
        subject="Termin: Korbinian Weber - Herrenhaarschnitt",
        body="Hallo Korbinian,\n\nwir freuen uns auf Sie.\n\nSalon Kamm\n",
        to="korbinian.weber@example.net",
        ics=ics,
    )
    assert understand(raw, KORB).kind is not Kind.INTERVIEW


def test_r11_true_positive_role_round_2() -> None:
    """'Alex Morgan - Supply Planner, round 2' from a recruiter is an interview."""
    org = ("Dana Price", "dana.price@prairie-logistics.example")
    u = _cal("Alex Morgan - Supply Planner\\, round 2", org)
    assert u.kind is Kind.INTERVIEW


# --- Rule 12: thread replies --------------------------------------------------------------


def _thread(top: str, sender: str, subject: str = "Re: Interview times - Data Analyst") -> bytes:
    body = (
        f"{top}\n\nOn Thu, Mar 5, 2026 at 12:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
        "> Hi Georgia, either works for me. Alex\n>\n"
        "> On Wed, Mar 4, 2026 at 4:40 PM Georgia Lin <georgia.lin@wandoo-health.example>"
        " wrote:\n>\n> > Hi Alex,\n> >\n> > We could do Wednesday 11 March at 9:00 or 10:30"
        " (Eastern). Which would you prefer?\n> >\n> > Georgia Lin\n"
    )
    return mail(sender=sender, subject=subject, body=body, date="Thu, 05 Mar 2026 13:15:00 -0500")


GEORGIA = "Georgia Lin <georgia.lin@wandoo-health.example>"


def test_r12_question_would_the_1030_slot_work() -> None:
    """'Would the 10:30 slot work then?' asks; it books nothing."""
    raw = _thread("Hi Alex,\n\nWould the 10:30 slot work for you then?\n\nGeorgia", GEORGIA)
    assert understand(raw, alex_in_new_york()).kind is not Kind.INTERVIEW


@pytest.mark.xfail(
    strict=True,
    reason="'10:30 slot is taken, so let's do 9:00' finds no time (OTHER; pre-existing)",
)
def test_r12_slot_taken_so_lets_do_9() -> None:
    """'the 10:30 slot is now taken, so let's do 9:00 then' books 9:00, not 10:30."""
    raw = _thread(
        "Hi Alex,\n\nActually the 10:30 slot is now taken, so let's do 9:00 then.\n\nGeorgia",
        GEORGIA,
    )
    u = understand(raw, alex_in_new_york())
    assert u.interview is not None, (u.kind, u.reasons)
    assert u.interview.start == dt.datetime(2026, 3, 11, 9, 0, tzinfo=NY)


def test_r12_booked_a_hotel() -> None:
    """'I've booked your hotel for the night before' over a 9:00 or 10:30 offer books no time."""
    raw = _thread(
        "Hi Alex,\n\nPerfect, booked your hotel for the night before. Still need your pick of"
        " time.\n\nGeorgia",
        GEORGIA,
    )
    assert understand(raw, alex_in_new_york()).kind is not Kind.INTERVIEW


def test_r12_colleague_reply_not_booking() -> None:
    """A colleague of the user (not the recruiter) saying 'let's do 10:30' books nothing."""
    raw = _thread(
        "Let's do the 10:30 slot then for our standup, I'll move it.\n\nSam",
        "Sam Park <sam.park@gmail.com>",
        subject="Re: standup times",
    )
    assert understand(raw, alex_in_new_york()).kind is not Kind.INTERVIEW


def test_r12_booked_flight_over_two_uk_times() -> None:
    """'Booked your flight' over '10am or 2pm (UK time)' is no interview booking."""
    body = (
        "Booked your flight, e-ticket attached.\n\nHattie\n\n"
        "On Thu, Mar 5, 2026 at 10:02 AM Hattie Green <hattie@northgate-search.example>"
        " wrote:\n\n> Hi Alex,\n>\n> Corvo Insurance would like a video interview with their"
        " CRO, Paul Xavier. Could you do Tuesday 10 March at 10am or 2pm (UK time)?\n>\n"
        "> Hattie Green\n"
    )
    raw = mail(
        sender="Hattie Green <hattie@northgate-search.example>",
        subject="Re: Availability - Risk Analyst",
        body=body,
        date="Thu, 05 Mar 2026 15:50:00 -0500",
    )
    assert understand(raw, alex_in_new_york()).kind is not Kind.INTERVIEW


def test_r12_true_positive_the_9_slot() -> None:
    """'Let's go with the 9:00 slot then' books 9:00 on Wednesday 11 March, Eastern."""
    raw = _thread(
        "Hi Alex,\n\nLet's go with the 9:00 slot then. Invite to follow.\n\nGeorgia", GEORGIA
    )
    u = understand(raw, alex_in_new_york())
    assert u.interview is not None, (u.kind, u.reasons)
    assert u.interview.start == dt.datetime(2026, 3, 11, 9, 0, tzinfo=NY)


# --- More traps ---------------------------------------------------------------------------


def test_r2_vendor_ceo_and_i_would_like_to_meet() -> None:
    """A supplier's 'Omar Haddad and I would like to meet with you' about an invoice is no
    interview."""
    u = _u(
        "Hi Alex,\n\nOmar Haddad (our CEO) and I would like to meet with you on Thursday, March 12"
        " at 10am to go through the overdue invoice for your studio.\n\nVictor Salas\n"
        "Accounts, Harbour Print\n",
        subject="Overdue invoice",
        sender="Victor Salas <victor.salas@harbour-print.example>",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r6_wont_go_ahead_as_planned_moved() -> None:
    """'won't go ahead at 10am as planned - moved to 2pm' is a moved interview, not a cancel."""
    u = _u(
        "Hi Alex,\n\nThursday's interview won't go ahead at 10am as planned - Dan Kerr has asked"
        " to move it to 2pm the same day, Thursday 12 March. Same Dover office.\n\nFay\n",
        subject="Re: Interview on Thursday",
    )
    assert u.kind is Kind.INTERVIEW


def test_r11_bank_relationship_manager_intro() -> None:
    """'Alex Morgan <> Harbour Bank - Relationship Manager' from a bank is an account intro."""
    u = _cal(
        "Alex Morgan <> Harbour Bank - Relationship Manager",
        BANK,
        "Meet your new relationship manager for your business account.",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r11_first_day_onboarding_after_a_comma() -> None:
    """'Alex Morgan - Operations Analyst, onboarding day 1' is the new hire's first day."""
    org = ("Dana Price", "dana.price@prairie-logistics.example")
    u = _cal(
        "Alex Morgan - Operations Analyst\\, onboarding day 1",
        org,
        "Welcome aboard! Laptop pickup and HR paperwork.",
    )
    assert u.kind is not Kind.INTERVIEW


def test_r4_and_the_room_is_confirmed_second_clause() -> None:
    """'Front Desk and Security are booked to sign you in' names no interviewer."""
    u = _u(
        "Hi Alex,\n\nYour interview is with Jane Roe on Tuesday, March 10 at 11am ET; Front Desk"
        " and Security are booked to sign you in.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]


def test_r5_wrapped_line_glues_company_and_person() -> None:
    """A long wrapped line ending with a company does not glue it to the next line's words."""
    u = _u(
        "Hi Alex,\n\nYour interview on Tuesday, March 10 at 11am ET is with Jane Roe of Lumen Farm\n"
        "and you will also see their lab before you leave.\n\nDana\n"
    )
    assert _people(u) == ["Jane Roe"]
