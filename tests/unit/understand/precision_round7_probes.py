"""Probe mail for precision round 7: non-interviews with interview-like signs, and neighbours.

Written from scratch for these tests (invented people and companies under reserved names),
none copied from an evaluation set, and none in the shapes of rounds 5 and 6: meetings at
the user's current job and after an accepted offer, checks and appointments around hiring,
the user as referee or interviewer, admissions, consulates, viewings, schools, tryouts,
volunteering, coaching, fairs, open days and colleagues' invitations, in en/de/fr/es, many
with a calendar part. Each probe names the kind the product should give it:

- ``other`` for personal and work mail the daemon must leave alone (no case, no reply);
- ``bulk`` for mass mail with a list footer or list headers (never answered);
- never ``interview`` or ``interview_cancelled``: a false interview means a thank-you
  mailed to a stranger in the user's name.

The neighbours are real job interviews in the same shapes; they must stay interviews at
the stated start (wall time in New York, the test user's zone).
"""

from __future__ import annotations

from typing import Any

from .messages import vevent_calendar

PROBES: list[tuple[str, str, dict[str, Any]]] = []
NEIGHBOURS: list[tuple[str, str, dict[str, Any]]] = []

LIST = {"List-Unsubscribe": "<mailto:unsub@lists.example>", "Precedence": "bulk"}
FOOTER = (
    "\n\n--\nYou are receiving this email because you signed up at our website.\n"
    "Unsubscribe | Manage email preferences"
)


def p(id: str, want: str, sender: str, subject: str, body: str, **kw: Any) -> None:
    """A probe that must be read as ``want`` (never an interview)."""
    PROBES.append((id, want, dict(sender=sender, subject=subject, body=body, **kw)))


def q(id: str, want_start: str, sender: str, subject: str, body: str, **kw: Any) -> None:
    """A neighbour: a real job interview that must stay one, at ``want_start`` (NY)."""
    NEIGHBOURS.append((id, want_start, dict(sender=sender, subject=subject, body=body, **kw)))


def ics(summary: str, start: str, end: str, organizer: str, cn: str, **kw: Any) -> str:
    """A calendar invitation to the user (Alex Morgan) from ``cn``."""
    return vevent_calendar(
        summary=summary,
        start=start,
        end=end,
        organizer=f"mailto:{organizer}",
        organizer_cn=cn,
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"), *kw.pop("attendees", ())),
        **kw,
    )


