"""Three interview shapes that leave "interview" unsaid or say it in passing, and their traps.

Every message was written for these tests (invented people and companies under .example
names), after three kinds of mail a blind set showed being missed:

- a hiring manager's or founder's one-line answer settling a call ("tmrw 9:15 suits, I'll
  ring you"), where only the thread's subject and the signature say it is about a job;
- a visit or interview day whose agenda schedules the candidate ("We look forward to
  welcoming you on ..." above a programme with an interview row), confirmed by the
  arrangements rather than by the word "confirmed";
- a calendar invitation for a research post ("Quant Research Interview - <name>"), whose
  "research interview" is the post's, not a study's.

Friends, colleagues, vendors, admissions offices and research studies write the same way;
each positive sits beside such near misses, which must stay what they are.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, start, vevent_calendar

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
EU_TO = "Lena Brandt <lena.brandt@posteo.example>"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


# --- A founder's or manager's terse answer settling a call ----------------------------------

TERSE_CALLS = [
    pytest.param(
        "Pete Olsen <pete@brightloom.example>",
        "Re: Data engineer role",
        "Hi Alex - tmrw 9:15 suits, I'll ring you on your mobile. Should take half an "
        "hour.\n\nPete\nBrightloom Analytics\n",
        dt.datetime(2026, 3, 3, 9, 15, tzinfo=NY),
        id="tmrw-suits-ring-you",
    ),
    pytest.param(
        "Dana Whitfield <dana@copperkettle.example>",
        "RE: Backend Engineer",
        "Alex,\n\nThursday 3pm works, I'll call you on the number on your CV. Should take "
        "about 30 minutes.\n\nDana Whitfield\nCo-founder & CTO, Copper Kettle\n",
        dt.datetime(2026, 3, 5, 15, 0, tzinfo=NY),
        id="thursday-works-call-you-cv",
    ),
    pytest.param(
        "Marcus Fenn <marcus.fenn@orbitalyards.example>",
        "Re: Site Reliability Engineer position",
        "Wednesday at 11:00 suits me - I'll give you a ring then. We'll need about 45 "
        "minutes.\n\nCheers,\nMarcus\n\nMarcus Fenn | Head of Platform | Orbital Yards\n",
        dt.datetime(2026, 3, 4, 11, 0, tzinfo=NY),
        id="wednesday-give-you-a-ring",
    ),
    pytest.param(
        "Ruth Abernethy <ruth@saltmarsh.example>",
        "Re: Operations Manager role",
        "Hi Alex,\n\nFriday 10am is perfect. I'll phone you then - it should take around "
        "20 minutes.\n\nRuth\nFounder, Saltmarsh Provisions\n",
        dt.datetime(2026, 3, 6, 10, 0, tzinfo=NY),
        id="friday-perfect-phone-you",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "when"), TERSE_CALLS)
def test_terse_call_settled_under_a_role_subject(
    ctx: Context, sender: str, subject: str, body: str, when: dt.datetime
) -> None:
    """A company sender settling a time and calling the user, under the role's thread."""
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


