"""Everything else: look-alike meetings, appointments, acknowledgements, checks, assessments."""

from __future__ import annotations

from .kit import (
    ANGELICA,
    CHINEDU,
    DANA,
    FEMKE,
    GIULIA,
    HARPREET,
    IGNACIO,
    JIWOO,
    LIAM,
    LUCIA,
    MARCUS,
    NOA,
    OLIVIA,
    OUTLOOK,
    RENEE,
    SOFIA,
    TOMASZ,
    WANJIRU,
    Msg,
    dh,
    event,
    long_date,
    mail,
    mid,
    note,
)
from .kit import quote_header as qh

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- The user is the guest of a podcast interview --------------------------------------------
S = "2026-11-26 16:00"
add(
    mail(
        FEMKE,
        "podcast-guest-booking-design-voices",
        "other",
        frm=("Bram Mulder", "bram@designvoices-podcast.example"),
        subject="Design Voices podcast - your interview recording",
        date=dh("2026-11-18 12:30:00", "Europe/Amsterdam"),
        body=f"""Hi Femke,

Thanks for agreeing to be a guest! Your interview for Design Voices is booked for {long_date(S, "uk")} at 16:00 CET. We'll record remotely on Riverside: https://riverside.example/studio/design-voices

We'll talk about your work on accessible cycling apps. About 45 minutes, lightly edited.

Bram
Host, Design Voices
""",
        ics=event(
            uid="designvoices-ep58-femke@designvoices-podcast.example",
            start=S,
            zone="Europe/Amsterdam",
            minutes=60,
            summary="Design Voices recording - Femke de Vries",
            organizer=("Bram Mulder", "bram@designvoices-podcast.example"),
            attendees=[("Femke de Vries", "femke.devries@example.com")],
            location="https://riverside.example/studio/design-voices",
        ),
        ics_mode="attach",
        label=note(
            "The user is interviewed as a podcast guest: not a job interview, though it has a calendar REQUEST."
        ),
    )
)

# --- Paid user-research interview booked through Calendly ------------------------------------
S = "2026-11-24 10:00"
add(
    mail(
        HARPREET,
        "user-research-interview-calendly-gift-card",
        "other",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Ayesha Siddiqui", "ayesha.siddiqui@routewise-app.example"),
        subject=f"Confirmed: User Interview (45 min) with Ayesha Siddiqui on {long_date(S, 'usy')}",
        date=dh("2026-11-19 15:05:00", "America/Vancouver"),
        body=f"""Hi Harpreet Gill,

Your event has been scheduled.

Event Type: User Interview (45 min) - RouteWise research study
Host: Ayesha Siddiqui
Date and time: 10:00am - 10:45am, {long_date(S, "usy")} (Pacific Time - US & Canada)
Location: Zoom (link in calendar invitation)

As a thank you for participating in our research study, you'll receive a $75 gift card.

Powered by Calendly.com
""",
        label=note(
            "Paid product-research 'user interview' booked via Calendly: not a job interview."
        ),
    )
)

# --- Internal 'Interview debrief' where the user is an interviewer --------------------------
S = "2026-11-20 16:00"
add(
    mail(
        GIULIA,
        "internal-interview-debrief-user-is-interviewer",
        "other",
        frm=("Paolo Gentile", "paolo.gentile@example.net"),
        subject="Interview debrief - Backend candidate (R. Salvi)",
        date=dh("2026-11-18 09:00:00", "Europe/Rome"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "it-IT")],
        body=f"""When: {long_date(S, "usy")} 4:00 PM-4:30 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Sala Dolomiti / Teams

Hi all, 30 minutes to align on Riccardo Salvi after the loop. Please submit your scorecards beforehand. Giulia, you covered the data modelling interview - please lead that part.

Paolo
""",
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000112233445566DB01000000000000000010000000778899AA",
            start=S,
            zone="W. Europe Standard Time",
            minutes=30,
            summary="Interview debrief - Backend candidate (R. Salvi)",
            organizer=("Paolo Gentile", "paolo.gentile@example.net"),
            attendees=[
                ("Giulia Bianchi", "giulia.bianchi@example.net"),
                ("Sara Fontana", "sara.fontana@example.net"),
            ],
            location="Sala Dolomiti / Teams",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=note(
            "Internal meeting at the user's current employer about a candidate the user interviewed."
        ),
    )
)

