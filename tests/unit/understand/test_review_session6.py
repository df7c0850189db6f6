"""Adversarial review of session 6's classifier changes: regressions and their neighbours.

Each probe was written from scratch against one new rule (hiring mailboxes, hirer
signatures, calendar titles joining the user with a company, stages colleagues hold too,
"Candidate:" labels, other occasions, German call-offs, name completion). The session-start
classifier read each probe right and the session's rules made it wrong; the neighbour in
the same shape is what the rule was written for and must keep working.
"""

from __future__ import annotations

from typing import Any

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, names, sorted_names, vevent_calendar

CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
)
USER = ("Alex Morgan", "alex.morgan@gmail.com")


def _read(**kw: Any) -> Understanding:
    """The classifier's reading of one built message."""
    return understand(mail(**kw), CTX)


def _no_interview(**kw: Any) -> None:
    """Assert the message is neither an interview nor its cancellation."""
    u = _read(**kw)
    assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED), u.reasons


def _interview(**kw: Any) -> Understanding:
    """Assert the message is an interview and return the reading."""
    u = _read(**kw)
    assert u.kind is Kind.INTERVIEW, u.reasons
    return u


def _cal(
    summary: str,
    organizer: str,
    cn: str,
    description: str = "",
    guests: tuple[tuple[str, str], ...] = (USER,),
) -> str:
    """A calendar invitation on Thursday 5 March 2026, 10:00 New York time."""
    return vevent_calendar(
        summary=summary,
        start="20260305T150000Z",
        end="20260305T154500Z",
        organizer=f"mailto:{organizer}",
        organizer_cn=cn,
        attendees=guests,
        description=description,
    )


# --- a hiring mailbox makes only the interview's own noun a job interview -----------------


def test_jobs_mailbox_open_evening_is_no_interview() -> None:
    """An open evening from jobs@ ("meet the team ... drinks") is no interview."""
    _no_interview(
        sender="Brightline Jobs <jobs@brightline.io>",
        subject="Meet the team: open evening",
        body="Hi there,\n\nWe'd love to see you at our open evening! Meet the team on Thursday "
        "March 5 at 6:00 PM at our Brooklyn office. Drinks and snacks provided.\n\n"
        "RSVP here: https://brightline.io/rsvp\n\nThe Brightline team\n",
    )


def test_staffing_mailbox_rota_call_is_no_interview() -> None:
    """A hospital staffing office booking a call about the shift rota is no interview."""
    _no_interview(
        sender="Mercy Staffing Office <staffing@mercyhealth.org>",
        subject="Orientation call",
        body="Hi Alex,\n\nYou're booked for a quick call with Maria Lopez on Thursday March 5 at "
        "10:00 AM to walk through next month's shift rota on 4 West.\n\nStaffing Office\n"
        "Mercy Health\n",
    )


def test_seleccion_mailbox_training_call_is_no_interview() -> None:
    """A video call for safety training from seleccion@ is no interview."""
    _no_interview(
        sender="Selección Grupo Sol <seleccion@gruposol.es>",
        subject="Tu formación del jueves",
        body="Hola Alex,\n\nTe confirmamos la videollamada con Lucía Méndez el jueves 5 de marzo a "
        "las 10:00 para la formación de prevención de riesgos.\n\nUn saludo,\nEquipo de Personas\n",
    )


def test_karriere_mailbox_training_talk_is_no_interview() -> None:
    """A talk about further training at the user's own job, from karriere@, is no interview."""
    _no_interview(
        sender="Karriere Bergmann <karriere@bergmann.de>",
        subject="Ihr Gespräch am Donnerstag",
        body="Hallo Alex,\n\nhiermit bestätigen wir Ihr Gespräch mit Frau Roth am Donnerstag, "
        "5. März um 10 Uhr zum Thema Weiterbildung im Team Controlling.\n\nViele Grüße\n"
        "Personalentwicklung Bergmann\n",
    )


def test_job_described_with_a_rota_stays_interview() -> None:
    """Neighbour: a post "on a 4-on-4-off rota" is the job's, not the user's own rota."""
    _interview(
        sender="Priya Shah <talent@northwind.com>",
        subject="Warehouse Supervisor",
        body="Hi Alex,\n\nThanks for your application. You're booked for a quick call with "
        "Tom Lee on Thursday March 5 at 2pm. The post works a 4-on-4-off rota.\n\nPriya Shah\n"
        "Talent Partner, Northwind\n",
    )