def test_terse_call_length_on_its_own_line(ctx: Context, eu_ctx: Context) -> None:
    """The call's length typed on the next line (a phone's Enter) reads the same."""
    cases = [
        (
            ctx,
            "Pete Olsen <pete@brightloom.example>",
            "Re: Data engineer role",
            "Hi Alex - tmrw 9:15 suits, I'll ring you on your mobile.\nShould take half an "
            "hour.\n\nPete\nBrightloom Analytics\n",
            dt.datetime(2026, 3, 3, 9, 15, tzinfo=NY),
        ),
        (
            eu_ctx,
            "Jan Weber <jan.weber@nordlicht-systeme.example>",
            "AW: Data Engineer (m/w/d)",
            "Hallo Frau Brandt,\n\nmorgen um 10:00 Uhr passt. Ich rufe Sie auf Ihrem Handy an.\n"
            "Es dauert etwa eine halbe Stunde.\n\nGruß\nJan Weber\n",
            dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER),
        ),
        (
            eu_ctx,
            "Paul Marchand <paul.marchand@atelier-vernier.example>",
            "RE: Chef de projet digital H/F",
            "Bonjour Lena,\n\nDemain 14h00 me convient. Je vous appelle sur votre portable,\n"
            "ça prendra une demi-heure.\n\nPaul Marchand\n",
            dt.datetime(2026, 3, 3, 14, 0, tzinfo=BER),
        ),
        (
            eu_ctx,
            "Lucía Ferrer <lucia.ferrer@grupoalba.example>",
            "RE: Analista de datos",
            "Hola Lena,\n\nMañana a las 10:00 me va bien. Te llamo al móvil;\ndurará unos "
            "30 minutos.\n\nLucía Ferrer\n",
            dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER),
        ),
    ]
    for context, sender, subject, body, when in cases:
        european = context is eu_ctx
        raw = mail(
            sender=sender,
            subject=subject,
            body=body,
            to=EU_TO if european else "Alex Morgan <alex.morgan@gmail.com>",
            date="Mon, 02 Mar 2026 15:04:00 " + ("+0100" if european else "-0500"),
        )
        u = understand(raw, context)
        assert u.kind is Kind.INTERVIEW, (subject, u.reasons)
        assert start(u) == when


def test_terse_call_settled_in_html(ctx: Context) -> None:
    """The same answer sent from a phone's HTML composer."""
    body = (
        "Hi Alex - tmrw 9:15 suits, I'll ring you on your mobile. Should take half an hour."
        "\n\nPete\nBrightloom\n"
    )
    html = (
        "<div dir='ltr'>Hi Alex - tmrw 9:15 suits, I'll ring you on your mobile. Should "
        "take half an hour.<br><br>"
        "Pete<br>Brightloom</div>"
    )
    raw = mail(
        sender="Pete Olsen <pete@brightloom.example>",
        subject="Re: Data Engineer role",
        body=body,
        html=html,
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 3, 9, 15, tzinfo=NY)