# --- Dentist with ICS -----------------------------------------------------------------------
S = "2026-12-02 17:30"
add(
    mail(
        LUCIA,
        "dentist-appointment-salamanca-clinic",
        "other",
        frm=("Salamanca Dental Studio", "citas@salamancadental.example"),
        subject="Appointment confirmation - Salamanca Dental Studio",
        date=dh("2026-11-23 10:00:00", "Europe/Madrid"),
        body=f"""Dear Lucía,

Your appointment is confirmed:

{long_date(S, "uky")} at 17:30
Dr. Ignacio Villalba - check-up and hygiene
Calle de Velázquez 41, 1º izq., Madrid

Please arrive 10 minutes early. To cancel, call 910 555 214 at least 24 hours in advance.
""",
        ics=event(
            uid="appt-88412@salamancadental.example",
            start=S,
            zone="Europe/Madrid",
            minutes=45,
            summary="Dental appointment - Dr. Villalba",
            organizer=("Salamanca Dental Studio", "citas@salamancadental.example"),
            attendees=[("Lucía Fernández Ortega", "lucia.fernandez@example.org")],
            location="Calle de Velázquez 41, 1º izq., Madrid",
            prodid="-//DentalSoft//Agenda//ES",
        ),
        ics_mode="attach",
        label=note("Medical appointment with a calendar REQUEST."),
    )
)

# --- Bank mortgage appointment ------------------------------------------------------------------
add(
    mail(
        RENEE,
        "bank-mortgage-advisor-appointment",
        "other",
        frm=("Bluenose Credit Union", "appointments@bluenosecu.example"),
        subject="Your appointment with a Mortgage Specialist is confirmed",
        date=dh("2026-11-20 13:00:00", "America/Halifax"),
        html_auto=True,
        body=f"""Hello Renée,

Your appointment is booked.

With: Colin Fraser, Mortgage Specialist
When: {long_date("2026-11-27", "usy")} at 10:00 AM AST
Where: Bluenose Credit Union, 1800 Barrington St, Halifax

Please bring two pieces of ID and your most recent pay stub.
""",
        label=note("Bank appointment with a specialist: not an interview."),
    )
)

# --- Visa interview at a consulate --------------------------------------------------------
add(
    mail(
        IGNACIO,
        "consulate-visa-interview-appointment",
        "other",
        frm=("Visa Appointment Service", "no-reply@visa-appointments.example"),
        subject="Appointment confirmation: visa interview",
        date=dh("2026-11-10 09:00:00", "America/Santiago"),
        body=f"""Applicant: IGNACIO MUÑOZ ROJAS
Confirmation number: 7734-2210-5581

Your visa interview appointment has been scheduled:
{long_date("2026-12-01", "usy")}, 08:15 AM
Consular Section, Av. Andrés Bello 2800, Las Condes, Santiago

Bring your passport, the DS confirmation page and this appointment letter. Electronic devices are not permitted.
""",
        label=note("Consular visa interview: an appointment, not a job interview."),
    )
)

# --- Lawyer consultation ---------------------------------------------------------------------
add(
    mail(
        SOFIA,
        "lawyer-consultation-contract-review",
        "other",
        frm=("Estudio Lafranconi & Asociados", "turnos@lafranconi-abogados.example"),
        subject="Turno confirmado / Consultation confirmed",
        date=dh("2026-11-16 12:00:00", "America/Argentina/Buenos_Aires"),
        body=f"""Sofía,

Confirmamos su consulta con la Dra. Paula Lafranconi para revisar el contrato laboral.
Your consultation with Dr. Paula Lafranconi to review your employment contract is confirmed for {long_date("2026-11-19", "usy")} at 18:00, Av. Corrientes 1250, piso 7.

Honorarios de la consulta: ARS 60.000.
""",
        label=note("Legal consultation about an employment contract; bilingual; not an interview."),
    )
)

