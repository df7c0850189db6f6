"""Families behind eval8's dev misses, written in our own words, with their near misses.

1. Interviews that are no job interview (an oral history recording, a podcast or press
   interview, a research study, an admissions, visa, tenancy, police or medical interview,
   an exit interview, the user interviewing someone) carry a time and confirmation wording
   too: they must never become the user's interview (a thank-you would go to a stranger).
2. A recruiter's own words relayed by a platform's no-reply notification ("Tariq sent you a
   message") asking the user for times are a scheduling request; the relay stays automated,
   so nothing is ever sent to it.
3. A founder's or hiring manager's plain "no" after meeting the user ("we've decided to go
   with someone else") is a rejection; the same words from a vendor, a friend or a landlord
   about something else are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.cases import CaseView, NoChange, Stage, decide, is_automatic_address
from daemon.understand import Context, Kind, understand

from .messages import mail


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def _kind(ctx: Context, sender: str, subject: str, body: str, **kw: object) -> Kind:
    raw = mail(sender=sender, subject=subject, body=body, **kw)  # type: ignore[arg-type]
    u = understand(raw, ctx)
    return u.kind


# --- 1. Interviews for something other than a job -------------------------------------------

# (sender, subject, body): each states a time and confirms it.
NOT_JOB_EN: dict[str, tuple[str, str, str]] = {
    "oral_history_archive": (
        "County Archive Oral History <oralhistory@countyarchive.example>",
        "Oral history interview with your grandfather - confirmed",
        "Dear Alex,\n\nThank you for arranging this. Our interviewer, Maeve Dunn, will "
        "record the oral history interview with Mr Walter Morgan on Saturday 7 March at "
        "10:30am at his home in Riverside. It usually takes about two hours.\n\nWarm "
        "regards,\nOral History Program",
    ),
    "oral_history_html_society": (
        "Millbrook Historical Society <hello@millbrookhistory.example>",
        "Your interview is confirmed",
        "Hi Alex,\n\nGreat news - your interview for our Voices of Millbrook oral history "
        "collection is confirmed for Thursday, March 5 at 2:00 PM at the library's "
        "recording room. Our volunteer interviewer Dot Fenwick will guide the "
        "conversation.\n\nMillbrook Historical Society",
    ),
    "life_story_interview": (
        "Legacy Stories <bookings@legacystories.example>",
        "Life story interview booked",
        "Hi Alex,\n\nYour mother's life story interview is booked: Wednesday March 11 at "
        "10am, at her flat. Our interviewer will bring the recorder; the family memoir "
        "draft follows within six weeks.\n\nLegacy Stories",
    ),
    "family_history_project": (
        "Priya Raman <priya@heritage-trust.example>",
        "Family history interview - confirmed",
        "Hello Alex,\n\nConfirming the family history interview with your uncle on "
        "Friday 6 March at 3pm. I'll record it for the heritage trust's archive.\n\nPriya "
        "Raman\nArchivist, Heritage Trust",
    ),
    "podcast_guest": (
        "Jo Kettering <jo@longtablepod.example>",
        "Confirmed: your interview on The Long Table",
        "Hi Alex,\n\nYou're confirmed as a guest on The Long Table. Our interview is on "
        "Thursday March 5 at 3pm ET - we'll record over Zoom and the episode goes out "
        "in April.\n\nJo\nHost, The Long Table",
    ),
    "press_reporter": (
        "Dana Whitcombe <dwhitcombe@harborledger.example>",
        "Interview confirmed for Wednesday",
        "Hi Alex,\n\nThanks for agreeing to be interviewed for my piece on the bike lane "
        "plan. Confirmed for Wednesday March 4 at 11am by phone.\n\nDana Whitcombe\n"
        "Reporter, Harbor Ledger",
    ),
    "phd_research_participant": (
        "Tomasz Wrona <t.wrona@uni-research.example>",
        "Research interview confirmed",
        "Dear Alex,\n\nThank you for agreeing to take part in my PhD research on "
        "commuting habits. Our interview is confirmed for Tuesday 10 March at 1pm on "
        "Teams. The participant information sheet and consent form are attached.\n\n"
        "Tomasz Wrona\nDoctoral researcher",
    ),
    "user_research_voucher": (
        "Fernpay Research <research@fernpay.example>",
        "Your session is confirmed",
        "Hi Alex,\n\nThanks for signing up! Your interview with our design team is "
        "confirmed for Thursday March 5 at 4pm. As a thank-you you'll receive a $50 gift "
        "card.\n\nFernpay Research",
    ),
    "school_entrance": (
        "Admissions Office <office@stbrigids-school.example>",
        "Entrance interview confirmed",
        "Dear Mr Morgan,\n\nThank you for your enquiry about a place for Noah. His entrance "
        "interview with the Head of Lower School is confirmed for Wednesday 11 March at "
        "9:00am. Please arrive ten minutes early.\n\nSchool Office",
    ),
    "university_admissions": (
        "Graduate Admissions <gradadmissions@northfield.example>",
        "MSc interview confirmed",
        "Dear Alex,\n\nYour admissions interview for the MSc in Urban Planning is confirmed "
        "for Friday 6 March at 9:30am (GMT) on Zoom.\n\nGraduate Admissions",
    ),
    "visa_consular": (
        "Visa Appointment Service <appointments@visa-booking.example>",
        "Appointment confirmation",
        "Dear Alex Morgan,\n\nYour visa interview at the consular section is confirmed for "
        "Thursday 12 March at 8:15am. Bring your passport and the confirmation page.",
    ),
    "tenancy_landlord": (
        "Harbour Lettings <lettings@harbourlets.example>",
        "Tenant interview confirmed - 14 Elm Street",
        "Hi Alex,\n\nThanks for your interest in 14 Elm Street. The landlord would like "
        "to meet you: your tenant interview is confirmed for Saturday 7 March at 11am at "
        "the property.\n\nHarbour Lettings",
    ),
    "coop_board": (
        "Maple Court Management <board@maplecourt.example>",
        "Co-op board interview confirmed",
        "Dear Alex,\n\nYour co-op board interview for apartment 4B is confirmed for "
        "Tuesday March 10 at 7pm in the building's community room.\n\nMaple Court "
        "Management",
    ),
    "police_witness": (
        "DC Sarah Harris <sarah.harris@northgate-police.example>",
        "Witness interview - confirmed",
        "Dear Mr Morgan,\n\nThank you for reporting the incident. I would like to "
        "interview you as a witness; this is confirmed for Monday 9 March at 2pm at "
        "Northgate Police Station.\n\nDC Sarah Harris",
    ),
    "police_voluntary": (
        "Riverside Constabulary <enquiries@riverside-police.example>",
        "Voluntary interview confirmed",
        "Mr Morgan,\n\nYour voluntary interview regarding the collision on Mill Road is "
        "confirmed for Thursday 5 March at 10am at Riverside police station. You may bring "
        "a solicitor.",
    ),
    "medical_intake": (
        "Cedar Wellness Clinic <frontdesk@cedarwellness.example>",
        "Your intake interview is confirmed",
        "Hi Alex,\n\nYour intake interview with our care coordinator is confirmed for "
        "Tuesday March 10 at 9am. Please bring your medication list and insurance card.",
    ),
    "therapy_intake": (
        "Brightpath Counselling <hello@brightpath.example>",
        "Intake call confirmed",
        "Hi Alex,\n\nThanks for reaching out. Your initial intake interview with our "
        "therapist is confirmed for Friday 6 March at 4pm by video.\n\nBrightpath "
        "Counselling",
    ),
    "exit_interview": (
        "People Team <people@quarrylabs.example>",
        "Exit interview confirmed",
        "Hi Alex,\n\nAhead of your last day, your exit interview with Dana from HR is "
        "confirmed for Friday 6 March at 3pm.\n\nPeople Team",
    ),
    "exit_interview_with_salary_words": (
        "People Team <people@quarrylabs.example>",
        "Your exit interview",
        "Hi Alex,\n\nAhead of your last day on March 13, your exit interview is confirmed "
        "for Friday 6 March at 3pm with Dana Ruiz. The interview takes about 30 minutes. Your "
        "final salary payment will follow; please return your laptop to IT.\n\nPeople Team",
    ),
    "offboarding_conversation": (
        "HR <hr@quarrylabs.example>",
        "Offboarding: interview confirmed",
        "Hi Alex,\n\nAs part of your offboarding, we've confirmed an interview with Dana Ruiz "
        "on Friday March 6 at 3pm to hear about your time here and your role. Your leaving "
        "date is March 13.\n\nHR",
    ),
    "stay_interview": (
        "Dana Ruiz <dana@quarrylabs.example>",
        "Stay interview - confirmed",
        "Hi Alex, your stay interview with me is confirmed for Friday March 6 at 3pm - a "
        "chance to talk about your role and what keeps you here.\n\nDana",
    ),
    "user_interviews_guest": (
        "Marcus Bell <marcus.bell@gmail.com>",
        "Re: Interview for your podcast",
        "Hi Alex,\n\nConfirmed - I'll be at your studio on Thursday March 5 at 10am for "
        "the interview. Looking forward to your questions for the podcast!\n\nMarcus",
    ),
    "user_interviews_expert_for_article": (
        "Dr Helen Ostrova <h.ostrova@univ.example>",
        "Re: Interview request",
        "Dear Alex,\n\nHappy to be interviewed for your article on coastal erosion. "
        "Wednesday 4 March at 2pm is confirmed; call my office line.\n\nHelen Ostrova",
    ),
    "candidate_confirms_users_invitation": (
        "Jamie Fox <jamie.fox@gmail.com>",
        "Re: Barista role - interview",
        "Hi Alex,\n\nThank you for inviting me to interview for the Barista role at your "
        "cafe. Thursday March 5 at 10am is confirmed - see you then!\n\nJamie",
    ),
    "candidate_confirms_about_my_application": (
        "Jamie Fox <jamie.fox@gmail.com>",
        "Interview confirmed",
        "Hi Alex,\n\nThanks for getting back to me about my application. Confirming my "
        "interview with you on Thursday March 5 at 10am at the cafe.\n\nJamie",
    ),
    "interviewee_for_users_thesis": (
        "Grace Lim <grace.lim@gmail.com>",
        "Re: Interview",
        "Hi Alex, happy to help with your thesis. Confirmed for our interview on Wednesday "
        "March 4 at 2pm on Zoom.\n\nGrace",
    ),
    "politician_office_for_users_story": (
        "Office of Cllr Hunt <office@cllr-hunt.example>",
        "Interview confirmed",
        "Dear Alex,\n\nCouncillor Hunt's interview with you is confirmed for Wednesday 4 "
        "March at 2pm at City Hall. Please send your questions in advance.\n\nOffice of "
        "Cllr Hunt",
    ),
    "jobcentre_work_search": (
        "Jobcentre Appointments <appointments@jobcentre.example>",
        "Appointment confirmed",
        "Dear Alex Morgan,\n\nYour work search interview with your work coach is confirmed "
        "for Tuesday 10 March at 10:40am at Riverside Jobcentre.",
    ),
    "passport_identity": (
        "Passport Office <appointments@passport.example>",
        "Passport interview confirmed",
        "Dear Alex Morgan,\n\nYour passport interview is confirmed for Thursday 12 March at "
        "9:20am. Bring two forms of ID.",
    ),
    "census_visit": (
        "Census Field Team <field@census.example>",
        "Interview appointment confirmed",
        "Dear Resident,\n\nYour census follow-up interview is confirmed for Monday March 9 "
        "at 6pm. A field representative will visit your home.",
    ),
    "club_membership": (
        "Harbour Sailing Club <secretary@harboursc.example>",
        "Membership interview confirmed",
        "Dear Alex,\n\nYour membership interview with the committee is confirmed for "
        "Wednesday 4 March at 7pm at the clubhouse.",
    ),
    "insurance_claim": (
        "Northstar Insurance Claims <claims@northstar-ins.example>",
        "Recorded interview confirmed",
        "Hi Alex,\n\nYour recorded interview about claim number 88213 is confirmed for "
        "Friday March 6 at 11am with our adjuster, Paul Reyes.",
    ),
    "mentoring_scheme": (
        "Bright Futures Mentoring <team@brightfutures.example>",
        "Mentor interview confirmed",
        "Hi Alex,\n\nThanks for signing up as a mentor. Your mentor interview is confirmed "
        "for Thursday March 5 at 6pm.",
    ),
    "documentary_filming": (
        "Tidewater Films <producer@tidewaterfilms.example>",
        "Filming confirmed",
        "Hi Alex,\n\nThanks for agreeing to take part in our documentary. Your on-camera "
        "interview is confirmed for Tuesday March 10 at 1pm at the studio.",
    ),
    "adoption_home_study": (
        "Family Pathways <caseworker@familypathways.example>",
        "Home study interview confirmed",
        "Dear Alex,\n\nYour adoption home study interview is confirmed for Monday 9 March "
        "at 1pm at your home. Your social worker, Ruth Ames, will visit.",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_JOB_EN))
def test_non_job_interview_is_not_an_interview(name: str, ctx: Context) -> None:
    """A stated, confirmed interview for something other than a job is no interview."""
    sender, subject, body = NOT_JOB_EN[name]
    assert _kind(ctx, sender, subject, body) is not Kind.INTERVIEW, name


def test_oral_history_html(ctx: Context) -> None:
    """The same oral history confirmation sent as HTML stays no interview."""
    body = (
        "Dear Alex,\n\nOur interviewer will record the oral history interview with Mrs June "
        "Morgan on Saturday 7 March at 10:30am at her home.\n\nOral History Program"
    )
    html = "<p>" + body.replace("\n\n", "</p><p>") + "</p>"
    kind = _kind(
        ctx,
        "State Library <oralhistory@statelibrary.example>",
        "Oral history interview - confirmed",
        body,
        html=html,
    )
    assert kind is not Kind.INTERVIEW


NOT_JOB_OTHER: dict[str, tuple[str, str, str]] = {
    "de_zeitzeuge": (
        "Stadtarchiv Zeitzeugenprojekt <zeitzeugen@stadtarchiv.example>",
        "Zeitzeugeninterview mit Ihrer Großmutter - bestätigt",
        "Liebe Frau Brandt,\n\nvielen Dank für Ihre Vermittlung. Unsere Interviewerin, "
        "Frau Jana Roth, führt das Zeitzeugeninterview mit Frau Ilse Brandt am Samstag, "
        "7. März um 10:30 Uhr bei ihr zu Hause. Der Termin ist bestätigt.\n\nIhr "
        "Stadtarchiv",
    ),
    "de_austrittsgespraech": (
        "Personalabteilung <personal@hafenwerk.example>",
        "Exit-Interview bestätigt",
        "Hallo Lena,\n\nvor Ihrem letzten Arbeitstag ist Ihr Exit-Interview mit Frau Kühn "
        "für Freitag, 6. März um 15:00 Uhr bestätigt.\n\nPersonalabteilung",
    ),
    "de_studie": (
        "Tomasz Wrona <t.wrona@uni-research.example>",
        "Interview für unsere Studie bestätigt",
        "Liebe Frau Brandt,\n\nvielen Dank für Ihre Teilnahme an unserer Studie. Ihr "
        "Interview ist für Dienstag, 10. März um 13:00 Uhr bestätigt. Die "
        "Einwilligungserklärung finden Sie im Anhang.\n\nTomasz Wrona",
    ),
    "fr_histoire_orale": (
        "Archives municipales <memoire@archives-ville.example>",
        "Entretien d'histoire orale confirmé",
        "Bonjour Madame Brandt,\n\nmerci de votre aide. Notre intervieweuse, Claire "
        "Morel, enregistrera l'interview de votre grand-mère pour notre collection "
        "d'histoire orale le samedi 7 mars à 10h30, chez elle. Rendez-vous confirmé.\n\n"
        "Archives municipales",
    ),
    "fr_entretien_depart": (
        "Ressources humaines <rh@atelier-nord.example>",
        "Entretien de départ confirmé",
        "Bonjour Lena,\n\navant votre dernier jour, votre interview de départ avec Julie "
        "est confirmée pour le vendredi 6 mars à 15h00.\n\nRessources humaines",
    ),
    "es_historia_oral": (
        "Archivo Histórico <memoria@archivo.example>",
        "Entrevista de historia oral confirmada",
        "Hola Lena,\n\ngracias por organizarlo. Nuestra entrevistadora, Marta Gil, grabará "
        "la entrevista de historia oral con su abuela el sábado 7 de marzo a las 10:30 en "
        "su casa. Queda confirmada.\n\nArchivo Histórico",
    ),
    "de_bewerber_bestaetigt": (
        "Jonas Weber <jonas.weber@posteo.example>",
        "Vorstellungsgespräch bestätigt",
        "Hallo Frau Brandt,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Ich "
        "bestätige gern Donnerstag, 5. März um 10:00 Uhr.\n\nJonas Weber",
    ),
    "fr_candidat_confirme": (
        "Hugo Petit <hugo.petit@gmail.com>",
        "Entretien d'embauche confirmé",
        "Bonjour Madame Brandt,\n\nmerci pour votre invitation à un entretien d'embauche. "
        "Je vous confirme ma présence le jeudi 5 mars à 10h00.\n\nHugo Petit",
    ),
    "es_candidato_confirma": (
        "Lucía Gómez <lucia.gomez@gmail.com>",
        "Entrevista de trabajo confirmada",
        "Hola Lena,\n\ngracias por la invitación a la entrevista de trabajo. Te confirmo el "
        "jueves 5 de marzo a las 10:00.\n\nLucía",
    ),
    "es_entrevista_salida": (
        "Recursos Humanos <rrhh@tallerdelsur.example>",
        "Entrevista de salida confirmada",
        "Hola Lena,\n\nantes de tu último día, tu entrevista de salida con Laura queda "
        "confirmada para el viernes 6 de marzo a las 15:00.\n\nRecursos Humanos",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_JOB_OTHER))
def test_non_job_interview_other_languages(name: str, eu_ctx: Context) -> None:
    """The same family in German, French and Spanish is no interview."""
    sender, subject, body = NOT_JOB_OTHER[name]
    assert _kind(eu_ctx, sender, subject, body) is not Kind.INTERVIEW, name


# Real job interviews that mention the same words must keep working.
JOB_EN: dict[str, tuple[str, str, str]] = {
    "podcast_company": (
        "Maya Chen <maya.chen@wavecast.example>",
        "Interview confirmed - Audio Producer",
        "Hi Alex,\n\nThanks for applying for the Audio Producer role on our podcast team. "
        "Your interview is confirmed for Thursday March 5 at 3pm ET with Jordan Price, our "
        "Head of Audio.\n\nMaya Chen\nRecruiter, Wavecast",
    ),
    "research_engineer": (
        "Olu Adeyemi <olu@deepfield.example>",
        "Research Engineer interview - confirmed",
        "Hi Alex,\n\nYour interview for the Research Engineer position is confirmed for "
        "Tuesday March 10 at 1pm with Dr Ines Vidal.\n\nOlu Adeyemi\nTalent Partner, "
        "Deepfield",
    ),
    "oral_history_archivist_job": (
        "Ruth Baines <ruth.baines@statelibrary.example>",
        "Interview confirmed: Oral History Archivist",
        "Dear Alex,\n\nThank you for your application for the Oral History Archivist "
        "position. Your interview is confirmed for Friday 6 March at 10am with our "
        "Collections Manager, Ivo Petrov.\n\nRuth Baines\nHR Advisor, State Library",
    ),
    "clinic_nurse_job": (
        "Sam Ortiz <sam.ortiz@cedarwellness.example>",
        "Interview confirmed - Registered Nurse",
        "Hi Alex,\n\nThanks for applying for the Registered Nurse position at our clinic. "
        "Your interview is confirmed for Tuesday March 10 at 9am with our Nurse Manager, "
        "Lee Park.\n\nSam Ortiz\nRecruiter",
    ),
    "journalist_job": (
        "Harbor Ledger Recruiting <jobs@harborledger.example>",
        "Your interview for the Reporter role",
        "Hi Alex,\n\nThanks for your application for the Reporter role. Your interview "
        "with our editor Dana Whitcombe is confirmed for Wednesday March 4 at 11am.\n\n"
        "Harbor Ledger Recruiting",
    ),
    "ux_researcher_job": (
        "Fernpay Talent <talent@fernpay.example>",
        "Interview confirmed: UX Researcher",
        "Hi Alex,\n\nYour interview for the UX Researcher position is confirmed for "
        "Thursday March 5 at 4pm with Nadia Park, our research lead.\n\nFernpay Talent",
    ),
    # A recruiter's first-person words that an applicant might also write.
    "recruiter_love_to_talk_about_role": (
        "Maya Chen <maya.chen@wavecast.example>",
        "Interview confirmed",
        "Hi Alex,\n\nI'd love to talk about the role in more detail: your interview is "
        "confirmed for Thursday March 5 at 3pm ET with me and Jordan Price.\n\nMaya Chen\n"
        "Recruiter, Wavecast",
    ),
    "recruiter_thanks_for_your_application": (
        "Olu Adeyemi <olu@deepfield.example>",
        "Interview confirmed",
        "Hi Alex,\n\nThank you for your application and for inviting us to review your "
        "portfolio. Your interview is confirmed for Tuesday March 10 at 1pm with Dr Ines "
        "Vidal.\n\nOlu Adeyemi\nTalent Partner, Deepfield",
    ),
    # Jobs named by the same words.
    "internal_move": (
        "Dana Ruiz <dana@quarrylabs.example>",
        "Interview confirmed - Team Lead",
        "Hi Alex, thanks for applying for the internal Team Lead position. Your interview is "
        "confirmed for Friday March 6 at 3pm with Sam Cole.\n\nDana, HR",
    ),
    "work_coach_job": (
        "Civil Service Recruitment <recruitment@civilservice.example>",
        "Interview confirmed - Work Coach",
        "Dear Alex,\n\nThank you for applying for the Work Coach role. Your interview is "
        "confirmed for Tuesday 10 March at 10:40am at Riverside Jobcentre with Helen Price.",
    ),
    "claims_adjuster_job": (
        "Northstar Insurance Talent <talent@northstar-ins.example>",
        "Interview confirmed: Claims Adjuster",
        "Hi Alex,\n\nYour interview for the Claims Adjuster position is confirmed for Friday "
        "March 6 at 11am with Paul Reyes.\n\nNorthstar Insurance Talent",
    ),
    "recorded_video_interview_job": (
        "Quaywise Recruiting <recruiting@quaywise.example>",
        "Your interview is confirmed",
        "Hi Alex,\n\nThanks for your application. Your live video interview with our "
        "hiring manager, Ben Hale, is confirmed for Thursday March 5 at 2pm ET; it will be "
        "recorded for the panel.\n\nQuaywise Recruiting",
    ),
    # Employers whose names or settings share the family's words, with no job word at all.
    "lettings_agency_employer": (
        "Jo Bright <jo.bright@harbourlets.example>",
        "Your interview at Harbour Lettings",
        "Hi Alex,\n\nThanks for coming in to drop off your CV. Your interview at Harbour "
        "Lettings is confirmed for Tuesday March 10 at 10am with our branch manager, Ken "
        "Oduya.\n\nJo Bright",
    ),
    "counselling_service_employer": (
        "Dr Mei Lin <mei.lin@brightpath.example>",
        "Interview - confirmed",
        "Dear Alex,\n\nThank you for your application. Your interview at Brightpath "
        "Counselling is confirmed for Friday 6 March at 4pm with me and our clinical lead, "
        "Omar Haddad.\n\nDr Mei Lin\nDirector, Brightpath Counselling",
    ),
    "school_teacher_interview": (
        "Ms Carol Reyes <c.reyes@stbrigids-school.example>",
        "Interview confirmed - Year 4 teacher",
        "Dear Alex,\n\nThank you for your application to teach Year 4. Your interview is "
        "confirmed for Wednesday 11 March at 9am; please report to the school office and "
        "ask for me.\n\nCarol Reyes\nHeadteacher",
    ),
    "police_staff_recruitment": (
        "Northgate Police Recruitment <recruitment@northgate-police.example>",
        "Interview confirmed",
        "Dear Alex,\n\nThank you for your application to become a police constable. Your "
        "interview is confirmed for Monday 9 March at 2pm at Northgate Police Station with "
        "Inspector Lyle Grant.",
    ),
    "law_firm_solicitor": (
        "Hana Osei <hana.osei@osei-law.example>",
        "Interview confirmed",
        "Dear Alex,\n\nThank you for your application. Your interview with Sarah Hale, "
        "Senior Solicitor, is confirmed for Thursday 5 March at 11am at our Riverside "
        "office.\n\nHana Osei",
    ),
    "heritage_trust_employer": (
        "Priya Raman <priya@heritage-trust.example>",
        "Interview confirmed",
        "Hi Alex,\n\nThanks for applying. Your interview at the Heritage Trust is "
        "confirmed for Friday 6 March at 10am with our Collections Manager, Ivo Petrov.\n\n"
        "Priya Raman",
    ),
    # A PhD hire: the interview discusses the candidate's own thesis.
    "phd_hire_discusses_thesis": (
        "Marta Quist <marta.quist@fjordcapital.example>",
        "Research Scientist interview",
        "Dear Alex,\n\nYour interview for the Research Scientist post is confirmed for "
        "Tuesday 10 March at 3pm on Zoom with me (Head of Modelling): a short coding "
        "warm-up and a discussion of your thesis.\n\nMarta Quist",
    ),
}


@pytest.mark.parametrize("name", sorted(JOB_EN))
def test_job_interview_with_the_same_words_stays(name: str, ctx: Context) -> None:
    """A job interview that mentions a podcast team, research or a clinic is still one."""
    sender, subject, body = JOB_EN[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is Kind.INTERVIEW, (name, u.reasons)


# --- 2. A recruiter's words relayed by a platform's no-reply notification -------------------

LI_FOOTER = "\n\nReply\n\nYou are receiving LinkedIn notification emails."

# (sender, subject, body, needs the multilingual context)
RELAYED_ASKS: dict[str, tuple[str, str, str, bool]] = {
    "linkedin_message_thanks_for_applying": (
        "Hamid Qureshi via LinkedIn <messages-noreply@linkedin.com>",
        "Hamid sent you a message",
        "Hamid Qureshi\nEngineering Manager at Saltmarsh Data\n\nHi Alex, thanks for "
        "applying! Would Thursday or Friday morning work for a 20-minute intro call? Let me "
        "know and I'll send an invite." + LI_FOOTER,
        False,
    ),
    "linkedin_inmail_role_availability": (
        "Corinne Mbeki via LinkedIn <inmail-noreply@linkedin.com>",
        "Corinne sent you an InMail: Backend Engineer at Tidewell",
        "Corinne Mbeki\nTechnical Recruiter at Tidewell\n\nHi Alex, I'm recruiting for a "
        "Backend Engineer role on our payments team and your background looks like a great "
        "match. Could you share your availability for a quick call next week?\n\nReply   "
        "View profile\n\nYou are receiving InMail notification emails. Unsubscribe",
        False,
    ),
    "linkedin_message_your_application": (
        "Priya Natarajan via LinkedIn <messages-noreply@linkedin.com>",
        "New message from Priya Natarajan",
        "Priya Natarajan\nHead of Product at Lumenfold\n\nHey Alex - I saw your application "
        "for our Product Analyst opening. When are you free for a chat this week?" + LI_FOOTER,
        False,
    ),
    "indeed_employer_message": (
        "Brightline Logistics via Indeed <donotreply@indeed.com>",
        "New message from Brightline Logistics about your application",
        "Brightline Logistics sent you a message:\n\nHi Alex, thank you for your application "
        "for Warehouse Supervisor. What days work for you for a phone call this week?\n\n"
        "Reply on Indeed",
        False,
    ),
    "wellfound_founder_message": (
        "Wellfound <noreply@wellfound.com>",
        "Nadia from Ferncloud sent you a message",
        "Nadia Petrova (Ferncloud)\n\nHey Alex, thanks for applying to the Founding Engineer "
        "role! Would you be free for a 20 min chat Thursday or Friday? Let me know what "
        "works.\n\nReply on Wellfound",
        False,
    ),
    "otta_message_html_layout": (
        "Otta <no-reply@otta.com>",
        "You have a new message from Lumen",
        "Lumen\n\nJonah (Talent Partner) wrote:\n\nHi Alex, thanks for your interest in the "
        "Product Designer role. Could you let me know a few times that suit for an intro "
        "call next week?\n\nView message",
        False,
    ),
    "xing_de": (
        "Jana Roth über XING <no-reply@xing.com>",
        "Jana Roth hat Ihnen eine Nachricht gesendet",
        "Jana Roth\nRecruiterin bei Hafenwerk Logistik\n\nHallo Frau Brandt, vielen Dank für "
        "Ihre Bewerbung als Data Analyst. Wann hätten Sie diese Woche Zeit für ein kurzes "
        "Telefonat?\n\nAntworten",
        True,
    ),
    "welcome_to_the_jungle_fr": (
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Nouveau message de Claire (Atelier Nord)",
        "Claire Morel - Atelier Nord\n\nBonjour Lena, merci pour votre candidature au poste "
        "de cheffe de projet. Quelles sont vos disponibilités pour un premier échange cette "
        "semaine ?\n\nRépondre",
        True,
    ),
    "infojobs_es": (
        "InfoJobs <noreply@infojobs.net>",
        "Tienes un nuevo mensaje de Grupo Sur",
        "Grupo Sur te ha enviado un mensaje:\n\nHola Lena, gracias por tu candidatura al "
        "puesto de Analista de datos. ¿Qué disponibilidad tienes esta semana para una "
        "llamada?\n\nResponder",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(RELAYED_ASKS))
def test_relayed_recruiter_asking_for_times(name: str, ctx: Context, eu_ctx: Context) -> None:
    """The recruiter's own words decide the kind; the relay stays automated (never answered)."""
    sender, subject, body, eu = RELAYED_ASKS[name]
    u = understand(mail(sender=sender, subject=subject, body=body), eu_ctx if eu else ctx)
    assert u.kind is Kind.SCHEDULING_REQUEST, (name, u.reasons)
    assert u.automated, name