def test_recrutement_mailbox_entretien_stays_interview() -> None:
    """Neighbour: "votre entretien est confirmé" from recrutement@ is a job interview."""
    u = _interview(
        sender="Recrutement Ferrovia <recrutement@ferrovia.fr>",
        subject="Confirmation",
        body="Bonjour Alex,\n\nVotre entretien avec Julien Moreau est confirmé pour le jeudi "
        "5 mars à 10h, dans nos locaux.\n\nCordialement,\nL'équipe Recrutement\n",
    )
    assert names(u) == ["Julien Moreau"]


# --- a calendar title joining the user with a company must be about a job -----------------


def test_titled_with_mortgage_broker_is_no_interview() -> None:
    """ "Alex Morgan / HomeFirst - your application": a loan's application names no job."""
    _no_interview(
        sender="Tara Quinn <tara@homefirst.com>",
        subject="Invitation: Alex Morgan / HomeFirst - your application",
        body="Let's review your mortgage paperwork.\n",
        ics=_cal(
            "Alex Morgan / HomeFirst - your application",
            "tara@homefirst.com",
            "Tara Quinn",
            "Review of your application and documents.",
        ),
    )


def test_titled_with_vendor_demo_is_no_interview() -> None:
    """A vendor's "Alex Morgan <> SalesBolt" demo "for your application" is no interview."""
    _no_interview(
        sender="Kyle Brooks <kyle@salesbolt.com>",
        subject="Invitation: Alex Morgan <> SalesBolt",
        body="Looking forward to walking you through the integration for your application.\n",
        ics=_cal(
            "Alex Morgan <> SalesBolt",
            "kyle@salesbolt.com",
            "Kyle Brooks",
            "Demo of the SalesBolt API for your application. Role: Admin",
        ),
    )


def test_titled_with_agency_brief_for_users_vacancy_is_no_interview() -> None:
    """An agency's briefing on the role the user is hiring for is the user's own vacancy."""
    _no_interview(
        sender="Owen Hart <owen@hunterpartners.com>",
        subject="Invitation: Alex Morgan x Hunter Partners - brief",
        body="Thanks for choosing us to fill your Senior Engineer vacancy.\n",
        ics=_cal(
            "Alex Morgan x Hunter Partners - brief",
            "owen@hunterpartners.com",
            "Owen Hart",
            "Briefing on the Senior Engineer role you are hiring for. Role: Senior Engineer",
        ),
    )


def test_titled_with_hirer_about_role_stays_interview() -> None:
    """Neighbour: "Alex Morgan <> Northwind Robotics" about a named role is an interview."""
    _interview(
        sender="Nora Blake <nora@northwindrobotics.com>",
        subject="Invitation: Alex Morgan <> Northwind Robotics",
        body="Looking forward to it.\n",
        ics=_cal(
            "Alex Morgan <> Northwind Robotics",
            "nora@northwindrobotics.com",
            "Nora Blake",
            "Chat about the Senior Product Manager role.",
        ),
    )


# --- stages colleagues hold too need the mail's own hiring words, not a signature ---------


def test_store_meet_and_greet_from_careers_mailbox_is_no_interview() -> None:
    """A shop's public meet and greet, mailed from careers@, is no interview."""
    _no_interview(
        sender="Oak Street Store <careers@oakstreetmarket.com>",
        subject="Meet and greet this Saturday",
        body="Hi neighbours,\n\nJoin our meet and greet with store manager Jane Roe this "
        "Saturday at 11am. Free coffee and samples!\n\nOak Street Market\n",
    )


def test_colleague_pairing_session_is_no_interview() -> None:
    """A colleague's pairing session, "Hiring Manager" only in the signature, is no interview."""
    _no_interview(
        sender="Marcus Webb <marcus@northwind.com>",
        subject="pairing tomorrow",
        body="Hey Alex,\n\nLet's do a pairing session tomorrow at 10am on the billing migration "
        "ticket.\n\nMarcus Webb\nEngineering Manager & Hiring Manager, Northwind\n",
    )


@pytest.mark.xfail(
    strict=True,
    reason="the same shape as a hirer's 'Te confirmo la presentación ante el comité' signed "
    "Talent Acquisition: a case presented to a panel under a hiring signature; that the "
    "presentation is a course's ('your group's') is no rule's word",
)
def test_course_case_presentation_is_no_interview() -> None:
    """A course's case presentation to faculty assessors is no interview."""
    _no_interview(
        sender="Prof. Helen Park <hpark@business.edu>",
        subject="Case presentation Thursday",
        body="Dear Alex,\n\nReminder that your group's case study presentation is on Thursday "
        "March 5 at 2pm in Room 204. Please present it to the panel of faculty assessors.\n\n"
        "Prof. Helen Park\nRecruiting Faculty Liaison\n",
    )