# --- Parent-teacher meeting ---------------------------------------------------------------
add(
    mail(
        CHINEDU,
        "school-parent-teacher-meeting",
        "other",
        frm=("Greenfield Heights School", "office@greenfieldheights-school.example"),
        subject="Parent-Teacher Conference: Adaeze Okafor (Year 4)",
        date=dh("2026-11-09 14:00:00", "Africa/Lagos"),
        body=f"""Dear Mr Okafor,

This is to confirm your parent-teacher conference with Mrs Funmilayo Adeniran (Year 4 class teacher) on {long_date("2026-11-13", "uk")} at 3:15pm in Classroom 4B.

Each meeting lasts 15 minutes. Kindly be punctual.

School Office
Greenfield Heights School, Lekki
""",
        label=note("School meeting with a teacher at a fixed time."),
    )
)

# --- Application acknowledgement -------------------------------------------------------------
add(
    mail(
        WANJIRU,
        "workable-application-received",
        "other",
        frm=("Kilima Health", "noreply@workablemail.com"),
        subject="Thanks for applying to Kilima Health",
        date=dh("2026-11-12 21:14:00", "Africa/Nairobi"),
        body="""Hi Wanjiru,

Thank you for your application for the Analytics Engineer position at Kilima Health. Our team will review it and, if your profile matches our needs, we will contact you to schedule an interview.

Best,
Kilima Health Hiring Team
""",
        label=note(
            "Application acknowledgement that mentions scheduling an interview conditionally."
        ),
    )
)

# --- Background check -----------------------------------------------------------------------
add(
    mail(
        MARCUS,
        "background-check-clearpath-deadline",
        "other",
        frm=("ClearPath Screening", "no-reply@clearpath-screening.example"),
        subject="Action needed: complete your background check for Desert Prairie Co.",
        date=dh("2026-11-23 09:00:00", "America/Chicago"),
        html_auto=True,
        body=f"""Hi Marcus,

Desert Prairie Co. has requested a background check as part of your hiring process. Please provide your consent and information by {long_date("2026-11-27", "usy")}.

Start now: https://candidate.clearpath-screening.example/invite/8F2K1Q

Questions? Visit our help center.
ClearPath Screening
""",
        label=note("Background check invitation with a deadline."),
    )
)

# --- Reference request about a former colleague ------------------------------------------------
add(
    mail(
        OLIVIA,
        "reference-request-former-colleague",
        "other",
        frm=("Rebecca Tsang", "rebecca.tsang@adelaidehills-council.example"),
        subject="Reference for Daniel Kowalczyk",
        date=dh("2026-11-18 11:00:00", "Australia/Adelaide"),
        body="""Hi Olivia,

Daniel Kowalczyk has applied for a Senior Planner position with us and has listed you as a referee. Would you have 15 minutes for a phone call on Friday morning, or alternatively could you complete the short questionnaire attached?

Many thanks,
Rebecca Tsang
Talent Acquisition, Adelaide Hills Council
""",
        label=note("Reference request about someone else: the user is the referee."),
    )
)

# --- HackerRank assessment with a deadline ------------------------------------------------------
add(
    mail(
        JIWOO,
        "hackerrank-test-invite-deadline",
        "other",
        frm=("Dalnim Labs via HackerRank", "no-reply@hackerrankforwork.com"),
        subject="Invitation: Dalnim Labs ML Infrastructure coding test",
        date=dh("2026-11-10 10:00:00", "Asia/Seoul"),
        body=f"""Hi Ji-woo,

Dalnim Labs has invited you to take a coding test.

Test: ML Infrastructure Engineer - Online Assessment
Duration: 90 minutes
Complete by: {long_date("2026-11-17", "usy")}, 11:59 PM KST

Start test: https://www.hackerrank.com/tests/abc123def/login?b=eyJ1c2VybmFtZSI6

Good luck!
""",
        label=note("Online coding test with a deadline and no meeting."),
    )
)

