"""Second adversarial review of the learned second opinion (session 15b).

Near-miss mail written from scratch (invented people and companies under .example names)
that gives the rules interview wording and a hiring context but no confirmation wording,
so ``_classify._resembling`` gets to speak: a past interview thanked for with a new,
non-interview time (laptop, medical, visa, benefits); a reference call about the user; a
colleague putting the user on a candidate's panel; a group assessment day; and a mail
whose only time is a deadline ("once you return the NDA by Friday 5pm"), in English,
German, French and Spanish. ``test_review_session15.py`` covers the first review's
families; none are repeated here.

``WRONG``: the learned path turned each into the user's interview when the review was
written; the gates added after it leave all but ``WRONG_STILL`` (strict xfails), for
which ``test_learned_path_is_the_cause`` shows it is the model's word that does it;
``test_rules_alone_leave_it`` shows ``learned=False`` leaves each. ``RIGHT``: neighbours
that stay out today (plain tests guarding the future). ``GENUINE``: confirmations in a
named far-off zone the learned path finds, with the zone kept. ``RULES``: traps the rules
book alone (``learned=False`` too); they are not the learned path's doing, and are kept
as strict xfails marked "rules path" so they stay visible.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, Understanding, _resemblance, understand

from .messages import alex_in_new_york, mail

ON = alex_in_new_york()
OFF = alex_in_new_york(learned=False)
LEARNED = _resemblance.REASON

Probe = tuple[str, str, str]


def _read(probe: Probe, ctx: Context = ON) -> Understanding:
    sender, subject, body = probe
    return understand(mail(sender=sender, subject=subject, body=body), ctx)


def _learned(u: Understanding) -> bool:
    return any(LEARNED in reason for reason in u.reasons)


# --- Traps the learned path turns into the user's interview today -------------------------

WRONG: dict[str, tuple[Probe, str]] = {
    "en_past_interview_then_it_laptop": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet our IT manager Monday 9 March at 10am, 2nd floor, to collect your laptop.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "thanks for a past interview, then a laptop pickup with IT read as a new interview",
    ),
    "en_past_interview_then_visa_call": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet our relocation manager Monday 9 March at 10am on Zoom about the visa, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "past interview, then a relocation/visa call read as an interview",
    ),
    "en_past_interview_then_medical": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet the occupational health manager Monday 9 March at 10am, 2nd floor, for the pre-employment medical.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "past interview, then a pre-employment medical read as an interview",
    ),
    "en_past_interview_then_access_card": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet our HR manager Monday 9 March at 10am, 2nd floor, to collect your access card.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "past interview, then an access-card pickup with HR read as an interview",
    ),
    "en_past_interview_then_desk_locker": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet our facilities manager Monday 9 March at 10am, 2nd floor, for your desk and locker.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "past interview, then facilities (desk and locker) read as an interview",
    ),
    "en_past_interview_then_benefits": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview follow-up",
            "Hi Alex,\n\nThanks for interviewing with us last week. You'll meet our HR director Monday 9 March at 10am on Zoom to go through benefits, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "past interview, then a benefits walk-through read as an interview",
    ),
    "en_reference_meets_manager": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview - your reference",
            "Hi Alex,\n\nOur hiring manager will meet your reference, Dana Wu, Thursday 5 March at 2pm on Zoom, after your interview last week.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "the hiring manager meets the user's reference; the user is not there",
    ),
    "en_reference_former_director": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview - references",
            "Hi Alex,\n\nThe hiring manager will meet your former director, Dana Wu, Thursday 5 March at 2pm on Zoom for your reference.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "a reference call about the user read as the user's interview",
    ),
    "en_user_is_the_interviewer": (
        (
            "Tom Reyes <tom.reyes@lumenvale.example>",
            "Interview - Priya Nair",
            "Alex,\n\nYou and the director with Priya Nair, our backend candidate, Thursday 5 March at 2pm on Zoom, link to follow. You cover system design.\n\nTom\nEngineering Manager, Lumenvale",
        ),
        "a colleague on the company domain puts the user on the panel interviewing a candidate",
    ),
    "en_group_assessment_day": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview - assessment centre",
            "Hi Alex,\n\nYou'll meet the other candidates and the hiring managers Thursday 5 March at 9am, 2nd floor, for the group exercises.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "a group assessment day (group exercises with other candidates), not a meeting with named interviewers",
    ),
    "en_graduate_assessment_day": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview - assessment day",
            "Hi Alex,\n\nYou'll meet the hiring managers Thursday 5 March at 9am, 2nd floor, with 30 other graduates for group tasks and a presentation.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "a graduate assessment day with 30 others read as an interview",
    ),
    "en_deadline_if_nda": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview",
            "Hi Alex,\n\nYou'll meet the hiring manager and director on Zoom if you sign the NDA by Friday 6 March at 5pm.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "the only time is an NDA deadline under 'if'; the deadline became the interview start",
    ),
    "en_deadline_after_portfolio": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Interview",
            "Hi Alex,\n\nYou'll meet the hiring manager and director on Zoom after we receive your portfolio by Friday 6 March at 5pm.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "the only time is a portfolio deadline; it became the interview start",
    ),
    "de_deadline_nda_zoom": (
        (
            "Kai Brandt <kai.brandt@nordlicht.example>",
            "Interview",
            "Hallo Alex,\n\nmit dem Hiring Manager und dem Head of Engineering per Zoom, Link folgt, sobald Sie das NDA bis Freitag, 6. März um 17 Uhr zurückschicken.\n\nKai Brandt\nTalent Acquisition Manager, Nordlicht GmbH",
        ),
        "German: the only time is the NDA deadline ('sobald ... bis'); it became the interview start",
    ),
    "de_reference_call": (
        (
            "Kai Brandt <kai.brandt@nordlicht.example>",
            "Interview - Referenz",
            "Hallo Alex,\n\nunser Hiring Manager und Ihr früherer Director Dana Wu am Donnerstag, 5. März um 14 Uhr per Zoom, für Ihre Referenz.\n\nKai Brandt\nTalent Acquisition Manager, Nordlicht GmbH",
        ),
        "German: the hiring manager and the user's former director, for the reference",
    ),
    "fr_reference_call": (
        (
            "Léa Moreau <lea.moreau@clairval.example>",
            "Interview - référence",
            "Bonjour Alex,\n\nNotre hiring manager et votre ancien director Dana Wu, jeudi 5 mars à 14h sur Zoom, pour votre référence.\n\nLéa Moreau\nTalent Acquisition Manager, Clairval",
        ),
        "French: the hiring manager and the user's former director, for the reference",
    ),
    "es_deadline_nda_zoom": (
        (
            "Lucía Ortega <lucia.ortega@solmar.example>",
            "Interview",
            "Hola Alex,\n\nCon el hiring manager y el head of engineering por Zoom, link a continuación, en cuanto devuelvas el NDA antes del viernes 6 de marzo a las 17:00.\n\nLucía Ortega\nTalent Acquisition Manager, Solmar",
        ),
        "Spanish: the only time is the NDA deadline ('en cuanto ... antes del'); it became the interview start",
    ),
    "es_reference_call": (
        (
            "Lucía Ortega <lucia.ortega@solmar.example>",
            "Interview - referencia",
            "Hola Alex,\n\nNuestro hiring manager y tu antiguo director Dana Wu, jueves 5 de marzo a las 14:00 por Zoom, para tu referencia.\n\nLucía Ortega\nTalent Acquisition Manager, Solmar",
        ),
        "Spanish: the hiring manager and the user's former director, for the reference",
    ),
}


# Fixed after the review (past interviews, reference checks, deadlines and the user's
# panel seat are gates of their own now); these three are still wrong. The assessment days
# are debatable: an assessment centre is a hiring stage many would track.
WRONG_STILL = (
    "en_user_is_the_interviewer",
    "en_group_assessment_day",
    "en_graduate_assessment_day",
)


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            probe,
            id=key,
            marks=pytest.mark.xfail(strict=True, reason=why) if key in WRONG_STILL else (),
        )
        for key, (probe, why) in WRONG.items()
    ],
)
def test_learned_trap_stays_out(probe: Probe) -> None:
    assert _read(probe).kind is not Kind.INTERVIEW


@pytest.mark.parametrize("probe", [WRONG[k][0] for k in WRONG_STILL], ids=list(WRONG_STILL))
def test_learned_path_is_the_cause(probe: Probe) -> None:
    """Documents today's state: the interview comes from the model's word alone."""
    u = _read(probe)
    assert u.kind is Kind.INTERVIEW
    assert _learned(u)


@pytest.mark.parametrize("probe", [p for p, _ in WRONG.values()], ids=list(WRONG))
def test_rules_alone_leave_it(probe: Probe) -> None:
    assert _read(probe, OFF).kind is not Kind.INTERVIEW


# --- Neighbours that stay out today ------------------------------------------------------

RIGHT: dict[str, Probe] = {
    "en_past_interview_then_laptop_plain": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Welcome aboard",
        "Hi Alex,\n\nThanks for interviewing with us last week. Your laptop pickup is Monday 9 March at 10am at our office, 2nd floor reception.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_panel_invite_from_colleague": (
        "Tom Reyes <tom.reyes@lumenvale.example>",
        "Interview panel - Backend Engineer candidate",
        "Hi Alex,\n\nYou're on the interview panel for the Backend Engineer candidate, Thursday 5 March at 2pm, room 4B. You'll cover system design.\n\nTom\nEngineering Manager, Lumenvale",
    ),
    "en_sit_in_as_note_taker": (
        "Tom Reyes <tom.reyes@lumenvale.example>",
        "Interview notes",
        "Alex,\n\nYou'll meet the design candidate with the hiring manager Thursday 5 March at 2pm, 4th floor, and take interview notes.\n\nTom\nEngineering Manager, Lumenvale",
    ),
    "en_candidate_debrief": (
        "Tom Reyes <tom.reyes@lumenvale.example>",
        "Interview debrief",
        "Alex,\n\nDebrief on the candidate interviews with me and the director Thursday 5 March at 2pm, 4th floor room B.\n\nTom\nEngineering Manager, Lumenvale",
    ),
    "en_mock_interview": (
        "Nina Hale <nina@careerlift.example>",
        "Your mock interview",
        "Hi Alex,\n\nYour mock interview is booked for Thursday 5 March at 2pm on Zoom. We'll practise the hiring manager round for the Product Manager role.\n\nNina Hale\nCareer Coach, CareerLift",
    ),
    "en_interview_practice": (
        "Nina Hale <nina@careerlift.example>",
        "Interview practice session",
        "Hi Alex,\n\nInterview practice session confirmed: Thursday 5 March at 2pm on Zoom, with me playing the hiring manager for the analyst role.\n\nNina Hale\nCareer Coach, CareerLift",
    ),
    "en_coach_practise": (
        "Nina Hale <nina.hale@careerlift.example>",
        "Interview coaching",
        "Hi Alex,\n\nYou'll meet me Thursday 5 March at 2pm on Zoom, link to follow, to practise your interview with the hiring manager.\n\nNina Hale\nCareer Coach, CareerLift",
    ),
    "en_careers_adviser_role_play": (
        "Nina Hale <nina.hale@uni-careers.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet me Thursday 5 March at 2pm on Zoom, link to follow, and I'll play the hiring manager so you can try your answers before the real interview.\n\nNina Hale\nCareers Adviser, Westbrook University",
    ),
    "en_press_interview": (
        "Omar Bell <omar.bell@dailyledger.example>",
        "Interview for our hiring feature",
        "Hi Alex,\n\nYour interview for our feature on hiring trends is Thursday 5 March at 2pm by phone. I'll ask about your job search.\n\nOmar Bell\nReporter, Daily Ledger",
    ),
    "en_podcast_interview_plain": (
        "Omar Bell <omar.bell@worktalk.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet me and our producer Thursday 5 March at 2pm on Zoom, link to follow, for the interview about your career change for our listeners.\n\nOmar Bell\nHost, WorkTalk",
    ),
    "en_exit_interview": (
        "Hana Ito <hana.ito@oldco.example>",
        "Your exit interview",
        "Hi Alex,\n\nYour exit interview with HR is Thursday 5 March at 2pm in room 3A before your last day.\n\nHana Ito\nHR Business Partner, Oldco",
    ),
    "en_badge_before_interview": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Badge",
        "Hi Alex,\n\nYour badge will be ready at the front desk from 8am on Friday 6 March, ahead of your interview with the hiring manager.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_recruiter_newsletter": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Hiring update from Lumenvale",
        "Hi Alex,\n\nWe're hiring across engineering! Our open house with hiring managers is Thursday 5 March at 6pm at our office, 2nd floor. Come and hear about interviews at Lumenvale.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_interview_tips_evening": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview tips from Lumenvale",
        "Hi Alex,\n\nYou'll meet our hiring managers and the engineering director Thursday 5 March at 6pm, 2nd floor, at our interview tips evening, along with other job seekers.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_job_fair": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet hiring managers from 12 companies at our job fair Thursday 5 March at 6pm, 2nd floor, Hall B.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_medical": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Pre-employment medical",
        "Hi Alex,\n\nAfter your interview, your pre-employment medical is Thursday 5 March at 9am at the clinic on King Street.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_office_hours_signature": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nInterview with the hiring manager and the director for the Analyst role, on Zoom, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale\nOffice hours Mon-Fri 9am-5pm",
    ),
    "en_hours_signature_meet": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet the hiring manager and director on Zoom, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale\nMon-Fri 9am-5pm",
    ),
    "en_nda_deadline_separate": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet the hiring manager and director on Zoom, link to follow. Return the NDA by Friday 6 March at 5pm.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_nda_deadline_once": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet the hiring manager and director on Zoom once you return the NDA by Friday 6 March at 5pm.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_confirm_by_deadline": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nThe hiring manager and director on Zoom, link to follow, when you confirm by Friday 6 March at 5pm.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_reference_team_lead": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview - reference for Alex",
        "Hi Alex,\n\nThe hiring manager and your old team lead, Dana Wu, Thursday 5 March at 2pm on Zoom, to cover your reference.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "de_deadline_plain": (
        "Kai Brandt <kai.brandt@nordlicht.example>",
        "Vorstellungsgespräch",
        "Hallo Alex,\n\nSie lernen den Abteilungsleiter und die Direktorin per Teams kennen, wenn Sie die Unterlagen bis Freitag, 6. März um 17 Uhr schicken.\n\nKai Brandt\nRecruiterin, Nordlicht GmbH",
    ),
    "fr_deadline_zoom": (
        "Léa Moreau <lea.moreau@clairval.example>",
        "Interview",
        "Bonjour Alex,\n\nAvec le hiring manager et le head of engineering sur Zoom, lien à suivre, dès que vous renvoyez le NDA avant vendredi 6 mars à 17h.\n\nLéa Moreau\nTalent Acquisition Manager, Clairval",
    ),
    "fr_medical": (
        "Léa Moreau <lea.moreau@clairval.example>",
        "Entretien",
        "Bonjour Alex,\n\nMerci pour votre entretien la semaine dernière. Votre visite médicale d'embauche est lundi 9 mars à 10h au 2e étage avec le médecin du travail.\n\nLéa Moreau\nChargée de recrutement, Clairval",
    ),
    "es_medical": (
        "Lucía Ortega <lucia.ortega@solmar.example>",
        "Entrevista",
        "Hola Alex,\n\nGracias por la entrevista de la semana pasada. Tu reconocimiento médico es el lunes 9 de marzo a las 10:00 en la 2ª planta.\n\nLucía Ortega\nReclutadora, Solmar",
    ),
}


@pytest.mark.parametrize("probe", list(RIGHT.values()), ids=list(RIGHT))
def test_trap_stays_out(probe: Probe) -> None:
    u = _read(probe)
    assert u.kind is not Kind.INTERVIEW
    assert not _learned(u)


# --- Genuine confirmations in a named zone the learned path finds -------------------------

GENUINE: dict[str, Probe] = {
    "en_tokyo_time": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet the hiring manager and director Thursday 5 March at 4pm Tokyo time on Zoom, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
    "en_sydney_time": (
        "Ria Okafor <ria.okafor@lumenvale.example>",
        "Interview",
        "Hi Alex,\n\nYou'll meet the hiring manager and director Thursday 5 March at 9am Sydney time on Zoom, link to follow.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
    ),
}


@pytest.mark.parametrize(
    ("probe", "hours"),
    [(GENUINE["en_tokyo_time"], 9), (GENUINE["en_sydney_time"], 11)],
    ids=list(GENUINE),
)
def test_genuine_zone_kept(probe: Probe, hours: int) -> None:
    u = _read(probe)
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start.utcoffset() == dt.timedelta(hours=hours)


# --- Traps the rules book alone (not the learned path's doing) ----------------------------

RULES: dict[str, tuple[Probe, str]] = {
    "en_past_interview_then_paperwork": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Next steps",
            "Hi Alex,\n\nThanks again for the interview with the hiring manager last Tuesday. Your HR paperwork session is Monday 9 March at 10am at our office, 2nd floor.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "rules path: a past interview, then an HR paperwork session",
    ),
    "en_note_taker": (
        (
            "Tom Reyes <tom.reyes@lumenvale.example>",
            "Candidate interview - notes",
            "Hi Alex,\n\nPlease take notes at the candidate interview on Thursday 5 March at 2pm in room 4B with the hiring manager.\n\nTom\nEngineering Manager, Lumenvale",
        ),
        "rules path: the user takes notes at a candidate's interview",
    ),
    "en_reference_call": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Reference call for Alex",
            "Hi Alex,\n\nWe'll speak with your reference, Dana Wu, on Thursday 5 March at 2pm by phone as part of the interview process for the Analyst role.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "rules path: a call with the user's reference",
    ),
    "en_parking_arrival": (
        (
            "Ria Okafor <ria.okafor@lumenvale.example>",
            "Parking for Friday",
            "Hi Alex,\n\nFor your interview, parking is in lot C; please collect your badge at reception at 9:30am on Friday 6 March.\n\nRia Okafor\nTalent Acquisition Partner, Lumenvale",
        ),
        "rules path: badge collection time, not the interview time",
    ),
    "en_leaving_interview": (
        (
            "Hana Ito <hana.ito@oldco.example>",
            "Leaving interview",
            "Hi Alex,\n\nYour leaving interview with the HR director is Thursday 5 March at 2pm, 3rd floor.\n\nHana Ito\nHR Business Partner, Oldco",
        ),
        "rules path: an exit ('leaving') interview at the user's old employer",
    ),
    "de_past_interview_then_medical": (
        (
            "Kai Brandt <kai.brandt@nordlicht.example>",
            "Vorstellungsgespräch",
            "Hallo Alex,\n\ndanke für das Vorstellungsgespräch letzte Woche. Ihre betriebsärztliche Untersuchung ist am Montag, 9. März um 10 Uhr im 2. Stock beim Betriebsarzt.\n\nKai Brandt\nRecruiterin, Nordlicht GmbH",
        ),
        "rules path: German, the company medical after the interview",
    ),
    "fr_reference_call": (
        (
            "Léa Moreau <lea.moreau@clairval.example>",
            "Entretien - référence",
            "Bonjour Alex,\n\nSuite à votre entretien, notre directrice appellera votre référence, Mme Dana Wu, jeudi 5 mars à 14h.\n\nLéa Moreau\nChargée de recrutement, Clairval",
        ),
        "rules path: French, a call to the user's reference",
    ),
    "es_past_interview_then_laptop": (
        (
            "Lucía Ortega <lucia.ortega@solmar.example>",
            "Entrevista",
            "Hola Alex,\n\nGracias por la entrevista de la semana pasada. Conocerás a nuestro responsable de sistemas el lunes 9 de marzo a las 10:00 en la 2ª planta para recoger tu portátil.\n\nLucía Ortega\nReclutadora, Solmar",
        ),
        "rules path: Spanish, a laptop pickup after the interview",
    ),
}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(probe, id=key, marks=pytest.mark.xfail(strict=True, reason=why))
        for key, (probe, why) in RULES.items()
    ],
)
def test_rules_trap_stays_out(probe: Probe) -> None:
    assert _read(probe).kind is not Kind.INTERVIEW


@pytest.mark.parametrize("probe", [p for p, _ in RULES.values()], ids=list(RULES))
def test_rules_trap_not_the_model(probe: Probe) -> None:
    """The learned path adds nothing here: the rules alone already say interview."""
    assert not _learned(_read(probe))
    assert _read(probe, OFF).kind is Kind.INTERVIEW