# ---------------------------------------------------------------------------------------
# A. The user's current job: 1:1s, reviews, calibration, career conversations
p(
    "job_1on1_ics_recurring",
    "other",
    "Dana Cho <dana.cho@fernway.example>",
    "Invitation: Alex / Dana weekly 1:1 @ Weekly from 3pm to 3:30pm on Tuesday",
    "Dana Cho has invited you to a recurring event.\n\nAlex / Dana weekly 1:1\n"
    "Tuesdays 3pm - 3:30pm (Eastern Time)\nJoining: https://meet.google.com/xyz-abcd-efg",
    ics=ics(
        "Alex / Dana weekly 1:1",
        "20260303T200000Z",
        "20260303T203000Z",
        "dana.cho@fernway.example",
        "Dana Cho",
        extra="RRULE:FREQ=WEEKLY;BYDAY=TU",
    ),
)
p(
    "job_skip_level",
    "other",
    "Marcus Hale <marcus.hale@fernway.example>",
    "Skip-level chat",
    "Hi Alex,\n\nI'm doing skip-level conversations with everyone on Dana's team this month. "
    "I've put 30 minutes in your calendar for Thursday 3/5 at 11am - no prep needed, I just "
    "want to hear how things are going and what we could do better.\n\nMarcus\n"
    "VP Engineering, Fernway",
)
p(
    "job_midyear_review_ics",
    "other",
    "Workday <fernway@myworkday.example>",
    "Mid-year check-in scheduled with Dana Cho",
    "Your mid-year performance check-in with your manager Dana Cho has been scheduled for "
    "Wednesday, March 11, 2026 at 2:00 PM. Please complete your self-reflection in Workday "
    "before the meeting.",
    ics=ics(
        "Mid-year check-in: Alex Morgan / Dana Cho",
        "20260311T190000Z",
        "20260311T200000Z",
        "dana.cho@fernway.example",
        "Dana Cho",
    ),
)
p(
    "job_review_de",
    "other",
    "Petra Lang <petra.lang@nordwerk.example>",
    "Jahresgespräch 2026",
    "Hallo Alex,\n\nwie angekündigt führen wir diesen Monat die Jahresgespräche. Deins ist am "
    "Mittwoch, 11. März um 10 Uhr im Raum Elbe. Bitte bring deine Zielvereinbarung vom "
    "letzten Jahr mit.\n\nViele Grüße\nPetra\nTeamleiterin Vertrieb",
)
p(
    "job_review_fr",
    "other",
    "Sophie Marchand <sophie.marchand@atelier-verne.example>",
    "Entretien annuel d'évaluation",
    "Bonjour Alex,\n\nJe te propose de faire ton entretien annuel d'évaluation le jeudi 12 mars "
    "à 14h dans mon bureau. Pense à remplir ton auto-évaluation sur le portail RH avant.\n\n"
    "Bonne journée,\nSophie\nResponsable d'équipe",
)
p(
    "job_review_es",
    "other",
    "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
    "Evaluación de desempeño",
    "Hola Alex,\n\nte confirmo tu reunión de evaluación de desempeño anual el martes 10 de marzo "
    "a las 12:00 en la sala 3. Repasaremos tus objetivos del año y el plan de formación.\n\n"
    "Un saludo,\nCarmen Ruiz\nJefa de equipo",
)
p(
    "job_promo_case",
    "other",
    "Dana Cho <dana.cho@fernway.example>",
    "Your promotion case - calibration on Friday",
    "Hi Alex,\n\nHeads up: your promotion to Senior Engineer goes to calibration on Friday "
    "3/6 at 1pm. You don't need to attend - I'll present your case and let you know the "
    "outcome right after.\n\nDana",
)
p(
    "job_career_convo",
    "other",
    "Dana Cho <dana.cho@fernway.example>",
    "Career conversation",
    "Hey Alex, as promised let's have a proper career conversation - where you want to be in "
    "two years, whether the staff track or management appeals. Booked us a room for Monday "
    "3/9 at 4pm.\n\nDana",
)
p(
    "job_pip_hr",
    "other",
    "People Team <people@fernway.example>",
    "Meeting with HR - Thursday",
    "Hi Alex,\n\nWe'd like to meet with you and your manager on Thursday 3/5 at 9:30am in "
    "the Birch room to discuss your performance improvement plan. You may bring a colleague "
    "with you.\n\nFernway People Team",
)
p(
    "job_team_standup_ics",
    "other",
    "Raj Mehta <raj.mehta@fernway.example>",
    "Invitation: Sprint planning - Platform team",
    "Sprint planning for sprint 42. Please groom your tickets beforehand.",
    ics=ics(
        "Sprint planning - Platform team",
        "20260309T150000Z",
        "20260309T163000Z",
        "raj.mehta@fernway.example",
        "Raj Mehta",
        attendees=(("Dana Cho", "dana.cho@fernway.example"),),
    ),
)
# ---------------------------------------------------------------------------------------
# B. After an accepted offer: first day, orientation, paperwork, IT, buddy lunch
p(
    "onboard_first_day",
    "other",
    "Lena Fisher <lena.fisher@harbourline.example>",
    "Welcome to Harbourline - your first day",
    "Hi Alex,\n\nWe're so happy you accepted our offer for the Data Analyst role! Your first "
    "day is Monday 3/9. Please come to reception at 9:00am, where your manager Tom Bell will "
    "meet you and walk you through the week.\n\nWelcome aboard,\nLena Fisher\nPeople "
    "Operations",
)
p(
    "onboard_orientation_ics",
    "other",
    "Lena Fisher <lena.fisher@harbourline.example>",
    "Invitation: New Hire Orientation - Alex Morgan",
    "Welcome! Orientation covers benefits, security training and your laptop setup.",
    ics=ics(
        "New Hire Orientation - Alex Morgan",
        "20260309T140000Z",
        "20260309T170000Z",
        "lena.fisher@harbourline.example",
        "Lena Fisher",
        location="Harbourline HQ, Training Room 2",
        description="Orientation for new starters. Bring photo ID for your badge.",
    ),
)
p(
    "onboard_paperwork",
    "other",
    "HR Onboarding <onboarding@harbourline.example>",
    "Action needed: bring your documents on day one",
    "Hi Alex,\n\nCongratulations again on your new role. To complete your I-9, please bring "
    "your passport or another accepted document to your appointment with HR on Monday, "
    "March 9 at 10:30 AM.\n\nHR Onboarding, Harbourline",
)
p(
    "onboard_it_setup",
    "other",
    "IT Service Desk <itdesk@harbourline.example>",
    "Laptop pickup and account setup",
    "Hello Alex,\n\nYour laptop is ready. Your IT setup session with Kevin from the service "
    "desk is booked for Monday 3/9 at 1pm (30 min). You'll set up MFA and email.\n\n"
    "IT Service Desk",
)
p(
    "onboard_buddy_lunch",
    "other",
    "Priya Anand <priya.anand@harbourline.example>",
    "Hi from your onboarding buddy!",
    "Hey Alex,\n\nI'm your onboarding buddy for the first few weeks - welcome to the team! "
    "Let's grab lunch on your first Wednesday, 3/11 at 12:30, and I'll show you where "
    "everything is.\n\nPriya",
)
p(
    "onboard_de",
    "other",
    "Katrin Vogel <k.vogel@nordwerk.example>",
    "Ihr erster Arbeitstag bei Nordwerk",
    "Hallo Alex,\n\nschön, dass Sie sich für uns entschieden haben! Ihr erster Arbeitstag ist "
    "Montag, der 9. März. Bitte melden Sie sich um 8:30 Uhr am Empfang, dort holt Sie Ihr "
    "Teamleiter Herr Brandt ab. Den unterschriebenen Arbeitsvertrag haben wir erhalten.\n\n"
    "Viele Grüße\nKatrin Vogel\nPersonalabteilung",
)
p(
    "onboard_fr",
    "other",
    "Julie Perrin <julie.perrin@atelier-verne.example>",
    "Votre arrivée le 9 mars",
    "Bonjour Alex,\n\nNous sommes ravis de vous accueillir dans l'équipe ! Votre journée "
    "d'intégration aura lieu le lundi 9 mars à 9h30 au siège. Votre manager, Marc Roux, vous "
    "présentera l'équipe. Votre contrat signé nous est bien parvenu.\n\nJulie Perrin\n"
    "Ressources humaines",
)
# "¡Bienvenido al equipo!" after the contract: offer wording, as "welcome to the team" is in
# English. Closing the case as an offer is right (the user has the job); what matters is
# that the first-day meeting with the manager is no interview.
p(
    "onboard_es",
    "offer",
    "Laura Gómez <laura.gomez@grupoalba.example>",
    "Bienvenida - tu primer día",
    "Hola Alex,\n\n¡Bienvenido al equipo! Tu primer día será el lunes 9 de marzo. Te esperamos "
    "a las 9:00 en recepción; tu responsable, Diego Martín, te presentará al equipo y "
    "tendrás la sesión de acogida a las 10:00.\n\nLaura Gómez\nRecursos Humanos",
)
p(
    "onboard_benefits_webinar",
    "other",
    "Benefits Team <benefits@harbourline.example>",
    "Benefits enrollment session for new hires",
    "Hi Alex,\n\nAs a new hire, you're invited to a benefits enrollment session on Tuesday "
    "3/10 at 11am where we'll walk through medical, dental and 401(k) options. Please "
    "enroll within 30 days of your start date.\n\nBenefits Team",
)
p(
    "onboard_welcome_new_hire_team",
    "other",
    "Tom Bell <tom.bell@harbourline.example>",
    "Team lunch to welcome Alex",
    "Hi team,\n\nAlex Morgan joins us on Monday as our new Data Analyst. Let's take Alex out "
    "for a welcome lunch on Tuesday 3/10 at 12:30 at Nonna's.\n\nTom",
    to="Data Team <data-team@harbourline.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
# ---------------------------------------------------------------------------------------
# C. Checks around a new job: background check, drug test, medical, right to work
p(
    "check_fingerprint",
    "other",
    "Sterling Checks <noreply@sterlingchecks.example>",
    "Fingerprint appointment confirmed",
    "Hi Alex,\n\nAs part of the background check requested by Harbourline, your fingerprinting "
    "appointment is confirmed for Wednesday, March 4 at 8:30 AM at the IdentoGO center, "
    "120 Main St. Bring a government-issued photo ID.",
)
p(
    "check_drug_screen",
    "other",
    "Quest Diagnostics <no-reply@questdx.example>",
    "Your pre-employment drug screen",
    "Alex Morgan, your employer-requested drug screen is scheduled for Thursday 3/5 at 7:45 AM "
    "at Patient Service Center #1182. Donor ID: 44812. Do not drink large amounts of water "
    "before your test.",
)
p(
    "check_occ_health_uk",
    "other",
    "Occupational Health <ohs@northgatehealth.example>",
    "Pre-employment health assessment",
    "Dear Alex,\n\nFollowing your conditional offer for the Staff Nurse post, you are booked "
    "for a pre-employment health assessment with our occupational health nurse on Friday 6 "
    "March at 10:15. Please bring your vaccination records.\n\nOccupational Health",
)
p(
    "check_medical_de",
    "other",
    "Betriebsarzt Nordwerk <arbeitsmedizin@nordwerk.example>",
    "Einstellungsuntersuchung",
    "Guten Tag Alex Morgan,\n\nfür Ihre Einstellungsuntersuchung haben wir einen Termin am "
    "Donnerstag, 5. März um 8:00 Uhr beim Betriebsarzt Dr. Hartmann reserviert. Bitte "
    "kommen Sie nüchtern.\n\nArbeitsmedizinischer Dienst",
)
p(
    "check_medical_fr",
    "other",
    "Service de santé au travail <rdv@sante-travail.example>",
    "Convocation visite d'information et de prévention",
    "Madame, Monsieur,\n\nDans le cadre de votre embauche chez Atelier Verne, vous êtes "
    "convoqué(e) à une visite d'information et de prévention le mardi 10 mars à 8h45 avec "
    "le Dr Lemaire.\n\nLe service de santé au travail",
)
p(
    "check_medical_es",
    "other",
    "Prevención Salud <citas@prevencionsalud.example>",
    "Cita reconocimiento médico",
    "Estimado/a Alex Morgan:\n\nle recordamos su cita para el reconocimiento médico de "
    "incorporación el miércoles 4 de marzo a las 8:30 en nuestra clínica de la calle Mayor "
    "12. Acuda en ayunas.\n\nPrevención Salud",
)
p(
    "check_id_video",
    "other",
    "Verify Team <verify@trustid.example>",
    "Right to work check - video call booked",
    "Hi Alex,\n\nYour right to work video check for Northgate Health is booked for Tuesday "
    "3/10 at 9am. An agent will ask you to hold your passport up to the camera. It takes "
    "5 minutes.\n\nTrustID Verify Team",
)
p(
    "check_dbs_ics",
    "other",
    "Priya Shah <priya.shah@northgatehealth.example>",
    "Invitation: ID check for DBS - Alex Morgan",
    "Please bring three documents from the DBS list.",
    ics=ics(
        "ID check for DBS - Alex Morgan",
        "20260306T150000Z",
        "20260306T153000Z",
        "priya.shah@northgatehealth.example",
        "Priya Shah",
        location="Northgate Health, HR office",
    ),
)
# ---------------------------------------------------------------------------------------
# D. The user as someone else's referee
p(
    "ref_for_friend",
    "other",
    "Hannah Cole <hannah.cole@brightpath.example>",
    "Reference for Jordan Price",
    "Hi Alex,\n\nJordan Price has given your name as a referee for the Operations Lead role "
    "here at BrightPath. Thanks for agreeing to speak with me - I've booked our reference call "
    "for Wednesday 3/4 at 1pm; I'll ring you on the number Jordan gave.\n\nHannah Cole\n"
    "Talent Acquisition, BrightPath",
)
p(
    "ref_agency",
    "other",
    "Mark Dunn <mark.dunn@peakstaffing.example>",
    "Reference call re: Sam Lee",
    "Hi Alex,\n\nSam Lee is a candidate of ours for a senior role and named you as a former "
    "manager. Confirming our 15-minute reference call on Thursday 3/5 at 10am.\n\nMark Dunn\n"
    "Senior Consultant, Peak Staffing",
)
p(
    "ref_ics",
    "other",
    "Hannah Cole <hannah.cole@brightpath.example>",
    "Invitation: Reference check - Jordan Price (candidate)",
    "Reference check for our candidate Jordan Price. Thank you for helping!",
    ics=ics(
        "Reference check - Jordan Price (candidate)",
        "20260304T180000Z",
        "20260304T181500Z",
        "hannah.cole@brightpath.example",
        "Hannah Cole",
    ),
)
p(
    "ref_de",
    "other",
    "Sabine Koch <s.koch@rheintal-it.example>",
    "Referenz für Herrn Yilmaz",
    "Guten Tag Herr Morgan,\n\nHerr Yilmaz hat sich bei uns als Entwickler beworben und Sie als "
    "Referenz angegeben. Vielen Dank, dass Sie sich Zeit nehmen: Ich rufe Sie wie besprochen "
    "am Donnerstag, 5. März um 15 Uhr an.\n\nMit freundlichen Grüßen\nSabine Koch\nRecruiting",
)
p(
    "ref_fr",
    "other",
    "Nadia Benali <nadia.benali@cabinet-orion.example>",
    "Prise de références - Mme Lefèvre",
    "Bonjour,\n\nMme Lefèvre, candidate au poste de responsable comptable, vous a cité comme "
    "référence. Comme convenu, je vous appellerai le mercredi 4 mars à 11h pour un échange "
    "d'une quinzaine de minutes.\n\nNadia Benali\nConsultante recrutement, Cabinet Orion",
)
p(
    "ref_es",
    "other",
    "Jorge Peña <jorge.pena@talentia.example>",
    "Referencias de Lucía Torres",
    "Hola Alex,\n\nLucía Torres, candidata al puesto de diseñadora, nos ha facilitado tu "
    "contacto como referencia. Te llamo el jueves 5 de marzo a las 17:00 como acordamos, "
    "serán unos 10 minutos.\n\nJorge Peña\nConsultor de selección, Talentia",
)
p(
    "ref_written_deadline",
    "other",
    "Hannah Cole <hannah.cole@brightpath.example>",
    "Reference request: Jordan Price",
    "Hi Alex,\n\nJordan Price has applied for a role with us and listed you as a referee. "
    "Could you complete the short reference form by Friday 3/6 at 5pm? It takes about ten "
    "minutes.\n\nhttps://forms.brightpath.example/ref/8812\n\nHannah",
)
# ---------------------------------------------------------------------------------------
# E. The user interviews candidates for their own team
p(
    "hirer_loop_ics",
    "other",
    "Recruiting Coordinator <coordinator@fernway.example>",
    "Invitation: Interview - Priya Rao (Backend Engineer) - Coding round",
    "You are interviewing Priya Rao for Backend Engineer. Interview kit and scorecard: "
    "https://fernway.greenhouse.example/kit/4412",
    ics=ics(
        "Interview - Priya Rao (Backend Engineer) - Coding round",
        "20260305T190000Z",
        "20260305T200000Z",
        "coordinator@fernway.example",
        "Recruiting Coordinator",
        attendees=(("Priya Rao", "priya.rao@gmail.com"),),
        description="Interviewer: Alex Morgan. Please submit feedback within 24h.",
    ),
)
p(
    "hirer_candidate_confirms",
    "other",
    "Daniel Osei <daniel.osei@gmail.com>",
    "Re: Interview for the Data Engineer role",
    "Dear Alex,\n\nThank you for the invitation to interview for the Data Engineer position "
    "on your team. I'm happy to confirm Thursday 3/5 at 2pm and look forward to meeting you "
    "and Dana.\n\nBest regards,\nDaniel Osei",
    headers={"In-Reply-To": "<inv-1@fernway.example>"},
)
p(
    "hirer_shadow",
    "other",
    "Raj Mehta <raj.mehta@fernway.example>",
    "Shadow an interview?",
    "Hi Alex,\n\nPart of becoming an interviewer here is shadowing two interviews first. "
    "Want to join me for the system design interview with a candidate on Wednesday 3/4 at "
    "3pm? Just observe and take notes.\n\nRaj",
)
p(
    "hirer_debrief",
    "other",
    "Recruiting <recruiting@fernway.example>",
    "Debrief: Senior Designer candidate",
    "Hi all,\n\nThe debrief for our Senior Designer candidate, Mia Tran, is on Friday 3/6 at "
    "4pm. Please have your scorecards in before then.\n\nRecruiting",
    to="Hiring panel <panel@fernway.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
p(
    "hirer_de",
    "other",
    "Anja Schulz <anja.schulz@nordwerk.example>",
    "Bewerbungsgespräch Herr Demir - du bist dabei",
    "Hallo Alex,\n\nkannst du am Dienstag, 10. März um 14 Uhr beim Bewerbungsgespräch mit "
    "Herrn Demir (Bewerber Backend) dabei sein? Ich schicke dir vorher seinen Lebenslauf.\n\n"
    "Danke!\nAnja\nHR Business Partner",
)
p(
    "hirer_fr",
    "other",
    "Camille Roy <camille.roy@atelier-verne.example>",
    "Entretien candidat - jeudi",
    "Salut Alex,\n\nTu fais passer l'entretien technique de Mme Nguyen (candidate au poste de "
    "développeuse) jeudi 5 mars à 10h ? Je t'envoie son CV.\n\nMerci !\nCamille",
)
p(
    "hirer_es",
    "other",
    "Marta Vidal <marta.vidal@grupoalba.example>",
    "Entrevista con candidato - martes",
    "Hola Alex,\n\n¿puedes entrevistar al candidato para el puesto de analista, Pablo Ortega, "
    "el martes 10 de marzo a las 11:00? Te mando su CV y la guía de preguntas.\n\nGracias,\n"
    "Marta\nRecursos Humanos",
)
p(
    "hirer_agency_cv",
    "other",
    "Kate Moss <kate@brightrecruit.example>",
    "Candidate for your Analyst vacancy - Thursday 2pm confirmed",
    "Hi Alex,\n\nGreat news: Ben Ode is available to meet you for your Analyst vacancy on "
    "Thursday 3/5 at 2pm at your office. His CV is attached. Let me know how it goes!\n\n"
    "Kate\nSenior Recruiter, Bright Recruit",
)
# ---------------------------------------------------------------------------------------
# F. Press, panels and talks
p(
    "talk_panel_speaker",
    "other",
    "Events Team <events@techweek.example>",
    "Speaker briefing: Future of Work panel",
    "Hi Alex,\n\nThanks for joining our Future of Work panel! The speaker briefing call is on "
    "Wednesday 3/4 at 4pm, and the panel itself is Thursday 3/12 at 6pm on the main stage. "
    "Our moderator, Nina Shah, will ask about hiring and remote interviews.\n\nEvents Team",
)
p(
    "talk_fireside_ics",
    "other",
    "Omar Said <omar@founders-circle.example>",
    "Invitation: Fireside chat with Alex Morgan",
    "Looking forward to our conversation on stage!",
    ics=ics(
        "Fireside chat with Alex Morgan",
        "20260310T230000Z",
        "20260311T000000Z",
        "omar@founders-circle.example",
        "Omar Said",
        location="Founders Circle Loft",
        description="A moderated Q&A with our guest Alex Morgan about building data teams.",
    ),
)
p(
    "press_tv_film",
    "other",
    "Gemma Hart <gemma.hart@channelsix.example>",
    "Filming on Tuesday",
    "Hi Alex,\n\nThanks for agreeing to take part in our report on graduate jobs. The crew "
    "will come to film the interview at your flat on Tuesday 3/10 at 10am; it will take "
    "about an hour and air next month.\n\nGemma Hart\nProducer, Channel Six News",
)
p(
    "press_blog_es",
    "other",
    "Irene Campos <irene@blogempleo.example>",
    "Entrevista para el blog",
    "Hola Alex,\n\n¡gracias por aceptar! La entrevista para nuestro blog sobre personas que "
    "cambian de carrera será el viernes 6 de marzo a las 16:00 por videollamada. La "
    "publicaremos la semana siguiente.\n\nIrene Campos\nRedactora",
)
p(
    "press_podcast_de",
    "other",
    "Lukas Brandt <lukas@karrierefunk.example>",
    "Aufnahme am Donnerstag",
    "Hallo Alex,\n\nsuper, dass du bei unserem Podcast dabei bist! Die Aufnahme für die Folge "
    "über Quereinstieg in die IT ist am Donnerstag, 5. März um 18 Uhr über Zencastr.\n\n"
    "Bis dann\nLukas\nHost, Karrierefunk",
)
p(
    "press_magazine_fr",
    "other",
    "Elise Martin <elise.martin@mag-carrieres.example>",
    "Interview pour le magazine",
    "Bonjour Alex,\n\nMerci d'avoir accepté de répondre à nos questions pour le numéro de mai. "
    "Je vous propose de faire l'interview par téléphone le mercredi 11 mars à 15h, puis notre "
    "photographe passera le lendemain.\n\nÉlise Martin\nRédactrice",
)
# ---------------------------------------------------------------------------------------
# G. Admissions and scholarships
p(
    "adm_mmi",
    "other",
    "Admissions <admissions@stjude-med.example>",
    "MMI invitation - Medicine (A100)",
    "Dear Alex,\n\nWe are pleased to invite you to our Multiple Mini Interviews for Medicine. "
    "Your MMI circuit is on Wednesday 11 March at 9:00am. Please bring photo ID and your UCAS "
    "number.\n\nMedical School Admissions",
)
p(
    "adm_oxford_ics",
    "other",
    "Balliol Admissions <admissions@balliol-example.ac.uk>",
    "Invitation: Admissions interview - PPE - Alex Morgan",
    "Your interview for PPE will be on Teams.",
    ics=ics(
        "Admissions interview - PPE - Alex Morgan",
        "20260310T150000Z",
        "20260310T153000Z",
        "admissions@balliol-example.ac.uk",
        "Balliol Admissions",
        description="Tutors: Dr Hall and Dr Singh. Undergraduate admissions interview.",
    ),
)
p(
    "adm_stipendium_de",
    "other",
    "Studienstiftung <auswahl@stiftung-example.de>",
    "Einladung zum Auswahlseminar",
    "Liebe Alex Morgan,\n\nwir freuen uns, Sie zum Auswahlseminar für unser Stipendienprogramm "
    "einzuladen. Ihre beiden Einzelgespräche finden am Samstag, 7. März um 10:00 und 14:00 Uhr "
    "statt.\n\nIhre Studienstiftung",
)
p(
    "adm_master_fr",
    "other",
    "Scolarité Master <master-admission@univ-example.fr>",
    "Convocation entretien de sélection - Master 2",
    "Bonjour,\n\nVotre dossier de candidature au Master 2 Économie a retenu notre attention. "
    "Vous êtes convoqué(e) à un entretien de sélection le lundi 9 mars à 14h30 devant la "
    "commission pédagogique.\n\nLe secrétariat du Master",
)
p(
    "adm_boarding_es",
    "other",
    "Colegio San Miguel <admisiones@sanmiguel.example>",
    "Entrevista familiar - admisión 2026",
    "Estimada familia Morgan:\n\nles confirmamos la entrevista familiar del proceso de admisión "
    "de su hija el jueves 5 de marzo a las 17:30 con la directora, la Sra. Ferrer.\n\n"
    "Departamento de Admisiones",
)
p(
    "adm_bootcamp",
    "other",
    "CodeForge Admissions <admissions@codeforge.example>",
    "Your admissions interview is booked",
    "Hi Alex,\n\nThanks for applying to the CodeForge Full-Stack Bootcamp (cohort 14). Your "
    "admissions interview with our admissions advisor Leo Park is booked for Wednesday 3/4 "
    "at 6pm ET on Zoom. We'll talk about your motivation and run a short logic exercise.\n\n"
    "CodeForge Admissions",
)
# ---------------------------------------------------------------------------------------
# H. Consulates, visas, civic appointments
p(
    "visa_fr_consulat",
    "other",
    "Consulat général <rdv@consulat-example.fr>",
    "Confirmation de rendez-vous - demande de visa",
    "Bonjour,\n\nVotre rendez-vous pour le dépôt de votre demande de visa long séjour "
    "(travailleur salarié) est confirmé le jeudi 5 mars 2026 à 9h15. Un entretien avec un "
    "agent consulaire pourra avoir lieu.\n\nConsulat général",
)
p(
    "visa_es_cita",
    "other",
    "Consulado <citas@consulado-example.es>",
    "Cita previa confirmada",
    "Estimado/a solicitante:\n\nsu cita para la entrevista de visado de trabajo queda "
    "confirmada el martes 10 de marzo de 2026 a las 10:40 en la sección consular. Traiga el "
    "contrato de trabajo y el pasaporte.",
)
p(
    "visa_biometrics",
    "other",
    "VFS Global <donotreply@vfs-example.com>",
    "Appointment Letter - Biometrics",
    "Dear ALEX MORGAN,\n\nYour appointment at the Visa Application Centre is confirmed.\n"
    "Date: 09/03/2026\nTime: 11:30\nCategory: Skilled Worker visa - biometrics\nPlease arrive "
    "15 minutes before your slot.",
)
p(
    "civic_buergeramt",
    "other",
    "Bürgeramt Mitte <terminvereinbarung@berlin-example.de>",
    "Terminbestätigung Anmeldung einer Wohnung",
    "Sehr geehrte/r Alex Morgan,\n\nhiermit bestätigen wir Ihren Termin: Anmeldung einer "
    "Wohnung, Donnerstag, 05.03.2026, 09:20 Uhr, Bürgeramt Rathaus Mitte. Bitte bringen Sie "
    "die Wohnungsgeberbestätigung mit.",
)
p(
    "visa_embassy_ics",
    "other",
    "US Visa Scheduling <noreply@ustraveldocs.example>",
    "Invitation: Visa interview - H-1B - Alex Morgan",
    "Bring your I-797 approval notice and employer letter.",
    ics=ics(
        "Visa interview - H-1B - Alex Morgan",
        "20260312T130000Z",
        "20260312T140000Z",
        "noreply@ustraveldocs.example",
        "US Visa Scheduling",
        location="U.S. Consulate General, Consular Section",
    ),
)
# ---------------------------------------------------------------------------------------
# I. Viewings
p(
    "view_de",
    "other",
    "Hausverwaltung Krüger <vermietung@krueger-hv.example>",
    "Besichtigungstermin Lindenstraße 12",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Anfrage. Gerne bestätigen wir den "
    "Besichtigungstermin am Samstag, 7. März um 11:00 Uhr. Herr Krüger erwartet Sie vor dem "
    "Haus. Bitte bringen Sie eine Selbstauskunft und Gehaltsnachweise mit.\n\n"
    "Hausverwaltung Krüger",
)
p(
    "view_fr",
    "other",
    "Agence du Parc <location@agenceduparc.example>",
    "Visite de l'appartement rue Victor Hugo",
    "Bonjour,\n\nJe vous confirme la visite de l'appartement T2 rue Victor Hugo le samedi 7 "
    "mars à 10h30. Pensez à préparer votre dossier (contrat de travail, trois derniers "
    "bulletins de salaire).\n\nThomas, Agence du Parc",
)
p(
    "view_es",
    "other",
    "Inmobiliaria Sol <pisos@inmosol.example>",
    "Visita al piso de la calle Alcalá",
    "Hola Alex,\n\nte confirmo la visita al piso de la calle Alcalá el sábado 7 de marzo a "
    "las 12:00. Si te encaja, necesitaremos tu contrato de trabajo y las últimas nóminas.\n\n"
    "Sergio, Inmobiliaria Sol",
)
p(
    "view_ics",
    "other",
    "Maple Lettings <viewings@maplelettings.example>",
    "Invitation: Viewing - 5 Oak Street, Flat 3",
    "Your agent Ruth will meet you outside.",
    ics=ics(
        "Viewing - 5 Oak Street, Flat 3",
        "20260307T160000Z",
        "20260307T163000Z",
        "viewings@maplelettings.example",
        "Maple Lettings",
        location="5 Oak Street",
    ),
)
p(
    "view_open_house",
    "bulk",
    "Redfin Alerts <listings@redfin-example.com>",
    "Open house this Saturday: 14 Birch Lane",
    "Open house Saturday 3/7, 1:00 PM - 3:00 PM. 3 bd, 2 ba, $489,000. Meet the listing agent "
    "and tour the home." + FOOTER,
    headers=LIST,
)
# ---------------------------------------------------------------------------------------
# J. Schools
p(
    "school_elternsprechtag",
    "other",
    "Grundschule am Park <sekretariat@gs-ampark.example>",
    "Elternsprechtag - Ihr Termin",
    "Liebe Eltern,\n\nIhr Gesprächstermin mit Frau Schneider (Klassenlehrerin 3b) am "
    "Elternsprechtag ist am Donnerstag, 5. März um 16:20 Uhr in Raum 104.\n\nMit freundlichen "
    "Grüßen\nDas Sekretariat",
)
p(
    "school_fr_parents",
    "other",
    "Collège Jean Moulin <vie-scolaire@clg-jeanmoulin.example>",
    "Rencontre parents-professeurs",
    "Madame, Monsieur,\n\nVotre rendez-vous avec M. Garnier, professeur principal de votre "
    "enfant, est confirmé le mardi 10 mars à 17h40 en salle B12.\n\nLa vie scolaire",
)
p(
    "school_es_tutoria",
    "other",
    "Colegio Los Pinos <tutorias@lospinos.example>",
    "Tutoría con la profesora",
    "Hola familia,\n\nla tutoría con la profesora Elena Ruiz queda fijada para el miércoles 4 "
    "de marzo a las 16:30 en el aula de 2ºB.\n\nUn saludo,\nColegio Los Pinos",
)
p(
    "school_conference_ics",
    "other",
    "Maplewood Elementary <office@maplewood-elem.example>",
    "Invitation: Parent-Teacher Conference - Maya Morgan",
    "Conference with Mrs. Lopez (Grade 3).",
    ics=ics(
        "Parent-Teacher Conference - Maya Morgan",
        "20260305T213000Z",
        "20260305T214500Z",
        "office@maplewood-elem.example",
        "Maplewood Elementary",
    ),
)
# ---------------------------------------------------------------------------------------
# K. Tryouts, auditions, callbacks
p(
    "aud_callback",
    "other",
    "Westside Players <casting@westsideplayers.example>",
    "Callback - Into the Woods",
    "Hi Alex,\n\nCongratulations - you've been called back for the role of the Baker! "
    "Callbacks are Thursday 3/5 at 7pm at the Community Hall. Please learn the sides "
    "attached.\n\nThe production team",
)
p(
    "aud_choir_de",
    "other",
    "Kammerchor Hamburg <vorstand@kammerchor-hh.example>",
    "Vorsingen am Dienstag",
    "Hallo Alex,\n\nschön, dass du bei uns mitsingen möchtest! Dein Vorsingen ist am Dienstag, "
    "10. März um 19:30 Uhr bei unserem Chorleiter Herrn Albers. Bitte bereite ein Lied "
    "deiner Wahl vor.\n\nDer Vorstand",
)
p(
    "aud_conserv_fr",
    "other",
    "Conservatoire municipal <concours@conservatoire-example.fr>",
    "Convocation audition d'entrée",
    "Bonjour,\n\nVous êtes convoqué(e) à l'audition d'entrée en cycle 3 (violon) le samedi "
    "7 mars à 14h10, salle Ravel. Le jury sera composé de trois professeurs.\n\n"
    "Le conservatoire",
)
p(
    "aud_orchestra_es",
    "other",
    "Orquesta Joven <audiciones@orquestajoven.example>",
    "Prueba de acceso - viola",
    "Hola Alex,\n\nte confirmamos tu prueba de acceso a la orquesta (viola) el domingo 8 de "
    "marzo a las 11:20 en el auditorio. El tribunal escuchará el primer movimiento de tu "
    "concierto.\n\nOrquesta Joven",
)
p(
    "tryout_kids",
    "other",
    "Riverside Youth Soccer <registrar@riversidesoccer.example>",
    "U12 travel team tryouts",
    "Dear Parent,\n\nMaya is registered for U12 travel team tryouts on Saturday 3/7 at 9:00am "
    "at Field 3. Coaches will evaluate players in small-sided games.\n\nRiverside Youth Soccer",
)
p(
    "tryout_rowing_ics",
    "other",
    "Coach Ellis <ellis@cityrowing.example>",
    "Invitation: Erg test + selection - Alex Morgan",
    "2k erg test for novice squad selection.",
    ics=ics(
        "Erg test + selection - Alex Morgan",
        "20260307T130000Z",
        "20260307T143000Z",
        "ellis@cityrowing.example",
        "Coach Ellis",
        location="City Rowing Club boathouse",
    ),
)
# ---------------------------------------------------------------------------------------
# L. Volunteering shifts
p(
    "vol_foodbank",
    "other",
    "Harbor Food Bank <volunteer@harborfoodbank.example>",
    "Shift confirmed: Saturday sorting",
    "Hi Alex,\n\nThanks for signing up! Your volunteer shift is confirmed for Saturday 3/7, "
    "9:00am - 12:00pm. Your shift lead, Maria, will meet you at the loading dock.\n\n"
    "Harbor Food Bank",
)
p(
    "vol_de",
    "other",
    "Tafel Nord <einsatz@tafel-nord.example>",
    "Dein Einsatz am Samstag",
    "Hallo Alex,\n\ndanke für deine Hilfe! Dein Einsatz bei der Ausgabe ist am Samstag, "
    "7. März von 10 bis 13 Uhr. Ansprechpartnerin vor Ort ist Frau Becker.\n\nTafel Nord",
)
p(
    "vol_fr",
    "other",
    "Restos du Quartier <benevoles@restos-quartier.example>",
    "Ton créneau bénévole",
    "Salut Alex,\n\nMerci pour ton inscription ! Ton créneau de bénévole est confirmé le "
    "samedi 7 mars de 9h à 12h. Demande Julien en arrivant.\n\nL'équipe bénévoles",
)
p(
    "vol_es",
    "other",
    "Banco de Alimentos <voluntariado@bancoalimentos.example>",
    "Turno de voluntariado",
    "Hola Alex,\n\ngracias por apuntarte. Tu turno de voluntariado es el sábado 7 de marzo de "
    "10:00 a 14:00 en el almacén. Pregunta por Rosa, la coordinadora.\n\nBanco de Alimentos",
)
p(
    "vol_ics",
    "other",
    "Park Cleanup Crew <crew@parkcleanup.example>",
    "Invitation: Volunteer shift - Riverside Park cleanup",
    "Gloves and bags provided.",
    ics=ics(
        "Volunteer shift - Riverside Park cleanup",
        "20260307T140000Z",
        "20260307T170000Z",
        "crew@parkcleanup.example",
        "Park Cleanup Crew",
    ),
)
# ---------------------------------------------------------------------------------------
# M. Webinars and workshops on interviewing
p(
    "web_ace_interview",
    "bulk",
    "JobBoost Events <events@jobboost.example>",
    "Tomorrow: Ace Your Interview (live)",
    "Hi Alex,\n\nReminder: our free live workshop Ace Your Interview starts tomorrow, "
    "Tuesday 3/3 at 12:00 PM ET. Recruiter Sarah Kim will share how to answer behavioural "
    "questions and what hiring managers look for.\n\nJoin: https://zoom.us/w/555" + FOOTER,
    headers=LIST,
)
p(
    "web_de",
    "bulk",
    "Karriere Akademie <webinar@karriere-akademie.example>",
    "Ihr Platz im Webinar: Das perfekte Vorstellungsgespräch",
    'Hallo Alex,\n\nSie sind für unser Webinar "Das perfekte Vorstellungsgespräch" am '
    "Donnerstag, 5. März um 18 Uhr angemeldet. Referentin: Dr. Julia Brenner.\n\n"
    "Abmelden | Newsletter-Einstellungen",
    headers=LIST,
)
p(
    "web_fr_atelier",
    "other",
    "Conseillère Emploi <conseil@emploi-public.example>",
    "Atelier : préparer son entretien d'embauche",
    "Bonjour Alex,\n\nVous êtes inscrit(e) à l'atelier collectif « Préparer son entretien "
    "d'embauche » le mardi 10 mars à 9h30 dans nos locaux. L'atelier dure trois heures.\n\n"
    "Votre conseillère",
)
p(
    "web_es_taller",
    "other",
    "Servicio de Empleo <orientacion@empleo-example.es>",
    "Taller: cómo superar una entrevista de trabajo",
    'Hola Alex,\n\nte confirmamos tu plaza en el taller "Cómo superar una entrevista de '
    'trabajo" el jueves 5 de marzo a las 10:00 en el aula 2. Duración: 2 horas.\n\n'
    "Servicio de Orientación Laboral",
)
p(
    "web_library",
    "other",
    "Central Library <events@centrallibrary.example>",
    "You're registered: Interview Skills Workshop",
    "Hi Alex,\n\nYou're registered for Interview Skills Workshop on Wednesday, March 4 at "
    "6:00 PM in the Community Room. Practice answering common interview questions in small "
    "groups.\n\nCentral Library Events",
)
p(
    "web_linkedin_live_ics",
    "bulk",
    "LinkedIn Events <events-noreply@linkedin.example>",
    "Starts soon: How recruiters read your CV",
    "The event you registered for starts soon." + FOOTER,
    headers=LIST,
    ics=ics(
        "How recruiters read your CV - LinkedIn Live",
        "20260304T170000Z",
        "20260304T180000Z",
        "events-noreply@linkedin.example",
        "LinkedIn Events",
        extra="X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    ),
)
# ---------------------------------------------------------------------------------------
# N. Career fairs and networking slots
p(
    "fair_speed_networking",
    "other",
    "Career Services <careers@uni-example.edu>",
    "Your speed networking slot",
    "Hi Alex,\n\nYou're registered for Alumni Speed Networking on Thursday 3/5. Your table "
    "rotation starts at 6:20pm; you'll have 8 minutes with each alum. Bring a few copies of "
    "your CV.\n\nCareer Services",
)
p(
    "fair_de_jobmesse",
    "other",
    "Jobmesse Nord <tickets@jobmesse-nord.example>",
    "Ihr Ticket für die Jobmesse",
    "Hallo Alex,\n\nvielen Dank für Ihre Anmeldung zur Jobmesse Nord am Samstag, 14. März, "
    "10 bis 16 Uhr. Über 80 Arbeitgeber freuen sich auf Gespräche mit Ihnen; der "
    "Bewerbungsmappen-Check öffnet um 11 Uhr.\n\nIhr Messeteam",
)
p(
    "fair_fr_forum",
    "other",
    "Forum Emploi <inscriptions@forum-emploi.example>",
    "Votre inscription au Forum Emploi",
    "Bonjour Alex,\n\nVotre inscription au Forum Emploi du jeudi 12 mars est confirmée. Portes "
    "ouvertes de 9h à 17h ; les recruteurs de 60 entreprises vous attendent sur leurs stands. "
    "Pensez à apporter vos CV.\n\nL'équipe du Forum",
)
p(
    "fair_es_feria",
    "other",
    "Feria de Empleo <info@feriaempleo.example>",
    "Tu entrada para la Feria de Empleo",
    "Hola Alex,\n\ntu inscripción para la Feria de Empleo del miércoles 11 de marzo está "
    "confirmada. Horario: de 10:00 a 18:00. Más de 50 empresas realizarán entrevistas en sus "
    "stands.\n\nFeria de Empleo",
)
p(
    "fair_company_booth_visit",
    "other",
    "Acme Campus Team <campus@acme.example>",
    "See you at our booth!",
    "Hi Alex,\n\nThanks for stopping by our booth last week! We'll be back on campus on "
    "Tuesday 3/10 from 11am to 2pm in the Student Union - come say hi to the team and grab "
    "some swag.\n\nAcme Campus Recruiting",
)
# ---------------------------------------------------------------------------------------
# O. Mock interviews and coaching
p(
    "mock_careers_ics",
    "other",
    "Careers Service <careers@uni-example.edu>",
    "Invitation: Mock interview appointment - Alex Morgan",
    "Mock interview with a careers consultant. Bring the job description.",
    ics=ics(
        "Mock interview appointment - Alex Morgan",
        "20260305T150000Z",
        "20260305T160000Z",
        "careers@uni-example.edu",
        "Careers Service",
        location="Careers Centre, Room 12",
    ),
)
p(
    "mock_de",
    "other",
    "Bewerbungscoaching Lange <info@coaching-lange.example>",
    "Ihr Termin: Probe-Vorstellungsgespräch",
    "Hallo Alex,\n\nunser Probe-Vorstellungsgespräch findet wie vereinbart am Mittwoch, 4. März "
    "um 17 Uhr per Zoom statt. Ich schlüpfe in die Rolle der Personalleiterin für die Stelle, "
    "auf die Sie sich bewerben.\n\nHerzliche Grüße\nBirgit Lange\nBewerbungscoach",
)
p(
    "mock_fr",
    "other",
    "Cap Emploi Coaching <coach@capcoaching.example>",
    "Simulation d'entretien jeudi",
    "Bonjour Alex,\n\nComme convenu, notre simulation d'entretien aura lieu jeudi 5 mars à 18h "
    "en visio. Je jouerai le recruteur pour le poste de chef de projet que vous visez.\n\n"
    "Isabelle, coach carrière",
)
p(
    "mock_es",
    "other",
    "Coach Andrea <andrea@coachingempleo.example>",
    "Simulacro de entrevista",
    "Hola Alex,\n\nte confirmo nuestro simulacro de entrevista el lunes 9 de marzo a las 19:00 "
    "por Meet. Haré de responsable de selección para el puesto de analista.\n\nAndrea\n"
    "Coach de empleo",
)
p(
    "mock_peer_platform",
    "other",
    "Pramp <team@pramp-example.com>",
    "Your practice session is confirmed",
    "Hi Alex,\n\nYour peer mock interview is confirmed for Wednesday, March 4 at 8:00 PM ET. "
    "You'll be matched with another candidate; each of you interviews the other for 30 "
    "minutes.\n\nGood luck!\nThe Pramp Team",
)
# ---------------------------------------------------------------------------------------
# P. Recruiters' mass open days and hiring events
p(
    "open_day_walkin",
    "bulk",
    "Northwind Careers <careers@northwind.example>",
    "Walk-in hiring event this Saturday",
    "We're hiring warehouse associates! Walk-in interviews Saturday 3/7 from 10am to 4pm at "
    "our Elm Road site. No appointment needed - bring ID.\n\nNorthwind Careers" + FOOTER,
    headers=LIST,
)
p(
    "open_day_de",
    "bulk",
    "Stadtwerke Karriere <karriere@stadtwerke-example.de>",
    "Einladung: Tag der offenen Tür für Bewerber",
    "Hallo Alex,\n\nam Samstag, 14. März öffnen wir von 10 bis 15 Uhr unsere Türen für alle "
    "Interessierten. Lernen Sie unsere Teams kennen und führen Sie Kennenlerngespräche mit "
    "unseren Ausbildern.\n\nAbmelden | Newsletter abbestellen",
    headers=LIST,
)
p(
    "open_day_fr",
    "bulk",
    "Recrutement Horizon <recrutement@horizon-example.fr>",
    "Job dating le 12 mars",
    "Bonjour,\n\nHorizon recrute 30 conseillers clientèle ! Rejoignez notre job dating le "
    "jeudi 12 mars de 9h à 13h : 10 minutes d'entretien avec nos managers, sans rendez-vous."
    "\n\nSe désinscrire de cette liste",
    headers=LIST,
)
p(
    "open_day_es",
    "bulk",
    "Empleo Mercasur <empleo@mercasur.example>",
    "Jornada de puertas abiertas",
    "Hola,\n\nte invitamos a nuestra jornada de puertas abiertas el sábado 14 de marzo de "
    "10:00 a 14:00 en nuestro centro logístico. Conoce al equipo y entrega tu CV.\n\n"
    "Darse de baja",
    headers=LIST,
)
p(
    "open_day_agency_invite",
    "other",
    "Rita Patel <rita.patel@staffwise.example>",
    "Open evening at Staffwise - Thursday",
    "Hi Alex,\n\nWe're hosting an open evening for candidates on our books this Thursday 3/5 "
    "from 6pm at our city office: drinks, a talk on the local job market, and a chance to "
    "meet our consultants. No need to reply, just come along!\n\nRita\nStaffwise",
)
# ---------------------------------------------------------------------------------------
# Q. Colleagues' and friends' social invitations
p(
    "social_drinks_ics",
    "other",
    "Sara Lin <sara.lin@fernway.example>",
    "Invitation: Friday drinks for Sam's farewell",
    "Come say goodbye to Sam! First round on the team.",
    ics=ics(
        "Farewell drinks - Sam",
        "20260306T223000Z",
        "20260307T010000Z",
        "sara.lin@fernway.example",
        "Sara Lin",
        location="The Crown",
    ),
)
p(
    "social_weihnachtsfeier",
    "other",
    "Betriebsrat Nordwerk <betriebsrat@nordwerk.example>",
    "Einladung Frühlingsfest",
    "Liebe Kolleginnen und Kollegen,\n\nunser Frühlingsfest findet am Freitag, 13. März ab "
    "17 Uhr in der Kantine statt. Bitte meldet euch bis Montag an.\n\nEuer Betriebsrat",
)
p(
    "social_pot_depart",
    "other",
    "Marc Roux <marc.roux@atelier-verne.example>",
    "Pot de départ de Léa",
    "Bonjour à tous,\n\nLéa nous quitte après six belles années ! Son pot de départ aura lieu "
    "le vendredi 6 mars à 18h dans la grande salle. Venez nombreux.\n\nMarc",
)
p(
    "social_comida_es",
    "other",
    "Diego Martín <diego.martin@grupoalba.example>",
    "Comida de equipo el viernes",
    "Hola equipo,\n\nhe reservado para la comida de equipo el viernes 6 de marzo a las 14:00 "
    "en La Tasca. ¡Invita la empresa!\n\nDiego",
)
p(
    "social_bowling_ics",
    "other",
    "Jess Park <jess.park@fernway.example>",
    "Invitation: Team bowling night",
    "Shoes provided. Partners welcome!",
    ics=ics(
        "Team bowling night",
        "20260312T230000Z",
        "20260313T010000Z",
        "jess.park@fernway.example",
        "Jess Park",
        location="Lucky Strike Lanes",
    ),
)
p(
    "social_coffee_intro",
    "other",
    "Ben Carter <ben.carter@gmail.com>",
    "Intro: Alex <> Maria",
    "Hi both,\n\nAs promised, connecting you two! Maria just moved to the city and also works in "
    "data. Maria, Alex is the friend I mentioned. You said Thursday 3/5 at 8:30am at Blue "
    "Bottle works for you both, so it's in the diary.\n\nBen",
    to="Alex Morgan <alex.morgan@gmail.com>, Maria Lopez <maria.lopez@gmail.com>",
)
p(
    "social_birthday",
    "other",
    "Office Events <events@fernway.example>",
    "Cake for March birthdays!",
    "Hi all,\n\nCake for everyone with a March birthday on Thursday 3/5 at 3pm in the kitchen. "
    "Special shout-out to our newest hires - come meet the team!\n\nOffice Events",
    to="All Staff <all@fernway.example>",
)
p(
    "social_book_club",
    "other",
    "Nina Park <nina.park@gmail.com>",
    "Book club Thursday",
    "Hi everyone! Book club is at mine on Thursday 3/5 at 7pm. This month: 'The Interview' by "
    "K. Lane. Bring snacks!\n\nNina",
)
# ---------------------------------------------------------------------------------------
# R. The known-wrong shapes from the last session, in more variants
p(
    "known_radio_fr_signed",
    "other",
    "Claire Dubois <claire.dubois@radio-cite.example>",
    "Interview",
    "Bonjour Alex,\n\nMerci pour le premier échange au téléphone. Pour le deuxième entretien, "
    "c'est calé : jeudi 5 mars à 10h.\n\nBien à vous,\nClaire Dubois\nJournaliste, Radio Cité",
)
# The same without a single media word: only the sender's domain says radio, and a radio
# station's recruiter writes exactly this about a second job interview.
p(
    "known_radio_fr_bare",
    "other",
    "Claire Dubois <claire.dubois@radio-cite.example>",
    "Interview",
    "Bonjour Alex,\n\nMerci pour le premier échange au téléphone. Pour le deuxième entretien, "
    "c'est calé : jeudi 5 mars à 10h.\n\nBien à vous,\nClaire Dubois",
)
p(
    "known_friend_drinks_job_subject",
    "other",
    "Tom Reid <tom.reid@gmail.com>",
    "Re: Backend role",
    "haha fair enough. anyway, drinks Thursday at 7 at the Crown? it's booked, I got us a "
    "table.\n\nT",
    headers={"In-Reply-To": "<me1@gmail.com>"},
)
p(
    "known_grandma_visit",
    "other",
    "Granny <margaret.morgan@btinternet.example>",
    "Sunday",
    "Dear Alex,\n\nI look forward to your visit on Sunday at 12. I'll make us lunch - your "
    "favourite roast. Grandad says hello.\n\nLove,\nGranny",
)
p(
    "known_chess_round",
    "other",
    "City Chess Club <secretary@citychess.example>",
    "League match - second round",
    "Hi Alex,\n\nThe second round is booked for Tuesday 3/10 at 7pm at the club. You're on "
    "board 2 against Hollow Oak's Peter Lang.\n\nRegards,\nJames\nMatch Secretary",
)
p(
    "known_mentoring_coffee",
    "other",
    "Kate Moss <kate@brightrecruit.example>",
    "Coffee with a mentor",
    "Hi Alex,\n\nAs part of our free mentoring scheme for jobseekers, I've set you up with "
    "Daniel Price, a hiring manager in fintech, for an informal coffee. It's booked for "
    "Wednesday 3/4 at 8:30am at Grind, Shoreditch. Not an interview - just advice!\n\n"
    "Kate\nSenior Recruiter",
)
p(
    "known_tattoo_round2",
    "other",
    "Ink & Iron Studio <bookings@inkandiron.example>",
    "Alex Morgan - Round 2",
    "Hi Alex,\n\nYour second session for the sleeve is booked: Saturday 3/7 at 1pm with Jo. "
    "Eat beforehand and don't drink the night before.\n\nInk & Iron",
)
p(
    "known_tattoo_round2_ics",
    "other",
    "Ink & Iron Studio <bookings@inkandiron.example>",
    "Invitation: Alex Morgan - Round 2",
    "Second sitting for the sleeve with Jo.",
    ics=ics(
        "Alex Morgan - Round 2",
        "20260307T180000Z",
        "20260307T210000Z",
        "bookings@inkandiron.example",
        "Ink & Iron Studio",
    ),
)
p(
    "known_meet_team_social",
    "other",
    "Priya Anand <priya.anand@harbourline.example>",
    "Come meet the team",
    "Hi Alex,\n\nNow that everything is signed, come meet the team before you start! We're "
    "doing pizza in the office on Friday 3/6 at 5pm. No agenda - just say hello.\n\nPriya",
)
# ---------------------------------------------------------------------------------------
# S. More appointments around a job search that are nobody's interview
p(
    "jobcentre_de",
    "other",
    "Jobcenter Mitte <jobcenter-mitte@arbeitsagentur-example.de>",
    "Einladung zu einem Gespräch",
    "Sehr geehrte Frau Morgan,\n\nbitte kommen Sie am Dienstag, 10. März um 9:30 Uhr in das "
    "Jobcenter, Zimmer 214, zu Ihrer Arbeitsvermittlerin Frau Özdemir. Wir möchten mit Ihnen "
    "über Ihre Bewerbungssituation sprechen.\n\nIhr Jobcenter",
)
p(
    "jobcentre_fr",
    "other",
    "France Emploi <ne-pas-repondre@emploi-example.fr>",
    "Convocation à un entretien",
    "Bonjour,\n\nVous êtes convoqué(e) à un entretien avec votre conseiller, M. Lambert, le "
    "jeudi 5 mars 2026 à 10h15 dans votre agence, afin de faire le point sur votre recherche "
    "d'emploi. Cette convocation est obligatoire.\n\nVotre agence",
)
p(
    "jobcentre_es",
    "other",
    "Oficina de Empleo <citas@sepe-example.es>",
    "Cita con su orientador",
    "Estimado/a demandante de empleo:\n\nle citamos el lunes 9 de marzo a las 11:45 con su "
    "orientadora laboral, la Sra. Blanco, para revisar su itinerario de búsqueda de empleo. "
    "La asistencia es obligatoria.",
)
p(
    "jobcentre_uk",
    "other",
    "DWP <noreply@dwp-example.gov.uk>",
    "Your work coach appointment",
    "Dear Alex,\n\nYour next appointment with your work coach, Sandra Hill, is on Wednesday "
    "4 March at 2:10pm at the Jobcentre. Bring your job search record.\n\nDWP",
)
p(
    "outplacement",
    "other",
    "Thrive Outplacement <sessions@thrive-outplace.example>",
    "Your first coaching session",
    "Hi Alex,\n\nAs part of the transition support your former employer arranged, your first "
    "career coaching session with Dr. Emma Wood is confirmed for Monday 3/9 at 10am. We'll "
    "review your CV and interview approach.\n\nThrive Outplacement",
)
p(
    "recruiter_catchup_no_role",
    "other",
    "Kate Moss <kate@brightrecruit.example>",
    "Catch-up",
    "Hi Alex,\n\nIt's been a while! Fancy a catch-up coffee on Thursday 3/5 at 9am? Nothing "
    "specific on my side right now - just keen to hear how the search is going.\n\nKate\n"
    "Senior Recruiter, Bright Recruit",
)
p(
    "assessment_centre_volunteer_assessor",
    "other",
    "Graduate Team <grads@fernway.example>",
    "Thank you for volunteering as an assessor",
    "Hi Alex,\n\nThank you for volunteering as an assessor at our graduate assessment centre "
    "on Friday 3/13. Please arrive at 8:30am for the assessor briefing; you'll run two group "
    "exercises with candidates.\n\nGraduate Team",
)
p(
    "tenant_reference_landlord",
    "other",
    "Fiona Grant <fiona.grant@gmail.com>",
    "Phone call about Jamie",
    "Hi Alex,\n\nJamie has applied to rent my flat and gave you as their previous landlord. "
    "Would Thursday at 6pm suit for a quick call? I've put it in my diary.\n\nFiona",
)
p(
    "insurer_claim_de",
    "other",
    "Versicherung Nord <schaden@versicherung-nord.example>",
    "Gesprächstermin zu Ihrem Schadenfall",
    "Sehr geehrte Frau Morgan,\n\nzu Ihrem Wasserschaden bestätigen wir den Termin mit "
    "unserem Gutachter Herrn Peters am Freitag, 6. März um 11 Uhr bei Ihnen vor Ort.\n\n"
    "Versicherung Nord",
)
p(
    "coworking_tour",
    "other",
    "Hive Coworking <hello@hivecowork.example>",
    "Your tour is booked",
    "Hi Alex,\n\nYour tour of Hive Coworking is booked for Tuesday 3/10 at 11am. Our community "
    "manager, Lola, will show you around and answer questions about desks and meeting "
    "rooms.\n\nHive Coworking",
)
p(
    "nanny_user_hires_de",
    "other",
    "Lea Hoffmann <lea.hoffmann@web.example>",
    "Kennenlernen Babysitter",
    "Hallo Frau Morgan,\n\nvielen Dank für Ihre Nachricht zu meiner Anzeige als Babysitterin. "
    "Ich komme gern am Mittwoch, 4. März um 17 Uhr zum Kennenlernen bei Ihnen vorbei.\n\n"
    "Liebe Grüße\nLea",
)
p(
    "stay_interview",
    "other",
    "People Team <people@fernway.example>",
    "Stay conversation with your manager",
    "Hi Alex,\n\nWe're running stay conversations this quarter: a relaxed chat with your "
    "manager about what keeps you at Fernway. Yours is booked for Thursday 3/12 at 10am with "
    "Dana Cho.\n\nPeople Team",
)
p(
    "union_meeting",
    "other",
    "Union Rep <rep@workersunion.example>",
    "Grievance hearing Thursday",
    "Hi Alex,\n\nI'll accompany you to the grievance hearing with HR on Thursday 3/5 at 2pm. "
    "Let's meet in the lobby at 1:45 to go over your statement.\n\nMike\nUnion Rep",
)
p(
    "thesis_defense",
    "other",
    "Graduate Office <gradoffice@uni-example.edu>",
    "Your thesis defense is scheduled",
    "Dear Alex,\n\nYour MSc thesis defense is scheduled for Friday 3/13 at 10:00 AM in Room "
    "3.21. Your committee: Prof. Lee (chair), Dr. Okafor, Dr. Brandt.\n\nGraduate Office",
)
p(
    "driving_test",
    "other",
    "DVSA <noreply@dvsa-example.gov.uk>",
    "Driving test booking confirmation",
    "Your car driving test is booked.\n\nDate and time: Wednesday 11 March 2026 8:57am\n"
    "Test centre: Hendon\nYour examiner will check your licence.",
)
p(
    "citizenship_test_es",
    "other",
    "Instituto Cervantes <examenes@cervantes-example.es>",
    "Convocatoria examen CCSE",
    "Estimado/a candidato/a:\n\nle convocamos a la prueba CCSE el jueves 26 de marzo a las "
    "10:00 en nuestro centro examinador. Traiga su pasaporte.\n\nInstituto Cervantes",
)
p(
    "coach_user_clients",
    "other",
    "Calendly <notifications@calendly.example>",
    "New Event: Sam Lee - Interview prep session",
    "Hi Alex Morgan,\n\nA new event has been scheduled.\n\nEvent Type: Interview prep session "
    "(60 min)\nInvitee: Sam Lee\nInvitee Email: sam.lee@gmail.com\nEvent Date/Time: 10:00am - "
    "11:00am, Thursday, March 5, 2026 (Eastern Time)\n\nQuestions: I have a final round at "
    "Stripe next week and want to practise.",
)
p(
    "hackathon_judge",
    "other",
    "Devjam Team <team@devjam.example>",
    "Judging schedule",
    "Hi Alex,\n\nThanks for judging at Devjam! Finalists present to the judging panel on "
    "Saturday 3/7 from 2pm; please be in the green room at 1:30.\n\nDevjam crew",
)
p(
    "interview_transcription",
    "other",
    "Otter <no-reply@otter-example.ai>",
    "Your recording 'Interview with Dana - notes' is ready",
    "Hi Alex,\n\nYour recording 'Interview with Dana - notes' from Monday, March 2 at 2:00 PM "
    "has been transcribed (42 min). Open it to view the summary and action items.",
)
p(
    "calendar_reminder_own_event",
    "other",
    "Google Calendar <calendar-notification@google.com>",
    "Notification: Dentist - Dr. Patel @ Tue Mar 10, 2026 9am - 10am (EST)",
    "Dentist - Dr. Patel\nTuesday Mar 10, 2026 9am - 10am Eastern Time\n\nYou are receiving "
    "this email at the account alex.morgan@gmail.com because you are subscribed for "
    "notifications on calendar Alex Morgan.",
)
p(
    "wedding_vendor",
    "other",
    "Bloom Florals <hello@bloomflorals.example>",
    "Consultation confirmed",
    "Hi Alex,\n\nYour wedding flowers consultation with our lead designer, Hana Kim, is "
    "confirmed for Saturday 3/7 at 2pm at the studio. Bring any Pinterest boards!\n\n"
    "Bloom Florals",
)
p(
    "financial_advisor",
    "other",
    "Sarah Fox <sarah.fox@fox-wealth.example>",
    "Our review meeting",
    "Dear Alex,\n\nThank you for choosing us. I confirm our financial review meeting on "
    "Monday 3/9 at 11am at our office; we will discuss your pension transfer from your "
    "previous employer.\n\nSarah Fox\nChartered Financial Planner",
)
p(
    "reply_friend_job_talk",
    "other",
    "Maya Singh <maya.singh@gmail.com>",
    "Re: Data Analyst role at Acme",
    "Ha, I know the feeling! Let's talk it through properly over dinner - Friday 3/6 at 7:30 "
    "at Dishoom? I'll book.\n\nMaya",
    headers={"In-Reply-To": "<mine-4@gmail.com>"},
)
p(
    "friend_fr_interview_soutien",
    "other",
    "Chloé Bernard <chloe.bernard@gmail.com>",
    "Re: entretien",
    "Trop bien pour ton entretien ! On se fait un resto pour fêter ça samedi 7 mars à 20h ? "
    "Je réserve.\n\nBises,\nChloé",
    headers={"In-Reply-To": "<moi-2@gmail.com>"},
)
p(
    "friend_de_interview_lift",
    "other",
    "Max Bauer <max.bauer@gmx.example>",
    "Re: Vorstellungsgespräch",
    "Klar, ich fahr dich am Donnerstag um 8 zum Vorstellungsgespräch, ist ja auf dem Weg. "
    "Viel Glück schon mal!\n\nMax",
    headers={"In-Reply-To": "<ich-3@gmx.example>"},
)
p(
    "friend_es_interview_cafe",
    "other",
    "Lucía Torres <lucia.torres@gmail.com>",
    "Re: entrevista",
    "¡Qué bien lo de la entrevista! Quedamos el viernes a las 18:00 en el café de siempre y me "
    "lo cuentas todo.\n\nBesos,\nLucía",
    headers={"In-Reply-To": "<yo-5@gmail.com>"},
)

# ---------------------------------------------------------------------------------------
# T. More variants of the families fixed in this round
p(
    "drinks_first_round_on_me",
    "other",
    "Sam Lee <sam.lee@fernway.example>",
    "Drinks for Priya's promotion",
    "Hi all,\n\nPriya made Staff Engineer! Drinks on Thursday 3/5 at 6pm at The Anchor - "
    "first round's on me.\n\nSam",
    to="Platform Team <platform@fernway.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
p(
    "drinks_second_round_house",
    "other",
    "The Anchor <events@theanchor-pub.example>",
    "Your table is booked",
    "Hi Alex,\n\nYour table for 8 is booked for Friday 3/6 at 7pm. As a thank-you for booking "
    "with us, the second round is on the house!\n\nThe Anchor",
)
p(
    "drinks_final_round_us",
    "other",
    "Jess Park <jess.park@gmail.com>",
    "Re: Friday?",
    "Yes!! The Crown, Friday 3/6 at 8pm it is. Final round is on us since you're buying dinner "
    "next time :)\n\nJess",
    headers={"In-Reply-To": "<me-9@gmail.com>"},
)
p(
    "tattoo_de",
    "other",
    "Studio Nadel <termine@studio-nadel.example>",
    "Dein Termin - Sitzung 2",
    "Hallo Alex,\n\ndeine zweite Sitzung für das Tattoo am Unterarm ist am Samstag, 7. März um "
    "13 Uhr bei Jo. Bitte vorher gut essen.\n\nStudio Nadel",
)
p(
    "tattoo_fr",
    "other",
    "Atelier Encre <rdv@atelier-encre.example>",
    "Deuxième séance",
    "Bonjour Alex,\n\nTa deuxième séance de tatouage est confirmée le samedi 7 mars à 13h avec "
    "Jo.\n\nAtelier Encre",
)
p(
    "tattoo_es",
    "other",
    "Estudio Tinta <citas@estudiotinta.example>",
    "Segunda sesión",
    "Hola Alex,\n\ntu segunda sesión del tatuaje queda confirmada el sábado 7 de marzo a las "
    "13:00 con Jo.\n\nEstudio Tinta",
)
p(
    "advice_mentorship_en",
    "other",
    "Women in Data <mentoring@womenindata.example>",
    "Meet your mentor",
    "Hi Alex,\n\nWelcome to our mentorship programme! Your first call with your mentor, Ruth "
    "Kay (Head of Analytics at a fintech), is booked for Tuesday 3/10 at 12pm. It's not an "
    "interview - just career advice and a friendly ear.\n\nWomen in Data",
)
p(
    "advice_de",
    "other",
    "Mentoring Nord <team@mentoring-nord.example>",
    "Ihr erstes Mentoring-Treffen",
    "Hallo Alex,\n\nwillkommen in unserem Mentoring-Programm! Ihr erstes Treffen mit Ihrer "
    "Mentorin, Frau Keller (Personalleiterin), ist am Dienstag, 10. März um 12 Uhr. Es ist kein "
    "Vorstellungsgespräch - nur Austausch und Rat.\n\nMentoring Nord",
)
p(
    "advice_fr",
    "other",
    "Réseau Elles <parrainage@reseau-elles.example>",
    "Votre marraine",
    "Bonjour Alex,\n\nBienvenue dans notre programme de parrainage ! Votre premier échange avec "
    "votre marraine, Mme Roux (DRH), est fixé au mardi 10 mars à 12h. Ce n'est pas un entretien : "
    "juste des conseils.\n\nRéseau Elles",
)
p(
    "advice_es",
    "other",
    "Red Mentoras <mentoria@redmentoras.example>",
    "Tu mentora",
    "Hola Alex,\n\nbienvenida a nuestro programa de mentoría. Tu primera sesión con tu mentora, "
    "Carmen Ruiz (directora de RR. HH.), es el martes 10 de marzo a las 12:00. No es una "
    "entrevista: solo consejos.\n\nRed Mentoras",
)
p(
    "media_crew_de",
    "other",
    "Nina Brandt <n.brandt@stadt-tv.example>",
    "Drehtermin",
    "Hallo Alex,\n\ndanke, dass Sie bei unserem Beitrag über Berufseinsteiger mitmachen. Das "
    "Interview drehen wir am Dienstag, 10. März um 10 Uhr bei Ihnen zu Hause; das Kamerateam "
    "braucht etwa eine Stunde.\n\nNina Brandt",
)
p(
    "media_crew_fr",
    "other",
    "Léa Morel <lea.morel@tele-ville.example>",
    "Tournage mardi",
    "Bonjour Alex,\n\nMerci d'avoir accepté. Le tournage de l'interview aura lieu le mardi 10 "
    "mars à 10h chez vous ; le sujet sera diffusé le mois prochain.\n\nLéa Morel",
)
p(
    "media_crew_es",
    "other",
    "Pablo Ruiz <pablo.ruiz@teleciudad.example>",
    "Grabación el martes",
    "Hola Alex,\n\ngracias por participar. El equipo de rodaje irá a tu casa el martes 10 de "
    "marzo a las 10:00 para grabar la entrevista; se emitirá el mes que viene.\n\nPablo Ruiz",
)
p(
    "workshop_de_job_centre",
    "other",
    "Agentur für Arbeit <gruppeninfo@arbeitsagentur-example.de>",
    "Bewerbungstraining",
    'Guten Tag Alex Morgan,\n\nSie sind für das Bewerbungstraining "Souverän im '
    'Vorstellungsgespräch" am Mittwoch, 11. März um 9 Uhr angemeldet. Raum 1.12.\n\n'
    "Ihre Agentur für Arbeit",
)
p(
    "master_fr_commission",
    "other",
    "Master Data Science <m2-datascience@univ-example.fr>",
    "Entretien - candidature Master",
    "Bonjour,\n\nSuite à l'examen de votre candidature en Master Data Science, nous vous "
    "proposons un entretien avec la commission pédagogique le mercredi 11 mars à 9h30 en "
    "visio.\n\nLe responsable du Master",
)
p(
    "practice_en_coach_uni",
    "other",
    "Careers Centre <careers@uni-example.edu>",
    "Interview practice session booked",
    "Hi Alex,\n\nYour interview practice session with careers adviser Tom Reid is booked for "
    "Friday 3/6 at 11am. Bring the advert for the role you're applying for; Tom will play the "
    "interviewer.\n\nCareers Centre",
)

# ---------------------------------------------------------------------------------------
# U. A second batch: calendar-only invitations, replies, forwards, the steps after an offer.
# Signing the contract and a call about the offer are offer news (the case closes as an
# offer, which is right); none is an interview.
p(
    "ics_user_interviews_title_other",
    "other",
    "Recruiting Coordinator <coordinator@fernway.example>",
    "Invitation: Interview: Priya Rao - Backend Engineer",
    "",
    ics=ics(
        "Interview: Priya Rao - Backend Engineer",
        "20260305T190000Z",
        "20260305T200000Z",
        "coordinator@fernway.example",
        "Recruiting Coordinator",
        attendees=(("Priya Rao", "priya.rao@gmail.com"),),
    ),
)
p(
    "ics_user_interviews_onsite_candidate",
    "other",
    "Recruiting Coordinator <coordinator@fernway.example>",
    "Invitation: Onsite - Jordan Ellis - System design",
    "Please review the resume beforehand.",
    ics=ics(
        "Onsite - Jordan Ellis - System design",
        "20260305T190000Z",
        "20260305T200000Z",
        "coordinator@fernway.example",
        "Recruiting Coordinator",
        description="Candidate: Jordan Ellis. Interviewers: Alex Morgan, Raj Mehta.",
    ),
)
p(
    "fwd_candidate_mail_to_user",
    "other",
    "Dana Cho <dana.cho@fernway.example>",
    "Fwd: Interview confirmation - Daniel Osei",
    "Alex - can you take this one? I'm out Thursday.\n\nDana\n\n---------- Forwarded message ---------\nFrom: Daniel Osei <daniel.osei@gmail.com>\nDate: Mon, Mar 2, 2026 at 9:00 AM\nSubject: Interview confirmation\nTo: Dana Cho <dana.cho@fernway.example>\n\nDear Dana,\n\nThank you for inviting me to interview for the Data Engineer role. I confirm Thursday 3/5 at 2pm.\n\nBest,\nDaniel",
)
p(
    "podcast_ics_interview_with_user",
    "other",
    "Marco Ruiz <marco@thebuildcast.example>",
    "Invitation: Interview with Alex Morgan",
    "",
    ics=ics(
        "Interview with Alex Morgan",
        "20260311T180000Z",
        "20260311T190000Z",
        "marco@thebuildcast.example",
        "Marco Ruiz",
        description="Recording for The Buildcast, episode 42. Riverside link to follow.",
    ),
)
p(
    "uscis_ics",
    "other",
    "USCIS <noreply@uscis-example.gov>",
    "Invitation: Naturalization Interview",
    "",
    ics=ics(
        "Naturalization Interview",
        "20260318T142000Z",
        "20260318T150000Z",
        "noreply@uscis-example.gov",
        "USCIS",
        location="Field Office, 26 Federal Plaza",
    ),
)
p(
    "html_webinar_only",
    "other",
    "HireRight Academy <academy@hireright-academy.example>",
    "Live: Nail your next interview",
    "",
    html="<html><body><h1>Nail your next interview</h1><p>Live on <b>Thursday, March 5 at 1:00 PM ET</b> with recruiter Jane Roe.</p><p><a href='https://x.example/reg'>Save my seat</a></p><p><small>Unsubscribe</small></p></body></html>",
)
p(
    "reply_user_as_interviewer_de",
    "other",
    "Daniel Osei <daniel.osei@gmail.com>",
    "AW: Einladung zum Vorstellungsgespräch",
    "Sehr geehrter Herr Morgan,\n\nvielen Dank für die Einladung. Den Termin am Donnerstag, 5. März um 14 Uhr bestätige ich gern und freue mich, Sie und Ihr Team kennenzulernen.\n\nMit freundlichen Grüßen\nDaniel Osei",
    headers={"In-Reply-To": "<inv@fernway.example>"},
)
p(
    "reply_user_as_interviewer_fr",
    "other",
    "Léa Martin <lea.martin@gmail.com>",
    "RE: Convocation entretien",
    "Bonjour Monsieur Morgan,\n\nMerci pour votre invitation. Je vous confirme ma présence à l'entretien du jeudi 5 mars à 14h et me réjouis de rencontrer votre équipe.\n\nCordialement,\nLéa Martin",
    headers={"In-Reply-To": "<inv@fernway.example>"},
)
p(
    "reply_user_as_interviewer_es",
    "other",
    "Lucía Torres <lucia.torres@gmail.com>",
    "RE: Entrevista",
    "Hola Alex,\n\ngracias por la invitación. Te confirmo mi asistencia a la entrevista el jueves 5 de marzo a las 14:00. ¡Tengo muchas ganas de conocer al equipo!\n\nUn saludo,\nLucía Torres",
    headers={"In-Reply-To": "<inv@fernway.example>"},
)
p(
    "candidate_thanks_user",
    "other",
    "Daniel Osei <daniel.osei@gmail.com>",
    "Thank you",
    "Hi Alex,\n\nThank you for interviewing me yesterday for the Data Engineer role. I really enjoyed meeting you and Dana, and I'm available for a follow-up on Thursday 3/5 at 2pm if needed.\n\nBest,\nDaniel",
)
p(
    "medical_school_ics",
    "other",
    "Admissions Office <admissions@stjude-med.example>",
    "Invitation: MMI - Alex Morgan",
    "",
    ics=ics(
        "MMI - Alex Morgan",
        "20260311T140000Z",
        "20260311T170000Z",
        "admissions@stjude-med.example",
        "Admissions Office",
        description="Multiple Mini Interview circuit for Medicine applicants.",
    ),
)
p(
    "open_house_school",
    "other",
    "Maplewood Academy <admissions@maplewood-academy.example>",
    "Your family interview and tour",
    "Dear Mr. and Mrs. Morgan,\n\nWe are delighted to confirm Maya's family interview and campus tour on Friday 3/6 at 9:30am with our Director of Admission, Ms. Carter.\n\nMaplewood Academy",
)
p(
    "colleague_lunch_candidate",
    "other",
    "Raj Mehta <raj.mehta@fernway.example>",
    "Lunch with the candidate",
    "Hi Alex,\n\nCould you take our final-round candidate, Mia Tran, to lunch on Thursday 3/5 at 12:30? It's part of her onsite - just a casual chat, no scoring.\n\nRaj",
)
p(
    "ics_1on1_new_manager",
    "other",
    "Priya Shah <priya.shah@harbourline.example>",
    "Invitation: Intro 1:1 - Alex / Priya",
    "Looking forward to working together!",
    ics=ics(
        "Intro 1:1 - Alex / Priya",
        "20260310T150000Z",
        "20260310T153000Z",
        "priya.shah@harbourline.example",
        "Priya Shah",
    ),
)
p(
    "ics_meet_your_team_onboarding",
    "other",
    "Priya Shah <priya.shah@harbourline.example>",
    "Invitation: Meet the team - Alex's first day",
    "Welcome aboard! Coffee and intros.",
    ics=ics(
        "Meet the team - Alex's first day",
        "20260309T140000Z",
        "20260309T150000Z",
        "priya.shah@harbourline.example",
        "Priya Shah",
    ),
)
p(
    "ics_offer_call",
    "other",
    "Lena Fisher <lena.fisher@harbourline.example>",
    "Invitation: Offer discussion - Alex Morgan",
    "Let's go through the details of your offer.",
    ics=ics(
        "Offer discussion - Alex Morgan",
        "20260304T200000Z",
        "20260304T203000Z",
        "lena.fisher@harbourline.example",
        "Lena Fisher",
    ),
)
p(
    "contract_signing_de",
    "offer",
    "Katrin Vogel <k.vogel@nordwerk.example>",
    "Vertragsunterzeichnung",
    "Hallo Alex,\n\nwie besprochen unterschreiben wir den Arbeitsvertrag am Freitag, 6. März um 10 Uhr bei uns im Büro. Herr Brandt ist auch dabei.\n\nViele Grüße\nKatrin Vogel\nPersonalabteilung",
)
p(
    "salary_negotiation_call",
    "offer",
    "Lena Fisher <lena.fisher@harbourline.example>",
    "Call about your offer",
    "Hi Alex,\n\nThanks for your questions about the offer. Let's talk on Wednesday 3/4 at 3pm - I'll call you to go through salary and start date.\n\nLena\nTalent Acquisition",
)
p(
    "agency_payroll_induction",
    "other",
    "Staffwise Payroll <payroll@staffwise.example>",
    "Your induction for your new placement",
    "Hi Alex,\n\nCongratulations on your placement at Northwind! Your agency induction (payroll, timesheets, health and safety) is on Monday 3/9 at 9am at our office with Rita.\n\nStaffwise",
)
p(
    "reference_for_user_by_former_boss",
    "other",
    "Dana Cho <dana.cho@gmail.com>",
    "Re: reference",
    "Of course! Happy to be your reference. Their recruiter called me and we've set up a call for Thursday at 4pm. I'll sing your praises.\n\nDana",
    headers={"In-Reply-To": "<me-7@gmail.com>"},
)
p(
    "interview_recording_review",
    "other",
    "Coach Beth <beth@careercoach.example>",
    "Reviewing your interview recording",
    "Hi Alex,\n\nThanks for sending the recording of your Acme interview. Let's go through it together on Thursday 3/5 at 6pm on Zoom and work on your answers.\n\nBeth",
)
p(
    "fr_job_dating_personal",
    "other",
    "Pôle Recrutement Horizon <recrutement@horizon-example.fr>",
    "Votre inscription au job dating",
    "Bonjour Alex,\n\nVotre inscription au job dating du jeudi 12 mars est confirmée. Présentez-vous à 9h avec votre CV ; vous rencontrerez nos managers pendant 10 minutes chacun.\n\nL'équipe recrutement",
)
p(
    "es_jornada_seleccion",
    "other",
    "Empleo Mercasur <empleo@mercasur.example>",
    "Jornada informativa",
    "Hola Alex,\n\nte esperamos en la jornada informativa sobre nuestro programa de prácticas el miércoles 11 de marzo a las 17:00. Conocerás al equipo de Recursos Humanos.\n\nEmpleo Mercasur",
)

p(
    "referee_friend_de",
    "other",
    "Petra Lang <petra.lang@gmx.example>",
    "Re: Referenz",
    "Klar, ich bin gern deine Referenz! Die Recruiterin von Acme ruft mich am Donnerstag um 16 "
    "Uhr an, das Gespräch ist schon eingetragen.\n\nPetra",
    headers={"In-Reply-To": "<ich-8@gmx.example>"},
)
p(
    "referee_friend_fr",
    "other",
    "Sophie Marchand <sophie.marchand@orange.example>",
    "Re: référence",
    "Avec plaisir, je serai ta référence ! Ta recruteuse m'appelle jeudi à 16h, c'est calé.\n\n"
    "Sophie",
    headers={"In-Reply-To": "<moi-8@orange.example>"},
)
p(
    "referee_friend_es",
    "other",
    "Carmen Ruiz <carmen.ruiz@gmail.com>",
    "Re: referencia",
    "¡Claro, seré tu referencia! La reclutadora me llama el jueves a las 16:00, ya lo tengo "
    "confirmado.\n\nCarmen",
    headers={"In-Reply-To": "<yo-8@gmail.com>"},
)
p(
    "hirer_greet_candidate",
    "other",
    "Raj Mehta <raj.mehta@fernway.example>",
    "Reception duty Thursday",
    "Hi Alex,\n\nCould you greet the candidate at reception on Thursday 3/5 at 9:45 and bring "
    "them up for their 10am interview with me?\n\nRaj",
)
p(
    "hirer_candidate_field_de",
    "other",
    "Recruiting Nordwerk <recruiting@nordwerk.example>",
    "Einladung: Vorstellungsgespräch - Backend",
    "Bitte bereiten Sie die Fragen vor.",
    ics=ics(
        "Vorstellungsgespräch - Backend",
        "20260305T190000Z",
        "20260305T200000Z",
        "recruiting@nordwerk.example",
        "Recruiting Nordwerk",
        description="Bewerber: Emre Demir. Gesprächsführung: Alex Morgan und Anja Schulz.",
    ),
)
p(
    "hirer_candidate_field_fr",
    "other",
    "Recrutement <recrutement@atelier-verne.example>",
    "Invitation : Entretien d'embauche - Développeuse",
    "Merci de préparer vos questions.",
    ics=ics(
        "Entretien d'embauche - Développeuse",
        "20260305T190000Z",
        "20260305T200000Z",
        "recrutement@atelier-verne.example",
        "Recrutement",
        description="Candidate : Linh Nguyen. Jury : Alex Morgan, Camille Roy.",
    ),
)
p(
    "hirer_candidate_field_es",
    "other",
    "Selección <seleccion@grupoalba.example>",
    "Invitación: Entrevista de trabajo - Analista",
    "Prepara las preguntas, por favor.",
    ics=ics(
        "Entrevista de trabajo - Analista",
        "20260305T190000Z",
        "20260305T200000Z",
        "seleccion@grupoalba.example",
        "Selección",
        description="Candidato: Pablo Ortega. Entrevistadores: Alex Morgan y Marta Vidal.",
    ),
)

# ---------------------------------------------------------------------------------------
# V. Calendar titles with the user's name and job title for what happens to an employee or a
# new starter: onboarding, first day, orientation, training, headshots, promotion, mentoring.


def titled(id: str, title: str, org: str, cn: str, body: str = "") -> None:
    """An invitation titled ``title`` from ``cn``'s calendar, read as ``other``."""
    p(
        id,
        "other",
        f"{cn} <{org}>",
        f"Invitation: {title}",
        body,
        ics=ics(title, "20260309T140000Z", "20260309T150000Z", org, cn),
    )


HARBOUR = ("lena.fisher@harbourline.example", "Lena Fisher")
titled("title_onboarding", "Alex Morgan - Data Analyst - Onboarding", *HARBOUR, "Welcome aboard!")
titled("title_first_day", "Alex Morgan - Data Analyst - First Day", *HARBOUR)
titled("title_orientation", "New Hire Orientation | Alex Morgan | Data Analyst", *HARBOUR)
titled("title_training", "Alex Morgan - Data Analyst - SQL Training", *HARBOUR)
titled(
    "title_promotion_panel",
    "Alex Morgan - Senior Engineer - Promotion Panel",
    "dana.cho@fernway.example",
    "Dana Cho",
    "Your promotion panel.",
)
titled(
    "title_headshot",
    "Alex Morgan - Senior Engineer - Headshot",
    "brand@fernway.example",
    "Brand Team",
    "Photos for the website.",
)
titled(
    "title_mentoring",
    "Alex Morgan - Data Analyst - Mentoring",
    "mentoring@womenindata.example",
    "Women in Data",
)
titled(
    "title_de_einarbeitung",
    "Alex Morgan - Datenanalyst - Einarbeitung",
    "k.vogel@nordwerk.example",
    "Katrin Vogel",
    "Willkommen an Bord!",
)
titled(
    "title_fr_integration",
    "Alex Morgan - Analyste - Journée d'intégration",
    "julie.perrin@atelier-verne.example",
    "Julie Perrin",
    "Bienvenue !",
)
titled(
    "title_es_incorporacion",
    "Alex Morgan - Analista - Incorporación",
    "laura.gomez@grupoalba.example",
    "Laura Gómez",
    "¡Bienvenido!",
)

# ---------------------------------------------------------------------------------------
# W. A hiring system reminding the user as interviewer, careers-service appointments, a
# French workshop, a Spanish radio show; and shapes that already read right (kept as guards).
p(
    "gh_interviewer_reminder",
    "other",
    "Greenhouse <no-reply@greenhouse.io>",
    "Interview reminder: Priya Rao (Backend Engineer) tomorrow at 2:00 PM",
    "Hi Alex,\n\nYou have an interview with Priya Rao for Backend Engineer tomorrow, Tuesday March 3 at 2:00 PM EST.\n\nInterview kit: https://app.greenhouse.io/kit/123\nPlease submit your scorecard within 24 hours.\n\nGreenhouse",
)
p(
    "gh_interviewer_reminder_min",
    "other",
    "Greenhouse <no-reply@greenhouse.io>",
    "Upcoming interview: Priya Rao",
    "Hi Alex,\n\nReminder: you're interviewing Priya Rao (Backend Engineer) on Tuesday March 3 at 2:00 PM EST. Her resume is attached.\n\nGreenhouse",
)
p(
    "lever_interviewer_feedback_due",
    "other",
    "Lever <no-reply@hire.lever.co>",
    "Interview with Daniel Osei - feedback due",
    "Hi Alex, your interview with Daniel Osei (Data Engineer) is on Thursday 3/5 at 2pm. Please leave feedback in Lever after the interview.",
)
p(
    "calendly_podcast_guest",
    "other",
    "Calendly <notifications@calendly.example>",
    "New Event: Alex Morgan - Podcast recording",
    "Hi Marco Ruiz,\n\nA new event has been scheduled.\n\nEvent Type: Podcast recording (45 min)\nInvitee: Alex Morgan\nEvent Date/Time: 2:00pm - 2:45pm, Wednesday, March 11, 2026 (Eastern Time)\nQuestions: Topic - moving from teaching into data.",
    to="Marco Ruiz <marco@thebuildcast.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
p(
    "handshake_resume_review",
    "other",
    "Handshake <noreply@joinhandshake.example>",
    "Appointment confirmed: Resume review",
    "Hi Alex,\n\nYour appointment with Career Services is confirmed.\n\nType: Resume review & interview prep\nWith: Tom Reid, Career Advisor\nWhen: Thursday, March 5, 11:00 AM - 11:30 AM\nWhere: Zoom",
)
p(
    "bulk_assessment_day",
    "other",
    "Northwind Graduate Recruitment <grads@northwind.example>",
    "Register for our March assessment days",
    "Hi Alex,\n\nThanks for your interest in our graduate scheme. Our assessment days run on Saturday 3/14 and Saturday 3/21 from 9am - register your interest and we'll invite shortlisted applicants.\n\nUnsubscribe | Privacy",
    headers={"List-Unsubscribe": "<mailto:u@northwind.example>"},
)
p(
    "k1_visa_interview_fr",
    "other",
    "Ambassade <rdv@ambassade-example.fr>",
    "Convocation à l'entretien de visa",
    "Madame, Monsieur,\n\nVous êtes convoqué(e) à un entretien pour votre demande de visa le mardi 10 mars 2026 à 8h30 au service des visas. Présentez-vous avec votre passeport.",
)
p(
    "county_trials",
    "other",
    "County FA <trials@countyfa.example>",
    "County squad trials",
    "Dear Alex,\n\nYou are invited to the county squad trials on Saturday 3/7 at 9am at Meadow Park. Please report to Coach Harris on arrival with boots and water.\n\nCounty FA",
)
p(
    "self_tape",
    "other",
    "Casting Desk <desk@castingdesk.example>",
    "Self-tape request",
    "Hi Alex,\n\nThe director would like a self-tape for the role of Jamie. Please send it by Friday 3/6 at 5pm, then a live callback is pencilled for Monday 3/9 at 11am.\n\nCasting Desk",
)
p(
    "hospice_volunteer_interview",
    "other",
    "St Luke's Hospice <volunteering@stlukes.example>",
    "Volunteer interview",
    "Dear Alex,\n\nThank you for applying to volunteer on our reception desk. We'd like to invite you to an informal interview on Wednesday 3/11 at 2pm with our Volunteer Manager, Jane Price.\n\nSt Luke's Hospice",
)
p(
    "fr_atelier_cv",
    "other",
    "Mission Emploi <atelier@mission-emploi.example>",
    "Votre atelier CV et entretien",
    "Bonjour Alex,\n\nNous vous confirmons votre participation à l'atelier « CV et entretien d'embauche » le jeudi 5 mars à 14h. Un conseiller vous accompagnera.\n\nMission Emploi",
)
p(
    "de_webinar_agentur",
    "other",
    "Agentur für Arbeit <veranstaltungen@arbeitsagentur-example.de>",
    "Anmeldebestätigung: Online-Seminar Vorstellungsgespräch",
    'Guten Tag,\n\nvielen Dank für Ihre Anmeldung zum Online-Seminar "Fit fürs Vorstellungsgespräch" am Dienstag, 10. März, 10:00 Uhr. Den Zugangslink erhalten Sie einen Tag vorher.',
)
p(
    "es_entrevista_radio_bare",
    "other",
    "Radio Sur <programacion@radiosur.example>",
    "Entrevista el jueves",
    "Hola Alex,\n\nte confirmamos la entrevista en el programa de la tarde el jueves 5 de marzo a las 18:00. Llámanos diez minutos antes.\n\nRadio Sur",
)
p(
    "user_interviews_ics_no_word",
    "other",
    "Recruiting <recruiting@fernway.example>",
    "Invitation: Priya Rao (Candidate) / Alex Morgan",
    "",
    ics=ics(
        "Priya Rao (Candidate) / Alex Morgan",
        "20260305T190000Z",
        "20260305T200000Z",
        "recruiting@fernway.example",
        "Recruiting",
        attendees=(("Priya Rao", "priya.rao@gmail.com"),),
    ),
)
p(
    "exit_ics",
    "other",
    "People Team <people@fernway.example>",
    "Invitation: Exit conversation - Alex Morgan",
    "Ahead of your last day.",
    ics=ics(
        "Exit conversation - Alex Morgan",
        "20260313T150000Z",
        "20260313T160000Z",
        "people@fernway.example",
        "People Team",
    ),
)


# =======================================================================================
# Neighbours: real job interviews beside each family fixed in this round.
RECRUITER = "Lee Park <lee.park@acme.example>"

# --- a round of drinks is no stage; a real first, second or final round stays one
q(
    "round_first_drinks_friday",
    "2026-03-05 14:00",
    RECRUITER,
    "First round interview - Data Analyst",
    "Hi Alex,\n\nYour first round interview for the Data Analyst role is confirmed for Thursday "
    "3/5 at 2pm with Jane Roe. The team heads out for drinks most Fridays - maybe you'll join "
    "us one day!\n\nLee, Talent Partner",
)
q(
    "round_second_through",
    "2026-03-10 11:00",
    RECRUITER,
    "Next steps",
    "Hi Alex,\n\nGreat news - you're through to the second round! It's confirmed for Tuesday 3/10 at 11am "
    "with our CTO, Omar Said.\n\nLee, Talent Partner",
)
q(
    "round_final_on_team_floor",
    "2026-03-06 10:00",
    RECRUITER,
    "Final round - Friday",
    "Hi Alex,\n\nYour final round on the team's floor: Friday 3/6 at 10am with Mia Chen and Ben "
    "Ode. Ask for me at reception.\n\nLee, Talent Partner",
)
q(
    "round_final_then_drinks",
    "2026-03-06 15:00",
    RECRUITER,
    "Final round interview",
    "Hi Alex,\n\nThe final round interview for the Product Analyst role is confirmed for Friday "
    "3/6 at 3pm with our VP of Product. Afterwards the first round of drinks at our Friday "
    "social is on us if you'd like to stay!\n\nLee, Talent Partner",
)
q(
    "round_de_drinks",
    "2026-03-05 16:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Zweitgespräch",
    "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Ihr Zweitgespräch ist am Donnerstag, 5. März "
    "um 16 Uhr bestätigt; danach laden wir Sie gern auf ein Getränk mit dem Team ein.\n\n"
    "Anna Roth\nPersonalabteilung",
)
q(
    "round_fr_pot",
    "2026-03-05 10:00",
    "Julie Perrin <julie.perrin@atelier-verne.example>",
    "Deuxième entretien",
    "Bonjour Alex,\n\nSuite à votre candidature au poste de chargé de clientèle, votre deuxième "
    "entretien est fixé au jeudi 5 mars à 10h. Vous pourrez ensuite rester pour le pot de "
    "l'équipe.\n\nJulie Perrin\nRessources humaines",
)
q(
    "round_es_copa",
    "2026-03-05 11:00",
    "Marta Gil <marta.gil@grupoalba.example>",
    "Segunda entrevista",
    "Hola Alex,\n\nte confirmamos la segunda entrevista para el puesto de analista el jueves 5 "
    "de marzo a las 11:00 con Luis Vera. Después tomaremos una copa con el equipo.\n\n"
    "Marta Gil\nRecursos Humanos",
)
# --- a practice or coaching session is no interview; the real one named beside it stays
q(
    "practice_agency_mock_before",
    "2026-03-05 14:00",
    "Kate Moss <kate@brightrecruit.example>",
    "Interview confirmed - Acme",
    "Hi Alex,\n\nYour interview with Acme for the Data Analyst role is confirmed for Thursday "
    "3/5 at 2pm with Jane Roe. I'll do a quick mock interview with you on Wednesday evening to "
    "prepare.\n\nKate\nSenior Recruiter",
)
q(
    "practice_outplacement_job",
    "2026-03-09 10:00",
    "Talent Team <talent@thrive-outplace.example>",
    "Interview - Outplacement Consultant",
    "Hi Alex,\n\nThanks for applying for the Outplacement Consultant role at Thrive. Your "
    "interview is confirmed for Monday 3/9 at 10am with Dr. Emma Wood.\n\nTalent Team",
)
q(
    "practice_coach_job",
    "2026-03-10 10:00",
    "Careers Service HR <hr@uni-example.edu>",
    "Interview invitation - Careers Coach",
    "Dear Alex,\n\nWe are pleased to invite you to an interview for the Careers Coach position on "
    "Tuesday 3/10 at 10am. The panel will ask you to run a short interview coaching session "
    "with a student.\n\nHR",
)
q(
    "practice_de",
    "2026-03-05 14:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Ihr Vorstellungsgespräch",
    "Hallo Alex,\n\nIhr Vorstellungsgespräch am Donnerstag, 5. März um 14 Uhr mit Frau Keller "
    "ist bestätigt. Tipp: Ein Probegespräch mit Ihrem Bewerbungscoach vorab kann helfen.\n\n"
    "Anna Roth\nPersonalabteilung",
)
q(
    "practice_fr",
    "2026-03-05 14:00",
    "Nadia Benali <nadia.benali@cabinet-orion.example>",
    "Entretien confirmé",
    "Bonjour Alex,\n\nVotre entretien avec Mme Lefèvre pour le poste de chargée de clientèle est "
    "confirmé le jeudi 5 mars à 14h. Si vous le souhaitez, nous ferons un entretien blanc la "
    "veille.\n\nNadia Benali\nConsultante recrutement",
)
q(
    "practice_es",
    "2026-03-05 11:00",
    "Jorge Peña <jorge.pena@talentia.example>",
    "Tu entrevista",
    "Hola Alex,\n\ntu entrevista con Marta Gil para el puesto de analista es el jueves 5 de marzo "
    "a las 11:00. Si quieres, hacemos un simulacro de entrevista el miércoles.\n\nJorge Peña\n"
    "Consultor de selección",
)
# --- a mentor's advice is no interview; a vacancy named beside a mentoring scheme stays one
q(
    "advice_scheme_role",
    "2026-03-05 11:00",
    "Ben Ode <ben.ode@acme.example>",
    "Interview - Junior Analyst",
    "Hi Alex,\n\nWe met through the City Mentoring Scheme. We'd like to interview you for the "
    "Junior Analyst role on Thursday 3/5 at 11am with me and Jane Roe.\n\nBen Ode\n"
    "Analytics Manager",
)
q(
    "advice_informal_not_formal",
    "2026-03-05 14:00",
    "Kate Moss <kate@brightrecruit.example>",
    "Chat with Acme",
    "Hi Alex,\n\nIt's not a formal interview, just an informal chat with the hiring manager, "
    "Omar Said, about the Backend Engineer role. It's booked for Thursday 3/5 at 2pm.\n\n"
    "Kate\nSenior Recruiter",
)
q(
    "advice_mentor_company_role",
    "2026-03-10 10:00",
    "Mia Chen <mia.chen@northwind.example>",
    "Your application",
    "Hi Alex,\n\nThanks for your application for the Designer position - your mentor from our "
    "mentoring programme spoke highly of you. Your interview is on Tuesday 3/10 at 10am with "
    "me.\n\nMia Chen\nDesign Lead",
)
q(
    "advice_de",
    "2026-03-05 11:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Einladung zum Vorstellungsgespräch",
    "Hallo Alex,\n\nüber unser Mentoring-Programm sind wir auf Sie aufmerksam geworden. Wir laden "
    "Sie zum Vorstellungsgespräch für die Stelle als Analyst am Donnerstag, 5. März um 11 Uhr "
    "ein.\n\nAnna Roth\nPersonalabteilung",
)
q(
    "advice_fr",
    "2026-03-05 11:00",
    "Julie Perrin <julie.perrin@atelier-verne.example>",
    "Convocation à un entretien",
    "Bonjour Alex,\n\nGrâce à notre programme de parrainage, nous avons reçu votre CV. Nous vous "
    "convoquons à un entretien pour le poste d'analyste le jeudi 5 mars à 11h avec M. Roux.\n\n"
    "Julie Perrin\nRessources humaines",
)
q(
    "advice_es",
    "2026-03-05 11:00",
    "Marta Gil <marta.gil@grupoalba.example>",
    "Entrevista - analista",
    "Hola Alex,\n\na través de nuestro programa de mentoría conocimos tu perfil. Te confirmamos "
    "la entrevista para el puesto de analista el jueves 5 de marzo a las 11:00 con Luis Vera."
    "\n\nMarta Gil\nRecursos Humanos",
)
# --- a film crew or a broadcast is media; a broadcaster's own hiring stays an interview
q(
    "media_tv_job_crew",
    "2026-03-10 10:00",
    "Gemma Hart <gemma.hart@channelsix.example>",
    "Assistant Producer interview",
    "Hi Alex,\n\nThanks for applying for the Assistant Producer role at Channel Six. Your "
    "interview is confirmed for Tuesday 3/10 at 10am with me; our crew will show you the "
    "studio afterwards.\n\nGemma Hart\nProducer, Channel Six News",
)
q(
    "media_researcher_job",
    "2026-03-04 14:00",
    "Gemma Hart <gemma.hart@channelsix.example>",
    "Your application",
    "Hi Alex,\n\nThank you for your application. Your interview for the Researcher position is "
    "on Wednesday 3/4 at 2pm; the programme will air next month, so it's a busy time!\n\n"
    "Gemma Hart\nSeries Producer, Channel Six",
)
q(
    "media_de",
    "2026-03-05 11:00",
    "Jonas Weber <j.weber@welle-nord.example>",
    "Ihr Vorstellungsgespräch",
    "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Kameraassistent. Ihr "
    "Vorstellungsgespräch ist am Donnerstag, 5. März um 11 Uhr; danach lernen Sie unser "
    "Kamerateam kennen.\n\nJonas Weber",
)
q(
    "media_fr",
    "2026-03-05 10:00",
    "Claire Dubois <claire.dubois@radio-cite.example>",
    "Entretien",
    "Bonjour Alex,\n\nSuite à votre candidature au poste d'assistant de production, votre "
    "entretien est fixé au jeudi 5 mars à 10h ; vous assisterez ensuite à un tournage.\n\n"
    "Claire Dubois\nRessources humaines",
)
q(
    "media_es",
    "2026-03-05 11:00",
    "Lucía Romero <lucia@radiosur.example>",
    "Entrevista",
    "Hola Alex,\n\ngracias por tu candidatura al puesto de ayudante de producción. Te "
    "confirmamos la entrevista el jueves 5 de marzo a las 11:00; después verás un rodaje.\n\n"
    "Lucía Romero\nRecursos Humanos",
)
# --- a tattoo studio's sitting is no interview; its own hiring stays one
q(
    "tattoo_artist_job",
    "2026-03-07 13:00",
    "Ink & Iron Studio <bookings@inkandiron.example>",
    "Tattoo Artist position",
    "Hi Alex,\n\nThanks for applying for the Tattoo Artist position. Your interview is on "
    "Saturday 3/7 at 1pm with Jo - bring your portfolio.\n\nInk & Iron",
)
q(
    "tattoo_ics_round2_company",
    "2026-03-12 13:00",
    "Priya Nair <priya.nair@corvid-analytics.example>",
    "Invitation: Alex Morgan | Round 2",
    "Alex Morgan | Round 2",
    ics=ics(
        "Alex Morgan | Round 2",
        "20260312T170000Z",
        "20260312T180000Z",
        "priya.nair@corvid-analytics.example",
        "Priya Nair",
    ),
)
q(
    "tattoo_de_job",
    "2026-03-05 11:00",
    "Studio Nadel <info@studio-nadel.example>",
    "Ihre Bewerbung als Tätowierer",
    "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Tätowierer. Wir laden Sie zum "
    "Vorstellungsgespräch am Donnerstag, 5. März um 11 Uhr ein.\n\nStudio Nadel",
)
q(
    "tattoo_fr_job",
    "2026-03-05 11:00",
    "Atelier Encre <contact@atelier-encre.example>",
    "Candidature tatoueur",
    "Bonjour Alex,\n\nSuite à votre candidature au poste de tatoueur, nous vous convoquons à un "
    "entretien le jeudi 5 mars à 11h au studio.\n\nAtelier Encre",
)
q(
    "tattoo_es_job",
    "2026-03-05 11:00",
    "Estudio Tinta <hola@estudiotinta.example>",
    "Entrevista - tatuador",
    "Hola Alex,\n\ngracias por tu candidatura al puesto de tatuador. Te confirmamos la entrevista "
    "el jueves 5 de marzo a las 11:00 en el estudio.\n\nEstudio Tinta",
)
# --- a workshop, a master's selection, a colleague's candidate: the candidate's own stays
q(
    "workshop_de_job",
    "2026-03-05 10:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Ihr Vorstellungsgespräch",
    "Hallo Alex,\n\nIhr Vorstellungsgespräch findet am Donnerstag, 5. März um 10 Uhr in unserer "
    "Werkstatt statt; anschließend gibt es einen kurzen Workshop mit dem Team.\n\nAnna Roth\n"
    "Personalabteilung",
)
q(
    "workshop_fr_carpentry",
    "2026-03-05 09:00",
    "Menuiserie Roux <contact@menuiserie-roux.example>",
    "Entretien",
    "Bonjour Alex,\n\nSuite à votre candidature au poste de menuisier, nous vous attendons pour un "
    "entretien à l'atelier le jeudi 5 mars à 9h.\n\nMenuiserie Roux",
)
q(
    "workshop_es_garage",
    "2026-03-05 09:00",
    "Taller Pérez <empleo@tallerperez.example>",
    "Entrevista - mecánico",
    "Hola Alex,\n\ngracias por tu candidatura al puesto de mecánico. Tu entrevista es el jueves 5 "
    "de marzo a las 9:00 en el taller.\n\nTaller Pérez",
)
q(
    "master_fr_job_doctoral_school",
    "2026-03-05 10:00",
    "Service RH <rh@univ-example.fr>",
    "Convocation entretien",
    "Bonjour,\n\nSuite à votre candidature au poste de chargé de mission à l'école doctorale, "
    "vous êtes convoqué à un entretien le jeudi 5 mars à 10h.\n\nService des ressources humaines",
)
q(
    "hirer_fr_recruiter_faire_passer",
    "2026-03-05 10:00",
    "Nadia Benali <nadia.benali@cabinet-orion.example>",
    "Entretien",
    "Bonjour Alex,\n\nMerci pour votre CV. Nous souhaitons vous faire passer un entretien pour le "
    "poste de comptable le jeudi 5 mars à 10h avec M. Roux.\n\nNadia Benali\nConsultante "
    "recrutement",
)
q(
    "hirer_es_su_cv",
    "2026-03-05 10:00",
    "Talentia <seleccion@talentia.example>",
    "Citación a entrevista",
    "Estimado Alex:\n\nhemos recibido su CV. Le citamos a una entrevista el jueves 5 de marzo a "
    "las 10:00 con la Sra. Blanco.\n\nDepartamento de Selección",
)
q(
    "hirer_de_lebenslauf",
    "2026-03-10 14:00",
    "Anja Schulz <anja.schulz@nordwerk.example>",
    "Einladung",
    "Hallo Alex,\n\nvielen Dank für Ihren Lebenslauf. Wir laden Sie zum Vorstellungsgespräch am "
    "Dienstag, 10. März um 14 Uhr ein; mit dabei sein wird Herr Brandt.\n\nAnja Schulz\n"
    "HR Business Partner",
)

# --- someone else is the candidate; the user's own invitation stays theirs
q(
    "other_cand_with_founder_gmail",
    "2026-03-05 14:00",
    "Nora Blake <nora.blake@northwind.example>",
    "Invitation: Interview with Sam Lee",
    "Looking forward to it!",
    ics=ics(
        "Interview with Sam Lee",
        "20260305T190000Z",
        "20260305T200000Z",
        "nora.blake@northwind.example",
        "Nora Blake",
        attendees=(("Sam Lee", "sam.lee.founder@gmail.com"),),
    ),
)
q(
    "other_cand_field_is_user",
    "2026-03-05 14:00",
    "Recruiting Coordinator <coordinator@northwind.example>",
    "Invitation: Onsite - Backend Engineer",
    "",
    ics=ics(
        "Onsite - Backend Engineer",
        "20260305T190000Z",
        "20260305T200000Z",
        "coordinator@northwind.example",
        "Recruiting Coordinator",
        description="Candidate: Alex Morgan. Interviewers: Raj Mehta, Mia Chen.",
    ),
)
q(
    "other_cand_field_first_name",
    "2026-03-05 14:00",
    "Lee Park <lee.park@acme.example>",
    "Interview details",
    "Hi Alex,\n\nHere are the details of your interview for the Analyst role.\n\n"
    "Candidate: Alex\nDate: Thursday 3/5\nTime: 2pm\nInterviewer: Jane Roe\n\n"
    "Lee, Talent Partner",
)
q(
    "other_cand_de_mit",
    "2026-03-05 14:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Einladung: Vorstellungsgespräch mit Sam Lee",
    "Bis Donnerstag!",
    ics=ics(
        "Vorstellungsgespräch mit Sam Lee",
        "20260305T190000Z",
        "20260305T200000Z",
        "anna.roth@firma-example.de",
        "Anna Roth",
        attendees=(("Sam Lee", "sam.lee.founder@gmail.com"),),
    ),
)
q(
    "other_cand_fr_avec",
    "2026-03-05 14:00",
    "Julie Perrin <julie.perrin@atelier-verne.example>",
    "Invitation : Entretien d'embauche avec Sam Lee",
    "À jeudi !",
    ics=ics(
        "Entretien d'embauche avec Sam Lee",
        "20260305T190000Z",
        "20260305T200000Z",
        "julie.perrin@atelier-verne.example",
        "Julie Perrin",
        attendees=(("Sam Lee", "sam.lee.founder@gmail.com"),),
    ),
)
q(
    "other_cand_es_con",
    "2026-03-05 14:00",
    "Marta Gil <marta.gil@grupoalba.example>",
    "Invitación: Entrevista de trabajo con Sam Lee",
    "¡Hasta el jueves!",
    ics=ics(
        "Entrevista de trabajo con Sam Lee",
        "20260305T190000Z",
        "20260305T200000Z",
        "marta.gil@grupoalba.example",
        "Marta Gil",
        attendees=(("Sam Lee", "sam.lee.founder@gmail.com"),),
    ),
)
# --- the user's referee is no interview; a recruiter asking for referees keeps the interview
q(
    "referee_recruiter_asks",
    "2026-03-05 14:00",
    RECRUITER,
    "Interview confirmed",
    "Hi Alex,\n\nYour interview for the Analyst role is confirmed for Thursday 3/5 at 2pm with "
    "Jane Roe. Please also bring the names of two people who can act as your referees.\n\n"
    "Lee, Talent Partner",
)
q(
    "referee_recruiter_call",
    "2026-03-05 14:00",
    "Kate Moss <kate@brightrecruit.example>",
    "Recruiter call Thursday",
    "Hi Alex,\n\nConfirming our recruiter call on Thursday 3/5 at 2pm about the Analyst role at "
    "Acme. After that we'll ask your former manager to be your reference.\n\nKate\n"
    "Senior Recruiter",
)
q(
    "referee_de",
    "2026-03-05 14:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Ihr Vorstellungsgespräch",
    "Hallo Alex,\n\nIhr Vorstellungsgespräch am Donnerstag, 5. März um 14 Uhr ist bestätigt. "
    "Bitte nennen Sie uns jemanden, der als Ihre Referenz angegeben werden kann.\n\n"
    "Anna Roth\nPersonalabteilung",
)
q(
    "referee_fr",
    "2026-03-05 14:00",
    "Nadia Benali <nadia.benali@cabinet-orion.example>",
    "Entretien confirmé",
    "Bonjour Alex,\n\nVotre entretien avec Mme Lefèvre pour le poste de comptable est confirmé "
    "le jeudi 5 mars à 14h. Votre ancien manager pourra-t-il être votre référence ?\n\n"
    "Nadia Benali\nConsultante recrutement",
)
q(
    "referee_es",
    "2026-03-05 14:00",
    "Jorge Peña <jorge.pena@talentia.example>",
    "Tu entrevista",
    "Hola Alex,\n\ntu entrevista con Marta Gil para el puesto de analista es el jueves 5 de marzo "
    "a las 14:00. ¿Podría tu antiguo jefe ser tu referencia?\n\nJorge Peña\n"
    "Consultor de selección",
)
# --- a medical school's selection is no job interview; a school's own hiring stays one
q(
    "med_school_job",
    "2026-03-05 10:00",
    "HR <hr@stjude-med.example>",
    "Interview - Admissions Coordinator",
    "Dear Alex,\n\nThank you for applying for the Admissions Coordinator position at St Jude "
    "Medical School. Your interview is confirmed for Thursday 3/5 at 10am with Dr. Ellen Ma."
    "\n\nHR",
)
q(
    "nursing_school_job",
    "2026-03-04 09:15",
    "City Clinic HR <hr@cityclinic.example>",
    "Staff Nurse interview",
    "Dear Alex,\n\nThanks for applying for the Staff Nurse role straight out of nursing school. "
    "Your interview is on Wednesday 3/4 at 9:15am with Dr. Ellen Ma.\n\nCity Clinic HR",
)
q(
    "candidate_take_lunch_user",
    "2026-03-05 11:00",
    RECRUITER,
    "Your onsite",
    "Hi Alex,\n\nYour onsite for the Analyst role is confirmed for Thursday 3/5 at 11am with "
    "Jane Roe and Ben Ode; Ben will take you to lunch afterwards.\n\nLee, Talent Partner",
)
q(
    "de_recruiter_freut_sich",
    "2026-03-05 14:00",
    "Anna Roth <anna.roth@firma-example.de>",
    "Einladung zum Vorstellungsgespräch",
    "Hallo Alex,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 5. März um 14 Uhr ein. "
    "Ich freue mich, Ihnen dann unser Team vorzustellen.\n\nAnna Roth\nPersonalabteilung",
)

# --- a title naming a role and a stage stays an interview, whatever words the role holds


def titled_q(id: str, title: str) -> None:
    """A coordinator's invitation titled ``title``: an interview at 10:00 on 3/9."""
    q(
        id,
        "2026-03-09 10:00",
        "Priya Nair <priya.nair@corvid-analytics.example>",
        f"Invitation: {title}",
        title,
        ics=ics(
            title,
            "20260309T140000Z",
            "20260309T150000Z",
            "priya.nair@corvid-analytics.example",
            "Priya Nair",
        ),
    )


titled_q("title_role_training_manager", "Alex Morgan - Training Manager - Final Round")
titled_q("title_role_onboarding_specialist", "Alex Morgan - Onboarding Specialist")
titled_q("title_role_benefits_analyst", "Alex Morgan - Benefits Analyst - Hiring Manager Chat")
titled_q("title_role_performance_marketing", "Performance Marketing Manager | Alex Morgan")
titled_q("title_role_fr_formation", "Alex Morgan - Responsable Formation - Tour 2")
titled_q("title_role_es_incorporacion", "Alex Morgan - Responsable Incorporación | Ronda 2")
titled_q("title_role_de_onboarding", "Alex Morgan - Leiter Onboarding | Runde 2")

# --- hiring systems' reminders and careers teams: the candidate's own interview stays one
q(
    "careers_centre_signature",
    "2026-03-05 14:00",
    "Acme Careers <careers@acme.example>",
    "Interview invitation",
    "Hi Alex,\n\nWe'd like to invite you to interview for the Analyst role on Thursday 3/5 at 2pm with Jane Roe.\n\nAcme Careers Centre",
)
q(
    "career_coach_lead_interviewer",
    "2026-03-05 14:00",
    "Acme Careers <careers@acme.example>",
    "Interview invitation",
    "Hi Alex,\n\nThanks for applying. We'd like to see you on Thursday 3/5 at 2pm for an interview with Jane Roe, our Career Coach lead.\n\nAcme Careers",
)
q(
    "uni_careers_relays_employer",
    "2026-03-05 14:00",
    "Uni Careers Service <careers@uni-example.edu>",
    "Employer interview via Careers Service",
    "Hi Alex,\n\nAcme has shortlisted you for the Graduate Analyst role. Your interview with Jane Roe is on Thursday 3/5 at 2pm in the Careers Centre, Room 12.\n\nCareers Service",
)
q(
    "ats_reminder_candidate",
    "2026-03-03 14:00",
    "Greenhouse <no-reply@greenhouse.io>",
    "Interview reminder",
    "Hi Alex,\n\nReminder: your interview with Priya Rao (Engineering Manager) is on Tuesday 3/3 at 2:00 PM EST. Please bring a copy of your resume.\n\nNorthwind Recruiting",
)
q(
    "ats_interviewing_with",
    "2026-03-03 14:00",
    "Greenhouse <no-reply@greenhouse.io>",
    "Interview confirmed",
    "Hi Alex,\n\nYou'll be interviewing with Priya Rao and Tom Bell on Tuesday 3/3 at 2:00 PM EST. Afterwards you can leave feedback on your interview experience.\n\nNorthwind Recruiting",
)
q(
    "ats_bring_your_resume",
    "2026-03-05 14:00",
    "Lever <no-reply@hire.lever.co>",
    "Interview scheduled",
    "Hi Alex, your interview with Daniel Osei (Data Engineer) is on Thursday 3/5 at 2pm. Please make sure your resume is attached to your application.",
)
q(
    "ats_reminder_de",
    "2026-03-03 14:00",
    "Personio <no-reply@personio.example>",
    "Erinnerung: Ihr Vorstellungsgespräch",
    "Hallo Alex,\n\nIhr Vorstellungsgespräch mit Frau Keller ist am Dienstag, 3. März um 14 Uhr.\n\nIhr Recruiting-Team",
)
q(
    "ats_reminder_fr",
    "2026-03-03 14:00",
    "Welcome to the Jungle <no-reply@wttj.example>",
    "Rappel : votre entretien",
    "Bonjour Alex,\n\nVotre entretien avec Mme Lefèvre pour le poste d'analyste est le mardi 3 mars à 14h.\n\nL'équipe recrutement",
)
q(
    "ats_reminder_es",
    "2026-03-03 14:00",
    "Talentia <no-reply@talentia.example>",
    "Recordatorio: tu entrevista",
    "Hola Alex,\n\ntu entrevista con Marta Gil para el puesto de analista es el martes 3 de marzo a las 14:00.\n\nSelección",
)
