"""Hard negatives: meetings with a calendar that are not the user's job interviews (1:1s,
dentist, flat viewing, podcast guest slot, coffee, the user interviewing someone else, an
exit interview, a career coach) and other job-search mail that books nothing."""

from __future__ import annotations

from .kit import (
    BRONWYN,
    CALLUM,
    COLTON,
    EVAN,
    KATHARINA,
    KIERAN,
    MATHILDE,
    NALEDI,
    OUTLOOK,
    PARVEEN,
    SIDDHARTH,
    TAMIKA,
    THIAGO,
    ZHANG,
    Msg,
    d,
    de,
    dh,
    event,
    fr,
    mail,
    note,
    t12,
    t24,
    uid,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Weekly 1:1 at the user's current job (Outlook) -----------------------------------------------
S = "2027-03-16 10:00"
add(
    outlook(
        CALLUM,
        "outlook-weekly-one-to-one",
        "other",
        start=S,
        zone="GMT Standard Time",
        when_zone="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        minutes=30,
        subject="Callum / Rhiannon weekly 1:1",
        organizer=("Rhiannon Pryce", "rhiannon.pryce@cardigan-analytics.example"),
        attendees=[],
        date=dh("2027-03-12 16:20:00", "Europe/London"),
        text="Moving our 1:1 to Tuesdays from next week. Agenda in the OneNote as usual.\n\nR",
        label=note("Weekly 1:1 with the user's current manager (Exchange request)."),
    )
)

# --- Dentist with .ics ----------------------------------------------------------------------
S = "2027-03-23 08:15"
add(
    mail(
        BRONWYN,
        "dentist-reminder-ics-newtown",
        "other",
        frm=("Newtown Smiles Dental", "appointments@newtownsmiles.example"),
        subject=f"Appointment reminder: {d(S, 'uk')} at {t12(S, compact=True)}",
        date=dh("2027-03-20 09:00:00", "Australia/Sydney"),
        body=f"""Hi Bronwyn,

This is a reminder of your appointment with Dr Hamish Teoh on {d(S, "uk")} at {t12(S, compact=True)} (check-up and clean, 45 min).

Reply C to confirm or call us on (02) 9555 0148 to reschedule.

Newtown Smiles Dental
""",
        ics=event(
            uid=uid("newtown-dentist", "newtownsmiles.example"),
            start=S,
            zone="Australia/Sydney",
            minutes=45,
            summary="Dental appointment - Dr Hamish Teoh",
            organizer=("Newtown Smiles Dental", "appointments@newtownsmiles.example"),
            location="Newtown Smiles Dental, 310 King St, Newtown NSW",
            method="PUBLISH",
        ),
        ics_mode="attach",
        ics_method="PUBLISH",
        label=note("Dentist appointment with a calendar file."),
    )
)

# --- Flat viewing in Berlin (German) ----------------------------------------------------------
S = "2027-03-20 11:30"
add(
    mail(
        KATHARINA,
        "wohnungsbesichtigung-termin-prenzlauer-berg",
        "other",
        frm=("Immobilien Kranich GmbH", "vermietung@kranich-immobilien.example"),
        subject="Bestätigung Ihres Besichtigungstermins – 3-Zimmer-Wohnung, Kollwitzstraße",
        date=dh("2027-03-15 14:10:00", "Europe/Berlin"),
        body=f"""Sehr geehrte Frau Vogt,

hiermit bestätigen wir Ihren Besichtigungstermin für die 3-Zimmer-Wohnung in der Kollwitzstraße 58 am {de(S)} um {t24(S)} Uhr.

Bitte bringen Sie eine Mieterselbstauskunft, Ihre letzten drei Gehaltsnachweise und eine SCHUFA-Auskunft mit.

Mit freundlichen Grüßen
Immobilien Kranich GmbH
""",
        ics=event(
            uid=uid("kranich-besichtigung", "kranich-immobilien.example"),
            start=S,
            zone="Europe/Berlin",
            minutes=30,
            summary="Wohnungsbesichtigung Kollwitzstraße 58",
            organizer=("Immobilien Kranich GmbH", "vermietung@kranich-immobilien.example"),
            attendees=[("Katharina Vogt", "katharina.vogt@example.net")],
            location="Kollwitzstraße 58, 10405 Berlin",
        ),
        ics_mode="attach",
        label=note("German flat viewing with a calendar REQUEST; asks for salary slips."),
    )
)

# --- Podcast guest slot (REQUEST) -------------------------------------------------------------
S = "2027-03-31 10:00"
add(
    google(
        EVAN,
        "podcast-guest-recording-motion-matters",
        "other",
        start=S,
        zone="America/Los_Angeles",
        minutes=60,
        summary="Motion Matters podcast - recording with Evan Lindqvist",
        organizer=("Priscilla Okafor", "priscilla@motionmatterspod.example"),
        guests=[("Jun Takeda", "jun@motionmatterspod.example")],
        date=dh("2027-03-22 11:00:00", "America/Los_Angeles"),
        meet=None,
        location="https://riverside.motionmatterspod.example/studio/evan",
        note="Thanks for agreeing to be interviewed on the show! We'll chat about your path into motion design. Use headphones please.",
        label=note("Podcast guest interview with a calendar REQUEST: not a job interview."),
    )
)

# --- Coffee with a friend (Google) --------------------------------------------------------------
S = "2027-03-13 11:00"
add(
    google(
        TAMIKA,
        "google-coffee-with-friend",
        "other",
        start=S,
        zone="America/New_York",
        minutes=90,
        summary="Coffee ☕ catch-up - Tamika & Renée",
        organizer=("Renée Castellanos", "renee.castellanos.home@example.org"),
        guests=[],
        date=dh("2027-03-08 20:15:00", "America/New_York"),
        meet=None,
        location="Devoción, 69 Grand St, Brooklyn",
        note="Want to hear all about the job hunt! My treat.",
        label=note("Coffee with a friend who asks about the job hunt; calendar REQUEST."),
    )
)

# --- The user as interviewer at her current job --------------------------------------------
S = "2027-03-17 14:00"
add(
    outlook(
        PARVEEN,
        "user-is-interviewer-internal-loop",
        "other",
        start=S,
        zone="Mountain Standard Time",
        when_zone="(UTC-07:00) Mountain Time (US & Canada)",
        minutes=45,
        subject="Interview: Jordan-Lee Fontaine - Junior Protection Technologist (you: technical questions)",
        organizer=("Kayla Sinclair", "kayla.sinclair@athabasca-electric.example"),
        attendees=[("Jordan-Lee Fontaine", "jlfontaine.candidate@example.net")],
        date=dh("2027-03-11 09:30:00", "America/Edmonton"),
        text="""Hi Parveen,

Thanks for agreeing to interview for the Junior Protection Technologist role. You're covering the technical questions (relay settings, one-line diagrams). The candidate's resume and the scorecard are in Workday; please submit feedback within 24 hours.

Kayla Sinclair
Recruiter, Athabasca Electric""",
        label=note("The user is the interviewer at her current employer: not her own interview."),
    )
)

# --- Exit interview at the current job (French) ------------------------------------------------
S = "2027-04-09 15:00"
add(
    mail(
        MATHILDE,
        "entretien-de-sortie-employeur-actuel",
        "other",
        frm=("Service RH – Groupe Orvel", "rh@groupe-orvel.example"),
        subject="Votre entretien de sortie",
        date=dh("2027-04-01 10:00:00", "Europe/Paris"),
        body=f"""Bonjour Mathilde,

Suite à votre démission, nous vous proposons un entretien de sortie le {fr(S)} à {t24(S, "h")} avec Hugo Marchal (RH). Cet échange confidentiel nous aide à améliorer la vie au sein du groupe.

Nous vous rappelons également de restituer votre badge et votre ordinateur avant votre dernier jour.

Le service RH
""",
        ics=event(
            uid=uid("orvel-sortie", "outlook"),
            start=S,
            zone="Romance Standard Time",
            minutes=30,
            summary="Entretien de sortie – Mathilde Garnier",
            organizer=("Service RH – Groupe Orvel", "rh@groupe-orvel.example"),
            attendees=[("Mathilde Garnier", "mathilde.garnier@example.net")],
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=note("Exit interview at the employer she is leaving (French): not a job interview."),
    )
)

# --- Career coach mock interview (paid session) --------------------------------------------
S = "2027-02-22 19:00"
add(
    mail(
        THIAGO,
        "career-coach-mock-interview-booking",
        "other",
        frm=("Beatriz Coaching de Carreira", "agenda@beatrizcoaching.example"),
        subject=f"Sessão confirmada: Mock interview (English) – {d(S, 'abbr')} {t24(S)}",
        date=dh("2027-02-19 13:00:00", "America/Sao_Paulo"),
        body=f"""Olá Thiago!

Your mock interview session is confirmed for {d(S, "us")} at {t24(S)} (Brasília). We'll simulate a system design interview in English and I'll give you detailed feedback.

Payment received: R$ 350,00. Link: https://meet.google.com/bcc-mock-thg

Até lá!
Beatriz
""",
        label=note("Paid mock interview with a career coach: practice, not a job interview."),
    )
)

# --- Application acknowledgement --------------------------------------------------------------
add(
    mail(
        SIDDHARTH,
        "application-received-deccan-retail",
        "other",
        frm=("Deccan Retail Careers", "careers@deccanretail.example"),
        subject="We have received your application - Analytics Manager (Req 4471)",
        date=dh("2027-02-15 21:02:00", "Asia/Kolkata"),
        body="""Dear Siddharth,

Thank you for applying for Analytics Manager at Deccan Retail. We have received your application and our team will review it carefully.

If your profile matches our requirements, we will contact you to schedule an interview. Due to the volume of applications, we are unable to respond to each applicant individually.

Team Deccan Retail
""",
        label=note("Application acknowledgement mentioning a possible future interview."),
    )
)

# --- Reference request where the user is the referee -------------------------------------------
add(
    mail(
        KIERAN,
        "reference-request-user-is-referee",
        "other",
        frm=("Mia Castellano", "mia.castellano@ochrepeak-mining.example"),
        subject="Reference check - Aiden Pickering",
        date=dh("2027-03-09 11:30:00", "Australia/Perth"),
        body=f"""Hi Kieran,

Aiden Pickering has listed you as a referee for a Mine Planning Engineer role with us. Would you have 15 minutes for a quick phone call on {d("2027-03-11", "uk")} at 2pm, or another time this week?

Thanks in advance,
Mia Castellano
Talent Acquisition, Ochre Peak Mining
""",
        label=note("The user is a referee for someone else; asks for a call."),
    )
)

# --- Background check vendor ------------------------------------------------------------------
add(
    mail(
        TAMIKA,
        "background-check-consent-bayridge",
        "other",
        frm=("VeriPath Screening", "no-reply@veripath-screening.example"),
        subject="Action needed: complete your background check for Bayridge Credit Union",
        date=dh("2027-04-06 10:00:00", "America/New_York"),
        body="""Hi Tamika,

Bayridge Credit Union has requested a background check as part of your hiring process. Please provide your consent and information within 3 business days:

https://candidate.veripath-screening.example/start/9f31a

Questions? Visit our help center.
VeriPath Screening
""",
        label=note(
            "Background-check request after an offer: not an offer itself, nothing scheduled."
        ),
    )
)

# --- Car service appointment with .ics ---------------------------------------------------------
S = "2027-03-20 07:30"
add(
    mail(
        COLTON,
        "car-service-appointment-ics",
        "other",
        frm=("Camelback Toyota Service", "service@camelbacktoyota.example"),
        subject="Service appointment confirmed",
        date=dh("2027-03-16 12:00:00", "America/Phoenix"),
        body=f"""Hi Colton,

Your service appointment is confirmed for {d(S, "us")} at {t12(S)} (30,000 mile service, est. 2.5 hours). Shuttle service is available.

Camelback Toyota
""",
        ics=event(
            uid=uid("camelback-service", "camelbacktoyota.example"),
            start=S,
            zone="America/Phoenix",
            minutes=150,
            summary="Service appointment - Camelback Toyota",
            organizer=("Camelback Toyota Service", "service@camelbacktoyota.example"),
            method="PUBLISH",
        ),
        ics_mode="attach",
        ics_method="PUBLISH",
        label=note("Car service appointment with a calendar file."),
    )
)

# --- Journalist wants to interview the user --------------------------------------------------
add(
    mail(
        NALEDI,
        "journalist-interview-request-mine-water",
        "other",
        frm=("Kagiso Letsholo", "kagiso.letsholo@highveldherald.example"),
        subject="Interview request: acid mine drainage feature",
        date=dh("2027-03-08 13:40:00", "Africa/Johannesburg"),
        body="""Dear Ms Mokoena

I'm writing a feature on acid mine drainage in the West Rand for the Highveld Herald and saw your talk at the WISA conference. Would you be open to a 30-minute interview, on the record, sometime next week?

Kind regards
Kagiso Letsholo
Environment Reporter
""",
        label=note("A journalist asks to interview the user for an article: not a job interview."),
    )
)

# --- Recruiter InMail-style approach, no interview -----------------------------------------------
add(
    mail(
        ZHANG,
        "recruiter-approach-no-interview",
        "other",
        frm=("Grace Lim", "grace.lim@straitssearch.example"),
        subject="Opportunity: Regional Procurement Lead (Singapore-based)",
        date=dh("2027-03-10 15:15:00", "Asia/Shanghai"),
        body="""Hi Yiming,

I came across your profile and think you'd be a strong fit for a Regional Procurement Lead role with a client in Singapore (relocation supported).

Would you be open to hearing more? If so, just reply and I'll share the details.

Best,
Grace Lim
Straits Search Partners
""",
        label=note("Cold recruiter approach; no interview and no scheduling yet."),
    )
)

# --- Thank-you note the user sent (copy in the mailbox) ------------------------------------------
add(
    mail(
        EVAN,
        "users-own-thank-you-quarrystone",
        "other",
        frm=("Evan Lindqvist", "evan.lindqvist@example.net"),
        to="Lorraine Castellanos <lorraine.castellanos@quarrystone.example>",
        subject="Thanks for today!",
        date=dh("2027-03-18 16:55:00", "America/Los_Angeles"),
        body="""Hi Lorraine,

Thank you for the conversation today - I really enjoyed hearing how the payments team thinks about reliability. I'm excited about the role and happy to share anything else that helps.

Best,
Evan
""",
        label=note("The user's own thank-you note after an interview."),
    )
)
