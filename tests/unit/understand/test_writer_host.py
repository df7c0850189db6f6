"""The writer who is also the interviewer: "ask for me", "ask for Kelly (me)", "see you then".

Mail from a person (a shop's manager, a founder, a small firm's HR manager, a hiring manager)
that confirms a meeting at a stated time and says, in the first person, that the writer will
meet, call or receive the user ("ask for me at reception", "Demandez Camille à l'accueil"
signed Camille Besson, "Te espero el jueves", "dann sehen wir uns", "I'll give you a ring
... for a short phone interview"): the writer is the interviewer, named from the signature
or the From header. Near misses keep their reading: a coordinator who receives the user for
someone else's interview, a name asked for that is not the writer's, a friend's coffee, a
landlord's or a seller's call, a time not yet agreed, a recruiter's prep call. Every person,
company and message here is invented for these probes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, sorted_names
from .paraphrase_users import USERS


@dataclass(frozen=True)
class Probe:
    """One message, and the interviewers it must name (None: no interview at all)."""

    key: str
    user: str
    sender: str
    subject: str
    body: str
    names: list[str] | None


def read(p: Probe) -> Understanding:
    """Understand a probe as mail sent to its user on Monday 10 May 2027."""
    address, name, zone, order = USERS[p.user]
    raw = mail(
        sender=p.sender,
        subject=p.subject,
        body=p.body,
        to=f"{name} <{address}>",
        date="Mon, 10 May 2027 09:30:00 +0000",
    )
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


HOSTS = [
    Probe(
        "en_ask_for_given_aside",
        "uk",
        "Rosa Delgado <rosa.delgado@fernhillnursery.example>",
        "Seasonal assistant - interview",
        "Hi Callum,\n\nThanks for applying. Please come in for an interview on Wednesday 12 May "
        "at 10am. Ask for Rosa (that's me) at the garden shop counter.\n\nRosa Delgado\n"
        "Nursery Manager\n",
        ["Rosa Delgado"],
    ),
    Probe(
        "en_ask_for_given_me_bracket",
        "ny",
        "Owen Pryce <owen@pryceframing.example>",
        "Framing apprentice interview",
        "Maya,\n\nWe'd like to invite you for an interview on Thursday 5/13 at 8:30am at the "
        "shop (22 Keel St). Ask for Owen (me) when you get there.\n\nOwen Pryce\n",
        ["Owen Pryce"],
    ),
    Probe(
        "en_ask_for_signer_shop_mailbox",
        "chi",
        "Northway Pharmacy <northway.pharmacy@example.com>",
        "Counter assistant job",
        "Hi Marcus,\n\nWe'd like to interview you for the counter assistant job. Come to the "
        "pharmacy on Thursday at 3pm and ask for Priyanka at the counter.\n\n"
        "Priyanka Shah, Store Manager\n",
        ["Priyanka Shah"],
    ),
    Probe(
        "en_ask_for_lowercase_reply",
        "den",
        "Dave Okoro <dave@okorofab.example>",
        "Re: welder position",
        "tue 9am works. come to the unit and ask for dave\n\nOn Mon, May 10, 2027 Luis Carmona "
        "wrote:\n> Hi Dave, could I come in for the interview on Tuesday at 9am?\n",
        ["Dave Okoro"],
    ),
    Probe(
        "en_ask_for_me_hr_manager_alone",
        "uk",
        "Laura Finch <laura.finch@millbrookprint.example>",
        "Interview - Print Finisher",
        "Dear Callum,\n\nThank you for your application. We would like to invite you to an "
        "interview on Friday 14 May at 2pm at our works, 3 Mill Lane. When you arrive, please "
        "ask for me at reception.\n\nKind regards,\nLaura Finch\nHR Manager\n",
        ["Laura Finch"],
    ),
    Probe(
        "en_ill_meet_you_in_reception",
        "syd",
        "Theo Marsden <theo@tidewatersoftware.example>",
        "Interview on Thursday",
        "Hi Bronte,\n\nYour interview is confirmed for Thursday 13 May at 9:30am at our office, "
        "Level 4, 10 Bond St. I'll meet you in reception.\n\nTheo Marsden\nFounder\n",
        ["Theo Marsden"],
    ),
    Probe(
        "en_give_you_a_ring_phone_interview",
        "uk",
        "Hannah Cole <hannah.cole@brightwellcare.example>",
        "Your application - Care Assistant",
        "Hi Callum,\n\nThanks for applying for the Care Assistant role. I'll give you a ring on "
        "Tuesday 11 May at 2pm for a short phone interview, about 20 minutes.\n\nHannah Cole\n"
        "Recruitment Advisor\n",
        ["Hannah Cole"],
    ),
    Probe(
        "en_speaking_with_me",
        "la",
        "Grant Ibarra <grant@copperhillfoods.example>",
        "Phone interview booked",
        "Hi Jenna,\n\nYour phone interview for the shift lead role is booked for Wednesday 5/12 "
        "at 4pm. You'll be speaking with me - I run the warehouse team.\n\nGrant Ibarra\n"
        "Warehouse Manager\n",
        ["Grant Ibarra"],
    ),
    Probe(
        "en_see_you_weekday",
        "ny",
        "Ben Asante <ben.asante@lumenrail.example>",
        "Re: Backend Engineer interview",
        "Hi Maya,\n\nGreat - your interview is confirmed for Thursday 5/13 at 11am at our office, "
        "120 Water St. See you Thursday!\n\nBen Asante\nEngineering Manager\n",
        ["Ben Asante"],
    ),
    Probe(
        "en_hiring_manager_sets_up",
        "tor",
        "Alicia Brandt <abrandt@northfieldinsure.example>",
        "Claims Analyst interview",
        "Hello Claire,\n\nI'm the hiring manager for the Claims Analyst role. I'd like to set up "
        "an interview with you on Friday, May 14 at 10:00 AM via Teams. An invite will follow."
        "\n\nAlicia Brandt\nDirector, Claims\n",
        ["Alicia Brandt"],
    ),
    Probe(
        "de_sehen_wir_uns",
        "ber",
        "Jörg Albers <j.albers@albers-druck.example>",
        "Ihr Vorstellungsgespräch",
        "Sehr geehrte Frau Vogt,\n\nvielen Dank für Ihre Bewerbung. Wir sehen uns dann am "
        "Donnerstag, 13. Mai, um 10 Uhr zum Vorstellungsgespräch in der Druckerei.\n\n"
        "Mit freundlichen Grüßen\nJörg Albers\nInhaber\n",
        ["Jörg Albers"],
    ),
    Probe(
        "de_frag_nach_vorname",
        "ber",
        "Fahrradladen Speiche <laden@speiche-rad.example>",
        "Deine Bewerbung",
        "Hallo Lena,\n\ndanke für deine Bewerbung! Komm gern am Mittwoch um 16 Uhr zum "
        "Vorstellungsgespräch in den Laden und frag nach Malte.\n\nViele Grüße\nMalte Berger\n",
        ["Malte Berger"],
    ),
    Probe(
        "de_fragen_sie_nach_mir",
        "ber",
        "Sabine Hoff <s.hoff@hoff-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Vogt,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Freitag, "
        "14. Mai 2027, um 9:30 Uhr ein. Bitte fragen Sie an der Pforte nach mir.\n\n"
        "Mit freundlichen Grüßen\nSabine Hoff\nPersonalleiterin\n",
        ["Sabine Hoff"],
    ),
    Probe(
        "fr_demandez_prenom",
        "par",
        "Camille Besson <c.besson@atelier-besson.example>",
        "Re: candidature",
        "Bonjour Margaux,\n\nSuite à votre candidature au poste de menuisier, votre entretien "
        "est confirmé jeudi 13 mai à 10h à l'atelier. Demandez Camille à l'accueil.\n\nCamille Besson\n",
        ["Camille Besson"],
    ),
    Probe(
        "fr_je_vous_attends",
        "par",
        "Paul Giraud <paul.giraud@giraud-conseil.example>",
        "Entretien mardi",
        "Bonjour Madame Leroy,\n\nSuite à votre candidature, je vous confirme votre entretien "
        "mardi 11 mai à 14h dans nos bureaux, 8 rue des Tanneurs. Je vous attends à l'accueil."
        "\n\nCordialement,\nPaul Giraud\nGérant\n",
        ["Paul Giraud"],
    ),
    Probe(
        "es_te_espero_pregunta_por",
        "mad",
        "Panadería Ruiz <panaderia.ruiz@example.es>",
        "Tu candidatura",
        "Hola Lucía,\n\ngracias por tu CV. Te espero el jueves a las 10:00 en la tienda para una "
        "entrevista. Pregunta por Marta.\n\nMarta Ruiz, encargada\n",
        ["Marta Ruiz"],
    ),
    Probe(
        "es_nos_vemos",
        "mad",
        "Diego Castro <diego.castro@castro-ingenieria.example>",
        "Entrevista",
        "Hola Lucía,\n\nTe confirmo la entrevista para el puesto de delineante: nos vemos el "
        "martes 11 de mayo a las 9:30 en la oficina de la calle Alcalá.\n\nUn saludo,\n"
        "Diego Castro\nDirector Técnico\n",
        ["Diego Castro"],
    ),
]


@pytest.mark.parametrize("p", [pytest.param(p, id=p.key) for p in HOSTS])
def test_writer_hosts(p: Probe) -> None:
    """A writer who meets, calls or receives the user at the stated time is the interviewer."""
    u = read(p)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted_names(u) == p.names


# Interviews whose writer only receives the user, or asks for someone else: not the writer.
NOT_WRITER = [
    Probe(
        "en_coordinator_third_party",
        "uk",
        "Jo Pike <jo.pike@harwellfoods.example>",
        "Interview - Finance Analyst",
        "Hi Callum,\n\nYour interview with our Finance Director is confirmed for Thursday 13 May "
        "at 10am at our Bristol office. Ask for me at reception and I'll take you up.\n\n"
        "Jo Pike\nRecruitment Coordinator\n",
        None,
    ),
    Probe(
        "en_ask_for_someone_else",
        "chi",
        "Tom Reyes <tom.reyes@reyesauto.example>",
        "Service advisor interview",
        "Hi Marcus,\n\nWe'd like to interview you for the service advisor job on Thursday at 3pm. "
        "Come to the front counter and ask for Jane.\n\nTom Reyes\nOwner\n",
        None,
    ),
    Probe(
        "en_recruiter_prep_call",
        "ny",
        "Kara Voss <kara.voss@summitsearch.example>",
        "Your interview with Halden Bank",
        "Hi Maya,\n\nYour interview with Amy Cole at Halden Bank is confirmed for Wednesday 5/12 "
        "at 10am. I'll call you Tuesday at 2pm to prepare you for it.\n\nKara Voss\n"
        "Senior Recruiter, Summit Search\n",
        None,
    ),
    Probe(
        "en_noreply_ask_for_me",
        "uk",
        "Brightjobs <no-reply@brightjobs.example>",
        "Interview confirmed",
        "Hi Callum,\n\nYour interview for the Warehouse Operative role is confirmed for Friday "
        "14 May at 9am. Ask for me at reception.\n\nThe Hiring Team\n",
        None,
    ),
]


@pytest.mark.parametrize("p", [pytest.param(p, id=p.key) for p in NOT_WRITER])
def test_writer_not_named(p: Probe) -> None:
    """A coordinator, a name that is not the writer's, a recruiter's prep call: no writer."""
    u = read(p)
    writer = p.sender.split(" <")[0]
    assert writer not in sorted_names(u), (sorted_names(u), u.reasons)


# Mail in the same register that arranges no interview.
TRAPS = [
    Probe(
        "en_friend_coffee",
        "uk",
        "Gemma Lyle <gemma.lyle@example.net>",
        "Coffee Thursday?",
        "Hey Callum!\n\nSee you Thursday at 10 for coffee at the Corner Cafe. Ask for me at the "
        "counter, I'm on shift till 11.\n\nGem x\n",
        None,
    ),
    Probe(
        "en_landlord_call",
        "uk",
        "Martin Shore <martin.shore@example.org>",
        "Boiler",
        "Hi Callum,\n\nI'll give you a call tomorrow at 11am about the boiler repair, the "
        "engineer can come on Friday.\n\nMartin\n",
        None,
    ),
    Probe(
        "en_doctor_call",
        "ny",
        "Riverside Family Practice <frontdesk@riversidefp.example>",
        "Your results",
        "Hi Maya,\n\nDr. Patel will give you a call on Tuesday at 2pm to go over your test "
        "results. See you at your next visit.\n\nRiverside Family Practice\n",
        None,
    ),
    Probe(
        "en_current_manager_one_to_one",
        "la",
        "Derek Holm <derek.holm@sandlinemedia.example>",
        "Our 1:1",
        "Hi Jenna,\n\nLet's move our weekly 1:1 to Thursday at 10am. See you Thursday - ask for "
        "me at the 3rd floor desk, I'm in the other building that day.\n\nDerek\n",
        None,
    ),
    Probe(
        "en_networking_chat",
        "ny",
        "Priya Menon <priya.menon@example.net>",
        "Re: picking your brain about UX",
        "Happy to chat! Thursday at 5pm at Blue Door Coffee works, I'll meet you there.\n\n"
        "Priya\n\nOn Mon, May 10, 2027 Maya Okafor wrote:\n> Hi Priya, could I pick your brain "
        "about moving into UX research sometime this week?\n",
        None,
    ),
    Probe(
        "en_seller_demo",
        "chi",
        "Lance Whitford <lance@payroll-pro.example>",
        "Payroll demo",
        "Hi Marcus,\n\nThanks for your interest in PayrollPro. I'll give you a call Thursday at "
        "3pm to demo the platform for your team.\n\nLance Whitford\nAccount Executive\n",
        None,
    ),
    Probe(
        "de_friend_kino",
        "ber",
        "Nina Kraus <nina.kraus@example.de>",
        "Donnerstag",
        "Hi Lena,\n\nwir sehen uns Donnerstag um 19 Uhr vor dem Kino. Frag an der Kasse nach mir."
        "\n\nNina\n",
        None,
    ),
    Probe(
        "fr_visite_appartement",
        "par",
        "Agence Dumas <contact@agence-dumas.example>",
        "Visite de l'appartement",
        "Bonjour Madame Leroy,\n\nJe vous attends mardi à 14h pour la visite de l'appartement "
        "rue Oberkampf. Demandez Hugo à l'entrée.\n\nHugo Dumas\n",
        None,
    ),
    Probe(
        "es_partido",
        "mad",
        "Álvaro Gil <alvaro.gil@example.es>",
        "Sábado",
        "¡Hola Lucía! Te espero el sábado a las 8 en el polideportivo para el partido. Pregunta "
        "por Álvaro en la entrada.\n\nÁlvaro\n",
        None,
    ),
]


@pytest.mark.parametrize("p", [pytest.param(p, id=p.key) for p in TRAPS])
def test_trap_not_interview(p: Probe) -> None:
    """A friend, landlord, doctor, manager, networking contact or seller: no interview."""
    u = read(p)
    assert u.kind not in {Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED}, (u.kind, u.reasons)


# Times not yet agreed: a request, however the writer says they will receive the user.
PROPOSALS = [
    Probe(
        "en_two_times_ask_for_me",
        "uk",
        "Kieran Doyle <kieran@doylejoinery.example>",
        "Joiner interview",
        "Hi Callum,\n\nCould you come in for an interview on Tuesday at 2pm or Wednesday at 10am? "
        "Let me know which suits and ask for me at the yard when you arrive.\n\nKieran Doyle\n",
        None,
    ),
    Probe(
        "en_call_next_week_no_time",
        "ny",
        "Sofia Grant <sofia.grant@brightpathhealth.example>",
        "Your application",
        "Hi Maya,\n\nThanks for applying for the Patient Coordinator role. I'll call you next "
        "week to set up an interview.\n\nSofia Grant\nPractice Manager\n",
        None,
    ),
]


@pytest.mark.parametrize("p", [pytest.param(p, id=p.key) for p in PROPOSALS])
def test_no_time_agreed(p: Probe) -> None:
    """A choice of times, or a call promised with no time: no confirmed interview."""
    u = read(p)
    assert u.kind is not Kind.INTERVIEW, (u.kind, u.reasons)