# --- HireVue one-way video interview ---------------------------------------------------------
add(
    mail(
        ANGELICA,
        "hirevue-on-demand-video-interview",
        "other",
        frm=("Pearl Harbor Outsourcing Careers", "noreply@hirevue.com"),
        subject="Complete your on-demand video interview for Quality Analyst",
        date=dh("2026-11-09 08:00:00", "Asia/Manila"),
        html_auto=True,
        body=f"""Hi Angelica,

You've been invited to complete an on-demand video interview for the Quality Analyst position. You'll record answers to 5 questions at a time that's convenient for you.

Please complete it by {long_date("2026-11-14", "usy")}.

Start your interview: https://app.hirevue.com/interviews/7QmXq2

Tip: find a quiet place with good lighting.
""",
        label=note(
            "One-way recorded 'video interview' with a deadline: no meeting, nothing scheduled."
        ),
    )
)

# --- Journalist asking to interview the user -------------------------------------------------
add(
    mail(
        DANA,
        "journalist-interview-request-story",
        "other",
        frm=("Tomás Alvarado", "talvarado@valleyledger-news.example"),
        subject="Interview request - tribal broadband story",
        date=dh("2026-11-16 13:30:00", "America/Phoenix"),
        body="""Hi Dana,

I'm a reporter with the Valley Ledger working on a piece about broadband access on tribal lands. A colleague said you worked on the rural clinic telehealth rollout. Could I interview you for 20 minutes by phone, Thursday at 2pm?

Thanks,
Tomás Alvarado
Valley Ledger
""",
        label=note("Media interview request: the user is a source, not a candidate."),
    )
)

# --- A friend asks how it went -------------------------------------------------------------
add(
    mail(
        NOA,
        "friend-how-did-interview-go",
        "other",
        frm=("Tamar Peretz", "tamar.peretz@example.com"),
        subject="nu?? how was Carmel AI",
        date=dh("2026-10-28 19:40:00", "Asia/Jerusalem"),
        body="""Noa!! how did the interview go today?? did they ask the distributed training question I warned you about? call me tonight, I'm home after 9

T
""",
        label=note("A friend's message about an interview that already happened."),
    )
)

# --- Candidate experience survey -----------------------------------------------------------
add(
    mail(
        TOMASZ,
        "candidate-experience-survey",
        "other",
        frm=("Wistula Games Talent", "talent-survey@wistulagames.example"),
        subject="How was your interview experience with Wistula Games?",
        date=dh("2026-10-29 12:00:00", "Europe/Warsaw"),
        html_auto=True,
        body="""Hi Tomasz,

Thank you for interviewing with us yesterday. Whatever the outcome, we'd like to hear how the process felt. The survey takes 2 minutes and is anonymous.

Take the survey: https://wistulagames.example/survey/cx?t=91a2

Wistula Games Talent Team
""",
        label=note("Candidate-experience survey after an interview; no outcome yet."),
    )
)

# --- The user's own thank-you note (seen in a folder) -----------------------------------------
add(
    mail(
        LIAM,
        "own-sent-thank-you-note",
        "other",
        frm=("Liam Nguyen", "liam.nguyen@example.org"),
        to="Ruby Tanaka-Ellis <ruby.tanakaellis@harbourmetric.example>",
        subject="Thank you - technical interview",
        date=dh("2026-10-22 12:05:00", "Australia/Brisbane"),
        in_reply_to=mid("harbourmetric-ruby", "harbourmetric.example"),
        body=f"""Hi Ruby,

Thanks for your time this morning - I really enjoyed working through the rate limiter problem with you and Nikhil. Looking forward to hearing about next steps.

Best,
Liam

{qh("2026-10-16 13:15", "Australia/Sydney", "Jessica Wu-Hartmann <jessica.wuhartmann@harbourmetric.example>")}
> Technical interview - Harbour Metric - Liam Nguyen
""",
        label=note("The user's own sent thank-you note."),
    )
)