def test_relayed_request_html(ctx: Context) -> None:
    """The LinkedIn message as HTML alongside its text part reads the same."""
    sender, subject, body, _ = RELAYED_ASKS["linkedin_message_thanks_for_applying"]
    html = "<div><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div>"
    u = understand(mail(sender=sender, subject=subject, body=body, html=html), ctx)
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


RELAYED_NOT_ASKS: dict[str, tuple[str, str, str]] = {
    "vendor_demo": (
        "Ravi Menon via LinkedIn <messages-noreply@linkedin.com>",
        "Ravi sent you a message",
        "Ravi Menon\nAccount Executive at Cloudtrim\n\nHi Alex, I help data teams cut their "
        "cloud bill by 30%. Would Tuesday or Wednesday work for a 15-min demo?" + LI_FOOTER,
    ),
    "old_friend_catch_up": (
        "Sofia Lind via LinkedIn <messages-noreply@linkedin.com>",
        "Sofia sent you a message",
        "Sofia Lind\nDesigner at Fjordly\n\nHey Alex! Long time no see. Would Thursday work "
        "for a coffee catch-up? Let me know what suits." + LI_FOOTER,
    ),
    "applicant_asks_user_for_referral": (
        "Ben Tran via LinkedIn <messages-noreply@linkedin.com>",
        "Ben sent you a message",
        "Ben Tran\nData Analyst\n\nHi Alex, I've applied for the Data Engineer role at your "
        "company. Would you have 15 minutes this week to tell me about the team? Which "
        "days work for you?" + LI_FOOTER,
    ),
    "promise_to_schedule_later": (
        "Hamid Qureshi via LinkedIn <messages-noreply@linkedin.com>",
        "Hamid sent you a message",
        "Hamid Qureshi\nEngineering Manager at Saltmarsh Data\n\nHi Alex, thanks for "
        "applying! We're reviewing applications this week and will reach out to schedule "
        "calls with shortlisted candidates." + LI_FOOTER,
    ),
    "profile_views_digest": (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 12 searches this week",
        "Recruiters who viewed your profile\n\nSee who's looking at your profile. When are "
        "you free to update it? Add your availability to your profile.\n\nUnsubscribe",
    ),
    "shared_document_comment": (
        "Sam Lee via Google Docs <comments-noreply@docs.google.com>",
        "Sam Lee sent you a message",
        'Sam Lee mentioned you in "Q2 hiring plan"\n\nAlex, would Tuesday work to review '
        "the role descriptions together?\n\nOpen",
    ),
    "recruiter_asks_user_to_hire": (
        "Gail Porter via LinkedIn <messages-noreply@linkedin.com>",
        "Gail sent you a message",
        "Gail Porter\nAgency Recruiter\n\nHi Alex, I have three strong candidates for the "
        "analyst role you posted. Would Tuesday work to go through their CVs?" + LI_FOOTER,
    ),
}