def test_colleague_fachgespraech_is_no_interview() -> None:
    """A colleague's "Fachgespräch zur SAP-Migration", signed Personalreferent, is no interview."""
    _no_interview(
        sender="Tim Berger <tim.berger@bergmann.de>",
        subject="Fachgespräch Donnerstag",
        body="Hallo Alex,\n\nkurze Erinnerung an unser Fachgespräch zur SAP-Migration am "
        "Donnerstag, 5. März um 10 Uhr.\n\nGruß\nTim Berger\nPersonalreferent\n",
    )


def test_pairing_stage_for_a_role_stays_interview() -> None:
    """Neighbour: a pairing session for the Backend Engineer role is an interview."""
    _interview(
        sender="Jane Roe <jane.roe@acme.io>",
        subject="Next step",
        body="Hi Alex,\n\nNext step for the Backend Engineer role is a pairing session with "
        "Marcus Webb on Thursday March 5 at 10am ET.\n\nBest,\nJane\n",
    )


def test_fachgespraech_for_the_position_stays_interview() -> None:
    """Neighbour: a Fachgespräch about the advertised position is an interview."""
    _interview(
        sender="Anna Keller <keller@bergmann.de>",
        subject="Ihre Bewerbung",
        body="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
        "Fachgespräch mit Herrn Albers am Donnerstag, 5. März um 10 Uhr ein.\n\n"
        "Viele Grüße\nAnna Keller\nPersonalreferentin\n",
    )


# --- "Candidate:" must name someone, and another form of the user's name is the user -----


def test_candidate_label_with_instruction_stays_interview() -> None:
    """ "Candidate: Please bring your portfolio" is an instruction, not another candidate."""
    u = _interview(
        sender="Acme Recruiting <recruiting@acme.io>",
        subject="Interview confirmed - Product Designer",
        body="Hi Alex,\n\nYour interview with Jane Roe is confirmed for Thursday March 5 at "
        "10:00 AM ET on Zoom.\n\nCandidate: Please bring your portfolio.\n\nAcme Recruiting\n",
    )
    assert names(u) == ["Jane Roe"]


def test_candidate_label_with_long_given_name_stays_interview() -> None:
    """ "Candidate: Alexander M." is the user Alex Morgan under the long given name."""
    _interview(
        sender="Lisa Grant <lisa.grant@hays.com>",
        subject="Interview details",
        body="Hi Alex,\n\nAll confirmed:\n\nCandidate: Alexander M.\nClient: Acme\n"
        "Interviewer: Jane Roe\nDate: Thursday 5 March, 10:00 AM\n\nLisa Grant\n"
        "Recruitment Consultant, Hays\n",
    )


def test_candidato_label_with_instruction_stays_interview() -> None:
    """ "Candidato: Usted deberá traer su DNI" is an instruction, not another candidate."""
    _interview(
        sender="Talento Brisa <talento@brisa.es>",
        subject="Entrevista confirmada",
        body="Hola Alex,\n\nTu entrevista con Pablo Soler es el jueves 5 de marzo a las 10:00."
        "\n\nCandidato: Usted deberá traer su DNI.\n\nUn saludo\n",
    )


@pytest.mark.xfail(
    strict=True,
    reason="the same invitation as a panel's for the candidate Priya Rao (a company titles "
    "it with a guest on a personal address, the user invited too): nothing in it says which "
    "of the two guests is the candidate",
)
def test_title_naming_personal_address_guest_with_user_invited_stays_interview() -> None:
    """The user invited on a personal address beside the named guest: either may interview."""
    _interview(
        sender="Acme Recruiting <recruiting@acme.io>",
        subject="Invitation: Product Designer Interview - Sam Patel",
        body="Your interview for the Product Designer role.\n",
        ics=_cal(
            "Product Designer Interview - Sam Patel",
            "recruiting@acme.io",
            "Acme Recruiting",
            guests=(("Sam Patel", "sam.patel.design@gmail.com"), USER),
        ),
    )


def test_candidate_label_naming_someone_else_is_no_interview() -> None:
    """Neighbour: "Candidate: Jordan Ellis" on a panel invitation is the user's panel."""
    _no_interview(
        sender="Recruiting Coordinator <coordinator@fernway.example>",
        subject="Invitation: Onsite - Jordan Ellis - System design",
        body="Please review the resume beforehand.",
        ics=_cal(
            "Onsite - Jordan Ellis - System design",
            "coordinator@fernway.example",
            "Recruiting Coordinator",
            "Candidate: Jordan Ellis. Interviewers: Alex Morgan, Raj Mehta.",
            guests=(),
        ),
    )


