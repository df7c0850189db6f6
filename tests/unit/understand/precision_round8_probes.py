"""Probe mail for precision round 8: non-interviews with interview-like signs, and neighbours.

Written from scratch for these tests (invented people and companies under reserved names),
none copied from an evaluation set, in shapes earlier rounds did not take: the user's own
workplace meetings from HR tools, paid research and customer-discovery sessions, vendors'
booked demos, press and podcasts from booking tools, admissions and scholarships, visas and
biometrics, viewings and landlords, clinics, schools, jury service, volunteering, dating
apps, recruiters' marketing, fairs with slots, hiring systems that only acknowledge or ask
for an assessment, the user as hiring manager (also on job boards and booking tools),
internal hiring meetings, the candidate the user referred, a child's interview told to a
parent, interviews already held (thanks, surveys, follow-ups), an agency's steps around an
interview, and the hiring mail that is not an interview (availability asked, a
cancellation, a rejection after interviews, an offer discussed on a call), in en/de/fr/es.
Each probe names its kind:

- ``other`` for personal and work mail the daemon must leave alone;
- ``bulk`` for mass mail with a list footer or list headers;
- ``scheduling_request``, ``interview_cancelled``, ``rejection`` and ``offer`` for the
  hiring mail of those kinds;
- never ``interview`` (and ``interview_cancelled`` only where it is named).

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
    "\n\n--\nYou are receiving this email because you registered on our site.\n"
    "Unsubscribe | Update your preferences"
)
REPLY = {"In-Reply-To": "<me-81@gmail.com>"}


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
# A. The user's own workplace: HR tools, reviews, stay and exit conversations
p(
    "work_lattice_review",
    "other",
    "Lattice <notifications@lattice.example>",
    "Your review conversation with Priya Nair is scheduled",
    "Hi Alex,\n\nPriya Nair scheduled your Spring 2026 review conversation for Thursday, "
    "March 5 at 1:00 PM. Your self-review and peer feedback will be shared with you 24 hours "
    "before.\n\nView in Lattice",
)
p(
    "work_stay_interview_ics",
    "other",
    "Priya Nair <priya.nair@quillbyte.example>",
    "Invitation: Stay conversation - Alex / Priya",
    "Hi Alex, this is the stay conversation I mentioned: what keeps you here, what would "
    "make you leave, what you'd change. Nothing to prepare.",
    ics=ics(
        "Stay conversation - Alex / Priya",
        "20260305T160000Z",
        "20260305T164500Z",
        "priya.nair@quillbyte.example",
        "Priya Nair",
    ),
)
p(
    "work_exit_interview_hr",
    "other",
    "HR Team <hr@quillbyte.example>",
    "Your exit interview",
    "Hi Alex,\n\nWe're sorry to see you go. As part of your offboarding, Maya Ortiz from HR "
    "will hold your exit interview on Friday 3/13 at 10:00 AM. Please also return your "
    "laptop and badge to IT that afternoon.\n\nQuillbyte HR",
)
p(
    "work_exit_de",
    "other",
    "Jana Roth <jana.roth@kesselmann.example>",
    "Austrittsgespräch",
    "Hallo Alex,\n\nda dein letzter Arbeitstag der 31. März ist, möchte ich gerne ein "
    "Austrittsgespräch mit dir führen. Passt dir Dienstag, 24. März um 15 Uhr? Deine "
    "Rückmeldung hilft uns, besser zu werden.\n\nViele Grüße\nJana Roth\nHR Business Partner",
)
p(
    "work_exit_fr",
    "other",
    "Claire Dubois <claire.dubois@maisonlumen.example>",
    "Entretien de départ",
    "Bonjour Alex,\n\nSuite à ta démission, je te propose un entretien de départ le "
    "mercredi 25 mars à 11h. C'est l'occasion de nous dire ce qui pourrait être amélioré "
    "dans l'équipe.\n\nBien à toi,\nClaire Dubois\nRessources humaines",
)
p(
    "work_exit_es",
    "other",
    "Lucía Herrero <lucia.herrero@nexaluz.example>",
    "Entrevista de salida",
    "Hola Alex,\n\nComo sabes, tu último día con nosotros es el 27 de marzo. Te he reservado "
    "la entrevista de salida el jueves 26 de marzo a las 10:00 en la sala Retiro. Es "
    "confidencial.\n\nUn saludo,\nLucía Herrero\nRecursos Humanos",
)
p(
    "work_return_to_work",
    "other",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Return to work meeting",
    "Hi Alex,\n\nWelcome back next week! Let's have your return-to-work meeting on Monday "
    "3/9 at 9:30am so we can talk about a phased return after your leave.\n\nTom\n"
    "Engineering Manager",
)
p(
    "work_grievance_hearing",
    "other",
    "Employee Relations <er@quillbyte.example>",
    "Grievance hearing - invitation",
    "Dear Alex,\n\nFurther to your grievance submitted on 20 February, you are invited to a "
    "grievance hearing on Wednesday 4 March 2026 at 2pm, chaired by Omar Khan. You have the "
    "right to be accompanied by a colleague or trade union representative.\n\n"
    "Employee Relations",
)
p(
    "work_mitarbeitergespraech_ics",
    "other",
    "Stefan Krüger <stefan.krueger@kesselmann.example>",
    "Einladung: Mitarbeitergespräch Alex Morgan",
    "Hallo Alex, anbei die Einladung zu unserem jährlichen Mitarbeitergespräch. Bitte den "
    "Vorbereitungsbogen ausfüllen.",
    ics=ics(
        "Mitarbeitergespräch Alex Morgan",
        "20260310T090000Z",
        "20260310T100000Z",
        "stefan.krueger@kesselmann.example",
        "Stefan Krüger",
    ),
)
p(
    "work_entretien_pro_fr",
    "other",
    "Portail RH <rh-noreply@maisonlumen.example>",
    "Votre entretien professionnel est planifié",
    "Bonjour Alex,\n\nVotre entretien professionnel bisannuel avec votre manager Julien "
    "Mercier aura lieu le lundi 9 mars 2026 à 10h30. Cet entretien porte sur vos perspectives "
    "d'évolution et vos besoins de formation.\n\nLe service RH",
)
p(
    "work_internal_mobility_chat",
    "other",
    "Priya Nair <priya.nair@quillbyte.example>",
    "Coffee about the platform team?",
    "Hey Alex, heard you're curious about moving to the platform team. No formal process, "
    "just come chat with me and Leo over coffee on Wednesday 3/4 at 10 - we'll tell you "
    "what we work on.\n\nPriya",
)
p(
    "work_1on1_moved",
    "other",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Updated invitation: Alex <> Tom 1:1 @ Thu Mar 5, 2026 11am - 11:30am (EST)",
    "This event has been changed. New time: Thursday Mar 5, 2026 11am - 11:30am (EST)",
    ics=ics(
        "Alex <> Tom 1:1",
        "20260305T160000Z",
        "20260305T163000Z",
        "tom.reyes@quillbyte.example",
        "Tom Reyes",
        sequence=2,
    ),
)
# ---------------------------------------------------------------------------------------
# B. Paid research: the user is the participant
p(
    "ux_userinterviews_platform",
    "other",
    "User Interviews <noreply@userinterviews.example>",
    "You're confirmed: 60-min interview on Thursday, Mar 5 at 2:00 PM EST",
    'Hi Alex,\n\nYou\'ve been confirmed for the study "How teams plan travel". Your session '
    "is Thursday, Mar 5 at 2:00 PM EST with researcher Kim Park.\n\nIncentive: $120 sent "
    "within 5 business days after the session.\n\nJoin: https://zoom.us/j/5551234567",
)
p(
    "ux_respondent_study",
    "other",
    "Respondent <studies@respondent.example>",
    "Interview scheduled - Project Atlas",
    "Your interview for Project Atlas has been scheduled for Tuesday 3/10 at 11:00 AM ET "
    "(45 minutes). The researcher will ask about how your company buys software. You will "
    "be paid $150 via PayPal once the researcher marks the session complete.",
)
p(
    "ux_direct_researcher",
    "other",
    "Nadia Flores <nadia.flores@pocketbank.example>",
    "Thanks for signing up - our chat on Wednesday",
    "Hi Alex,\n\nThanks for agreeing to talk to us about how you budget each month. I've "
    "booked us for Wednesday 3/4 at 4pm over Google Meet - about 30 minutes. There are no "
    "right or wrong answers; we're testing early designs.\n\nNadia\nProduct Designer, "
    "Pocketbank",
)
p(
    "ux_usability_ics",
    "other",
    "Sam Ito <sam.ito@routewise.example>",
    "Invitation: Routewise usability session - Alex Morgan",
    "Thanks for joining our usability session! We'll share a prototype on screen.",
    ics=ics(
        "Routewise usability session - Alex Morgan",
        "20260306T180000Z",
        "20260306T190000Z",
        "sam.ito@routewise.example",
        "Sam Ito",
        description="You'll receive a $75 Amazon gift card after the session.",
    ),
)
p(
    "ux_de_nutzerinterview",
    "other",
    "Lea Brandt <lea.brandt@fahrwerk-app.example>",
    "Bestätigung: Ihr Nutzerinterview am 5. März",
    "Hallo Alex,\n\nvielen Dank für Ihre Teilnahme! Das Interview findet am Donnerstag, "
    "5. März um 17 Uhr per Zoom statt und dauert ca. 45 Minuten. Als Dankeschön erhalten "
    "Sie einen Gutschein über 50 €.\n\nLea Brandt\nUX Research",
)
p(
    "ux_fr_etude",
    "other",
    "Hugo Lefèvre <hugo.lefevre@panierbio.example>",
    "Confirmation de votre entretien utilisateur",
    "Bonjour Alex,\n\nMerci d'avoir accepté de participer à notre étude ! Votre entretien "
    "aura lieu le mardi 10 mars à 18h en visio (45 min). Vous recevrez un bon d'achat de "
    "40 € à l'issue de l'entretien.\n\nHugo\nChercheur UX, PanierBio",
)
p(
    "ux_es_estudio",
    "other",
    "Marta Gil <marta.gil@viajalo.example>",
    "Tu entrevista del estudio, confirmada",
    "Hola Alex,\n\nGracias por apuntarte a nuestro estudio con usuarios. La entrevista será el "
    "miércoles 4 de marzo a las 19:00 por Google Meet y durará unos 40 minutos. Te "
    "enviaremos una tarjeta regalo de 30 € al terminar.\n\nMarta, equipo de Investigación",
)
p(
    "ux_diary_study_kickoff",
    "other",
    "dscout <hello@dscout.example>",
    "Mission kickoff call: Thursday 3/5 at 6pm",
    "Hi Alex,\n\nCongrats, you've been selected for our Kitchen Habits mission! Your kickoff "
    "interview with the research team is Thursday 3/5 at 6pm ET. Participants earn up to "
    "$200 for completing all parts.",
)
p(
    "ux_expert_network",
    "other",
    "Guidepoint Scheduling <scheduling@guidepoint.example>",
    "Consultation confirmed: Thursday, March 5, 10:00 AM EST",
    "Dear Alex,\n\nThank you for agreeing to consult with our client on logistics software. "
    "Your 60-minute phone consultation is confirmed for Thursday, March 5, 10:00 AM EST. "
    "Your rate of $300/hour will be paid after the call. Please do not disclose any "
    "confidential information about your current employer.",
)
# ---------------------------------------------------------------------------------------
# C. Customer discovery and vendors: the user is the customer
p(
    "disco_founder_call",
    "other",
    "Ben Adler <ben@tallyloop.example>",
    "Quick customer discovery call?",
    "Hi Alex,\n\nThanks for trying Tallyloop! I'm one of the founders and I'd love 20 minutes "
    "to learn how your team handles expense approvals today. I've put Thursday 3/5 at 3pm "
    "in the calendar - no sales pitch, promise.\n\nBen",
)
p(
    "disco_calendly_demo",
    "other",
    "Calendly <notifications@calendly.com>",
    "Confirmed: Product demo with Rachel Kim at 11:00am Wed, Mar 4, 2026",
    "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type: Product demo - "
    "Brightforms\nInvitee: Alex Morgan\nEvent Date/Time: 11:00am - 11:30am (Eastern Time - "
    "US & Canada), Wednesday, March 4, 2026\nLocation: Zoom\n\nRachel will walk you through "
    "pricing and integrations for your team.",
)
p(
    "disco_vendor_qbr",
    "other",
    "Owen Shaw <owen.shaw@cloudvault.example>",
    "Quarterly business review - CloudVault",
    "Hi Alex,\n\nAs your account manager, I'd like to hold our Q1 business review on Tuesday "
    "3/10 at 2pm. We'll go over your usage, the renewal and the roadmap.\n\nOwen Shaw\n"
    "Customer Success Manager, CloudVault",
)
p(
    "disco_sdr_meeting_booked",
    "other",
    "Kayla Burns <kayla.burns@pipemetric.example>",
    "Meeting confirmed: Pipemetric x Quillbyte",
    "Hi Alex,\n\nGreat speaking today! As discussed, I've booked a 30-minute discovery "
    "meeting with our solutions engineer Raj Patel for Friday 3/6 at 1pm ET. We'll look at "
    "your current reporting stack.\n\nKayla Burns\nSales Development Representative",
)
p(
    "disco_de_vertrieb",
    "other",
    "Felix Hahn <felix.hahn@lagerwerk.example>",
    "Terminbestätigung: Produktvorführung Lagerwerk",
    "Hallo Alex,\n\nvielen Dank für Ihr Interesse an Lagerwerk. Hiermit bestätige ich unseren "
    "Termin für die Produktvorführung am Mittwoch, 4. März um 14 Uhr per Teams.\n\n"
    "Freundliche Grüße\nFelix Hahn\nVertrieb",
)
p(
    "disco_fr_demo",
    "other",
    "Inès Morel <ines.morel@facturo.example>",
    "Votre démo Facturo jeudi",
    "Bonjour Alex,\n\nJe vous confirme notre rendez-vous pour la démonstration de Facturo "
    "jeudi 5 mars à 15h. Je vous présenterai les tarifs et l'intégration avec votre "
    "comptabilité.\n\nInès Morel\nChargée de clientèle",
)
# ---------------------------------------------------------------------------------------
# D. Press and podcasts, from booking tools and producers
p(
    "press_riverside_booking",
    "other",
    "Savvycal <bookings@savvycal.com>",
    "New booking: Hiring Hacks podcast recording with Alex Morgan",
    'Alex Morgan booked "Guest recording (60 min)" with Jess Harlow.\nWhen: Thursday, March '
    "5, 2026 4:00 PM - 5:00 PM (America/New_York)\nWhere: Riverside studio link will follow."
    "\n\nNotes: We'll chat about your move from teaching into data science.",
)
p(
    "press_journalist_career_change",
    "other",
    "Maya Brooks <maya.brooks@dailyledger.example>",
    "Interview for our careers column",
    "Hi Alex,\n\nThanks for agreeing to talk about your career change for our weekly careers "
    "column. Does Wednesday 3/4 at 12:30 still work for the interview? I'll call your "
    "mobile. The piece runs on Sunday.\n\nMaya Brooks\nStaff writer, The Daily Ledger",
)
p(
    "press_student_newspaper",
    "other",
    "Ethan Cole <ecole@stateu.example>",
    "Re: alumni interview",
    "Hi Alex, thank you so much for replying! So for the alumni spotlight, could we do the "
    "interview on Monday 3/9 at 5pm over Zoom? I'll send you my questions beforehand.\n\n"
    "Ethan\nThe State Chronicle",
    headers=REPLY,
)
p(
    "press_de_zeitung",
    "other",
    "Miriam Vogt <m.vogt@rheinkurier.example>",
    "Ihr Interview mit dem Rheinkurier",
    "Guten Tag Alex Morgan,\n\nwie telefonisch vereinbart, führen wir das Interview für "
    "unsere Serie über Quereinsteiger am Donnerstag, 5. März um 11 Uhr in unserer Redaktion."
    "\n\nMit freundlichen Grüßen\nMiriam Vogt\nRedakteurin, Rheinkurier",
)
p(
    "press_fr_radio",
    "other",
    "Antoine Roux <antoine.roux@radiolac.example>",
    "Votre passage à l'antenne",
    "Bonjour Alex,\n\nJe vous confirme votre entretien en direct dans l'émission du matin "
    "mardi 10 mars à 8h15. Merci d'arriver au studio à 7h50.\n\nAntoine Roux\nJournaliste",
)
p(
    "press_es_podcast",
    "other",
    "Pilar Soto <pilar@charlascontech.example>",
    "Entrevista para el pódcast - jueves",
    "Hola Alex,\n\n¡Gracias por aceptar ser invitada en el pódcast! Grabamos la entrevista "
    "el jueves 5 de marzo a las 17:00 por Zoom. Hablaremos de tu experiencia cambiando de "
    "sector.\n\nPilar Soto\nPresentadora, Charlas con Tech",
)
# ---------------------------------------------------------------------------------------
# E. Admissions and scholarships
p(
    "adm_mba_interview_invite",
    "other",
    "Admissions Office <mba-admissions@northbridge.example>",
    "Invitation to interview - Northbridge MBA, Round 2",
    "Dear Alex,\n\nCongratulations! The Admissions Committee invites you to interview for the "
    "Northbridge MBA Class of 2028. Your interview is scheduled for Tuesday, March 10 at "
    "9:00 AM ET with an alumna, Grace Lin.\n\nNorthbridge School of Business",
)
p(
    "adm_fulbright_panel",
    "other",
    "Fellowships Office <fellowships@stateu.example>",
    "Campus committee interview - Fulbright",
    "Dear Alex,\n\nYour campus committee interview for the Fulbright U.S. Student Program is "
    "on Friday 3/6 at 3:15pm in Hale Hall 204. The panel will ask about your proposed "
    "project in Lisbon.\n\nOffice of Fellowships",
)
p(
    "adm_phd_ics",
    "other",
    "Dr. Helen Park <hpark@techu.example>",
    "Invitation: PhD applicant interview - Alex Morgan",
    "Hi Alex, looking forward to discussing your research interests and the lab.",
    ics=ics(
        "PhD applicant interview - Alex Morgan",
        "20260305T150000Z",
        "20260305T153000Z",
        "hpark@techu.example",
        "Helen Park",
        description="Graduate admissions interview, Department of Computer Science.",
    ),
)
p(
    "adm_de_auswahlgespraech",
    "other",
    "Studienstiftung Auswahl <auswahl@stiftung-lumen.example>",
    "Einladung zum Auswahlgespräch",
    "Sehr geehrte Frau Morgan,\n\nwir freuen uns, Sie zum Auswahlgespräch für unser "
    "Stipendienprogramm einzuladen. Das Gespräch findet am Samstag, 14. März um 10:30 Uhr "
    "in Bonn statt.\n\nIhre Stiftung Lumen",
)
p(
    "adm_fr_grande_ecole",
    "other",
    "Concours <concours@ecole-horizon.example>",
    "Convocation à l'épreuve orale",
    "Madame,\n\nVous êtes admissible au concours d'entrée. Votre entretien de motivation aura "
    "lieu le jeudi 12 mars à 9h40 sur le campus de Lyon. Munissez-vous de votre pièce "
    "d'identité et de votre convocation.\n\nService des concours",
)
p(
    "adm_es_beca",
    "other",
    "Fundación Aurea <becas@fundacionaurea.example>",
    "Entrevista personal - Becas de posgrado",
    "Estimada Alex:\n\nHas superado la primera fase de la convocatoria de becas de posgrado. "
    "Te convocamos a la entrevista personal el lunes 9 de marzo a las 12:00 en nuestra sede."
    "\n\nFundación Aurea",
)
p(
    "adm_alumni_interviewer_gmail",
    "other",
    "Grace Lin <grace.lin84@gmail.com>",
    "Your Northbridge alumni interview",
    "Hi Alex,\n\nI'm your alumni interviewer for Northbridge's MBA. Would Tuesday 3/10 at "
    "9am at the Blue Bottle on Main St work? It's a relaxed conversation about why business "
    "school and why now.\n\nGrace",
)
p(
    "adm_bootcamp_admissions_call",
    "other",
    "Codeforge Admissions <admissions@codeforge.example>",
    "Your admissions interview is booked",
    "Hi Alex,\n\nYour admissions interview for the Codeforge full-time bootcamp is booked for "
    "Wednesday 3/4 at 1pm ET. It includes a short logic challenge. Tuition options will be "
    "discussed after you are accepted.",
)
# ---------------------------------------------------------------------------------------
# F. Visas, consulates, biometrics
p(
    "visa_ds160_appointment",
    "other",
    "US Visa Info <no-reply@ustraveldocs.example>",
    "Appointment Confirmation",
    "Appointment confirmation for Alex Morgan.\n\nConsular section: U.S. Embassy London\n"
    "Date: 10 March 2026 08:15\nVisa class: F-1\nPlease bring your DS-160 confirmation page "
    "and passport.",
)
p(
    "visa_uscis_asc",
    "other",
    "USCIS <uscis-notices@uscis.example>",
    "Biometrics appointment notice",
    "Your Application Support Center appointment is on 03/12/2026 at 10:00 AM at the "
    "Brooklyn ASC. Bring this notice and photo identification. Your case number is "
    "IOE0912345678.",
)
p(
    "visa_partner_interview",
    "other",
    "National Visa Center <nvc@state.example>",
    "Immigrant visa interview scheduled",
    "Dear Applicant,\n\nAn interview has been scheduled for the beneficiary at the U.S. "
    "Consulate General in Frankfurt on April 2, 2026 at 7:30 AM. Complete the medical "
    "examination before the interview date.",
)
p(
    "visa_de_auslaenderbehoerde",
    "other",
    "Ausländerbehörde Termin <termin@abh-stadt.example>",
    "Terminbestätigung Aufenthaltstitel",
    "Sehr geehrte Frau Morgan,\n\nIhr Termin zur Vorsprache wegen Ihres Aufenthaltstitels ist "
    "am Mittwoch, 11. März 2026 um 9:20 Uhr, Zimmer 3.014. Bitte bringen Sie Ihren Pass, "
    "ein biometrisches Foto und Ihren Arbeitsvertrag mit.",
)
p(
    "visa_fr_prefecture",
    "other",
    "Préfecture <ne-pas-repondre@prefecture.example>",
    "Convocation - titre de séjour",
    "Madame Morgan,\n\nVous êtes convoquée le lundi 16 mars 2026 à 14h00 au bureau des "
    "étrangers pour le dépôt de votre demande de titre de séjour salarié. Présentez-vous "
    "avec l'original de vos justificatifs.",
)
p(
    "visa_es_extranjeria",
    "other",
    "Cita Previa <citaprevia@extranjeria.example>",
    "Justificante de cita",
    "Cita confirmada para: ALEX MORGAN\nTrámite: Toma de huellas (TIE)\nFecha: 12/03/2026 "
    "Hora: 10:40\nOficina: Comisaría de Policía - Extranjería\nLleve el justificante "
    "impreso.",
)
p(
    "visa_global_entry",
    "other",
    "Trusted Traveler Programs <ttp-noreply@cbp.example>",
    "Global Entry interview scheduled",
    "Your Global Entry interview is scheduled for Thursday, March 5, 2026 at 1:45 PM at "
    "JFK Terminal 4 enrollment center. Bring your passport and a document showing your "
    "residence.",
)
# ---------------------------------------------------------------------------------------
# G. Homes: viewings, landlords, tenants
p(
    "home_viewing_agent",
    "other",
    "Harper Lettings <viewings@harperlettings.example>",
    "Viewing confirmed: 2-bed, 14 Elm Row",
    "Hi Alex,\n\nYour viewing of 14 Elm Row is confirmed for Saturday 3/7 at 11:15am. Our "
    "negotiator Chris Hale will meet you outside. Please bring ID if you wish to apply.",
)
p(
    "home_landlord_meeting",
    "other",
    "Patrick Doyle <pdoyle55@gmail.com>",
    "Meeting about the lease renewal",
    "Hi Alex, let's meet at the flat on Wednesday 3/4 at 6pm to go through the renewal and "
    "the boiler repair. My property manager Joan will come too.\n\nPatrick",
)
p(
    "home_coop_board",
    "other",
    "Elmwood Co-op Management <board@elmwoodcoop.example>",
    "Board interview - Unit 5C purchase",
    "Dear Alex,\n\nThe board would like to meet you regarding your purchase application for "
    "Unit 5C on Monday, March 9 at 7:30 PM in the lobby community room. Please bring your "
    "two most recent pay stubs.\n\nElmwood Co-op Board",
)
p(
    "home_de_besichtigung",
    "other",
    "Immobilien Seidel <besichtigung@seidel-immo.example>",
    "Besichtigungstermin Wohnung Lindenstraße 8",
    "Guten Tag Frau Morgan,\n\nhiermit bestätigen wir Ihren Besichtigungstermin am Samstag, "
    "7. März um 13:30 Uhr. Bitte bringen Sie eine Selbstauskunft und Gehaltsnachweise mit."
    "\n\nIhr Team von Immobilien Seidel",
)
p(
    "home_fr_visite",
    "other",
    "Agence Belleville <location@agencebelleville.example>",
    "Visite de l'appartement - rue des Lilas",
    "Bonjour,\n\nNous vous confirmons la visite de l'appartement rue des Lilas le samedi "
    "7 mars à 10h30 avec notre conseillère Mme Petit. Pensez à préparer votre dossier de "
    "location (trois derniers bulletins de salaire).\n\nAgence Belleville",
)
p(
    "home_es_visita_piso",
    "other",
    "Inmobiliaria Sol <visitas@inmosol.example>",
    "Visita al piso de calle Alcalá",
    "Hola Alex,\n\nTe confirmo la visita al piso de la calle Alcalá el viernes 6 de marzo a "
    "las 18:30. Te atenderá Jorge. Si te interesa, necesitaremos tu contrato de trabajo y "
    "las tres últimas nóminas.\n\nInmobiliaria Sol",
)
p(
    "home_inspection",
    "other",
    "Ridgeway Property Management <maintenance@ridgewaypm.example>",
    "Annual unit inspection - Thursday",
    "Dear Resident,\n\nOur maintenance supervisor Luis Ortega will carry out the annual "
    "inspection of your unit on Thursday 3/5 between 10am and 12pm. No need to be home.",
)
# ---------------------------------------------------------------------------------------
# H. Doctors, dentists, therapists
p(
    "med_portal_reminder",
    "other",
    "MyChart <mychart-noreply@cityhealth.example>",
    "Upcoming visit with Dr. Anita Shah",
    "You have an upcoming visit.\n\nAnnual physical with Anita Shah, MD\nThursday March 5, "
    "2026 at 8:40 AM\nCity Health Primary Care, 3rd floor\nArrive 15 minutes early to check "
    "in.",
)
p(
    "med_therapist_intake",
    "other",
    "Laura Kent LCSW <laura@kentcounseling.example>",
    "Our first session",
    "Hi Alex,\n\nThank you for reaching out. I have you down for an initial 50-minute "
    "session on Tuesday 3/10 at 6pm via secure video. Please fill out the forms in the "
    "client portal beforehand.\n\nLaura Kent, LCSW",
)
p(
    "med_dentist_sms_style",
    "other",
    "Bright Smile Dental <reminders@brightsmile.example>",
    "Reminder: cleaning Wed 3/4 at 4:20pm",
    "Hi Alex! This is a reminder of your hygiene visit with Dr. Patel on Wed 3/4 at 4:20pm. "
    "Reply C to confirm.",
)
p(
    "med_de_arzt",
    "other",
    "Praxis Dr. Weber <termine@praxis-weber.example>",
    "Ihr Termin am 6. März",
    "Sehr geehrte Frau Morgan,\n\nwir bestätigen Ihren Termin bei Dr. med. Weber am Freitag, "
    "6. März 2026 um 9:15 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit.\n\nIhr "
    "Praxisteam",
)
p(
    "med_fr_doctolib",
    "other",
    "Doctolib <no-reply@doctolib.example>",
    "Rendez-vous confirmé",
    "Votre rendez-vous est confirmé.\n\nDr Marie Laurent - Médecin généraliste\nMardi 10 mars "
    "2026 à 17:30\n12 rue Victor Hugo, Lyon\nPensez à votre carte Vitale.",
)
p(
    "med_es_cita_medica",
    "other",
    "Clínica Salus <citas@clinicasalus.example>",
    "Recordatorio de cita",
    "Hola Alex,\n\nte recordamos tu cita con la Dra. Romero (dermatología) el lunes 9 de "
    "marzo a las 11:20. Si no puedes acudir, avísanos con 24 horas de antelación.\n\n"
    "Clínica Salus",
)
p(
    "med_occupational_physio",
    "other",
    "Kinetic Physio <front@kineticphysio.example>",
    "Appointment booked with Jamie Fox",
    "Hi Alex,\n\nYou're booked in with Jamie Fox for a 45-minute physiotherapy assessment on "
    "Monday 3/9 at 7:30am. Wear comfortable clothing.",
)
# ---------------------------------------------------------------------------------------
# I. Schools and children
p(
    "school_conference_slot",
    "other",
    "PTConference <noreply@ptconference.example>",
    "Conference confirmed: Ms. Alvarez - Grade 3",
    "Your conference with Ms. Alvarez (Grade 3, Room 12) is confirmed for Thursday, March 5 "
    "at 3:40 PM. Each conference lasts 10 minutes.",
)
p(
    "school_iep_meeting",
    "other",
    "Lincoln Elementary <office@lincolnelem.example>",
    "IEP meeting for Jamie",
    "Dear Alex,\n\nJamie's annual IEP review meeting is scheduled for Tuesday 3/10 at 8:00am "
    "in the library. The team includes the classroom teacher, the speech therapist and our "
    "school psychologist Dr. Evans.",
)
p(
    "school_daycare_tour",
    "other",
    "Little Acorns <hello@littleacorns.example>",
    "Your visit to Little Acorns",
    "Hi Alex,\n\nThanks for your enquiry about a place for Mia. We'd love to show you around "
    "on Friday 3/6 at 9:30am and introduce you to our room leader, Becky.\n\nLittle Acorns "
    "Nursery",
)
p(
    "school_de_elterngespraech",
    "other",
    "Grundschule am Park <sekretariat@gs-park.example>",
    "Elterngespräch",
    "Liebe Frau Morgan,\n\nFrau Keller möchte mit Ihnen über Jonas' Lernentwicklung sprechen. "
    "Das Gespräch findet am Donnerstag, 5. März um 16:15 Uhr im Klassenraum 2b statt.\n\n"
    "Schulsekretariat",
)
# ---------------------------------------------------------------------------------------
# J. Civic duties
p(
    "civic_jury_summons",
    "other",
    "Jury Management <jury@nycourts.example>",
    "Jury service: report Monday, March 9",
    "Juror: Alex Morgan\nParticipant #418823\n\nYou are summoned to report for jury service "
    "on Monday, March 9, 2026 at 8:30 AM at 60 Centre Street. Voir dire questioning may "
    "take place that afternoon.",
)
p(
    "civic_jury_reminder_de",
    "other",
    "Amtsgericht Mitte <schoeffen@ag-mitte.example>",
    "Ladung zur Hauptverhandlung",
    "Sehr geehrte Frau Morgan,\n\nals Schöffin werden Sie zur Hauptverhandlung am Dienstag, "
    "10. März 2026, 9:00 Uhr, Saal 214 geladen.\n\nDie Geschäftsstelle",
)
p(
    "civic_census_followup",
    "other",
    "Survey Center <surveys@census.example>",
    "Scheduling your household survey visit",
    "Dear Resident,\n\nA field representative, Donna Price, will visit your address on "
    "Saturday 3/7 at 10am to complete the household survey in person. It takes about 20 "
    "minutes.",
)
# ---------------------------------------------------------------------------------------
# K. Volunteering
p(
    "vol_crisis_line_screening",
    "other",
    "Lifeline Volunteers <volunteer@lifeline.example>",
    "Your screening call",
    "Hi Alex,\n\nThank you for applying to become a crisis line volunteer. Your screening call "
    "with our coordinator Ruth is on Wednesday 3/4 at 7pm. Training starts in April.\n\n"
    "Lifeline",
)
p(
    "vol_big_brothers",
    "other",
    "Mentor Match <match@mentormatch.example>",
    "Home visit and interview",
    "Dear Alex,\n\nAs the next step in becoming a Big, our match specialist Derek will meet you "
    "at home on Sunday 3/8 at 2pm for your in-depth interview. Background checks are "
    "already complete.",
)
p(
    "vol_fr_benevole",
    "other",
    "Restos du Quartier <benevoles@restosquartier.example>",
    "Rencontre nouveaux bénévoles",
    "Bonjour Alex,\n\nMerci pour votre candidature comme bénévole ! Nous vous attendons pour "
    "un entretien d'accueil le samedi 7 mars à 10h au local de la rue Oberkampf.\n\nL'équipe",
)
p(
    "vol_es_voluntariado",
    "other",
    "Banco de Alimentos <voluntariado@bancoalimentos.example>",
    "Entrevista de voluntariado",
    "Hola Alex,\n\nGracias por querer colaborar como voluntaria. Te esperamos para una breve "
    "entrevista de acogida el sábado 7 de marzo a las 11:00 en el almacén.\n\nEquipo de "
    "Voluntariado",
)
# ---------------------------------------------------------------------------------------
# L. Dating and friends
p(
    "date_hinge_video",
    "other",
    "Hinge <no-reply@hinge.example>",
    "Jordan wants to video chat",
    "Jordan sent you a message: \"Video date on Thursday at 8pm? I'll bring the snacks "
    '(virtually)"\n\nReply in the app.',
)
p(
    "date_bumble_plans",
    "other",
    "Sam Rivera <samriv.92@gmail.com>",
    "Thursday!",
    "Hey Alex! So nice to finally move this off the app. Drinks at the Wren on Thursday at "
    "7:30? I'll be the one in the green coat. Fair warning: I ask lots of questions, it's "
    "basically an interview ;)\n\nSam",
)
p(
    "date_matchmaker",
    "other",
    "Three Day Rule <matchmaking@threedayrule.example>",
    "Your intake interview with your matchmaker",
    "Hi Alex,\n\nWelcome! Your intake interview with your personal matchmaker, Claire, is "
    "booked for Tuesday 3/10 at 6:30pm. We'll talk about what you're looking for in a "
    "partner.",
)
# ---------------------------------------------------------------------------------------
# M. Recruiters' and platforms' marketing, fairs with slots
p(
    "mkt_recruiter_webinar",
    "bulk",
    "Hays Careers <events@hays-careers.example>",
    "Live on 3/5: How to answer 'Tell me about yourself'",
    "Join our senior recruiter Olivia Grant on Thursday 3/5 at 12pm ET for a live session "
    "on interview answers that land. Register now - seats are limited." + FOOTER,
    headers=LIST,
)
p(
    "mkt_ats_newsletter",
    "bulk",
    "Greenhouse Blog <newsletter@greenhouse-news.example>",
    "Structured interviews: a masterclass on March 10",
    "Hiring teams: join our free masterclass on structured interviews on Tuesday, March 10 "
    "at 1pm ET with our VP of People. Learn how to design scorecards candidates trust." + FOOTER,
    headers=LIST,
)
p(
    "mkt_de_bewerbungstraining",
    "bulk",
    "Karriere Akademie <news@karriere-akademie.example>",
    "Kostenloses Online-Seminar: Überzeugen im Vorstellungsgespräch",
    "Am Mittwoch, 4. März um 18 Uhr zeigt Ihnen unsere Trainerin Sabine Holz, wie Sie im "
    "Vorstellungsgespräch überzeugen. Jetzt kostenlos anmelden!\n\nAbmelden | Newsletter "
    "verwalten",
    headers=LIST,
)
p(
    "mkt_fr_atelier_entretien",
    "bulk",
    "Emploi Conseil <newsletter@emploiconseil.example>",
    "Atelier en ligne : réussir son entretien d'embauche",
    "Le jeudi 5 mars à 12h30, notre coach Paul Girard vous donne ses conseils pour réussir "
    "votre entretien d'embauche. Inscription gratuite.\n\nSe désabonner",
    headers=LIST,
)
p(
    "mkt_es_webinar",
    "bulk",
    "Empleo Plus <boletin@empleoplus.example>",
    "Webinar gratuito: cómo preparar tu entrevista de trabajo",
    "El martes 10 de marzo a las 19:00, nuestra reclutadora Elena Vidal te cuenta los errores "
    "más comunes en una entrevista de trabajo. ¡Inscríbete!\n\nDarse de baja",
    headers=LIST,
)
p(
    "fair_virtual_booth_slot",
    "other",
    "Brazen Events <events@brazen.example>",
    "Your chat slot at the Spring Tech Career Fair",
    "Hi Alex,\n\nYou're registered for the Spring Tech Career Fair on Thursday, March 5. Your "
    "first booth chat is at 1:20 PM with the Northwind recruiting booth (10 minutes). Visit "
    "other booths from the event lobby.",
)
p(
    "fair_campus_slot",
    "other",
    "Career Services <careers@stateu.example>",
    "Employer table time confirmed",
    "Hi Alex,\n\nYou signed up for the Engineering Career Fair on Wednesday 3/4. Your resume "
    "review station slot is 11:40am in the Union Ballroom. Bring printed copies of your "
    "resume for employers.",
)
p(
    "fair_de_karrieretag",
    "other",
    "Karrieretag Team <info@karrieretag.example>",
    "Ihr Speed-Dating-Slot beim Karrieretag",
    "Hallo Alex,\n\nfür den Karrieretag am Donnerstag, 12. März haben Sie sich für das "
    "Job-Speed-Dating angemeldet. Ihr Slot beginnt um 14:20 Uhr am Stand 7. Insgesamt "
    "nehmen 40 Unternehmen teil.",
)
p(
    "fair_fr_salon",
    "other",
    "Salon de l'Emploi <inscriptions@salonemploi.example>",
    "Votre badge pour le Salon de l'Emploi",
    "Bonjour Alex,\n\nVotre inscription au Salon de l'Emploi du mardi 10 mars est confirmée. "
    "Votre créneau de job dating est à 15h10. Plus de 80 recruteurs vous attendent.",
)
p(
    "fair_es_feria",
    "other",
    "Foro de Empleo <foro@foroempleo.example>",
    "Tu franja en el Foro de Empleo",
    "Hola Alex,\n\nYa tienes tu plaza para el Foro de Empleo del miércoles 11 de marzo. Tu "
    "franja para las entrevistas rápidas con empresas es a las 12:30. Trae varios CV "
    "impresos.",
)
# ---------------------------------------------------------------------------------------
# N. Hiring systems that only acknowledge an application or ask for an assessment
p(
    "ats_ack_greenhouse",
    "other",
    "Northwind Careers <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Northwind",
    "Hi Alex,\n\nThanks for applying for the Data Analyst role at Northwind. Our team reviews "
    "every application and, if your experience is a match, a recruiter will reach out to "
    "schedule an interview. Applications are reviewed on a rolling basis.\n\nNorthwind "
    "Talent Team",
)
p(
    "ats_ack_workday_next_steps",
    "other",
    "Harbourline Recruiting <harbourline@myworkday.com>",
    "Application received - Senior Analyst (R-10442)",
    "Dear Alex,\n\nWe have received your application for Senior Analyst (R-10442). What "
    "happens next: our recruiters review applications within two weeks; shortlisted "
    "candidates are invited to a phone interview, followed by a panel interview on site."
    "\n\nHarbourline Talent Acquisition",
)
p(
    "ats_assessment_deadline",
    "other",
    "Codility <no-reply@codility.example>",
    "Northwind invites you to a coding test",
    "Hi Alex,\n\nNorthwind has invited you to complete an online coding assessment as part of "
    "your application for Backend Engineer. You have 90 minutes once you start. Please "
    "complete it by Friday, March 6 at 11:59 PM EST.\n\nStart the test",
)
p(
    "ats_hirevue_oneway",
    "other",
    "Crestline via HireVue <noreply@hirevue.com>",
    "Next step: complete your video interview by March 6",
    "Hi Alex,\n\nThank you for your interest in the Operations Analyst role at Crestline. The "
    "next step is an on-demand video interview: you will record answers to 5 questions. "
    "Please complete it before Friday, March 6 at 5:00 PM ET.",
)
p(
    "ats_personality_test_de",
    "other",
    "Kesselmann Karriere <karriere@kesselmann.example>",
    "Ihre Bewerbung - Online-Test",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Controllerin. Im "
    "nächsten Schritt bitten wir Sie, bis Sonntag, 8. März, 23:59 Uhr unseren Online-Test zu "
    "absolvieren (ca. 40 Minuten). Danach melden wir uns bezüglich eines möglichen "
    "Vorstellungsgesprächs.\n\nIhr Recruiting-Team",
)
p(
    "ats_fr_accuse_reception",
    "other",
    "Recrutement Lumen <recrutement@maisonlumen.example>",
    "Accusé de réception de votre candidature",
    "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de Chargée de marketing. "
    "Si votre profil est retenu, nous vous contacterons d'ici le 20 mars pour convenir d'un "
    "entretien.\n\nL'équipe Recrutement",
)
p(
    "ats_es_prueba_tecnica",
    "other",
    "Talento Nexaluz <talento@nexaluz.example>",
    "Prueba técnica - Desarrollador/a Backend",
    "Hola Alex,\n\nGracias por tu candidatura. El siguiente paso es una prueba técnica que "
    "puedes hacer cuando quieras antes del lunes 9 de marzo a las 23:59. Si la superas, te "
    "propondremos una entrevista con el equipo.\n\nEquipo de Talento",
)
p(
    "ats_status_under_review",
    "other",
    "Lever <no-reply@hire.lever.co>",
    "Update on your application to Pipemetric",
    "Hi Alex,\n\nJust a quick note that your application for Product Manager at Pipemetric "
    "is now under review by the hiring team. We'll be in touch about interviews in the next "
    "two weeks.\n\nPipemetric Recruiting",
)
p(
    "ats_take_home_sent",
    "other",
    "Dana Ruiz <dana.ruiz@tallyloop.example>",
    "Take-home exercise",
    "Hi Alex,\n\nAs discussed in your first call, here's the take-home exercise. Please send "
    "your solution by Monday 3/9 at 9am ET. It should take about 3 hours.\n\nDana Ruiz\n"
    "Technical Recruiter, Tallyloop",
)
# ---------------------------------------------------------------------------------------
# O. The user as hiring manager: candidates' interviews on the user's calendar
p(
    "hm_greenhouse_scheduled_to_interview",
    "other",
    "Greenhouse <no-reply@greenhouse.io>",
    "You're scheduled to interview Priya Raman for Data Engineer",
    "Hi Alex,\n\nYou're scheduled to interview Priya Raman for Data Engineer on Thursday, "
    "March 5, 2026 at 2:00 PM EST.\n\nInterview: Technical deep dive\nYour interview kit and "
    "scorecard are ready in Greenhouse.",
)
p(
    "hm_ashby_kit",
    "other",
    "Ashby <notifications@ashbyhq.com>",
    "Interview kit: Marco Bellini - Onsite, Wed Mar 4 10:00am",
    "Alex, you have an upcoming interview.\n\nCandidate: Marco Bellini\nJob: Frontend "
    "Engineer\nStage: Onsite - System design\nWhen: Wed Mar 4, 10:00am - 11:00am EST\nPlease "
    "submit feedback within 24 hours.",
)
p(
    "hm_coordinator_loop_ics",
    "other",
    "Ruth Allen <ruth.allen@quillbyte.example>",
    "Invitation: Onsite Interview - Jordan Blake (Senior PM) @ Fri Mar 6, 2026 1pm - 2pm",
    "Hi panel, Jordan's resume is attached. Alex, you're covering product sense.\n\nRuth "
    "Allen\nRecruiting Coordinator",
    ics=ics(
        "Onsite Interview - Jordan Blake (Senior PM)",
        "20260306T180000Z",
        "20260306T190000Z",
        "ruth.allen@quillbyte.example",
        "Ruth Allen",
        attendees=(("Jordan Blake", "jordan.blake.pm@gmail.com"),),
    ),
)
p(
    "hm_candidate_asks_user",
    "other",
    "Jordan Blake <jordan.blake.pm@gmail.com>",
    "Looking forward to Friday",
    "Hi Alex,\n\nRuth mentioned you'll be on my panel on Friday at 1pm. Looking forward to "
    "meeting you and learning more about the Senior PM role on your team.\n\nBest,\nJordan",
)
p(
    "hm_de_kandidat",
    "other",
    "Recruiting Kesselmann <recruiting@kesselmann.example>",
    "Vorstellungsgespräch Herr Okafor - Ihre Teilnahme",
    "Hallo Alex,\n\nfür das Vorstellungsgespräch mit dem Bewerber Daniel Okafor (Junior "
    "Controller) am Mittwoch, 4. März um 10 Uhr haben wir dich als Fachvertreterin "
    "eingeplant. Lebenslauf und Bewertungsbogen findest du im Anhang.\n\nRecruiting",
)
p(
    "hm_fr_candidat",
    "other",
    "Talent Lumen <talent@maisonlumen.example>",
    "Entretien de Léa Fontaine - jeudi 14h",
    "Bonjour Alex,\n\nPeux-tu faire passer l'entretien technique de Léa Fontaine, candidate "
    "au poste de développeuse, jeudi 5 mars à 14h ? Son CV est en pièce jointe. Merci de "
    "remplir la grille d'évaluation après l'entretien.\n\nL'équipe Talent",
)
p(
    "hm_es_candidato",
    "other",
    "Selección Nexaluz <seleccion@nexaluz.example>",
    "Entrevista con candidato: Javier Molina",
    "Hola Alex,\n\nTe hemos añadido como entrevistadora en la entrevista de Javier Molina para "
    "el puesto de Analista de Datos, el martes 10 de marzo a las 16:00. Recuerda dejar tu "
    "valoración en el sistema.\n\nSelección",
)
p(
    "hm_user_books_candidate_calendly",
    "other",
    "Calendly <notifications@calendly.com>",
    "New Event: Nina Osei - 10:00am Thu, Mar 5, 2026 - Candidate screen (30 min)",
    "Hi Alex Morgan,\n\nA new event has been scheduled.\n\nEvent Type: Candidate screen (30 "
    "min)\nInvitee: Nina Osei\nInvitee Email: nina.osei@outlook.example\nEvent Date/Time: "
    "10:00am - 10:30am (Eastern Time - US & Canada), Thursday, March 5, 2026\n\nQuestions:\n"
    "Which role are you applying for? Marketing Coordinator",
)
# ---------------------------------------------------------------------------------------
# P. Internal hiring meetings
p(
    "int_debrief_ics",
    "other",
    "Ruth Allen <ruth.allen@quillbyte.example>",
    "Invitation: Interview Debrief - Jordan Blake @ Fri Mar 6, 2026 4pm - 4:30pm",
    "Debrief for Jordan Blake's onsite. Please submit scorecards before the meeting.",
    ics=ics(
        "Interview Debrief - Jordan Blake",
        "20260306T210000Z",
        "20260306T213000Z",
        "ruth.allen@quillbyte.example",
        "Ruth Allen",
        attendees=(("Tom Reyes", "tom.reyes@quillbyte.example"),),
    ),
)
p(
    "int_hiring_committee",
    "other",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Hiring committee Tuesday",
    "Hi all,\n\nHiring committee for the two Senior PM finalists is Tuesday 3/10 at 3pm in "
    "Cedar. Alex, can you present Jordan's packet?\n\nTom",
)
p(
    "int_intake_meeting",
    "other",
    "Ruth Allen <ruth.allen@quillbyte.example>",
    "Intake meeting: Data Engineer req",
    "Hi Alex,\n\nLet's do the intake meeting for your new Data Engineer req on Wednesday 3/4 "
    "at 11am: interview plan, must-haves and who sits on the panel.\n\nRuth Allen\n"
    "Recruiting Coordinator",
)
p(
    "int_interviewer_training",
    "other",
    "Learning Team <learning@quillbyte.example>",
    "You're enrolled: Interviewer training - Thursday 3/5",
    "Hi Alex,\n\nYou're enrolled in Interviewer Training (bias, structured questions, "
    "writing feedback) on Thursday 3/5 at 10am in the Oak room. You need to complete it "
    "before joining interview panels.",
)
p(
    "int_de_abstimmung",
    "other",
    "Stefan Krüger <stefan.krueger@kesselmann.example>",
    "Abstimmung Bewerberauswahl",
    "Hallo Alex,\n\nlass uns am Freitag, 6. März um 11 Uhr kurz die drei Bewerber für die "
    "Controlling-Stelle durchgehen und entscheiden, wen wir zum zweiten Gespräch einladen."
    "\n\nStefan",
)
p(
    "int_fr_point_recrutement",
    "other",
    "Julien Mercier <julien.mercier@maisonlumen.example>",
    "Point recrutement",
    "Salut Alex,\n\nOn fait un point recrutement lundi 9 mars à 9h30 pour comparer nos retours "
    "sur les candidats vus cette semaine ?\n\nJulien",
)
# ---------------------------------------------------------------------------------------
# Q. Recruiters asking for availability: nothing booked yet
p(
    "sched_recruiter_options",
    "scheduling_request",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Next step - interview availability",
    "Hi Alex,\n\nThe team enjoyed your application and would like to set up a 45-minute "
    "interview with the hiring manager. Could you let me know which of these works?\n\n- "
    "Tuesday 3/10 at 10am\n- Wednesday 3/11 at 2pm\n- Thursday 3/12 at 4pm\n\nOlivia Grant\n"
    "Talent Partner, Northwind",
)
p(
    "sched_goodtime_link",
    "scheduling_request",
    "Crestline Recruiting <scheduling@goodtime.io>",
    "Please select your interview time",
    "Hi Alex,\n\nCrestline would like to schedule your interview for Operations Analyst. "
    "Please choose a time that works for you using the link below. Slots are available "
    "between March 9 and March 13.\n\nSelect a time",
)
p(
    "sched_send_availability",
    "scheduling_request",
    "Lee Carter <lee.carter@brightforms.example>",
    "Interview with Brightforms",
    "Hi Alex,\n\nGreat news - the hiring manager would like to meet you! Could you send me "
    "your availability for next week? Mornings are best for her; the interview is 1 hour "
    "over Zoom.\n\nLee Carter\nRecruiter",
)
p(
    "sched_de_terminvorschlaege",
    "scheduling_request",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Terminabstimmung Vorstellungsgespräch",
    "Sehr geehrte Frau Morgan,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch "
    "einladen. Welcher der folgenden Termine passt Ihnen: Dienstag, 10. März um 10 Uhr oder "
    "Mittwoch, 11. März um 14 Uhr?\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
p(
    "sched_fr_disponibilites",
    "scheduling_request",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Vos disponibilités pour un entretien",
    "Bonjour Alex,\n\nVotre profil nous intéresse pour le poste de Chef de projet. Pourriez-"
    "vous m'indiquer vos disponibilités la semaine prochaine pour un premier entretien "
    "téléphonique ?\n\nCamille Faure\nChargée de recrutement",
)
p(
    "sched_es_disponibilidad",
    "scheduling_request",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Disponibilidad para entrevista",
    "Hola Alex,\n\nNos gustaría conocerte para el puesto de Analista. ¿Qué disponibilidad "
    "tienes el jueves 12 o el viernes 13 de marzo por la mañana para una entrevista?\n\n"
    "Raúl Prieto\nSelección de Personal",
)
p(
    "sched_reschedule_ask",
    "scheduling_request",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Need to move your interview",
    "Hi Alex,\n\nUnfortunately Karen has a conflict on Thursday, so we need to move your "
    "interview. Would Monday 3/9 at 11am or Tuesday 3/10 at 3pm work instead? Just reply "
    "with what suits.\n\nOlivia Grant\nTalent Partner",
)
# ---------------------------------------------------------------------------------------
# R. Cancelled interviews
p(
    "cancel_role_closed",
    "interview_cancelled",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Interview on Thursday cancelled",
    "Hi Alex,\n\nI'm sorry to let you know that we have to cancel your interview on Thursday "
    "3/5 at 2pm - the position has been put on hold due to a budget freeze. I'll reach out "
    "if it reopens.\n\nOlivia",
)
p(
    "cancel_ics",
    "interview_cancelled",
    "Ruth Allen <ruth.allen@crestline.example>",
    "Canceled event: Interview - Alex Morgan - Operations Analyst @ Thu Mar 5, 2026 3pm",
    "This event has been canceled.",
    ics=vevent_calendar(
        summary="Interview - Alex Morgan - Operations Analyst",
        start="20260305T200000Z",
        end="20260305T210000Z",
        method="CANCEL",
        organizer="mailto:ruth.allen@crestline.example",
        organizer_cn="Ruth Allen",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        status="CANCELLED",
        sequence=1,
    ),
    ics_method="CANCEL",
)
# The planned interview called off by its time is the news even when the post is filled
# (as cancel_es; decided in round h-asks).
p(
    "cancel_de",
    "interview_cancelled",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Absage des Vorstellungsgesprächs am 10. März",
    "Sehr geehrte Frau Morgan,\n\nleider müssen wir das für Dienstag, 10. März um 10 Uhr "
    "vereinbarte Vorstellungsgespräch absagen, da die Stelle intern besetzt wurde.\n\n"
    "Mit freundlichen Grüßen\nPersonalabteilung",
)
p(
    "cancel_de_termin",
    "interview_cancelled",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Vorstellungsgespräch am 10. März muss leider entfallen",
    "Sehr geehrte Frau Morgan,\n\nleider müssen wir das für Dienstag, 10. März um 10 Uhr "
    "vereinbarte Vorstellungsgespräch krankheitsbedingt absagen. Wir melden uns in den "
    "nächsten Tagen mit einem neuen Terminvorschlag.\n\nMit freundlichen Grüßen\n"
    "Personalabteilung",
)
p(
    "cancel_fr",
    "interview_cancelled",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Annulation de votre entretien",
    "Bonjour Alex,\n\nJe suis désolée, nous devons annuler votre entretien prévu le jeudi "
    "5 mars à 11h : le poste a été suspendu. Je reviendrai vers vous s'il est réouvert.\n\n"
    "Camille Faure\nChargée de recrutement",
)
p(
    "cancel_es",
    "interview_cancelled",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Cancelación de la entrevista",
    "Hola Alex,\n\nLamentablemente tenemos que cancelar la entrevista del jueves 12 de marzo a "
    "las 10:00, ya que hemos cerrado el proceso de selección. Gracias por tu interés.\n\n"
    "Raúl Prieto\nSelección de Personal",
)
# ---------------------------------------------------------------------------------------
# S. Rejections that mention the interviews already held
p(
    "rej_after_final",
    "rejection",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Your final interview",
    "Hi Alex,\n\nThank you for your time on Thursday and for meeting Karen, Sam and Priya in "
    "your final interview. After careful consideration, we've decided to move forward with "
    "another candidate whose experience more closely matches our needs.\n\nOlivia Grant\n"
    "Talent Partner",
)
p(
    "rej_ats_after_onsite",
    "rejection",
    "Crestline Careers <no-reply@greenhouse-mail.io>",
    "Update on your Crestline application",
    "Hi Alex,\n\nThank you for interviewing with us for the Operations Analyst role on March "
    "2 at 10:00 AM. We appreciated the chance to get to know you. Unfortunately, we will not "
    "be moving forward with your candidacy at this time.\n\nCrestline Recruiting",
)
p(
    "rej_de_nach_gespraech",
    "rejection",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Ihre Bewerbung als Controllerin",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für das angenehme Gespräch am Dienstag um "
    "10 Uhr mit Herrn Krüger. Leider müssen wir Ihnen mitteilen, dass wir uns für eine "
    "andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
p(
    "rej_fr_apres_entretien",
    "rejection",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Suite à notre entretien",
    "Bonjour Alex,\n\nMerci pour l'entretien de jeudi à 11h avec Julien. Malheureusement, "
    "nous ne donnerons pas suite à votre candidature : nous avons retenu un profil plus "
    "expérimenté.\n\nCamille Faure\nChargée de recrutement",
)
p(
    "rej_es_tras_entrevista",
    "rejection",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Resultado del proceso",
    "Hola Alex,\n\nGracias por la entrevista del lunes a las 12:00 con Carmen. Lamentamos "
    "comunicarte que hemos decidido continuar con otra candidatura.\n\nRaúl Prieto\n"
    "Selección de Personal",
)
p(
    "rej_offer_feedback_call",
    "rejection",
    "Lee Carter <lee.carter@brightforms.example>",
    "Brightforms - decision",
    "Hi Alex,\n\nI'm sorry to say we won't be moving forward after your panel interview. "
    "I'd be happy to share the panel's feedback on a short call - I'm free Thursday 3/5 at "
    "4pm if that helps.\n\nLee Carter\nRecruiter",
)
# ---------------------------------------------------------------------------------------
# T. Offers discussed on a call
p(
    "offer_call_tuesday",
    "offer",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Great news!",
    "Hi Alex,\n\nI'm delighted to tell you that we'd like to offer you the Data Analyst "
    "role! Let's discuss the offer on Tuesday 3/10 at 3pm - I'll walk you through salary, "
    "equity and your start date.\n\nOlivia Grant\nTalent Partner",
)
p(
    "offer_letter_review_call",
    "offer",
    "Lee Carter <lee.carter@brightforms.example>",
    "Your offer letter",
    "Hi Alex,\n\nYour offer letter is attached. Karen would love to hop on a call Thursday "
    "3/5 at 11am to answer any questions before you sign.\n\nLee Carter\nRecruiter",
)
p(
    "offer_de_angebot",
    "offer",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Ihr Vertragsangebot",
    "Sehr geehrte Frau Morgan,\n\nwir freuen uns, Ihnen die Stelle als Controllerin anbieten "
    "zu können! Gerne besprechen wir das Angebot am Mittwoch, 11. März um 15 Uhr telefonisch."
    "\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
p(
    "offer_fr_proposition",
    "offer",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Proposition d'embauche",
    "Bonjour Alex,\n\nNous avons le plaisir de vous proposer le poste de Chef de projet ! "
    "Je vous appelle jeudi 12 mars à 10h pour vous présenter la proposition salariale.\n\n"
    "Camille Faure\nChargée de recrutement",
)
p(
    "offer_es_oferta",
    "offer",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Oferta de empleo",
    "Hola Alex,\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Analista. Te llamo el "
    "viernes 13 de marzo a las 12:00 para comentar la oferta y la fecha de incorporación.\n\n"
    "Raúl Prieto\nSelección de Personal",
)

# ---------------------------------------------------------------------------------------
# U. More shapes: calendar-only invitations, replies and forwards around the same families
p(
    "u_ics_customer_interview_user_hosts",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Invitation: Customer interview - Harbor Dental (Dr. Kim)",
    "Agenda: current scheduling workflow, pain points, willingness to pay.",
    ics=ics(
        "Customer interview - Harbor Dental (Dr. Kim)",
        "20260305T170000Z",
        "20260305T173000Z",
        "alex.morgan@gmail.com",
        "Alex Morgan",
        attendees=(("Erin Kim", "erin@harbordental.example"),),
    ),
)
p(
    "u_ics_dentist",
    "other",
    "Bright Smile Dental <reminders@brightsmile.example>",
    "Invitation: Dental check-up with Dr. Patel",
    "Your appointment has been added to your calendar.",
    ics=ics(
        "Dental check-up with Dr. Patel",
        "20260304T212000Z",
        "20260304T220000Z",
        "reminders@brightsmile.example",
        "Bright Smile Dental",
    ),
)
p(
    "u_ics_visa_appointment",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Invitation: Visa interview - US Consulate",
    "Bring DS-160, passport, I-20.",
    ics=ics(
        "Visa interview - US Consulate",
        "20260310T131500Z",
        "20260310T141500Z",
        "alex.morgan@gmail.com",
        "Alex Morgan",
        location="US Consulate General, 2 Grosvenor Sq",
    ),
)
p(
    "u_ics_podcast_guest",
    "other",
    "Jess Harlow <jess@hiringhacks.example>",
    "Invitation: Hiring Hacks - guest interview with Alex Morgan",
    "Thanks for coming on the show! We'll record for about 45 minutes.",
    ics=ics(
        "Hiring Hacks - guest interview with Alex Morgan",
        "20260305T210000Z",
        "20260305T220000Z",
        "jess@hiringhacks.example",
        "Jess Harlow",
    ),
)
p(
    "u_ics_hiring_committee",
    "other",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Invitation: Hiring Committee - Senior PM finalists",
    "",
    ics=ics(
        "Hiring Committee - Senior PM finalists",
        "20260310T200000Z",
        "20260310T210000Z",
        "tom.reyes@quillbyte.example",
        "Tom Reyes",
        attendees=(("Ruth Allen", "ruth.allen@quillbyte.example"),),
    ),
)
p(
    "u_reply_friend_mock",
    "other",
    "Chris Young <chris.young88@gmail.com>",
    "Re: practice before my interview?",
    "Sure thing! Let's do a practice run on Wednesday at 7pm on FaceTime. I'll grill you "
    "like a real hiring manager would, ha.\n\nChris",
    headers=REPLY,
)
p(
    "u_fwd_embassy_to_partner",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Fwd: Appointment confirmation - spouse visa",
    "FYI, here's the date for our interview at the embassy.\n\n---------- Forwarded message "
    "---------\nFrom: Visa Appointments <no-reply@visa-appointments.example>\nDate: Mon, Mar "
    "2, 2026\nSubject: Appointment confirmation - spouse visa\nTo: Alex Morgan "
    "<alex.morgan@gmail.com>\n\nYour spouse visa interview at the Embassy is confirmed for "
    "Thursday, March 12, 2026 at 9:00 AM. Both applicants must attend.",
    to="Jamie Morgan <jamie.morgan@gmail.com>",
)
p(
    "u_research_recruit_screener",
    "other",
    "Nadia Flores <nadia.flores@pocketbank.example>",
    "You qualify for a paid interview!",
    "Hi Alex,\n\nThanks for filling in our screener - you qualify! We'd like to interview you "
    "about how you manage bills. Pick any 30-minute slot next week here: "
    "https://calendly.com/pocketbank-research/interview . You'll receive $60 afterwards.",
)
p(
    "u_jury_voir_dire_es",
    "other",
    "Tribunal del Jurado <jurado@justicia.example>",
    "Citación como candidato a jurado",
    "Estimada Sra. Morgan:\n\nHa sido designada candidata a jurado. Debe comparecer el lunes "
    "9 de marzo de 2026 a las 9:30 en la Audiencia Provincial, sala 4, para el trámite de "
    "selección del jurado.",
)
p(
    "u_fr_parents_profs",
    "other",
    "Collège Jean Moulin <vie-scolaire@college-jm.example>",
    "Rencontre parents-professeurs",
    "Madame Morgan,\n\nVotre rendez-vous avec M. Girard, professeur principal de Léo, est "
    "fixé au jeudi 5 mars à 17h40 (salle 104).\n\nLa vie scolaire",
)
p(
    "u_es_tutoria",
    "other",
    "Colegio Santa Ana <secretaria@colegiosantaana.example>",
    "Tutoría con la profesora de Lucas",
    "Estimada familia:\n\nLa tutora de Lucas, la señora Campos, les espera el martes 10 de "
    "marzo a las 16:30 para la reunión trimestral de seguimiento.\n\nSecretaría",
)
p(
    "u_de_therapie",
    "other",
    "Praxis für Psychotherapie Lenz <kontakt@praxis-lenz.example>",
    "Erstgespräch",
    "Liebe Frau Morgan,\n\nvielen Dank für Ihre Anfrage. Ich kann Ihnen ein Erstgespräch "
    "(psychotherapeutische Sprechstunde) am Dienstag, 10. März um 18 Uhr anbieten. Bitte "
    "bringen Sie Ihre Versichertenkarte mit.\n\nDr. Anna Lenz",
)
p(
    "u_fr_bilan_sante",
    "other",
    "Centre de Santé Lumière <rdv@centre-lumiere.example>",
    "Votre entretien infirmier",
    "Bonjour,\n\nVotre entretien avec l'infirmière dans le cadre de votre bilan de santé est "
    "prévu le mercredi 11 mars à 8h30. Venez à jeun.\n\nCentre de Santé Lumière",
)
p(
    "u_es_cita_consulado",
    "other",
    "Consulado General <citas@consulado.example>",
    "Confirmación de cita - pasaporte",
    "Su cita en el Consulado General para la renovación de pasaporte ha sido confirmada para "
    "el jueves 12 de marzo de 2026 a las 10:15. Presente su DNI y una fotografía.",
)
p(
    "u_de_wohnungsgeber",
    "other",
    "Markus Beck <markus.beck@web.de>",
    "Kennenlernen wegen WG-Zimmer",
    "Hi Alex,\n\ndanke für deine Nachricht zum WG-Zimmer! Magst du am Donnerstag um 19 Uhr "
    "zum Kennenlernen vorbeikommen? Dann lernst du auch die anderen beiden kennen.\n\nMarkus",
)
p(
    "u_vendor_reference_call",
    "other",
    "Owen Shaw <owen.shaw@cloudvault.example>",
    "Reference call with another customer",
    "Hi Alex,\n\nAs you evaluate CloudVault, I've set up a reference call with Dana Cole, "
    "IT Director at one of our customers, on Thursday 3/5 at 1pm. She'll share how the "
    "rollout went.\n\nOwen Shaw\nAccount Executive",
)
p(
    "u_interview_for_user_study_es",
    "other",
    "Andrea Ruiz <andrea.ruiz@universidad.example>",
    "Entrevista para mi TFM",
    "Hola Alex,\n\n¡Gracias por participar en mi investigación del máster! Quedamos entonces "
    "el miércoles 4 de marzo a las 18:00 por Zoom para la entrevista (unos 30 minutos). Te "
    "enviaré antes el consentimiento informado.\n\nAndrea",
)
p(
    "u_bank_advisor",
    "other",
    "Harbor Bank <appointments@harborbank.example>",
    "Your appointment with a mortgage advisor",
    "Hi Alex,\n\nYour appointment with mortgage advisor Ken Miles is confirmed for Saturday "
    "3/7 at 10:30am at our Main St branch. Please bring two recent pay stubs.",
)

# ---------------------------------------------------------------------------------------
# V. Variants of the families fixed in this round, worded afresh
p(
    "v_research_paid_after_call",
    "other",
    "Omar Haddad <omar@fieldnotes-research.example>",
    "Our call on Friday",
    "Hi Alex,\n\nThanks for agreeing to chat about how your household shops for groceries. "
    "Our call is booked for Friday 3/6 at 12pm ET and takes about 40 minutes. We'll send you "
    "$75 after the call as a thank-you.\n\nOmar, Fieldnotes Research",
)
p(
    "v_research_de_euro",
    "other",
    "Jonas Feld <jonas.feld@marktblick.example>",
    "Ihr Interviewtermin",
    "Hallo Alex,\n\nvielen Dank für Ihr Interesse! Das Interview zu Ihren Erfahrungen mit "
    "Online-Banking findet am Montag, 9. März um 18 Uhr per Zoom statt. Für Ihre Zeit "
    "überweisen wir Ihnen 60 € nach dem Interview.\n\nJonas Feld",
)
p(
    "v_scholarship_district",
    "other",
    "Scholarship Trust <committee@scholarshiptrust.example>",
    "District committee interview",
    "Dear Alex,\n\nCongratulations on being named a district finalist. Your interview with "
    "the district committee is on Saturday 3/7 at 11:20am at the Marriott downtown. "
    "Finalists will be told the results that evening.",
)
p(
    "v_exchange_program_es",
    "other",
    "Oficina de Movilidad <movilidad@universidad.example>",
    "Entrevista - programa de intercambio",
    "Hola Alex,\n\nTe convocamos a la entrevista del programa de intercambio con universidades "
    "de Estados Unidos el jueves 5 de marzo a las 13:00 en el Rectorado, sala 2.\n\nOficina "
    "de Movilidad",
)
p(
    "v_lever_interviewer",
    "other",
    "Lever <no-reply@hire.lever.co>",
    "Interview scheduled: Sofia Reyes - Product Designer",
    "Hi Alex,\n\nAn interview has been scheduled.\n\nCandidate: Sofia Reyes\nPosting: Product "
    "Designer\nTime: Monday, March 9, 2026 1:00 PM EDT\nInterviewers: Alex Morgan, Tom Reyes"
    "\n\nView profile in Lever",
)
p(
    "v_savvycal_host_booking",
    "other",
    "SavvyCal <notifications@savvycal.com>",
    "New booking: Portfolio review with Dev Shah",
    "Dev Shah booked a meeting with you.\n\nEvent: Portfolio review (candidate, Junior "
    "Designer)\nInvitee: Dev Shah\nWhen: Wednesday, March 4, 2026 3:00 PM - 3:45 PM "
    "(America/New_York)",
)
p(
    "v_req_kickoff",
    "other",
    "Ruth Allen <ruth.allen@quillbyte.example>",
    "Your Staff Engineer req is approved",
    "Hi Alex,\n\nGood news: your Staff Engineer req is approved. Let's meet Thursday 3/5 at "
    "2pm to agree the interview loop and who sits on each panel.\n\nRuth Allen\nRecruiting "
    "Coordinator",
)
p(
    "v_de_bewertungsbogen",
    "other",
    "Recruiting Kesselmann <recruiting@kesselmann.example>",
    "Zweitgespräch Frau Lindqvist",
    "Hallo Alex,\n\ndas Zweitgespräch mit der Bewerberin Karin Lindqvist ist am Montag, "
    "9. März um 13 Uhr. Bitte bring den ausgefüllten Bewertungsbogen aus dem Erstgespräch "
    "mit.\n\nRecruiting",
)
p(
    "v_es_evaluadora",
    "other",
    "Selección Nexaluz <seleccion@nexaluz.example>",
    "Panel de entrevistas del jueves",
    "Hola Alex,\n\nEl jueves 5 de marzo a las 11:00 participas como evaluadora en la "
    "entrevista de la candidata Irene Vidal para Marketing. Te dejamos su CV en la carpeta "
    "compartida.\n\nSelección",
)
p(
    "v_rejection_after_two_rounds",
    "rejection",
    "Kayla Burns <kayla.burns@pipemetric.example>",
    "Re: Interview follow-up",
    "Hi Alex,\n\nThanks again for your time in both interviews with Raj and the team. We "
    "won't be moving forward at this time, but we'd love to stay in touch.\n\nKayla Burns"
    "\nRecruiter",
    headers=REPLY,
)
p(
    "v_home_visit_adoption",
    "other",
    "Bright Futures Adoption <caseworkers@brightfutures.example>",
    "Your second home visit",
    "Dear Alex,\n\nYour caseworker Megan Fox will conduct the second home visit and interview "
    "on Tuesday 3/10 at 5pm. All adults living in the home should be present.",
)
p(
    "v_enrollment_center_nexus",
    "other",
    "CBP Trusted Traveler <ttp@cbp.example>",
    "NEXUS interview confirmed",
    "Your NEXUS interview has been scheduled at the Champlain enrollment center on Friday, "
    "March 6, 2026 at 9:30 AM. Bring your conditional approval letter.",
)

# ---------------------------------------------------------------------------------------
# W. Service appointments, the user hiring in other languages, and hiring-flavoured notices
p(
    "w_support_callback",
    "other",
    "Apple Support <support@apple-support.example>",
    "Your call with Apple Support is scheduled",
    "Hi Alex,\n\nA Senior Advisor, Jordan, will call you on Thursday, March 5 at 2:00 PM EST "
    "about your case number 102938475. Please have your device nearby.",
)
p(
    "w_moving_estimate",
    "other",
    "Swift Movers <booking@swiftmovers.example>",
    "In-home estimate confirmed",
    "Hi Alex,\n\nYour in-home moving estimate with our surveyor Tom Nash is confirmed for "
    "Thursday 3/5 at 10am. He'll walk through each room to plan your move.",
)
p(
    "w_tax_preparer",
    "other",
    "Lena Ortiz CPA <lena@ortiztax.example>",
    "Tax appointment - Tuesday",
    "Hi Alex,\n\nConfirming our tax prep meeting on Tuesday 3/10 at 5:30pm at my office. "
    "Please bring your W-2s, 1099s and last year's return.\n\nLena Ortiz, CPA",
)
p(
    "w_de_debrief_ics",
    "other",
    "Stefan Krüger <stefan.krueger@kesselmann.example>",
    "Einladung: Abstimmung nach den Bewerbungsgesprächen - Junior Controller",
    "Kurze Abstimmung zu den drei Kandidaten von heute.",
    ics=ics(
        "Abstimmung nach den Bewerbungsgesprächen - Junior Controller",
        "20260304T160000Z",
        "20260304T163000Z",
        "stefan.krueger@kesselmann.example",
        "Stefan Krüger",
    ),
)
p(
    "w_fr_debrief_ics",
    "other",
    "Julien Mercier <julien.mercier@maisonlumen.example>",
    "Invitation: Débrief entretiens - poste Chef de projet",
    "On compare nos notes sur les trois candidats vus aujourd'hui.",
    ics=ics(
        "Débrief entretiens - poste Chef de projet",
        "20260305T170000Z",
        "20260305T173000Z",
        "julien.mercier@maisonlumen.example",
        "Julien Mercier",
    ),
)
p(
    "w_es_comite_ics",
    "other",
    "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
    "Invitación: Comité de selección - Analista",
    "Revisamos las entrevistas de los finalistas y decidimos la oferta.",
    ics=ics(
        "Comité de selección - Analista",
        "20260306T150000Z",
        "20260306T160000Z",
        "carmen.ruiz@grupoalba.example",
        "Carmen Ruiz",
    ),
)
p(
    "w_workday_interviewer_task",
    "other",
    "Workday <quillbyte@myworkday.com>",
    "Inbox task: Interview - Daniel Park - Senior Analyst",
    "You have a new task in Workday.\n\nInterview Feedback: Daniel Park - Senior Analyst "
    "(R-2210)\nInterview date: 03/05/2026 11:00 AM\nPlease provide your feedback for this "
    "candidate after the interview.",
)
p(
    "w_user_books_candidate_direct",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Re: Barista position",
    "Hi Tariq,\n\nThanks for applying! Could you come in for an interview on Thursday 3/5 "
    "at 3pm? Ask for me at the counter.\n\nAlex\nOwner, Bean & Leaf",
    to="Tariq Aziz <tariq.aziz@gmail.com>",
)
p(
    "w_agency_marketing_event",
    "other",
    "Talentbridge Events <events@talentbridge.example>",
    "You're registered: Tech Hiring Mixer, Thursday 6pm",
    "Hi Alex,\n\nThanks for registering for our Tech Hiring Mixer on Thursday 3/5 at 6pm at "
    "The Foundry. Meet hiring managers from 12 companies over drinks - bring your CV!",
)
p(
    "w_interview_of_the_week",
    "bulk",
    "Founders Weekly <digest@foundersweekly.example>",
    "Interview of the week: Maria Chen, CEO of Tallyloop",
    "This week we sat down with Maria Chen to talk about hiring her first ten engineers. "
    "Join the live Q&A on Thursday 3/5 at 1pm ET." + FOOTER,
    headers=LIST,
)
p(
    "w_candidate_reference_user_is_referee",
    "other",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Reference for Sam Patel",
    "Hi Alex,\n\nSam Patel has given your name as a referee for our Data Analyst role. Would "
    "you have 15 minutes for a call on Thursday 3/5 at 11am?\n\nOlivia Grant\nTalent "
    "Partner, Northwind",
)
p(
    "w_user_interviewing_nanny_es",
    "other",
    "Rosa Méndez <rosa.mendez84@gmail.com>",
    "Entrevista para cuidar a sus hijos",
    "Hola Alex,\n\nMuchas gracias por contactarme para cuidar a sus hijos. Me viene bien la "
    "entrevista el sábado 7 de marzo a las 10:00 en su casa.\n\nUn saludo,\nRosa",
)
# ---------------------------------------------------------------------------------------
# X. Hiring mail about someone else's or a past interview: referrals, follow-ups, the user
# as an employer on a job board
p(
    "x_referral_friend_interview",
    "other",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Thanks for your referral!",
    "Hi Alex,\n\nThanks for referring Sam Patel for our Data Analyst role! Just to keep you "
    "posted: his first interview is on Thursday 3/5 at 2pm with Karen Liu. Your referral "
    "bonus is paid if he's hired.\n\nOlivia Grant\nTalent Partner, Northwind",
)
p(
    "x_referral_fr",
    "other",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Merci pour ta cooptation",
    "Salut Alex,\n\nMerci pour la cooptation de Léa ! Elle a un entretien avec Julien jeudi "
    "5 mars à 14h. Je te tiens au courant de la suite.\n\nCamille\nChargée de recrutement",
)
p(
    "x_referral_es",
    "other",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Tu recomendación",
    "Hola Alex,\n\nGracias por recomendar a Lucía Torres para el puesto de Analista. Su "
    "entrevista con Carmen será el jueves 5 de marzo a las 10:00. Te avisaré del resultado."
    "\n\nRaúl Prieto\nSelección de Personal",
)
p(
    "x_past_interview_references",
    "other",
    "Olivia Grant <olivia.grant@northwind.example>",
    "References",
    "Hi Alex,\n\nFollowing your interview on Friday 2/27 at 2pm with Karen and Sam, could you "
    "send me the names and emails of two references by Wednesday?\n\nOlivia Grant\nTalent "
    "Partner, Northwind",
)
p(
    "x_user_thank_you_note",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Thank you - Data Analyst interview",
    "Hi Karen,\n\nThank you for taking the time to speak with me today at 2pm about the Data "
    "Analyst role. I really enjoyed learning about the team's roadmap.\n\nBest,\nAlex",
    to="Karen Liu <karen.liu@northwind.example>",
)
p(
    "x_candidate_survey",
    "other",
    "Northwind Careers <no-reply@us.greenhouse-mail.io>",
    "How was your interview?",
    "Hi Alex,\n\nThanks for interviewing with Northwind on March 2 at 10:00 AM. We'd love to "
    "hear how it went - our candidate survey takes two minutes.\n\nNorthwind Talent Team",
)
p(
    "x_de_umfrage",
    "other",
    "Kesselmann Karriere <karriere@kesselmann.example>",
    "Wie war Ihr Vorstellungsgespräch?",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihr Vorstellungsgespräch am Montag, "
    "2. März um 10 Uhr. Wir würden uns freuen, wenn Sie an unserer kurzen Umfrage zum "
    "Bewerbungsprozess teilnehmen.\n\nIhr Recruiting-Team",
)
p(
    "x_indeed_employer_new_applicant",
    "other",
    "Indeed <noreply@indeed.example>",
    "New applicant for Barista: Tariq Aziz",
    "Tariq Aziz applied to your job Barista - Bean & Leaf.\n\nReview the application and "
    "schedule an interview. Suggested times: Thursday 3/5 at 3pm or Friday 3/6 at 10am.\n\n"
    "Manage your job post",
)
p(
    "x_indeed_employer_scheduled",
    "other",
    "Indeed <noreply@indeed.example>",
    "Interview scheduled with Tariq Aziz",
    "Your interview with Tariq Aziz for Barista - Bean & Leaf is scheduled for Thursday, "
    "March 5 at 3:00 PM. Tariq has confirmed. You can message the candidate from your "
    "employer dashboard.",
)
p(
    "x_live_qa_interview_process",
    "other",
    "Northwind Careers <careers@northwind.example>",
    "Live Q&A: inside our interview process",
    "Hi Alex,\n\nThanks for your interest in Northwind! Our Head of Talent will be live on "
    "LinkedIn on Thursday 3/5 at 1pm ET to answer questions about how our interviews work. "
    "No registration needed.\n\nNorthwind Careers",
)
p(
    "x_es_encuesta_candidato",
    "other",
    "Talento Nexaluz <talento@nexaluz.example>",
    "¿Qué tal tu entrevista?",
    "Hola Alex,\n\nGracias por tu entrevista del lunes 2 de marzo a las 12:00. ¿Nos ayudas "
    "con una breve encuesta sobre tu experiencia como candidata?\n\nEquipo de Talento",
)
p(
    "x_fr_user_merci",
    "other",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Merci pour l'entretien",
    "Bonjour Julien,\n\nMerci pour notre entretien de ce matin à 10h. J'ai beaucoup apprécié "
    "d'en apprendre plus sur le poste de Chef de projet.\n\nBien cordialement,\nAlex Morgan",
    to="Julien Mercier <julien.mercier@maisonlumen.example>",
)
# ---------------------------------------------------------------------------------------
# Y. Hiring mail of other kinds, worded afresh, and a few more appointments
p(
    "y_sched_single_time_question",
    "scheduling_request",
    "Lee Carter <lee.carter@brightforms.example>",
    "Quick call?",
    "Hi Alex,\n\nI came across your profile and think you'd be a great fit for our Senior "
    "Analyst role. Are you free for a 20-minute call on Thursday at 2pm to discuss?\n\nLee "
    "Carter\nRecruiter, Brightforms",
)
p(
    "y_sched_ats_availability",
    "scheduling_request",
    "Crestline Recruiting <no-reply@greenhouse-mail.io>",
    "Please share your availability",
    "Hi Alex,\n\nThe Crestline team would like to schedule your onsite interview. Please "
    "submit your availability for the week of March 9 using the link below within 48 "
    "hours.\n\nSubmit availability",
)
p(
    "y_sched_de_link",
    "scheduling_request",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Terminbuchung für Ihr Vorstellungsgespräch",
    "Sehr geehrte Frau Morgan,\n\nbitte buchen Sie über den folgenden Link einen passenden "
    "Termin für Ihr Vorstellungsgespräch in der kommenden Woche.\n\nMit freundlichen Grüßen"
    "\nPersonalabteilung",
)
p(
    "y_cancel_tomorrow_new_times",
    "interview_cancelled",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Tomorrow's interview",
    "Hi Alex,\n\nI'm so sorry - Karen is out sick, so we need to cancel tomorrow's interview "
    "at 2pm. I'll send you some new times shortly.\n\nOlivia Grant\nTalent Partner",
)
p(
    "y_cancel_es_ics",
    "interview_cancelled",
    "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
    "Evento cancelado: Entrevista - Alex Morgan - Analista",
    "Este evento se ha cancelado.",
    ics=vevent_calendar(
        summary="Entrevista - Alex Morgan - Analista",
        start="20260312T150000Z",
        end="20260312T160000Z",
        method="CANCEL",
        organizer="mailto:carmen.ruiz@grupoalba.example",
        organizer_cn="Carmen Ruiz",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        status="CANCELLED",
        sequence=1,
    ),
    ics_method="CANCEL",
)
p(
    "y_rejection_ats_after_interview_de",
    "rejection",
    "Kesselmann Karriere <karriere@kesselmann.example>",
    "Ihre Bewerbung als Controllerin",
    "Sehr geehrte Frau Morgan,\n\nnochmals vielen Dank für das Vorstellungsgespräch am "
    "Montag, 2. März um 10 Uhr. Nach sorgfältiger Prüfung haben wir uns leider für eine "
    "andere Bewerberin entschieden.\n\nIhr Recruiting-Team",
)
p(
    "y_offer_call_en_ics_text",
    "offer",
    "Karen Liu <karen.liu@northwind.example>",
    "Offer call tomorrow",
    "Hi Alex,\n\nWe'd like to extend you an offer for the Data Analyst role! I've sent an "
    "invite for tomorrow at 10am so I can walk you through the details.\n\nKaren",
)
p(
    "y_office_hours",
    "other",
    "Prof. Dana Kim <dkim@stateu.example>",
    "Re: office hours",
    "Hi Alex, sure - come by my office hours on Thursday at 3pm and we can go over your "
    "thesis proposal and the recommendation letter for your grad school applications.\n\nDK",
    headers=REPLY,
)
p(
    "y_deposition",
    "other",
    "Harlow & Finch LLP <scheduling@harlowfinch.example>",
    "Deposition scheduled",
    "Dear Alex Morgan,\n\nYour deposition in Morgan v. Cityline Transit is scheduled for "
    "Tuesday, March 10, 2026 at 10:00 AM at our offices. Your attorney, Ms. Reed, will meet "
    "you 30 minutes beforehand.",
)
p(
    "y_life_insurance_teleinterview",
    "other",
    "Evergreen Life <underwriting@evergreenlife.example>",
    "Your phone interview for your policy",
    "Hi Alex,\n\nAs part of underwriting, a nurse will call you for a 20-minute health "
    "interview on Thursday 3/5 at 6pm. Please have your medication list handy.",
)
p(
    "y_lunch_and_learn",
    "other",
    "People Team <people@quillbyte.example>",
    "Lunch & learn: how we interview at Quillbyte",
    "Hi all,\n\nJoin us Thursday 3/5 at 12pm in the cafeteria for a lunch & learn on how our "
    "interview loops work and how to write great feedback. Pizza provided!",
)
p(
    "y_fr_rdv_banque",
    "other",
    "Banque Lumière <conseiller@banquelumiere.example>",
    "Votre rendez-vous avec votre conseiller",
    "Bonjour Madame Morgan,\n\nJe vous confirme notre rendez-vous le mardi 10 mars à 17h en "
    "agence pour faire le point sur votre projet immobilier.\n\nPaul Girard, conseiller "
    "clientèle",
)
# ---------------------------------------------------------------------------------------
# Z. Mail about someone else's interview or one already held, and job alerts
p(
    "z_child_summer_job",
    "other",
    "Rita Olsen <rita.olsen@cityparks.example>",
    "Jamie's interview - lifeguard position",
    "Hi Alex,\n\nThanks for sending Jamie's application for the summer lifeguard position. "
    "Jamie's interview is on Thursday 3/5 at 4pm at the Eastside pool. As Jamie is under 18, "
    "please sign the attached parental consent form.\n\nRita Olsen\nAquatics Supervisor",
)
p(
    "z_interviewer_thanks_after",
    "other",
    "Karen Liu <karen.liu@northwind.example>",
    "Re: Thank you",
    "Hi Alex,\n\nThanks for the note! It was great meeting you today at 2pm - the team will "
    "be in touch about next steps by Friday.\n\nKaren",
    headers=REPLY,
)
p(
    "z_checking_in_after",
    "other",
    "Lee Carter <lee.carter@brightforms.example>",
    "Checking in",
    "Hi Alex,\n\nJust checking in after your interview last Thursday at 11am with Karen. "
    "The team is still meeting candidates; I expect to have an update for you next week."
    "\n\nLee Carter\nRecruiter",
)
p(
    "z_job_alert_titles",
    "other",
    "JobFinder Alerts <alerts@jobfinder.example>",
    "3 new jobs: Interview Coordinator",
    "New jobs matching your search 'coordinator':\n\nInterview Coordinator - Northwind - "
    "Posted Monday 3/2 at 9:00 AM\nRecruiting Coordinator (Interviews) - Crestline - "
    "Remote\nScheduling Coordinator - City Health\n\nView all jobs",
)
p(
    "z_spouse_interview_fwd",
    "other",
    "Jamie Morgan <jamie.morgan@gmail.com>",
    "Fwd: Interview confirmation",
    "Can you pick up the kids Thursday? This is at 2pm.\n\n---------- Forwarded message "
    "---------\nFrom: Olivia Grant <olivia.grant@northwind.example>\nDate: Mon, Mar 2, 2026"
    "\nSubject: Interview confirmation\nTo: Jamie Morgan <jamie.morgan@gmail.com>\n\nHi "
    "Jamie,\n\nYour interview for the Data Analyst role is confirmed for Thursday 3/5 at 2pm "
    "with Karen Liu.\n\nOlivia Grant",
)
p(
    "z_student_mock_volunteer_user",
    "other",
    "Career Center <careers@stateu.example>",
    "Thank you for volunteering as an alumni interviewer",
    "Hi Alex,\n\nThank you for signing up to run practice interviews with our seniors! Your "
    "first student, Maya Chen, is booked with you on Thursday 3/5 at 5pm in Room 204.\n\n"
    "Career Center",
)
# ---------------------------------------------------------------------------------------
# AA. Steps around an interview that are not it: a CV sent on, a prep call, a referee's
# call, childcare
p(
    "bb_cv_submitted_review_by",
    "other",
    "Tom Hale <tom.hale@hays-careers.example>",
    "CV submitted to Northwind",
    "Hi Alex,\n\nI've submitted your CV to Northwind for the Data Analyst role. The hiring "
    "manager will review it by Thursday 3/5 at 5pm and I'll let you know if they'd like to "
    "interview you.\n\nTom Hale\nSenior Consultant, Hays Careers",
)
p(
    "bb_agency_prep_call",
    "other",
    "Tom Hale <tom.hale@hays-careers.example>",
    "Prep call before your Northwind interview",
    "Hi Alex,\n\nNorthwind would like to interview you - they'll confirm the time this week. "
    "In the meantime, let's have a prep call on Wednesday 3/4 at 5pm to go through the "
    "company and likely questions.\n\nTom Hale\nSenior Consultant, Hays Careers",
)
p(
    "bb_recruiter_calls_referee",
    "other",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Reference check",
    "Hi Alex,\n\nThanks for the references! I've arranged to call Dana Cho on Thursday 3/5 "
    "at 2pm for your reference check. Nothing needed from you.\n\nOlivia Grant\nTalent "
    "Partner, Northwind",
)
p(
    "bb_babysitter_interview_day",
    "other",
    "Megan Price <megan.price77@gmail.com>",
    "Thursday babysitting",
    "Hi Alex! Yes, I can watch the kids on Thursday from 1 to 4 while you're at your "
    "interview. I'll be there at 12:45.\n\nMegan",
)
# ---------------------------------------------------------------------------------------
# BB. The user on a panel in other words, an offer talk, a French rejection
p(
    "cc_fr_jury",
    "other",
    "Julien Mercier <julien.mercier@maisonlumen.example>",
    "Jury entretiens jeudi",
    "Salut Alex,\n\nTu fais partie du jury pour les entretiens de jeudi 5 mars à 14h (poste "
    "de Chef de projet). Je t'envoie les CV des trois candidats demain.\n\nJulien",
)
p(
    "cc_es_panel",
    "other",
    "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
    "Panel de entrevistas",
    "Hola Alex,\n\nFormarás parte del panel de entrevistas del jueves 5 de marzo a las 10:00 "
    "para la vacante de Analista. Son tres candidatos de 45 minutos cada uno.\n\nCarmen",
)
p(
    "cc_de_panel",
    "other",
    "Stefan Krüger <stefan.krueger@kesselmann.example>",
    "Interviewpanel Donnerstag",
    "Hallo Alex,\n\ndu bist am Donnerstag, 5. März um 10 Uhr im Interviewpanel für die Stelle "
    "Data Engineer. Wir sprechen mit zwei Kandidatinnen.\n\nStefan",
)
p(
    "cc_sit_in",
    "other",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Sit in on an interview?",
    "Hey Alex,\n\nCould you sit in on my interview with our backend candidate on Thursday at "
    "3pm? I'd like a second opinion on system design.\n\nTom",
)
p(
    "cc_offer_talk_through",
    "offer",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Your offer",
    "Hi Alex,\n\nThe written offer is on its way by DocuSign. I'd like to talk through your "
    "offer on Thursday 3/5 at 11am - does that work?\n\nOlivia Grant\nTalent Partner",
)
p(
    "cc_fr_rejection_after",
    "rejection",
    "Recrutement Lumen <recrutement@maisonlumen.example>",
    "Votre candidature",
    "Bonjour Alex,\n\nSuite à votre entretien du lundi 2 mars à 10h, nous avons le regret de "
    "vous informer que votre candidature n'a pas été retenue.\n\nL'équipe Recrutement",
)
# ---------------------------------------------------------------------------------------
# CC. Booking tools' notices to the user as host, in other languages
p(
    "dd_fr_host_notice",
    "other",
    "Calendly <notifications@calendly.com>",
    "Nouvel événement : Léa Fontaine - 14:00 jeu. 5 mars 2026 - Entretien candidat",
    "Bonjour Alex Morgan,\n\nUn nouvel événement a été programmé.\n\nType d'événement : "
    "Entretien candidat (45 min)\nInvité : Léa Fontaine\nE-mail de l'invité : "
    "lea.fontaine@orange.example\nDate/heure : 14:00 - 14:45, jeudi 5 mars 2026",
)
p(
    "dd_de_host_notice",
    "other",
    "Calendly <notifications@calendly.com>",
    "Neuer Termin: Daniel Okafor - 10:00 Mi., 4. März 2026 - Bewerbungsgespräch",
    "Hallo Alex Morgan,\n\nein neuer Termin wurde geplant.\n\nTerminart: Bewerbungsgespräch "
    "(30 Min.)\nEingeladene Person: Daniel Okafor\nDatum/Uhrzeit: 10:00 - 10:30, Mittwoch, "
    "4. März 2026",
)
p(
    "dd_handshake_employer",
    "other",
    "Handshake <no-reply@joinhandshake.example>",
    "Priya Rao booked an interview slot",
    "Priya Rao (State University, Class of 2026) booked your 2:00 PM interview slot on "
    "Thursday, March 5 for the Data Analyst Intern posting. View the candidate's profile.",
)

# =======================================================================================
# Neighbours: real job interviews worded close to the traps above
q(
    "nb_greenhouse_confirmed",
    "2026-03-05 14:00",
    "Northwind Careers <no-reply@us.greenhouse-mail.io>",
    "Interview confirmation - Data Analyst at Northwind",
    "Hi Alex,\n\nThanks for applying for the Data Analyst role at Northwind. Your interview "
    "with Karen Liu, our Analytics Manager, is confirmed for Thursday, March 5, 2026 at "
    "2:00 PM EST on Zoom.\n\nNorthwind Talent Team",
)
q(
    "nb_calendly_recruiter_screen",
    "2026-03-04 11:00",
    "Calendly <notifications@calendly.com>",
    "Confirmed: Recruiter screen with Rachel Kim at 11:00am Wed, Mar 4, 2026",
    "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type: Recruiter screen - "
    "Account Executive role\nInvitee: Alex Morgan\nEvent Date/Time: 11:00am - 11:30am "
    "(Eastern Time - US & Canada), Wednesday, March 4, 2026\nLocation: Zoom\n\nRachel Kim, "
    "Talent Acquisition, Brightforms",
)
q(
    "nb_ux_researcher_job",
    "2026-03-04 16:00",
    "Nadia Flores <nadia.flores@pocketbank.example>",
    "Interview for the UX Researcher role",
    "Hi Alex,\n\nThanks for applying to be a UX Researcher at Pocketbank! I've booked your "
    "first interview with me for Wednesday 3/4 at 4pm over Google Meet - about 45 minutes. "
    "We'll go through one of your past studies.\n\nNadia\nHead of Research, Pocketbank",
)
q(
    "nb_user_research_lead_ics",
    "2026-03-06 13:00",
    "Sam Ito <sam.ito@routewise.example>",
    "Invitation: Interview - Alex Morgan - User Research Lead",
    "Hi Alex, looking forward to the portfolio review for the User Research Lead position.",
    ics=ics(
        "Interview - Alex Morgan - User Research Lead",
        "20260306T180000Z",
        "20260306T190000Z",
        "sam.ito@routewise.example",
        "Sam Ito",
    ),
)
q(
    "nb_newspaper_job",
    "2026-03-04 12:30",
    "Maya Brooks <maya.brooks@dailyledger.example>",
    "Interview for the Data Reporter position",
    "Hi Alex,\n\nThanks for applying for the Data Reporter position at The Daily Ledger. "
    "You're booked for an interview with me and our managing editor on Wednesday 3/4 at "
    "12:30. We're at 200 Front St, 4th floor.\n\nMaya Brooks\nDeputy Editor",
)
q(
    "nb_podcast_studio_producer",
    "2026-03-05 16:00",
    "Jess Harlow <jess@hiringhacks.example>",
    "Producer role - interview Thursday",
    "Hi Alex,\n\nThanks for your application for the Associate Producer job. We'd love to "
    "interview you on Thursday 3/5 at 4pm at our studio. You'll meet me and our head of "
    "audio, Dev Patel.\n\nJess Harlow\nExecutive Producer",
)
q(
    "nb_admissions_counselor_job",
    "2026-03-10 09:00",
    "Human Resources <hr@northbridge.example>",
    "Interview - Admissions Counselor (Req 2231)",
    "Dear Alex,\n\nThank you for applying for the Admissions Counselor position at "
    "Northbridge School of Business. Your interview is scheduled for Tuesday, March 10 at "
    "9:00 AM ET with Grace Lin, Director of Admissions.\n\nNorthbridge Human Resources",
)
q(
    "nb_university_lecturer",
    "2026-03-06 15:15",
    "School of Computing <recruitment@stateu.example>",
    "Lecturer in Data Science - interview",
    "Dear Alex,\n\nFollowing the shortlisting for the post of Lecturer in Data Science, the "
    "panel invites you to interview on Friday 3/6 at 3:15pm in Hale Hall 204, with a 15-"
    "minute presentation.\n\nHR Recruitment",
)
q(
    "nb_consulate_local_staff",
    "2026-03-10 10:00",
    "Recruitment <hr-recruitment@consulate-lumen.example>",
    "Interview invitation - Administrative Assistant vacancy",
    "Dear Alex Morgan,\n\nThank you for applying for the Administrative Assistant vacancy at "
    "our Consulate General. You are invited to an interview on Tuesday, March 10, 2026 at "
    "10:00 AM. Please bring your passport and your CV.\n\nHuman Resources",
)
q(
    "nb_letting_agency_job",
    "2026-03-07 11:15",
    "Harper Lettings <careers@harperlettings.example>",
    "Lettings Negotiator - interview Saturday",
    "Hi Alex,\n\nThanks for applying for our Lettings Negotiator job. Chris Hale, our branch "
    "manager, would like to interview you on Saturday 3/7 at 11:15am at the Elm Row branch."
    "\n\nHarper Lettings Recruitment",
)
q(
    "nb_dental_receptionist_job",
    "2026-03-04 16:20",
    "Bright Smile Dental <office@brightsmile.example>",
    "Interview for Front Desk Receptionist",
    "Hi Alex,\n\nThank you for your application for our front desk receptionist position. Dr. "
    "Patel would like to meet you for an interview on Wed 3/4 at 4:20pm at the practice."
    "\n\nBright Smile Dental",
)
q(
    "nb_clinic_nurse_job",
    "2026-03-05 08:40",
    "City Health Talent <talent@cityhealth.example>",
    "Interview - Registered Nurse, Primary Care",
    "Hi Alex,\n\nWe'd like to invite you to interview for the Registered Nurse position in "
    "Primary Care on Thursday March 5 at 8:40 AM with Anita Shah, Nurse Manager. Please "
    "bring your license.\n\nCity Health Recruiting",
)
q(
    "nb_school_teacher_job",
    "2026-03-05 15:40",
    "Lincoln Elementary <office@lincolnelem.example>",
    "Teaching position - interview",
    "Dear Alex,\n\nThank you for applying for the Grade 3 teaching position. Our principal, "
    "Ms. Alvarez, would like to interview you on Thursday, March 5 at 3:40 PM in Room 12."
    "\n\nLincoln Elementary",
)
q(
    "nb_volunteer_coordinator_paid",
    "2026-03-04 19:00",
    "Lifeline HR <hr@lifeline.example>",
    "Interview: Volunteer Coordinator (paid, full-time)",
    "Hi Alex,\n\nThank you for applying for our Volunteer Coordinator position (salary "
    "$52,000). Your interview with Ruth Kim, our Programs Director, is on Wednesday 3/4 at "
    "7pm via Zoom.\n\nLifeline Human Resources",
)
q(
    "nb_reschedule_confirmed",
    "2026-03-09 11:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Your interview has moved to Monday",
    "Hi Alex,\n\nThanks for your flexibility! Your interview with Karen is now confirmed for "
    "Monday 3/9 at 11am, same Zoom link.\n\nOlivia Grant\nTalent Partner, Northwind",
)
q(
    "nb_after_assessment",
    "2026-03-06 10:00",
    "Dana Ruiz <dana.ruiz@tallyloop.example>",
    "Next step: technical interview",
    "Hi Alex,\n\nThanks for completing the take-home exercise - the team loved it. Your "
    "technical interview with Ben Adler and Mia Cho is confirmed for Friday 3/6 at 10am ET."
    "\n\nDana Ruiz\nTechnical Recruiter, Tallyloop",
)
q(
    "nb_final_before_offer",
    "2026-03-10 15:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Final interview with our CEO",
    "Hi Alex,\n\nGreat news - the panel was impressed! The last step before we can make an "
    "offer is a final interview with our CEO, Henry Wu, on Tuesday 3/10 at 3pm.\n\nOlivia "
    "Grant\nTalent Partner",
)
q(
    "nb_not_selected_other_role",
    "2026-03-05 14:00",
    "Lee Carter <lee.carter@brightforms.example>",
    "Brightforms - another role",
    "Hi Alex,\n\nWhile we've filled the Analyst role, the team was impressed and would like "
    "to interview you for our Senior Analyst opening. You're booked with Karen Liu on "
    "Thursday 3/5 at 2pm.\n\nLee Carter\nRecruiter",
)
q(
    "nb_sdr_role_interview",
    "2026-03-06 13:00",
    "Kayla Burns <kayla.burns@pipemetric.example>",
    "Interview confirmed: Sales Development Representative",
    "Hi Alex,\n\nThanks for applying to Pipemetric! I've booked your interview for the Sales "
    "Development Representative role with our sales manager Raj Patel on Friday 3/6 at 1pm "
    "ET.\n\nKayla Burns\nRecruiter",
)
q(
    "nb_customer_success_role_ics",
    "2026-03-10 14:00",
    "Owen Shaw <owen.shaw@cloudvault.example>",
    "Invitation: Alex Morgan - Customer Success Manager interview",
    "Hi Alex, here's the invite for your interview for our Customer Success Manager role.",
    ics=ics(
        "Alex Morgan - Customer Success Manager interview",
        "20260310T180000Z",
        "20260310T190000Z",
        "owen.shaw@cloudvault.example",
        "Owen Shaw",
    ),
)
q(
    "nb_jobfair_onsite_interview",
    "2026-03-05 13:20",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Interview after the career fair",
    "Hi Alex,\n\nGreat meeting you at our booth at the Spring Tech Career Fair! We'd like to "
    "invite you to a first interview for the Junior Data Analyst role on Thursday 3/5 at "
    "1:20pm with Karen Liu.\n\nOlivia Grant\nTalent Partner, Northwind",
)
q(
    "nb_internal_opening",
    "2026-03-04 10:00",
    "Priya Nair <priya.nair@quillbyte.example>",
    "Your interview for the Platform Engineer opening",
    "Hi Alex,\n\nThanks for applying internally for the Platform Engineer opening. Your "
    "interview with me and Leo Grant is confirmed for Wednesday 3/4 at 10am in Cedar.\n\n"
    "Priya Nair\nEngineering Manager, Platform",
)
q(
    "nb_de_vorstellungsgespraech",
    "2026-03-11 10:00",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Einladung zum Vorstellungsgespräch",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Controllerin. Wir laden "
    "Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 11. März um 10 Uhr mit Herrn "
    "Krüger ein.\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
q(
    "nb_de_nach_test",
    "2026-03-12 14:00",
    "Kesselmann Karriere <karriere@kesselmann.example>",
    "Ihre Bewerbung - Einladung",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für die Teilnahme an unserem Online-Test. Gerne "
    "möchten wir Sie nun persönlich kennenlernen: Ihr Vorstellungsgespräch findet am "
    "Donnerstag, 12. März um 14 Uhr statt.\n\nIhr Recruiting-Team",
)
q(
    "nb_de_redaktion_job",
    "2026-03-05 11:00",
    "Miriam Vogt <m.vogt@rheinkurier.example>",
    "Ihre Bewerbung als Volontärin",
    "Guten Tag Frau Morgan,\n\nvielen Dank für Ihre Bewerbung um das Volontariat. Gerne laden "
    "wir Sie zum Vorstellungsgespräch am Donnerstag, 5. März um 11 Uhr in unsere Redaktion "
    "ein.\n\nMit freundlichen Grüßen\nMiriam Vogt\nChefredakteurin",
)
q(
    "nb_fr_entretien_embauche",
    "2026-03-05 11:00",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Confirmation de votre entretien",
    "Bonjour Alex,\n\nSuite à votre candidature au poste de Chef de projet, je vous confirme "
    "votre entretien le jeudi 5 mars à 11h avec Julien Mercier.\n\nCamille Faure\nChargée "
    "de recrutement",
)
q(
    "nb_fr_radio_poste",
    "2026-03-10 08:15",
    "Antoine Roux <antoine.roux@radiolac.example>",
    "Votre candidature - journaliste reporter",
    "Bonjour Alex,\n\nMerci pour votre candidature au poste de journaliste reporter. Nous vous "
    "convions à un entretien d'embauche le mardi 10 mars à 8h15 à la rédaction, avec notre "
    "rédactrice en chef.\n\nAntoine Roux\nRédacteur en chef adjoint",
)
q(
    "nb_fr_apres_salon",
    "2026-03-10 15:10",
    "Recrutement Lumen <recrutement@maisonlumen.example>",
    "Entretien suite au Salon de l'Emploi",
    "Bonjour Alex,\n\nSuite à notre échange au Salon de l'Emploi, nous avons le plaisir de "
    "vous convier à un entretien pour le poste de Chargée de marketing le mardi 10 mars à "
    "15h10 dans nos locaux.\n\nL'équipe Recrutement",
)
q(
    "nb_es_entrevista",
    "2026-03-12 10:00",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Confirmación de entrevista",
    "Hola Alex,\n\nGracias por tu candidatura al puesto de Analista. Te confirmo la entrevista "
    "el jueves 12 de marzo a las 10:00 con Carmen Ruiz en nuestras oficinas.\n\nRaúl Prieto"
    "\nSelección de Personal",
)
q(
    "nb_es_tras_prueba",
    "2026-03-10 16:00",
    "Talento Nexaluz <talento@nexaluz.example>",
    "Entrevista con el equipo",
    "Hola Alex,\n\nHas superado la prueba técnica. Te hemos reservado la entrevista con el "
    "equipo de Backend el martes 10 de marzo a las 16:00 por Google Meet.\n\nEquipo de "
    "Talento",
)
q(
    "nb_es_clinica_puesto",
    "2026-03-09 11:20",
    "Clínica Salus <rrhh@clinicasalus.example>",
    "Entrevista - puesto de recepcionista",
    "Hola Alex,\n\nGracias por enviarnos tu CV para el puesto de recepcionista. Te esperamos "
    "para una entrevista con la Dra. Romero el lunes 9 de marzo a las 11:20 en la clínica."
    "\n\nRecursos Humanos, Clínica Salus",
)
q(
    "nb_hm_candidate_user_is_candidate",
    "2026-03-05 14:00",
    "Greenhouse <no-reply@greenhouse.io>",
    "Interview scheduled: Alex Morgan for Data Engineer",
    "Hi Alex,\n\nYour interview for Data Engineer at Quillbyte is scheduled for Thursday, "
    "March 5, 2026 at 2:00 PM EST with Priya Raman.\n\nQuillbyte Recruiting",
)
q(
    "nb_interviewer_panel_with_user_candidate_ics",
    "2026-03-06 13:00",
    "Ruth Allen <ruth.allen@quillbyte.example>",
    "Invitation: Onsite Interview - Alex Morgan (Senior PM) @ Fri Mar 6, 2026 1pm - 2pm",
    "Hi Alex, looking forward to your onsite! You'll meet Jordan Blake and Tom Reyes.\n\n"
    "Ruth Allen\nRecruiting Coordinator",
    ics=ics(
        "Onsite Interview - Alex Morgan (Senior PM)",
        "20260306T180000Z",
        "20260306T190000Z",
        "ruth.allen@quillbyte.example",
        "Ruth Allen",
        attendees=(("Jordan Blake", "jordan.blake@quillbyte.example"),),
    ),
)
q(
    "nb_stay_in_hotel",
    "2026-03-05 09:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Onsite interview - travel details",
    "Hi Alex,\n\nYour onsite interview for the Data Analyst role is on Thursday 3/5 at 9am. "
    "We've booked your stay at the Harbor Inn for Wednesday night; the interviews run "
    "until 1pm.\n\nOlivia Grant\nTalent Partner",
)
q(
    "nb_research_scientist",
    "2026-03-05 10:00",
    "Dr. Helen Park <hpark@techlabs.example>",
    "Research Scientist interview",
    "Hi Alex,\n\nThanks for applying for the Research Scientist position on our applied ML "
    "team. Your interview with me is confirmed for Thursday 3/5 at 10am; please prepare a "
    "20-minute research talk.\n\nHelen Park\nResearch Director, TechLabs",
)
q(
    "nb_hinge_job",
    "2026-03-05 20:00",
    "Jordan Lee <jordan.lee@hinge-careers.example>",
    "Interview - Trust & Safety Analyst",
    "Hi Alex,\n\nThanks for applying for the Trust & Safety Analyst role. Your video "
    "interview with me is on Thursday 3/5 at 8pm (we're in another time zone).\n\nJordan "
    "Lee\nRecruiter",
)
q(
    "nb_agency_confirms",
    "2026-03-04 14:00",
    "Tom Hale <tom.hale@hays-careers.example>",
    "Interview confirmed - Lagerwerk",
    "Hi Alex,\n\nGreat news - Lagerwerk would like to meet you for the Operations Manager "
    "role. Your interview with Felix Hahn is confirmed for Wednesday 3/4 at 2pm over Teams."
    "\n\nTom Hale\nSenior Consultant, Hays Careers",
)
q(
    "nb_paid_fellowship_job",
    "2026-03-05 14:00",
    "Civic Data Lab <fellowships@civicdatalab.example>",
    "Civic Data Fellowship - interview",
    "Hi Alex,\n\nThank you for applying to the Civic Data Fellowship, a paid 12-month "
    "position on our analytics team. Your interview with the fellowship committee is "
    "confirmed for Thursday 3/5 at 2pm ET.\n\nCivic Data Lab",
)
q(
    "nb_paid_work_sample_day",
    "2026-03-06 10:00",
    "Dana Ruiz <dana.ruiz@tallyloop.example>",
    "Onsite interview - Friday",
    "Hi Alex,\n\nYour onsite interview for the Backend Engineer role is confirmed for Friday "
    "3/6 at 10am. We pay every candidate $300 for the interview day, as it includes a paid "
    "work sample.\n\nDana Ruiz\nTechnical Recruiter, Tallyloop",
)
q(
    "nb_business_school_staff",
    "2026-03-10 09:00",
    "Grace Lin <grace.lin@northbridge.example>",
    "Program Coordinator interview",
    "Dear Alex,\n\nThank you for applying for the Program Coordinator role at Northbridge "
    "Business School. I'd like to confirm your interview on Tuesday, March 10 at 9:00 AM in "
    "Hall B, room 210.\n\nGrace Lin\nDirector of Admissions",
)
q(
    "nb_calendly_candidate_is_invitee",
    "2026-03-05 10:00",
    "Calendly <notifications@calendly.com>",
    "Confirmed: Candidate screen (30 min) with Ruth Allen at 10:00am Thu, Mar 5, 2026",
    "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type: Candidate screen (30 "
    "min)\nInvitee: Alex Morgan\nEvent Date/Time: 10:00am - 10:30am (Eastern Time - US & "
    "Canada), Thursday, March 5, 2026\n\nRuth Allen, Recruiting Coordinator, Quillbyte",
)
q(
    "nb_de_fachvertreterin_interviews_user",
    "2026-03-11 10:00",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Ihr Vorstellungsgespräch am 11. März",
    "Sehr geehrte Frau Morgan,\n\nwir bestätigen Ihr Vorstellungsgespräch als Controllerin am "
    "Mittwoch, 11. März um 10 Uhr. Neben mir nimmt unsere Fachvertreterin Frau Roth teil."
    "\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
q(
    "nb_es_entrevistadora_nombrada",
    "2026-03-10 16:00",
    "Selección Nexaluz <seleccion@nexaluz.example>",
    "Tu entrevista para Analista de Datos",
    "Hola Alex,\n\nTe confirmamos tu entrevista para el puesto de Analista de Datos el martes "
    "10 de marzo a las 16:00. Tu entrevistadora será Laura Gómez, responsable del equipo."
    "\n\nSelección",
)
q(
    "nb_not_moving_until_met",
    "2026-03-05 14:00",
    "Lee Carter <lee.carter@brightforms.example>",
    "Interview Thursday",
    "Hi Alex,\n\nWe won't be moving forward with any other candidates until we've met you! "
    "Your interview with Karen Liu for the Analyst role is confirmed for Thursday 3/5 at "
    "2pm.\n\nLee Carter\nRecruiter",
)
q(
    "nb_de_drei_finalisten",
    "2026-03-05 11:00",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Abschlussgespräch am Donnerstag",
    "Sehr geehrte Frau Morgan,\n\nSie gehören zu den drei Finalisten für die Stelle als "
    "Controllerin! Ihr Abschlussgespräch mit Herrn Krüger findet am Donnerstag, 5. März um "
    "11 Uhr statt.\n\nMit freundlichen Grüßen\nPersonalabteilung",
)
q(
    "nb_feedback_on_candidate_experience",
    "2026-03-05 14:00",
    "Northwind Careers <no-reply@us.greenhouse-mail.io>",
    "Interview confirmed - Data Analyst",
    "Hi Alex,\n\nYour interview for the Data Analyst role with Karen Liu is confirmed for "
    "Thursday, March 5, 2026 at 2:00 PM EST. Afterwards, please leave your feedback on the "
    "candidate experience in our short survey.\n\nNorthwind Talent Team",
)
q(
    "nb_de_nachbesprechung_own",
    "2026-03-06 09:00",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Zweitgespräch",
    "Sehr geehrte Frau Morgan,\n\nnach der Auswertung der ersten Gespräche laden wir Sie "
    "herzlich zum Zweitgespräch am Freitag, 6. März um 9 Uhr ein.\n\nMit freundlichen "
    "Grüßen\nPersonalabteilung",
)
q(
    "nb_referred_user",
    "2026-03-05 14:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Your referral from Sam Patel",
    "Hi Alex,\n\nSam Patel referred you for our Data Analyst role - thanks for applying! Your "
    "first interview is on Thursday 3/5 at 2pm with Karen Liu.\n\nOlivia Grant\nTalent "
    "Partner, Northwind",
)
q(
    "nb_thanks_then_final",
    "2026-03-05 14:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Final round",
    "Hi Alex,\n\nThanks for interviewing with us on Monday! We'd like to invite you to the "
    "final round for the Data Analyst role on Thursday 3/5 at 2pm with Henry Wu.\n\nOlivia "
    "Grant\nTalent Partner, Northwind",
)
q(
    "nb_de_danke_dann_zweitgespraech",
    "2026-03-05 14:00",
    "Personal Kesselmann <personal@kesselmann.example>",
    "Einladung zum Zweitgespräch",
    "Sehr geehrte Frau Morgan,\n\nvielen Dank für das angenehme Gespräch am Montag. Gerne "
    "laden wir Sie zum Zweitgespräch am Donnerstag, 5. März um 14 Uhr ein.\n\nMit "
    "freundlichen Grüßen\nPersonalabteilung",
)
q(
    "nb_es_gracias_segunda",
    "2026-03-05 10:00",
    "Raúl Prieto <raul.prieto@grupoalba.example>",
    "Segunda entrevista",
    "Hola Alex,\n\nGracias por la entrevista del lunes. Te confirmamos la segunda entrevista "
    "para el puesto de Analista el jueves 5 de marzo a las 10:00 con Carmen Ruiz.\n\nRaúl "
    "Prieto\nSelección de Personal",
)
q(
    "nb_fr_merci_puis_second",
    "2026-03-05 11:00",
    "Camille Faure <camille.faure@atelierverne.example>",
    "Second entretien",
    "Bonjour Alex,\n\nMerci pour notre échange de lundi. Je vous confirme votre second "
    "entretien pour le poste de Chef de projet le jeudi 5 mars à 11h avec Julien Mercier."
    "\n\nCamille Faure\nChargée de recrutement",
)
q(
    "nb_job_board_to_seeker",
    "2026-03-05 15:00",
    "Indeed <noreply@indeed.example>",
    "Interview scheduled: Barista at Bean & Leaf",
    "Hi Alex,\n\nGood news! Bean & Leaf scheduled an interview with you for your application "
    "to Barista. When: Thursday, March 5 at 3:00 PM. Where: 12 Main St.\n\nGood luck!",
)
q(
    "nb_user_own_calendar_entry",
    "2026-03-05 14:00",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Invitation: Interview - Northwind Data Analyst (Karen Liu)",
    "Zoom link from Olivia's email: https://zoom.us/j/5550001111",
    ics=ics(
        "Interview - Northwind Data Analyst (Karen Liu)",
        "20260305T190000Z",
        "20260305T200000Z",
        "alex.morgan@gmail.com",
        "Alex Morgan",
    ),
)
q(
    "nb_ux_participant_word_in_job",
    "2026-03-06 11:00",
    "Nadia Flores <nadia.flores@pocketbank.example>",
    "Interview - Research Operations Coordinator",
    "Hi Alex,\n\nThanks for applying for our Research Operations Coordinator position - you'd "
    "be recruiting study participants and sending their gift cards. Your interview with me "
    "is confirmed for Friday 3/6 at 11am.\n\nNadia\nHead of Research, Pocketbank",
)
q(
    "nb_agenda_interviewer_possessive",
    "2026-03-05 10:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Your onsite on Thursday",
    "Hi Alex,\n\nThanks for sending your references. Your onsite for the Data Analyst role is "
    "on Thursday 3/5 at 10am: Karen's interview is at 10am, then Sam's at 11am.\n\nOlivia "
    "Grant\nTalent Partner, Northwind",
)
q(
    "nb_last_round_future",
    "2026-03-05 14:00",
    "Olivia Grant <olivia.grant@northwind.example>",
    "Last round",
    "Hi Alex,\n\nGreat news - you're through to the last round! It's confirmed for Thursday "
    "3/5 at 2pm with Henry Wu, our CEO.\n\nOlivia Grant\nTalent Partner, Northwind",
)
q(
    "nb_interview_coordinator_signs",
    "2026-03-05 14:00",
    "Ruth Allen <ruth.allen@crestline.example>",
    "Interview confirmation - Operations Analyst",
    "Hi Alex,\n\nYour interview for the Operations Analyst role is confirmed for Thursday 3/5 "
    "at 2pm with Dana Ruiz.\n\nRuth Allen\nInterview Coordinator, Crestline",
)
q(
    "nb_agency_prep_then_interview",
    "2026-03-05 14:00",
    "Tom Hale <tom.hale@hays-careers.example>",
    "Interview confirmed - Northwind",
    "Hi Alex,\n\nGreat news: Northwind have confirmed your interview for the Data Analyst "
    "role on Thursday 3/5 at 2pm with Karen Liu. Let's have a quick prep call on Wednesday "
    "3/4 at 5pm beforehand.\n\nTom Hale\nSenior Consultant, Hays Careers",
)
q(
    "nb_review_cv_then_interview",
    "2026-03-06 10:00",
    "Tom Hale <tom.hale@hays-careers.example>",
    "Northwind interview",
    "Hi Alex,\n\nNorthwind reviewed your CV and would like to meet you! Your interview with "
    "Karen Liu is confirmed for Friday 3/6 at 10am. They'll decide by Monday.\n\nTom Hale\n"
    "Senior Consultant, Hays Careers",
)
q(
    "nb_meet_panel_candidate_user",
    "2026-03-05 10:00",
    "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
    "Tu entrevista del jueves",
    "Hola Alex,\n\nTe confirmo tu entrevista para el puesto de Analista el jueves 5 de marzo a "
    "las 10:00. El panel de entrevistas estará formado por Carmen Ruiz y Raúl Prieto.\n\n"
    "Carmen",
)
q(
    "nb_sit_in_colleague_on_users",
    "2026-03-05 15:00",
    "Tom Reyes <tom.reyes@quillbyte.example>",
    "Your interview on Thursday",
    "Hi Alex,\n\nThanks for applying for the Backend Engineer role. Your interview with me is "
    "confirmed for Thursday 3/5 at 3pm; my colleague Mia Cho will sit in as well.\n\nTom "
    "Reyes\nEngineering Manager, Quillbyte",
)
q(
    "nb_fr_booking_user_invitee",
    "2026-03-05 14:00",
    "Calendly <notifications@calendly.com>",
    "Confirmé : Entretien candidat avec Camille Faure - 14:00 jeu. 5 mars 2026",
    "Bonjour Alex Morgan,\n\nVotre événement a été programmé.\n\nType d'événement : "
    "Entretien candidat (45 min) - poste de Chef de projet\nInvité : Alex Morgan\nDate/heure : "
    "14:00 - 14:45, jeudi 5 mars 2026\n\nCamille Faure, Chargée de recrutement, Atelier Verne",
)