@pytest.mark.parametrize("name", sorted(RELAYED_NOT_ASKS))
def test_relayed_message_that_is_no_request(name: str, ctx: Context) -> None:
    """A vendor, a friend, an applicant asking the user, or a promise is no request."""
    sender, subject, body = RELAYED_NOT_ASKS[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind not in (Kind.SCHEDULING_REQUEST, Kind.INTERVIEW), (name, u.reasons)


def test_relayed_settled_time_is_no_interview(ctx: Context) -> None:
    """A relayed short reply settling a time is not made the user's interview by the relay."""
    raw = mail(
        sender="Hamid Qureshi via LinkedIn <messages-noreply@linkedin.com>",
        subject="Re: Hamid sent you a message",
        body="Hamid Qureshi\nEngineering Manager at Saltmarsh Data\n\nThursday at 3pm works, "
        "you're confirmed - thanks for applying!" + LI_FOOTER,
        headers={"In-Reply-To": "<li.1@linkedin.example>"},
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_relayed_request_is_never_answered(ctx: Context) -> None:
    """Downstream, the relayed request changes no case and its no-reply relay is never a
    recipient: the product leaves the answer to the user, on the platform."""
    sender, subject, body, _ = RELAYED_ASKS["linkedin_message_thanks_for_applying"]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    open_case = CaseView(
        id=1,
        company="Saltmarsh Data",
        stage=Stage.SCHEDULED,
        rounds=(),
        message_ids=frozenset({"first@x"}),
        domains=frozenset({"linkedin.com"}),
        emails=frozenset({"messages-noreply@linkedin.com"}),
    )
    now = dt.datetime(2026, 3, 2, 21, 0, tzinfo=dt.UTC)
    assert isinstance(decide(u, [open_case], now, sender_domain="linkedin.com"), NoChange)
    assert is_automatic_address("messages-noreply@linkedin.com")


# --- 3. A founder's or hiring manager's plain "no" after meeting the user -------------------

USER_THANKS = (
    "\n\nOn Sat, Feb 28, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n> Hi "
    "Ines, thanks so much for taking the time to meet on Friday - I really enjoyed hearing "
    "about the team.\n> Alex\n"
)

# (sender, subject, body, needs the multilingual context)
PLAIN_NO: dict[str, tuple[str, str, str, bool]] = {
    "founder_someone_with_more": (
        "Ines Carvalho <ines@quillforge.example>",
        "Re: Thanks for Friday",
        "Hi Alex,\n\nI really enjoyed meeting you on Friday, and I'm sorry this isn't the news "
        "you hoped for: we've decided to go with someone who has more hardware experience. "
        "Happy to share feedback over coffee if useful.\n\nInes\nCo-founder, Quillforge",
        False,
    ),
    "cto_go_another_way": (
        "Mark Oyelaran <mark@tallyhaus.example>",
        "Quick update",
        "Hi Alex,\n\nThanks again for coming in on Tuesday. We're going to go another way, but "
        "I really appreciated your time and the thought you put into the whiteboard "
        "problem.\n\nBest,\nMark\nCTO, Tallyhaus",
        False,
    ),
    "manager_someone_else_not_right_fit": (
        "Lydia Park <lydia.park@ostraco.example>",
        "Following up",
        "Alex - great chatting last week. Honest answer: we've decided to go with someone "
        "else. It's not the right fit right now, but I'd love to keep in touch.\n\nLydia",
        False,
    ),
    "after_meeting_not_right_fit": (
        "Samir Haddad <samir@northlight.example>",
        "Thank you",
        "Dear Alex,\n\nIt was a pleasure to meet you yesterday. After a lot of discussion we "
        "feel it's not the right fit right now, and we'll be going with someone else.\n\n"
        "Kind regards,\nSamir Haddad\nManaging Director",
        False,
    ),
    "reply_to_users_thank_you": (
        "Ines Carvalho <ines@quillforge.example>",
        "Re: Thank you",
        "Hi Alex, thanks for the kind note. I'm sorry to say we've decided to go with someone "
        "else - it was close.\n\nInes" + USER_THANKS,
        False,
    ),
    "manager_appreciate_you_coming_in": (
        "Rob Lyle <rob@kestrelworks.example>",
        "Re: Following up",
        "Hey Alex - appreciate you coming in. We went with someone else in the end. Best of "
        "luck!\n\nRob",
        False,
    ),
    "founder_on_personal_address": (
        "Rob Lyle <rob.lyle@gmail.com>",
        "Update",
        "Hi Alex, great chatting Tuesday. We've decided to go with someone else.\n\nRob\n"
        "Founder, Kestrel Works",
        False,
    ),
    "de_jemand_anderen": (
        "Jonas Weber <jonas.weber@spindelwerk.example>",
        "Kurzes Update",
        "Hallo Frau Brandt,\n\nvielen Dank für das nette Gespräch am Freitag. Wir haben uns am "
        "Ende für jemand anderen entschieden, wünschen Ihnen aber alles Gute.\n\nJonas Weber\n"
        "Gründer, Spindelwerk",
        True,
    ),
    "fr_une_autre_personne": (
        "Camille Durand <camille@atelier-nord.example>",
        "Suite à notre échange",
        "Bonjour Lena,\n\nmerci pour notre échange de vendredi. Nous avons finalement décidé "
        "de poursuivre avec une autre personne. Je vous souhaite le meilleur.\n\nCamille\n"
        "Fondatrice, Atelier Nord",
        True,
    ),
    "es_otra_persona": (
        "Diego Ramos <diego@tallerdelsur.example>",
        "Gracias por el viernes",
        "Hola Lena,\n\ngracias por la conversación del viernes. Al final hemos decidido seguir "
        "con otra persona, pero me encantó conocerte.\n\nDiego\nFundador, Taller del Sur",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN_NO))
def test_plain_no_after_meeting_is_rejection(name: str, ctx: Context, eu_ctx: Context) -> None:
    """A plain "no" choosing another person, from someone who met the user, is a rejection."""
    sender, subject, body, eu = PLAIN_NO[name]
    u = understand(mail(sender=sender, subject=subject, body=body), eu_ctx if eu else ctx)
    assert u.kind is Kind.REJECTION, (name, u.reasons)


def test_plain_no_html(ctx: Context) -> None:
    """The founder's plain "no" as HTML reads the same."""
    sender, subject, body, _ = PLAIN_NO["cto_go_another_way"]
    html = "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    u = understand(mail(sender=sender, subject=subject, body=body, html=html), ctx)
    assert u.kind is Kind.REJECTION, u.reasons


PLAIN_NOT_NO: dict[str, tuple[str, str, str]] = {
    "prospect_after_demo": (
        "Greta Holm <greta@fernvale.example>",
        "Re: Thanks for Friday",
        "Hi Alex,\n\nThanks for the demo on Friday, I really enjoyed meeting you. We've decided "
        "to go with someone else for now.\n\nGreta",
    ),
    "client_after_quote": (
        "Ray Dobbs <ray@dobbs-family.example>",
        "Kitchen",
        "Hi Alex, thanks for coming out on Tuesday to quote for the kitchen. We've decided to "
        "go with someone else, who can start sooner.\n\nRay",
    ),
    "friend_best_man": (
        "Tom Reilly <tom.reilly@gmail.com>",
        "Saturday",
        "Great seeing you Friday! Bit awkward but we've decided to go with someone else for "
        "the best man speech - hope that's ok. Pints soon?\n\nTom",
    ),
    "friend_personal_address_no_title": (
        "Rob Lyle <rob.lyle@gmail.com>",
        "Update",
        "Hi Alex, great chatting Tuesday. We've decided to go with someone else in the end, "
        "sorry mate.\n\nRob",
    ),
    "flatshare_viewing": (
        "Maya & Jon <flat14@outlook.com>",
        "The room",
        "Hi Alex, lovely meeting you at the viewing on Saturday. We've decided to go with "
        "someone else for the room, sorry!",
    ),
    "conference_talk_colleague": (
        "Priya Shah <priya.shah@meridian.example>",
        "Speaker lineup",
        "Hi Alex,\n\nGreat meeting you at the offsite! For the conference talk we decided to go "
        "with someone else this year - would love your proposal next time.\n\nPriya",
    ),
    "investor_pitch": (
        "Owen Clarke <owen@harbourvc.example>",
        "Re: Great to meet",
        "Alex,\n\nThanks for the pitch on Friday, great to meet you. We're going to go another "
        "way on this one.\n\nOwen\nPartner, Harbour Ventures",
    ),
    "design_review_other_way": (
        "Kim Ahn <kim.ahn@tallyhaus.example>",
        "Onboarding flow",
        "Thanks for the design review on Friday, really enjoyed chatting. We've decided to go "
        "another way with the onboarding flow.\n\nKim",
    ),
    "wedding_photographer": (
        "Lucy & Sam <lucyandsam@wedding-plans.example>",
        "Our wedding",
        "Hi Alex, lovely to meet you last week! We've decided to go with someone else for our "
        "wedding photos, but thank you so much.",
    ),
    "second_date": (
        "Nina Brooks <nina.brooks@lanternworks.example>",
        "Friday",
        "Hi Alex, it was lovely to meet you on Friday. Honestly I don't think we're the right "
        "match right now, so I'll pass on a second date - take care!",
    ),
    "sports_tryouts": (
        "Coach Dale Ewing <dale@riverside-fc.example>",
        "Tryouts",
        "Hi Alex, thanks for coming to the tryouts on Saturday, great to meet you. We've "
        "decided to go with someone else for the keeper spot this season.",
    ),
    "rental_other_applicant": (
        "Kerry Lane <kerry@lanepropertymgmt.example>",
        "14 Elm Street",
        "Hi Alex, lovely to meet you at the viewing yesterday. The landlord has decided to go "
        "with another applicant.\n\nKerry",
    ),
    "no_meeting_newsletter_tone": (
        "Acme Updates <updates@acme.example>",
        "Product news",
        "We've decided to go another way with our pricing page. Read more on the blog.",
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN_NOT_NO))
def test_plain_no_about_something_else(name: str, ctx: Context) -> None:
    """The same words about a sale, a quote, a speech, a room, a pitch, a date or a team
    are no rejection."""
    sender, subject, body = PLAIN_NOT_NO[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.REJECTION, (name, u.reasons)