# --- other occasions: a job in that trade is still a job -----------------------------------


def test_apprentice_tattoo_artist_interview_stays_interview() -> None:
    """An interview for an apprentice tattoo artist is a job interview."""
    _interview(
        sender="Ink House <hello@inkhouse.com>",
        subject="Apprentice tattoo artist interview",
        body="Hi Alex,\n\nThanks for sending your portfolio. We'd like to interview you on "
        "Thursday March 5 at 2pm at the studio.\n\nMia\nInk House Tattoo\n",
    )


def test_tattoo_sitting_is_no_interview() -> None:
    """Neighbour: a tattoo studio's second sitting stays no interview."""
    _no_interview(
        sender="Ink House <hello@inkhouse.com>",
        subject="Your next sitting",
        body="Hi Alex,\n\nYour second sitting for the sleeve is booked for Thursday March 5 at "
        "2pm. We'll have a quick interview about aftercare first.\n\nMia\nInk House Tattoo\n",
    )


def test_newsroom_interview_for_applicant_stays_interview() -> None:
    """A producer inviting an applicant ("Thanks for applying ... our crew") is a job interview."""
    _interview(
        sender="Ruth Okafor <ruth@channelsix.com>",
        subject="Interview Thursday",
        body="Hi Alex,\n\nThanks for applying. We'd like to interview you on Thursday March 5 at "
        "11am at our studio. Our crew is on location that week so it will be quiet.\n\n"
        "Ruth Okafor\nSenior Producer, Channel Six News\n",
    )


def test_tv_report_guest_is_no_interview() -> None:
    """Neighbour: a guest interview for a TV report stays no interview."""
    _no_interview(
        sender="Ruth Okafor <ruth@channelsix.com>",
        subject="Our report on graduate jobs",
        body="Hi Alex,\n\nThanks for agreeing to take part in our report on graduate jobs. We'd "
        "like to interview you on Thursday March 5 at 11am; the crew will come to your flat. "
        "It will air next month.\n\nRuth Okafor\nSenior Producer, Channel Six News\n",
    )


# --- German call-offs: the user's option to cancel is no call-off --------------------------


def test_de_option_to_cancel_stays_interview() -> None:
    """ "Möchten Sie das Gespräch ... absagen, geben Sie Bescheid" is the user's option."""
    _interview(
        sender="Anna Keller <keller@bergmann.de>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Sehr geehrte Frau Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, "
        "5. März 2026 um 10:00 Uhr ein. Möchten Sie das Gespräch am Donnerstag, 5. März um "
        "10 Uhr mit Herrn Albers absagen, geben Sie uns bitte kurz Bescheid.\n\n"
        "Mit freundlichen Grüßen\nAnna Keller\nPersonalreferentin\n",
    )


def test_de_call_off_with_date_between_stays_cancelled() -> None:
    """Neighbour: "müssen wir das Vorstellungsgespräch am ... absagen" is a call-off."""
    u = _read(
        sender="Anna Keller <keller@bergmann.de>",
        subject="Ihr Vorstellungsgespräch",
        body="Sehr geehrte Frau Morgan,\n\nleider müssen wir das Vorstellungsgespräch am "
        "Donnerstag, 5. März 2026 um 10 Uhr mit Herrn Albers absagen.\n\n"
        "Mit freundlichen Grüßen\nAnna Keller\nPersonalreferentin\n",
    )
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons


# --- names: a family name used alone, and a particle left at a name's end ------------------


def test_family_name_alone_is_not_completed_from_a_building() -> None:
    """ "Dr. Kohl" beside "Dr. Miriam Kohl" is her, not the "Kohl Hall" the mail names."""
    u = _interview(
        sender="Dr. Miriam Kohl <kohl@uni-klinik.de>",
        subject="Interview with Dr. Kohl",
        body="Dear Alex,\n\nYour interview with Dr. Kohl is on Thursday March 5 at 10:00 AM. "
        "Kohl Hall, room 3.\n\nDr. Miriam Kohl\n",
    )
    assert names(u) == ["Miriam Kohl"]


def test_given_name_alone_is_completed() -> None:
    """Neighbour: "Gordon" after "Gordon Tsang" is completed to his full name."""
    u = _interview(
        sender="Recruiting <recruiting@acme.io>",
        subject="Interview update",
        body="Hi Alex,\n\nOur VP of Data, Gordon Tsang, has a board meeting in the morning, so "
        "your interview on Thursday March 5 at 2:00 PM ET is now with Gordon and Fatima "
        "Rahimi.\n\nAcme Recruiting\n",
    )
    assert sorted_names(u) == ["Fatima Rahimi", "Gordon Tsang"]