def test_terse_call_german(eu_ctx: Context) -> None:
    """ "Morgen um 10 Uhr passt, ich rufe Sie an" under a role subject from the company."""
    raw = mail(
        sender="Jan Weber <jan.weber@nordlicht-systeme.example>",
        to=EU_TO,
        subject="AW: Data Engineer (m/w/d)",
        body="Hallo Frau Brandt,\n\nmorgen um 10:00 Uhr passt. Ich rufe Sie auf Ihrem Handy "
        "an, es dauert etwa eine halbe Stunde.\n\nGruß\nJan Weber\nNordlicht Systeme GmbH\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER)


def test_terse_call_french(eu_ctx: Context) -> None:
    """ "Demain 14h me convient, je vous appelle ... ça prendra une demi-heure"."""
    raw = mail(
        sender="Paul Marchand <paul.marchand@atelier-vernier.example>",
        to=EU_TO,
        subject="RE: Chef de projet digital H/F",
        body="Bonjour Lena,\n\nDemain 14h00 me convient. Je vous appelle sur votre portable, "
        "ça prendra une demi-heure.\n\nPaul Marchand\n"
        "Directeur technique, Atelier Vernier\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 3, 14, 0, tzinfo=BER)


def test_terse_call_spanish(eu_ctx: Context) -> None:
    """ "Mañana a las 10:00 me va bien, te llamo ... durará media hora"."""
    raw = mail(
        sender="Lucía Ferrer <lucia.ferrer@grupoalba.example>",
        to=EU_TO,
        subject="RE: Analista de datos",
        body="Hola Lena,\n\nMañana a las 10:00 me va bien. Te llamo al móvil; durará unos "
        "30 minutos.\n\nLucía Ferrer\nGrupo Alba\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER)


# Near misses: the same words where nobody is hiring the user.
TERSE_TRAPS = [
    pytest.param(
        "Gail Rowe <gail.rowe@brightloom.example>",
        "Re: Reference for Sam Lee - Data Engineer role",
        "Hi Alex - thanks for agreeing to be Sam's referee. tmrw 9:15 suits, I'll ring you "
        "on your mobile. Should take about 15 minutes.\n\nGail\nBrightloom\n",
        id="reference-check-call",
    ),
    pytest.param(
        "Tom Hart <tom.hart@brightloom.example>",
        "Re: Senior Data Engineer",
        "Hi Alex, I work on the data team here - happy to give you the inside view before "
        "you apply. Thursday 3pm works, I'll call you. Should take 20 minutes.\n\nTom\n",
        id="insider-before-applying",
    ),
    pytest.param(
        "Mo Reid <mo@reidkitchens.example>",
        "Re: Kitchen Fitter",
        "tmrw 9:15 suits, I'll ring you on your mobile. Should take 15 minutes to go over "
        "the measurements.\n\nMo\nReid Kitchens\n",
        id="user-hiring-a-tradesman",
    ),
    pytest.param(
        "Ben Ford <ben.ford@jobboardly.example>",
        "Re: Your Data Engineer role advert",
        "tmrw 9:15 suits, I'll ring you on your mobile. Should take 15 minutes to run through "
        "our packages.\n\nBen\nSales, Jobboardly\n",
        id="job-board-sales",
    ),
    pytest.param(
        "Lucy Marr <lucy.marr@gmail.com>",
        "Re: Nanny Position",
        "tmrw 9:15 suits, I'll ring you on your mobile. Should take 15 minutes.\n\nLucy\n",
        id="user-hiring-a-nanny",
    ),
    pytest.param(
        "Pete Olsen <pete.olsen@gmail.com>",
        "Re: Data engineer role",
        "Hi Alex - tmrw 9:15 suits, I'll ring you on your mobile and tell you what the "
        "team is like.\n\nPete\n",
        id="friend-on-freemail-about-a-role",
    ),
    pytest.param(
        "Kara Lind <kara@shipfast.example>",
        "Re: Onboarding call",
        "Hi Alex - tmrw 9:15 suits, I'll ring you. Should take half an hour to get your "
        "workspace set up.\n\nKara\nCustomer Success, ShipFast\n",
        id="vendor-onboarding",
    ),
    pytest.param(
        "Priya Raman <priya.raman@northwind.example>",
        "Re: Q3 roadmap",
        "Thursday 3pm works, I'll call you. Should take half an hour.\n\nPriya\n",
        id="colleague-roadmap",
    ),
    pytest.param(
        "Gareth Price <gareth@priceplumbing.example>",
        "Re: Boiler service",
        "Tomorrow 9:15 suits, I'll ring you when I'm outside. Should take an hour.\n\n"
        "Gareth\nPrice Plumbing & Heating\n",
        id="tradesman-boiler",
    ),
    pytest.param(
        "Jo Park <jo.park@gmail.com>",
        "Re: Product Manager role",
        "Wednesday 6pm suits, I'll call you after work and tell you what the interview "
        "loop was like for me.\n\nJo\n",
        id="friend-sharing-their-loop",
    ),
    pytest.param(
        "Sam Ortiz <sam@lettings-hub.example>",
        "Re: Flat viewing",
        "Saturday 11am works, I'll call you when I'm at the door.\n\nSam\nLettings Hub\n",
        id="letting-agent",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), TERSE_TRAPS)
def test_terse_call_traps(ctx: Context, sender: str, subject: str, body: str) -> None:
    """Settling a call where the thread shows no hiring of the user stays other mail."""
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, u.reasons


def test_terse_call_from_a_colleague(ctx: Context) -> None:
    """A caller on the user's own work domain is a colleague, whatever the subject."""
    work = Context(
        user_addresses=frozenset({"alex.morgan@gmail.com", "alex.morgan@brightloom.example"}),
        user_name="Alex Morgan",
        timezone="America/New_York",
        date_order="mdy",
    )
    raw = mail(
        sender="Pete Olsen <pete@brightloom.example>",
        subject="Re: Senior Data Engineer role",
        body="tmrw 9:15 suits, I'll ring you on your mobile. Should take half an hour to "
        "agree the shortlist.\n\nPete\n",
    )
    assert understand(raw, work).kind is not Kind.INTERVIEW


def test_terse_call_when_the_user_hires(ctx: Context) -> None:
    """The user's own quoted words say they are hiring: the writer is the candidate."""
    body = (
        "tmrw 9:15 suits, I'll ring you on your mobile.\n\nPete\nBrightloom Analytics\n\n"
        "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> Hi Pete, I'm interviewing candidates for our Data Engineer role and your\n"
        "> profile stood out. Would you be free for a call this week?\n"
    )
    raw = mail(
        sender="Pete Olsen <pete@brightloom.example>", subject="Re: Data engineer role", body=body
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


# --- A visit or interview day, confirmed by its arrangements ---------------------------------

VISITS = [
    pytest.param(
        "Prof. Helen Achebe <h.achebe@northmoor.example>",
        "Visit schedule - Assistant Professor of Economics",
        "Dear Dr Morgan,\n\nWe look forward to welcoming you on Thursday 12 March. The "
        "schedule for the day:\n\n09:00  Arrival at the Economics office, 3rd floor\n"
        "09:30  Meeting with the Dean\n11:00  Research seminar\n12:30  Lunch with faculty\n"
        "14:00  Interview with the appointments panel\n\nWarm regards,\nHelen Achebe\n"
        "Chair, Search Committee\n",
        dt.datetime(2026, 3, 12, 9, 30, tzinfo=NY),
        id="academic-welcoming-you",
    ),
    pytest.param(
        "Nadia Kowalski <nadia@harbourline.example>",
        "Your visit to Harbourline - Senior Product Designer",
        "Hi Alex,\n\nWe look forward to your visit on Tuesday 10 March! Here is the plan:\n\n"
        "10:00  Welcome and office tour\n10:30  Portfolio review with the design team\n"
        "12:00  Lunch\n13:00  Interview with Marco Ruiz, Head of Design\n\n"
        "See you soon,\nNadia\nPeople Team, Harbourline\n",
        dt.datetime(2026, 3, 10, 10, 0, tzinfo=NY),
        id="industry-look-forward-to-your-visit",
    ),
    pytest.param(
        "Owen Castell <owen.castell@tidewater-labs.example>",
        "Travel and agenda - interview day",
        "Hi Alex,\n\nWe've booked your train and a hotel for Sunday night. We look forward "
        "to seeing you on Monday 9 March:\n\n09:00  Check-in at reception\n"
        "09:15  Technical interview\n10:30  Team lunch\n13:00  Interview with the CTO\n\n"
        "Owen Castell\nTalent Partner, Tidewater Labs\n",
        dt.datetime(2026, 3, 9, 9, 15, tzinfo=NY),
        id="travel-booked-interview-day",
    ),
    pytest.param(
        "Priya Shah <priya@quillstack.example>",
        "Onsite agenda - Staff Engineer",
        "Hi Alex,\n\nWe are excited to host you on Friday 13 March! Agenda:\n\n"
        "10:00  Welcome with Priya Shah\n10:30  System design with Tomas Berg\n"
        "12:00  Lunch with the team\n13:30  Hiring manager interview with Ines Calloway\n\n"
        "Priya\nRecruiting Coordinator, Quillstack\n",
        dt.datetime(2026, 3, 13, 10, 0, tzinfo=NY),
        id="excited-to-host-you",
    ),
    pytest.param(
        "Department Office <office@uni-hallam.example>",
        "Interview day arrangements",
        "Dear Dr Morgan,\n\nThank you for confirming your attendance on Wednesday 11 March. "
        "Your hotel is booked for Tuesday night.\n\n09:00  Tour of the department\n"
        "10:00  Presentation to staff\n11:30  Formal interview\n\nDepartment Office\n",
        dt.datetime(2026, 3, 11, 9, 0, tzinfo=NY),
        id="hotel-the-night-before",
    ),
    pytest.param(
        "Department Office <office@uni-hallam.example>",
        "Your interview day",
        "Dear Dr Morgan,\n\nPlease find below the schedule for your visit on Wednesday 11 "
        "March.\n\n09:00  Tour of the department\n10:00  Presentation to staff\n"
        "11:30  Formal interview with the panel\n\nDepartment Office\n",
        dt.datetime(2026, 3, 11, 9, 0, tzinfo=NY),
        id="schedule-for-your-visit",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "when"), VISITS)
def test_visit_agenda_is_an_interview(
    ctx: Context, sender: str, subject: str, body: str, when: dt.datetime
) -> None:
    """A visit the sender looks forward to, with an interview on its agenda."""
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


def test_visit_agenda_german(eu_ctx: Context) -> None:
    """ "Wir freuen uns auf Ihren Besuch am ..." above a programme with a Vorstellungsgespräch."""
    raw = mail(
        sender="Dr. Katrin Vogt <k.vogt@hochschule-lahn.example>",
        to=EU_TO,
        subject="Ihr Besuch - Professur für Data Science",
        body="Sehr geehrte Frau Brandt,\n\nwir freuen uns auf Ihren Besuch am Dienstag, "
        "10. März 2026. Ablauf:\n\n09:00  Empfang im Dekanat\n09:30  Gespräch mit dem Dekan\n"
        "11:00  Probevortrag\n14:00  Vorstellungsgespräch mit der Berufungskommission\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogt\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 10, 9, 30, tzinfo=BER)


def test_visit_agenda_spanish(eu_ctx: Context) -> None:
    """ "Le esperamos el martes ..." above a programme with an entrevista."""
    raw = mail(
        sender="Marta Gil <marta.gil@alborada.example>",
        to=EU_TO,
        subject="Visita - Ingeniera de datos",
        body="Estimada Lena:\n\nLe esperamos el martes 10 de marzo en nuestras oficinas. "
        "Programa:\n\n09:00  Recepción\n09:30  Entrevista con el equipo técnico\n"
        "11:00  Visita a la planta\n\nUn saludo,\nMarta Gil\nRecursos Humanos, Alborada\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 10, 9, 30, tzinfo=BER)


def test_visit_agenda_french(eu_ctx: Context) -> None:
    """ "Nous nous réjouissons de vous accueillir le ..." above a programme with an entretien."""
    raw = mail(
        sender="Claire Dubois <c.dubois@atelier-vernier.example>",
        to=EU_TO,
        subject="Votre venue - Cheffe de projet digital",
        body="Bonjour Lena,\n\nNous nous réjouissons de vous accueillir le mardi 10 mars "
        "2026. Programme :\n\n09:00  Accueil\n09:30  Entretien avec Paul Marchand, "
        "directeur technique\n11:00  Rencontre avec l'équipe\n\nBien cordialement,\n"
        "Claire Dubois\nRessources humaines, Atelier Vernier\n",
        date="Mon, 02 Mar 2026 15:04:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 10, 9, 30, tzinfo=BER)


VISIT_TRAPS = [
    pytest.param(
        "Admissions Office <visits@northmoor.example>",
        "Your campus visit",
        "Dear Alex,\n\nWe look forward to your visit on Thursday 12 March.\n\n"
        "09:00  Welcome\n10:00  Campus tour\n11:00  Admissions interview\n\n"
        "Northmoor University Admissions\n",
        id="admissions-visit",
    ),
    pytest.param(
        "Prof. Helen Achebe <h.achebe@northmoor.example>",
        "Campus visit - Dr Okafor",
        "Dear colleagues,\n\nWe look forward to Dr Okafor's visit on Thursday 12 March. "
        "Schedule:\n\n09:30  Meeting with the Dean\n11:00  Candidate presentation (all "
        "welcome)\n14:00  Interview with the appointments panel (panel members only)\n\n"
        "Helen\n",
        id="committee-member-told-of-a-candidate",
    ),
    pytest.param(
        "Pinewood Spa <bookings@pinewoodspa.example>",
        "Your visit on Thursday",
        "We look forward to welcoming you on Thursday 12 March.\n\n10:00  Arrival\n"
        "10:30  Massage\n12:00  Lunch\n",
        id="spa-day",
    ),
    pytest.param(
        "Greystone Foods <events@greystonefoods.example>",
        "Factory visit agenda",
        "Dear Alex,\n\nWe look forward to your visit on Tuesday 10 March.\n\n"
        "09:30  Welcome\n10:00  Plant tour\n11:00  Q&A with our production team\n\n"
        "Greystone Foods Customer Team\n",
        id="customer-factory-visit",
    ),
    pytest.param(
        "Mind Lab <study@mindlab.example>",
        "Your study visit",
        "Dear Alex,\n\nWe look forward to your visit to the lab on Tuesday 10 March.\n\n"
        "10:00  Consent\n10:30  Research interview\n11:30  Voucher and close\n",
        id="research-study-visit",
    ),
    pytest.param(
        "Northmoor Open Days <opendays@northmoor.example>",
        "Open day programme",
        "Dear Alex,\n\nWe are excited to host you on Saturday 14 March!\n\n10:00  Welcome\n"
        "11:00  Campus tour\n12:00  Q&A: how admissions interviews work\n",
        id="open-day",
    ),
    pytest.param(
        "Summit Events <speakers@summit.example>",
        "Your speaker day",
        "Dear Alex,\n\nWe're delighted to welcome you on Friday 13 March. Here is the "
        "schedule for your day:\n\n10:00  Keynote\n11:00  Fireside interview with the CEO\n"
        "12:00  Lunch\n",
        id="conference-speaker",
    ),
    pytest.param(
        "Lakeside Hospital <appointments@lakeside.example>",
        "Your day surgery",
        "Please find below the schedule for your visit on Wednesday 11 March. Your hotel "
        "is booked for Tuesday night.\n\n07:00  Check-in\n08:00  Consultation with the "
        "surgeon\n",
        id="hospital-day",
    ),
    pytest.param(
        "Lakeside Clinic <frontdesk@lakeside.example>",
        "Appointment",
        "We look forward to your visit on Tuesday 10 March at 9:30. Please arrive 10 "
        "minutes early. Your doctor will see you then.\n",
        id="clinic",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), VISIT_TRAPS)
def test_visit_traps(ctx: Context, sender: str, subject: str, body: str) -> None:
    """A visit that is no job interview of the user's stays other mail."""
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, u.reasons


# --- A calendar invitation for a research post ----------------------------------------------


def _invite(summary: str, description: str, organizer: str, cn: str) -> bytes:
    ics = vevent_calendar(
        summary=summary,
        start="20260310T150000Z",
        end="20260310T160000Z",
        organizer=f"mailto:{organizer}",
        organizer_cn=cn,
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        description=description,
    )
    return mail(
        sender=f"{cn} <{organizer}>",
        subject=f"Invitation: {summary} @ Tue Mar 10, 2026 11am - 12pm (EDT)",
        body=f"{summary}\nTuesday Mar 10, 2026 11am - 12pm (EDT)\n\n{description}\n",
        ics=ics,
    )


RESEARCH_POSTS = [
    pytest.param(
        "Quant Research Interview - Alex Morgan",
        "This is the research interview with me. Expect a probability warm-up.",
        id="quant-research",
    ),
    pytest.param(
        "Equity Research Interview - Alex Morgan",
        "We'll go through your stock pitch.",
        id="equity-research",
    ),
    pytest.param(
        "Quantitative Research interview (Alex Morgan)",
        "A technical discussion with two of our researchers.",
        id="quantitative-research",
    ),
]


@pytest.mark.parametrize(("summary", "description"), RESEARCH_POSTS)
def test_research_post_invitation(ctx: Context, summary: str, description: str) -> None:
    """An interview for a research post, named by its desk, is the user's interview."""
    raw = _invite(summary, description, "wt@marlowcap.example", "Wei Tan")
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)


RESEARCH_STUDIES = [
    pytest.param(
        "Research Interview - Alex Morgan",
        "Thanks for taking part in our study. You'll receive a $40 voucher.",
        id="plain-research-interview",
    ),
    pytest.param(
        "UX Research Interview - Alex Morgan",
        "A 45-minute session about how you plan trips.",
        id="ux-research",
    ),
    pytest.param(
        "Market Research Interview",
        "We'd like your views on grocery delivery; an honorarium of $50 follows.",
        id="market-research",
    ),
    pytest.param(
        "User research interview: checkout flow",
        "We'll ask about your last purchase.",
        id="user-research",
    ),
    pytest.param(
        "Clinical research interview - follow-up visit 2",
        "Please bring your medication list.",
        id="clinical-study",
    ),
    pytest.param(
        "Health Equity Research Interview - Alex Morgan",
        "Part of our community study on access to clinics; a $25 gift card follows.",
        id="health-equity-study",
    ),
    pytest.param(
        "Oral history research interview",
        "We'll record your memories of the mill.",
        id="oral-history",
    ),
]


@pytest.mark.parametrize(("summary", "description"), RESEARCH_STUDIES)
def test_research_study_invitation(ctx: Context, summary: str, description: str) -> None:
    """A study's research interview stays no job interview."""
    raw = _invite(summary, description, "study@insightpanel.example", "Insight Panel")
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_visit_agenda_people(ctx: Context) -> None:
    """The agenda's interviewers are its sessions' people; whoever greets the user is not."""
    raw = mail(
        sender="Prof. Helen Achebe <h.achebe@northmoor.example>",
        subject="Visit programme - Lecturer in Statistics",
        body="Dear Dr Morgan,\n\nWe look forward to your visit on Thursday 12 March. The "
        "programme:\n\n08:30  Arrival, main reception (our administrator, Tomasz, will meet "
        "you)\n09:00  Meeting with Prof. Samuel Idowu, Head of School\n12:00  Lunch with "
        "the search committee (Dr Helen Achebe, Dr Rohan Mehta)\n14:00  Interview with the "
        "search committee\n\nBest wishes,\nHelen Achebe\nChair, Search Committee\n",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 12, 9, 0, tzinfo=NY)
    assert sorted(p.name or "" for p in u.interview.interviewers) == [  # type: ignore[union-attr]
        "Helen Achebe",
        "Rohan Mehta",
        "Samuel Idowu",
    ]


# --- A calendar invitation titled with the candidate and the role ----------------------------

TITLED_INVITES = [
    pytest.param("Alex Morgan / Senior Data Analyst", "Microsoft Teams meeting", id="slash"),
    pytest.param("Data Engineer (m/w/d) - Alex Morgan", "Teams-Besprechung", id="gender-mark"),
    pytest.param("Alex Morgan / Northwind Labs / Data Engineer", "Join Zoom", id="slash-company"),
]


@pytest.mark.parametrize(("summary", "description"), TITLED_INVITES)
def test_invitation_titled_for_the_candidate(ctx: Context, summary: str, description: str) -> None:
    """The user's name beside a job title, however the parts are separated, is their interview."""
    raw = _invite(summary, description, "jo.lane@fernleaf.example", "Jo Lane")
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)


TITLED_TRAPS = [
    pytest.param("Alex Morgan / Owen Park", "Sync.", id="two-people"),
    pytest.param(
        "Alex Morgan / Owen Park - Data Engineer", "Sync about the hire.", id="two-and-role"
    ),
    pytest.param(
        "Alex Morgan - Account Manager",
        "Quarterly business review with your Account Manager.",
        id="their-account-manager",
    ),
    pytest.param("1:1 Alex / Priya", "Weekly.", id="one-to-one"),
    pytest.param("Ledgerloop demo - Alex Morgan", "Product demo.", id="vendor-demo"),
    pytest.param(
        "Discovery call - Alex Morgan (Acme)", "Let's discuss your needs.", id="sales-discovery"
    ),
]


@pytest.mark.parametrize(("summary", "description"), TITLED_TRAPS)
def test_invitation_titled_traps(ctx: Context, summary: str, description: str) -> None:
    """Another person, the other side's job or a sales call in the title is no interview."""
    raw = _invite(summary, description, "jo.lane@fernleaf.example", "Jo Lane")
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


# --- A bare acceptance of the one time the thread asked about --------------------------------

USER_PROPOSED = (
    "\n\nOn Mon, Mar 2, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Sam, thanks for getting back to me about the Founding Engineer role. Would\n"
    "> tomorrow at 3:30pm work for a call?\n"
)


@pytest.mark.parametrize(
    "reply",
    ["works for me, speak then\n\nSam", "Perfect - speak then.\n\nSam", "Great, talk then!"],
)
def test_bare_acceptance_of_the_asked_time(ctx: Context, reply: str) -> None:
    """A founder's "works for me, speak then" takes the one time the user asked about."""
    raw = mail(
        sender="Sam Reyes <sam@tinyforge.example>",
        subject="Re: Founding Engineer",
        body=reply + USER_PROPOSED,
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 3, 15, 30, tzinfo=NY)


BARE_ACCEPTANCE_TRAPS = [
    pytest.param(
        "Sam Reyes <sam.reyes@gmail.com>",
        "Re: drinks",
        "> I applied for the Founding Engineer role at Tinyforge! Drinks tomorrow at 6:30pm\n"
        "> to celebrate?\n",
        id="friend-drinks",
    ),
    pytest.param(
        "Sam Reyes <sam@tinyforge.example>",
        "Re: Founding Engineer",
        "> Thanks for applying to our Founding Engineer role. Would tomorrow at 3:30pm work\n"
        "> for an interview with me and Leo?\n",
        id="user-hiring",
    ),
    pytest.param(
        "Kara Lind <kara@shipfast.example>",
        "Re: ShipFast trial",
        "> Thanks for the trial. Would tomorrow at 3:30pm work for a demo call?\n",
        id="vendor-demo",
    ),
    pytest.param(
        "Sam Reyes <sam@tinyforge.example>",
        "Re: Founding Engineer",
        "> Thanks for getting back to me about the Founding Engineer role. Could we do\n"
        "> tomorrow at 3:30pm? Otherwise Thursday at 10am?\n",
        id="two-proposals",
    ),
    pytest.param(
        "Dr Ruth Okafor <ruth.okafor@lakeside.example>",
        "Re: Follow-up",
        "> Would tomorrow at 3:30pm work for my follow-up appointment at the clinic?\n",
        id="clinic-follow-up",
    ),
    pytest.param(
        "Pat Green <pat@greenlandscapes.example>",
        "Re: Garden Designer",
        "> Hi Pat, I'm looking for a Garden Designer for our new house. Would tomorrow at\n"
        "> 3:30pm work for a site visit?\n",
        id="user-hiring-a-tradesman",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "quoted"), BARE_ACCEPTANCE_TRAPS)
def test_bare_acceptance_traps(ctx: Context, sender: str, subject: str, quoted: str) -> None:
    """Accepting one asked-about time where nobody is interviewing the user stays other."""
    body = (
        "works for me, speak then\n\nOn Mon, Mar 2, 2026 at 9:12 AM Alex Morgan "
        "<alex.morgan@gmail.com> wrote:\n" + quoted
    )
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, u.reasons