def test_spanish_e_before_a_verb_is_no_particle() -> None:
    """ "con Marta Soler e iremos juntas": the last "e" is the sentence's, not the name's."""
    u = _interview(
        sender="Laura Vidal <laura.vidal@brisa.es>",
        subject="Entrevista jueves",
        body="Hola Alex,\n\nTe confirmo la entrevista el jueves 5 de marzo a las 10:00 con Marta "
        "Soler e iremos juntas a la sala.\n\nUn saludo,\nLaura Vidal\n",
    )
    assert names(u) == ["Marta Soler"]


def test_portuguese_e_between_two_full_names_splits() -> None:
    """ "Pedro Alves e Carla Mendes": "e" between two full names is "and", not a particle."""
    u = _interview(
        sender="Rita Sousa <rita@lisbontech.pt>",
        subject="Interview Thursday",
        body="Hi Alex,\n\nYour interview is confirmed for Thursday March 5 at 10:00 AM. You'll "
        "meet Pedro Alves e Carla Mendes.\n\nRita Sousa\nRecruiter\n",
    )
    assert sorted_names(u) == ["Carla Mendes", "Pedro Alves"]


def test_portuguese_e_inside_a_surname_is_kept() -> None:
    """Neighbour: "Ana Costa e Silva" keeps its particle."""
    u = _interview(
        sender="Laura Vidal <laura.vidal@brisa.es>",
        subject="Entrevista jueves",
        body="Hola Alex,\n\nTe confirmo la entrevista el jueves 5 de marzo a las 10:00 con Ana "
        "Costa e Silva.\n\nUn saludo,\nLaura Vidal\n",
    )
    assert names(u) == ["Ana Costa e Silva"]


def test_numbered_conference_rows_name_no_room_as_person() -> None:
    """A fair's numbered programme: "Hall Beta" sits in the rooms' column, no person."""
    u = _interview(
        sender="Jane Roe <jane.roe@acme.io>",
        subject="Interview at the fair",
        body="Hi Alex,\n\nYour interview with Jane Roe is on Thursday March 5 at 10:00 AM at our "
        "booth.\n\nFair programme:\n1. 09:00 Opening Keynote | Grand Ballroom\n"
        "2. 11:00 Employer Panel | Hall Beta\n3. 12:00 Networking Lunch | Terrace Level\n\n"
        "Jane Roe\nRecruiter, Acme\n",
    )
    assert names(u) == ["Jane Roe"]


def test_schedule_rows_with_titles_name_people() -> None:
    """Neighbour: "10:00 AM | Jane Roe | Director of Nursing" rows name the interviewers."""
    u = _interview(
        sender="Jane Roe <jane.roe@acme.io>",
        subject="Your schedule",
        body="Hi Alex,\n\nYour onsite interview on Thursday March 5:\n\n"
        "10:00 AM | Jane Roe | Director of Nursing\n11:00 AM | Omar Haddad | Clinical Lead\n"
        "12:00 PM | Lunch | Blue Cafe\n1:00 PM | Campus Tour | Main Lobby\n\nJane Roe\nRecruiter\n",
    )
    assert sorted_names(u) == ["Jane Roe", "Omar Haddad"]


# --- not fixed -----------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a recruiter's signature is the only hiring sign: 'I've moved our call to Thursday "
    "at 4pm' about a private matter reads as the screening call a recruiter moves; telling "
    "them apart needs the thread's earlier mail",
)
def test_recruiter_moving_a_private_call_is_no_interview() -> None:
    """A recruiter moving a private call (a recital, no job) is no interview."""
    _no_interview(
        sender="Jane Roe <jane.roe@acme.io>",
        subject="Re: catch up",
        body="Hi Alex,\n\nI've moved our call to Thursday at 4pm, sorry about that - the kids had "
        "a recital.\n\nJane\nJane Roe\nRecruiter, Acme\n",
    )


@pytest.mark.xfail(
    strict=True,
    reason="'we've offered the role to a candidate' is also how a rejection tells the user; "
    "that the user is the new hire's colleague ('you'll be their buddy') is no rule's word",
)
def test_colleague_told_the_role_is_filled_is_no_rejection() -> None:
    """A team update that the role went to a candidate is no rejection of the user."""
    u = _read(
        sender="Dana Cole <dana@acme.io>",
        subject="Update on the Analyst role",
        body="Hi Alex,\n\nQuick update: we've offered the role to a candidate and they accepted, "
        "so we're now building the onboarding plan - you'll be their buddy from Monday.\n\nDana\n",
    )
    assert u.kind not in (Kind.INTERVIEW, Kind.REJECTION), u.reasons
