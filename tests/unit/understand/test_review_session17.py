"""Adversarial review of the session-17 readings (30ed960..8431ec1).

Every message is written for these tests as ordinary mail (recruiters, agencies, founders,
landlords, schools, doctors, clubs, friends, vendors), in English, German, French and
Spanish. Each probe aims at one reading the commit added: "would like to meet with you",
"I've moved the invite", the company spelled as its domain, the "(via ...)" suffix, the
Spanish time-then-title intro, the new rejections and offer, the application subjects,
the new clocks, "see you then", the new people patterns, the calendar changes and the
new hirer words. The review found 24 probes failing that had passed on the parent
(30ed960); the next commit fixed or withdrew the readings behind them, and they are plain
tests now. A probe still failing is a strict xfail that failed the same way on the parent.
"""

from __future__ import annotations

import pytest

from daemon.understand import Kind, Understanding, understand
from daemon.understand._lexicon import load_lexicon
from daemon.understand._people import from_text
from tests.unit.understand.messages import alex_in_new_york, mail, names, quoted

LEX = load_lexicon()
USER = "Alex Morgan <alex.morgan@gmail.com>"
OLD = "already so before: "


def xf(reason: str) -> pytest.MarkDecorator:
    """A strict xfail with its reason."""
    return pytest.mark.xfail(strict=True, reason=reason)


def read(
    sender: str,
    subject: str,
    body: str,
    *,
    to: str = USER,
    ics: str | None = None,
    ics_method: str = "REQUEST",
    headers: dict[str, str] | None = None,
) -> Understanding:
    """The verdict on one message to Alex."""
    raw = mail(
        sender=sender,
        subject=subject,
        body=body,
        to=to,
        ics=ics,
        ics_method=ics_method,
        headers=headers,
    )
    return understand(raw, alex_in_new_york())


def reply(sender: str, subject: str, own: str, user_text: str) -> Understanding:
    """A reply over Alex's quoted mail."""
    body = own + quoted(USER, "Sat, Feb 28, 2026 at 9:15 AM", user_text)
    return read(sender, subject, body)


def people(text: str) -> list[str]:
    """The names the prose reading finds in one text."""
    found, _ = from_text(text, LEX)
    return sorted(p.name or "" for p in found)


def not_interview(u: Understanding) -> None:
    """The verdict is anything but an interview."""
    assert u.kind is not Kind.INTERVIEW, (u.kind, u.reasons)


def interview(u: Understanding) -> None:
    """The verdict is an interview."""
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)


# ---------------------------------------------------------------- 1. "meet with you"


def test_board_chair_would_like_to_meet_with_you() -> None:
    """A residents' board chair who "would like to meet with you" sets no interview."""
    not_interview(
        read(
            "Linda Marsh <linda.marsh@elmcourt-hoa.example>",
            "Elm Court HOA - balcony repairs",
            "Dear Mr. Morgan,\n\nFollowing the complaint about the balcony railing at unit 4B, "
            "our board president, Harold Finch, would like to meet with you on Thursday, "
            "March 5 at 6:30 PM in the community room to agree the repair schedule.\n\n"
            "Regards,\nLinda Marsh\nSecretary, Elm Court Homeowners Association\n",
        )
    )


def test_school_head_of_year_would_like_to_meet_with_you() -> None:
    """A school's "Mrs Patel would like to meet with you" about a child is no interview."""
    not_interview(
        read(
            "Office <office@stmarys-primary.example>",
            "Sam Morgan - Year 5",
            "Dear Mr Morgan,\n\nMrs Anita Patel, Head of Year 5, would like to meet with you on "
            "Thursday 5 March at 3:45pm to discuss Sam's reading progress. Please let the "
            "office know if this time is not convenient.\n\nKind regards,\nSchool Office\n",
        )
    )


def test_doctor_would_like_to_meet_with_you() -> None:
    """A clinic's "Dr. Lee would like to meet with you" to go over results is no interview."""
    not_interview(
        read(
            "Riverside Family Practice <appointments@riverside-fp.example>",
            "Follow-up appointment",
            "Hello Alex,\n\nDr. Helen Lee would like to meet with you on Monday, March 9 at "
            "9:30 AM to go over your blood test results. Please arrive 10 minutes early.\n\n"
            "Riverside Family Practice\n",
        )
    )


def test_vendor_vp_would_like_to_meet_with_you() -> None:
    """A vendor's sales pitch with a VP who would like to meet with you is no interview."""
    not_interview(
        read(
            "Kyle Benson <kyle.benson@dataforge.example>",
            "Quick intro - DataForge",
            "Hi Alex,\n\nI noticed you downloaded our whitepaper on pipeline monitoring. Our VP "
            "of Sales, Monica Reyes, would like to meet with you on Thursday at 2pm to show "
            "you a short demo. Does that work?\n\nKyle Benson\nAccount Executive, DataForge\n",
        )
    )


def test_council_head_office_planning_application_subject() -> None:
    """ "Head Office Planning Application" from a council is no job title subject."""
    not_interview(
        read(
            "Mark Doyle <mark.doyle@kingsbridge-council.example>",
            "Re: Head Office Planning Application",
            "Dear Mr Morgan,\n\nThank you for the revised drawings. The case officer, Mark "
            "Doyle, would like to meet with you on site on Tuesday 3 March at 10am to review "
            "the rear extension.\n\nRegards,\nPlanning Services\n",
        )
    )


def test_head_of_role_subject_with_meet_with_you_is_an_interview() -> None:
    """ "Re: Head of Customer Success Position" plus "would like to meet with you": yes."""
    u = read(
        "Grace Imafidon <grace.imafidon@norland-group.example>",
        "Re: Head of Customer Success Position",
        "Dear Alex,\n\nThank you for your application. Our COO, Daniel Okoro, would like to "
        "meet with you on Thursday 5 March at 3:00 p.m. at our offices, 40 Wall Street.\n\n"
        "Kind regards,\nGrace Imafidon\nExecutive Assistant\n",
    )
    interview(u)
    assert names(u) == ["Daniel Okoro"]


def test_agency_client_would_like_to_meet_with_you() -> None:
    """An agency's "my client would like to meet with you" for a named role is an interview."""
    interview(
        read(
            "Sophie Turner <sophie@brightpath-recruitment.example>",
            "Finance Manager - Northwind",
            "Hi Alex,\n\nGreat news - following your application for the Finance Manager "
            "role, Northwind's CFO, James Carter, would like to meet with you on Wednesday 4 "
            "March at 11am at their Midtown office.\n\nBest,\nSophie\n",
        )
    )


@xf(OLD + 'the given name of the call partner ("call with Tom") is read as a person too')
def test_further_to_your_talks_names_the_ceo_only() -> None:
    """ "Further to your call, our CEO, Jane Roe, would like to meet with you": Jane Roe."""
    assert people(
        "Further to your call with Tom, our CEO, Jane Roe, would like to meet with you on Friday."
    ) == ["Jane Roe"]


# ---------------------------------------------------------------- 2. invite_changed

MOVE_Q = "Could we do Wednesday 11 March at 10am instead? {line}"


def test_landlord_moved_the_viewing_invite() -> None:
    """A letting agent who moved a flat viewing's invite books no interview."""
    not_interview(
        read(
            "Ryan Hughes <ryan.hughes@cityletting.example>",
            "Viewing - 14 Elm Street, Flat 2",
            "Hi Alex,\n\nThe current tenant has asked us to avoid Tuesday. "
            + MOVE_Q.format(line="I've moved the invite.")
            + "\n\nRyan Hughes\nCity Letting\n",
        )
    )


def test_friend_moved_the_dinner_invite() -> None:
    """A friend moving dinner and "I've sent you an updated invite" is no interview."""
    not_interview(
        read(
            "Maya Lin <maya.lin@gmail.com>",
            "Dinner",
            "Hey!\n\nTuesday got messy at work. Could we do Wednesday at 7pm instead? I've sent "
            "you an updated invite.\n\nxx Maya\n",
        )
    )


def test_volunteer_committee_moved_the_meeting() -> None:
    """A club committee's "the invitation has been updated" is no interview."""
    not_interview(
        read(
            "Priya Raman <secretary@hudsonrowingclub.example>",
            "Committee meeting moved",
            "Hi all,\n\nThe boathouse is booked on Tuesday. Could we do Wednesday 11 March at "
            "7pm instead? The calendar invitation has already been updated.\n\nPriya\n"
            "Club Secretary\n",
        )
    )


def test_cancelled_then_new_time_asked_is_not_booked() -> None:
    """ "I've updated the calendar invite" for a cancellation, then a new time asked: open."""
    not_interview(
        read(
            "Brendan Cole <brendan.cole@harbor-lane.example>",
            "Your interview with Harbor Lane",
            "Hi Alex,\n\nUnfortunately Meg is off sick, so we have to cancel Tuesday's "
            "interview - I've updated the calendar invite to show it as cancelled. Would "
            "Wednesday 11 March at 10am work for you instead? If so I'll send a new one.\n\n"
            "Brendan Cole\nPeople & Culture\n",
        )
    )


def test_de_interview_invite_moved() -> None:
    """ "Ginge stattdessen Mittwoch um 10 Uhr? Die Einladung habe ich schon verschoben.": booked."""
    u = read(
        "Katrin Hoffmann <k.hoffmann@nordwerk-logistik.example>",
        "Ihr Vorstellungsgespräch - Disponent (m/w/d)",
        "Hallo Herr Morgan,\n\nleider ist Herr Braun am Dienstag verhindert. Ginge "
        "stattdessen Mittwoch, 11. März um 10 Uhr? Die Einladung habe ich schon verschoben.\n\n"
        "Viele Grüße\nKatrin Hoffmann\nPersonalreferentin\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.start.isoformat() == "2026-03-11T10:00:00-04:00"


def test_de_club_meeting_invite_moved() -> None:
    """A Verein moving its meeting ("die Einladung habe ich schon verschoben") is no interview."""
    not_interview(
        read(
            "Jürgen Weiß <vorstand@tsv-eichenau.example>",
            "Mitgliederversammlung",
            "Hallo zusammen,\n\ndie Halle ist am Dienstag belegt. Ginge stattdessen Mittwoch, "
            "11. März um 19 Uhr? Die Einladung habe ich schon verschoben.\n\nJürgen\n",
        )
    )


def test_fr_interview_invite_moved() -> None:
    """ "Serait-il possible de passer à mercredi 10h ? J'ai déjà déplacé l'invitation.": booked."""
    u = read(
        "Camille Laurent <camille.laurent@atelier-sabine.example>",
        "Votre entretien - Chargé de projet",
        "Bonjour Alex,\n\nPaul Girard a un empêchement mardi. Serait-il possible de passer à "
        "mercredi 11 mars à 10h ? J'ai déjà déplacé l'invitation.\n\nBien cordialement,\n"
        "Camille Laurent\nChargée de recrutement\n",
    )
    interview(u)


def test_fr_parent_meeting_invite_moved() -> None:
    """A school moving a parents' meeting ("j'ai déjà déplacé l'invitation") is no interview."""
    not_interview(
        read(
            "Mme Durand <secretariat@college-jeanmoulin.example>",
            "Réunion parents-professeurs",
            "Bonjour,\n\nSerait-il possible de passer la réunion à mercredi 11 mars à 18h ? "
            "J'ai déjà déplacé l'invitation.\n\nCordialement,\nLe secrétariat\n",
        )
    )


def test_es_interview_invite_moved() -> None:
    """ "¿Podríamos pasarla al miércoles a las 10? Ya he movido la invitación.": booked."""
    interview(
        read(
            "Lucía Romero <lucia.romero@grupo-altamar.example>",
            "Tu entrevista - Analista de Operaciones",
            "Hola Alex:\n\nPablo no puede el martes. ¿Podríamos pasarla al miércoles 11 de "
            "marzo a las 10:00? Ya he movido la invitación.\n\nUn saludo,\nLucía Romero\n"
            "Selección\n",
        )
    )


def test_es_dentist_invite_moved() -> None:
    """A dental clinic moving a check-up ("ya he movido la cita del calendario") is no interview."""
    not_interview(
        read(
            "Clínica Dental Sonrisa <citas@clinicasonrisa.example>",
            "Su cita de revisión",
            "Hola Alex:\n\nLa doctora no pasa consulta el martes. ¿Le vendría bien el miércoles "
            "11 de marzo a las 10:00? Ya he movido la cita del calendario.\n\nUn saludo,\n"
            "Recepción\n",
        )
    )


def test_invite_moved_with_two_times_offered_stays_a_question() -> None:
    """Two times asked with "I've moved the invite to the first for now": still open."""
    u = read(
        "Brendan Cole <brendan.cole@harbor-lane.example>",
        "Your interview with Harbor Lane",
        "Hi Alex,\n\nMeg can't do Tuesday any more. Could we do Wednesday 11 March at 10am "
        "or Thursday 12 March at 3pm instead? I've moved the invite to Wednesday as a "
        "placeholder - tell me which you prefer.\n\nBrendan\n",
    )
    assert u.kind is Kind.SCHEDULING_REQUEST, (u.kind, u.reasons)


# ---------------------------------------------------------------- 3. company as domain


@xf(OLD + "the writer named in the text is lost (Maria Lopez missing)")
def test_bare_address_founder_domain_of_their_name_stays() -> None:
    """Maria Lopez writing from maria@marialopez.studio with no display name stays."""
    u = read(
        "maria@marialopez.studio",
        "Interview - Studio Assistant",
        "Hi Alex,\n\nThanks for applying. Your interview is confirmed for Thursday, March 5 "
        "at 2pm at the studio, 18 Orchard St. You'll meet Maria Lopez and Tom Berg.\n\n"
        "Maria\n",
    )
    interview(u)
    assert "Maria Lopez" in names(u)


def test_cc_freelancer_with_own_domain_stays() -> None:
    """A panellist Cc'd without display name from danokafor.com is still Dan Okafor."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Product Designer",
        "Hi Alex,\n\nYour interview for the Product Designer role is confirmed for Thursday, "
        "March 5 at 2:00 PM ET on Zoom. You'll meet Priya Shah, our Head of Product, and "
        "Dan Okafor, a design consultant who works with us (copied).\n\nBest,\nJordan Lee\n"
        "Talent Acquisition, Brightwell\n",
        headers={"Cc": "dan@danokafor.com"},
    )
    interview(u)
    assert sorted(names(u)) == ["Dan Okafor", "Priya Shah"]


@xf(OLD + "Maria Lopez, the writer named in the text, is lost")
def test_founder_with_titled_display_name_and_own_domain_stays() -> None:
    """ "Dr. Maria Lopez <maria@marialopez.com>" named in the text stays an interviewer."""
    u = read(
        "Dr. Maria Lopez <office@marialopez.com>",
        "Interview - Practice Manager",
        "Dear Alex,\n\nThank you for applying for the Practice Manager position. Your "
        "interview is on Thursday, March 5 at 2pm at the practice. It will be with Maria "
        "Lopez and our senior nurse, Tom Berg.\n\nKind regards\n",
    )
    interview(u)
    assert "Maria Lopez" in names(u)


def test_company_on_a_subdomain_is_not_a_person() -> None:
    """ "Tidewater Freight" from careers.tidewaterfreight.example is the company."""
    u = read(
        "Tidewater Freight Careers <jobs@careers.tidewaterfreight.example>",
        "Interview - Logistics Coordinator",
        "Hi Alex,\n\nYour interview for the Logistics Coordinator role is confirmed for "
        "Thursday, March 5 at 2pm ET. You'll meet Priya Shah and Tidewater Freight.\n\n"
        "Tidewater Freight Recruiting\n",
    )
    interview(u)
    assert "Tidewater Freight" not in names(u)


# ---------------------------------------------------------------- 4. (via ...) suffix


def test_via_doodle_mailer_keeps_no_machine_address() -> None:
    """ "Jane Roe (via Doodle) <mailer@doodle.com>": Jane Roe never gets Doodle's address."""
    u = read(
        "Jane Roe (via Doodle) <mailer@doodle.com>",
        "Interview - Data Analyst",
        "Hi Alex,\n\nYour interview for the Data Analyst role is confirmed for Thursday, "
        "March 5 at 2pm ET. It'll be me, Jane Roe, and Tom Berg.\n\nJane\n",
    )
    interview(u)
    assert u.interview is not None
    assert all(not (p.email or "").endswith("doodle.com") for p in u.interview.interviewers), (
        u.interview.interviewers
    )


def test_via_linkedin_from_a_real_address() -> None:
    """ "Jane Roe (via LinkedIn) <jane.roe@acme.example>": the person is Jane Roe."""
    u = read(
        "Jane Roe (via LinkedIn) <jane.roe@acme.example>",
        "Interview - Data Analyst",
        "Hi Alex,\n\nYour interview for the Data Analyst role is confirmed for Thursday, "
        "March 5 at 2pm ET. It'll be me and Tom Berg.\n\nBest\n",
    )
    interview(u)
    assert sorted(names(u)) == ["Jane Roe", "Tom Berg"]


def test_via_suffix_on_a_team_name_is_no_person() -> None:
    """ "Acme Talent Team (via Greenhouse) <acme@greenhouse-mail.io>" is no interviewer."""
    u = read(
        "Acme Talent Team (via Greenhouse) <acme@greenhouse-mail.io>",
        "Interview - Data Analyst",
        "Hi Alex,\n\nYour interview for the Data Analyst role is confirmed for Thursday, "
        "March 5 at 2pm ET with Tom Berg, Analytics Lead.\n\nAcme Talent Team\n",
    )
    interview(u)
    assert names(u) == ["Tom Berg"]


# ---------------------------------------------------------------- 5. Spanish intro


def test_es_receptionist_in_brackets_then_con_la_sra() -> None:
    """ "a las 9:45 (en recepción) con la Sra. Marta Gil, que le acompañará": no interviewer."""
    assert (
        people(
            "Le esperamos el jueves a las 9:45 (en recepción) con la Sra. Marta Gil, que le "
            "acompañará a la sala."
        )
        == []
    )


def test_es_zone_then_dr_title() -> None:
    """ "a las 10:00 a. m. (hora de Bogotá) con la Dra. Carolina Vélez": the interviewer."""
    assert people(
        "Su entrevista será el jueves 5 de marzo a las 10:00 a. m. (hora de Bogotá) con la "
        "Dra. Carolina Vélez, Gerente de Talento."
    ) == ["Carolina Vélez"]


def test_es_time_then_company_is_no_person() -> None:
    """ "a las 10:00 (hora local) con el Grupo Altamar": a company, no interviewer."""
    assert (
        people(
            "Tu entrevista es el jueves a las 10:00 (hora local) con el Grupo Altamar en su sede."
        )
        == []
    )


# ---------------------------------------------------------------- 6. outcomes


def test_panellist_going_to_pass_keeps_the_interview() -> None:
    """ "Daniel is going to pass, so it'll be Priya and me": still an interview."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nQuick update on Thursday: Daniel has a board clash and is going to pass, "
        "so it'll be just Priya Shah and me. Your interview is still Thursday, March 5 at "
        "2:00 PM ET at 41 Madison Ave.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)


def test_named_panellist_going_to_pass_keeps_the_interview() -> None:
    """ "Daniel Kim is going to pass." (out of the panel) leaves the interview standing."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 5 at 2:00 PM ET at 41 "
        "Madison Ave with Priya Shah. Daniel Kim is going to pass. He is travelling that "
        "week.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)


def test_wedding_venue_going_to_pass() -> None:
    """ "We've decided to pass on the venue" from a friend is no rejection."""
    u = read(
        "Sara Kim <sara.kim@gmail.com>",
        "Venue",
        "Hi Alex,\n\nThanks for sending the brochure. We're going to pass on the venue - too "
        "far for Grandma. We have decided to pass.\n\nSara\n",
    )
    assert u.kind is not Kind.REJECTION, u.reasons


def test_not_progressing_until_references_is_no_rejection() -> None:
    """ "We will not be progressing your application until we receive references": a hold."""
    u = read(
        "Lina Saleh <lina.saleh@qimmah.example>",
        "Your application - Senior Consultant",
        "Dear Alex,\n\nThank you for your interview last week. Please note we will not be "
        "progressing your application until we receive your two references - could you "
        "send their details by Friday?\n\nWarm regards,\nLina Saleh\nRecruitment Lead\n",
    )
    assert u.kind is not Kind.REJECTION, u.reasons


def test_assessment_centre_full_moves_to_another_date() -> None:
    """ "unable to invite you to the assessment centre on 5 March ... the 12 March one": no no."""
    u = read(
        "Graduate Recruitment <graduates@northbank.example>",
        "Assessment centre",
        "Dear Alex,\n\nThe 5 March assessment centre is now full, so we are unable to invite "
        "you to the assessment centre on that date. We have instead reserved you a place at "
        "the 12 March assessment centre at 9:00am.\n\nGraduate Recruitment Team\n",
    )
    assert u.kind is not Kind.REJECTION, u.reasons


def test_landlord_formal_letter_with_rent_per_annum_is_no_offer() -> None:
    """ "Formal letter attached: rent rises to £18,000 per annum" is no job offer."""
    u = read(
        "Helen Pryce <helen@pryce-lettings.example>",
        "Rent review - Flat 3, 22 Albion Road",
        "Dear Alex,\n\nFollowing the annual review, formal letter attached: the rent rises to "
        "£18,000 per annum from 1 June. Please sign and return.\n\nHelen Pryce\n",
    )
    assert u.kind is not Kind.OFFER, u.reasons


def test_deposit_letter_is_no_offer() -> None:
    """ "Formal letter attached: $2k deposit" is no job offer."""
    u = read(
        "Theo Marsh <theo@kelpline.example>",
        "Deposit",
        "Alex -\n\nFormal letter attached: $2k deposit due before the 15th, the rest on "
        "completion.\n\nTheo\n",
    )
    assert u.kind is not Kind.OFFER, u.reasons


def test_written_offer_attached_with_salary() -> None:
    """ "Written offer letter attached: £62,000 salary" from a hiring manager is an offer."""
    u = read(
        "Hannah Boyd <hannah.boyd@lumenrail.example>",
        "Offer - Senior Analyst",
        "Hi Alex,\n\nGreat news - the panel loved you. Written offer letter attached: "
        "£62,000 salary, 25 days' leave, start date to suit.\n\nHannah\n",
    )
    assert u.kind is Kind.OFFER, u.reasons


# ---------------------------------------------------------------- 7. role pattern


def test_role_ending_on_a_title_word_is_kept() -> None:
    """ "Senior Data Analyst interview with Acme": the role is kept whole."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Senior Data Analyst interview with Brightwell",
        "Hi Alex,\n\nConfirming Thursday, March 5 at 2pm ET on Zoom with Priya Shah.\n\nJordan\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.role == "Senior Data Analyst"


def test_role_not_read_from_rescheduled_your() -> None:
    """ "Update on your interview with Brightwell": no role "Update on your"."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Update on your interview with Brightwell",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 5 at 2pm ET on Zoom with "
        "Priya Shah.\n\nJordan\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.role is None or "your" not in u.interview.role.lower()


# ---------------------------------------------------------------- 8. org words, not_names


def test_company_named_for_its_industry_is_no_interviewer() -> None:
    """ "You'll meet Tern Point Hospitality's GM": the company is not a person."""
    u = read(
        "Lerato Dube <lerato@fynbos-search.example>",
        "Client interview: General Manager",
        "Hi Alex\n\nConfirming your interview with Tern Point Hospitality on Thu 05/03 at "
        "10:00 at their hotel. Interviewers: Gideon Burger (COO) and Selma Amupadhi (HR "
        "Director).\n\nLerato\n",
    )
    interview(u)
    assert sorted(names(u)) == ["Gideon Burger", "Selma Amupadhi"]


def test_fr_directeur_commercial_et_name() -> None:
    """ "M. Jean Dupont, Directeur Commercial et Marketing": Jean Dupont only."""
    assert people(
        "Vous serez reçu par M. Jean Dupont, Directeur Commercial et Marketing, et Mme Claire "
        "Roux, DRH."
    ) == ["Claire Roux", "Jean Dupont"]


def test_following_our_call_name_after() -> None:
    """ "Following our call, Jane Roe would like to meet you": Jane Roe, not "Following"."""
    assert people("Following our call, Jane Roe would like to meet you on Friday.") == ["Jane Roe"]


# ---------------------------------------------------------------- 9. application subjects

PICK = (
    "Hello,\n\nThanks for getting back to me. I'm available Monday afternoon or Tuesday "
    "morning next week.\n\nBest,\nAlex Morgan"
)


@pytest.mark.parametrize(
    ("subject", "own"),
    [
        (
            "Re: Application - Schengen Visa",
            "Confirmed - Tuesday at 11 at the consulate. Please bring your passport.\n\nVisa desk",
        ),
        (
            "Re: Application for Residence Permit",
            "Perfect, let's say Tuesday at 11 at our office, Room 4. Bring the originals.\n\nBen",
        ),
        (
            "Re: Application - Apartment 4B",
            "Great, let's say Tuesday at 11 at the flat for the viewing. See you then.\n\nBen",
        ),
        pytest.param(
            "Re: Application for Membership",
            "Perfect, let's say Tuesday at 11 at the clubhouse. Confirmed.\n\nBen",
        ),
    ],
)
def test_en_other_applications_book_no_interview(subject: str, own: str) -> None:
    """A visa, permit, flat or club application thread books no interview."""
    not_interview(reply("Ben Cole <ben.cole@atomium.example>", subject, own, PICK))


def test_fr_flatshare_candidature_books_no_interview() -> None:
    """ "Re: Candidature colocation rue Oberkampf": a flatshare, not a job."""
    not_interview(
        reply(
            "Léa Martin <lea.martin@gmail.com>",
            "Re: Candidature colocation rue Oberkampf",
            "Parfait, on dit mardi à 11h à l'appart, 12 rue Oberkampf. À mardi !\n\nLéa",
            "Bonjour,\n\nMerci pour votre retour. Je suis disponible lundi après-midi ou mardi "
            "matin.\n\nAlex",
        )
    )


def test_es_scholarship_candidatura_books_no_interview() -> None:
    """ "Re: Candidatura Erasmus+" with a time agreed is no job interview."""
    not_interview(
        reply(
            "Oficina Erasmus <erasmus@uni-salamanca.example>",
            "Re: Candidatura Erasmus+ curso 2026-27",
            "Perfecto, quedamos el martes a las 11 en la oficina de relaciones "
            "internacionales. Confirmado.\n\nUn saludo",
            "Hola:\n\nGracias por la respuesta. Puedo el lunes por la tarde o el martes por "
            "la mañana.\n\nAlex",
        )
    )


def test_de_flat_bewerbung_books_no_interview() -> None:
    """ "AW: Bewerbung Wohnung Lindenstraße 5": a flat, not a job."""
    not_interview(
        reply(
            "Frank Becker <f.becker@hausverwaltung-becker.example>",
            "AW: Bewerbung Wohnung Lindenstraße 5",
            "Gerne, dann sagen wir Dienstag um 11 Uhr vor dem Haus. Bestätigt.\n\nF. Becker",
            "Guten Tag,\n\ndanke für die Rückmeldung. Ich kann Montagnachmittag oder "
            "Dienstagvormittag.\n\nAlex Morgan",
        )
    )


@xf(OLD + '"Super, dann sagen wir Dienstag um 11 Uhr" under "AW: Bewerbung Werkstudent" is other')
def test_de_werkstudent_bewerbung_reply_is_an_interview() -> None:
    """ "AW: Bewerbung Werkstudent Marketing" with a time agreed is an interview."""
    interview(
        reply(
            "Jana Vogel <jana.vogel@lumen-media.example>",
            "AW: Bewerbung Werkstudent Marketing",
            "Super, dann sagen wir Dienstag um 11 Uhr bei uns im Büro, Torstraße 40. Mein "
            "Kollege Tim Beck ist auch dabei.\n\nViele Grüße\nJana",
            "Hallo Frau Vogel,\n\ndanke für Ihre Rückmeldung. Ich kann Montagnachmittag oder "
            "Dienstagvormittag.\n\nBeste Grüße\nAlex Morgan",
        )
    )


def test_es_postulacion_reply_is_an_interview() -> None:
    """ "RE: Postulación - Analista de Datos" with a time agreed is an interview."""
    interview(
        reply(
            "Valeria Ríos <valeria.rios@andesdata.example>",
            "RE: Postulación - Analista de Datos",
            "Perfecto, quedamos el martes a las 11 en nuestra oficina. Confirmado.\n\n"
            "Saludos,\nValeria",
            "Hola Valeria:\n\nGracias por responder. Puedo el lunes por la tarde o el martes "
            "por la mañana.\n\nSaludos,\nAlex",
        )
    )


# ---------------------------------------------------------------- 10. clocks


def test_looking_at_eleven_at_most_is_no_clock() -> None:
    """ "we're looking at 11 at most" counts people: no 11 o'clock on Friday."""
    from daemon.understand._dates import find_moments

    found = find_moments(
        "For Friday's assessment day we're looking at 11 at most, so places are limited.",
        LEX,
        None,
        "mdy",
        "America/New_York",
    )
    assert found == []


def test_bare_hour_at_a_street_address() -> None:
    """ "Tuesday at 11 at 42 Wall St": the interview is 11am Tuesday."""
    u = read(
        "Ben Cole <ben.cole@atomium.example>",
        "Interview - Junior Consultant",
        "Hi Alex,\n\nThanks for applying. Let's say Tuesday at 11 at 42 Wall St, 3rd floor. "
        "Your interview will be with me.\n\nBen\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.start.isoformat() == "2026-03-03T11:00:00-05:00"


def test_half_past_two_on_friday_past_tense_in_a_rejection() -> None:
    """ "Thanks for coming in at half past two on Friday" in a rejection books nothing."""
    u = read(
        "Lina Saleh <lina.saleh@qimmah.example>",
        "Your application - Senior Consultant",
        "Dear Alex,\n\nThank you for coming in at half past two on Friday. Unfortunately we "
        "will not be progressing your application.\n\nLina\n",
    )
    assert u.kind is Kind.REJECTION, u.reasons


def test_quarter_to_ten_on_monday_is_a_time() -> None:
    """ "Quarter to ten on Monday suits us": 9:45 Monday."""
    u = read(
        "Ben Cole <ben.cole@atomium.example>",
        "Interview - Junior Consultant",
        "Hi Alex,\n\nThanks for applying. Quarter to ten on Monday suits us. Your interview "
        "will be with me.\n\nBen\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.start.isoformat() == "2026-03-09T09:45:00-04:00"


# ---------------------------------------------------------------- 11. see you then


@xf(OLD + 'the user hiring a nanny; her "see you then" books an interview for the user')
def test_see_you_then_to_a_nanny_candidate_is_not_alexs_interview() -> None:
    """Alex hires a nanny; her "Perfect, see you then!" is not Alex's own interview."""
    u = reply(
        "Rosa Delgado <rosa.delgado@gmail.com>",
        "Re: Nanny position - interview",
        "Perfect, see you then!\n\nRosa",
        "Hi Rosa,\n\nThanks for your application for our nanny position. Could you come for "
        "an interview with my partner and me on Wednesday 4 March at 4pm?\n\nAlex",
    )
    not_interview(u)


def test_see_you_then_from_a_landlord() -> None:
    """A landlord's "Great, see you then!" over Alex's viewing time is no interview."""
    not_interview(
        reply(
            "Helen Pryce <helen@pryce-lettings.example>",
            "Re: Flat 3, 22 Albion Road - viewing",
            "Great, see you then!\n\nHelen",
            "Hi Helen,\n\nI could view the flat on Wednesday 4 March at 4pm if that works.\n\nAlex",
        )
    )


def test_talk_then_over_an_interview_pick() -> None:
    """ "Sounds good, talk then." over Alex's single pick books the interview."""
    u = reply(
        "Ben Cole <ben.cole@atomium.example>",
        "Re: Financial Controller - interview",
        "Sounds good, talk then.\n\nBen",
        "Dear Ben,\n\nThank you for the invitation to interview. Wednesday 4 March at 4pm "
        "would work best for me.\n\nKind regards,\nAlex",
    )
    interview(u)


def test_es_nos_vemos_entonces_over_the_pick() -> None:
    """ "Perfecto, nos vemos entonces." over Alex's pick books the interview."""
    u = reply(
        "Valeria Ríos <valeria.rios@andesdata.example>",
        "RE: Entrevista - Analista de Datos",
        "Perfecto, nos vemos entonces.\n\nValeria",
        "Hola Valeria:\n\nGracias por la invitación. El miércoles 4 de marzo a las 16:00 me "
        "viene muy bien.\n\nAlex",
    )
    interview(u)


def test_see_you_then_at_the_open_evening() -> None:
    """ "See you then!" over Alex's sign-up for a careers open evening is no interview."""
    not_interview(
        reply(
            "Graduate Recruitment <graduates@northbank.example>",
            "Re: Graduate open evening",
            "Great, see you then!\n\nNorthbank Graduate Team",
            "Hello,\n\nI'd like to come to the graduate open evening on Wednesday 4 March at "
            "6pm.\n\nAlex Morgan",
        )
    )


# ---------------------------------------------------------------- 12. names


@xf(OLD + '"Tom Berg from IT and I will be on the call for the first five minutes" names Tom Berg')
def test_it_support_and_i_will_be_on_the_call() -> None:
    """ "Tom from IT and I will be on the call for the first five minutes": no Tom."""
    assert people(
        "Your interview with Priya Shah is on Thursday at 2pm. Tom Berg from IT and I will be "
        "on the call for the first five minutes to check your audio."
    ) == ["Priya Shah"]


def test_colleague_with_visitors_role_will_also_be_there() -> None:
    """ "My colleague Dana Fox, who looks after visitors, will also be there.": no Dana."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview with Priya Shah is confirmed for Thursday, March 5 at "
        "2:00 PM ET at 41 Madison Ave. My colleague Dana Fox, who looks after our visitors, "
        "will also be there.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)
    assert "Dana Fox" not in names(u)


def test_colleague_at_an_open_evening_will_also_be_there() -> None:
    """A colleague at another event ("our open evening ... will also be there") is not a panellist."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview with Priya Shah is confirmed for Thursday, March 5 at "
        "2:00 PM ET at 41 Madison Ave.\n\nSeparately, we host a graduate open evening on "
        "March 12 if you know anyone interested - my colleague Dana Fox will also be "
        "there.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)
    assert "Dana Fox" not in names(u)


@xf(
    OLD
    + 'the agency recruiter is an interviewer (already named before the new "I\'ll call you" reading)'
)
def test_agency_recruiter_ill_call_you_on_your_mobile() -> None:
    """An agency's "Best of luck! I'll call you on your mobile." is no interviewer."""
    u = read(
        "Sophie Turner <sophie@brightpath-recruitment.example>",
        "Interview confirmed - Northwind Finance Manager",
        "Hi Alex,\n\nYour interview for the Finance Manager role at Northwind is confirmed "
        "for Thursday, March 5 at 2pm at their office with James Carter, CFO. Best of "
        "luck! I'll call you on your mobile.\n\nSophie\nBrightpath Recruitment\n",
    )
    interview(u)
    assert names(u) == ["James Carter"]


@xf(OLD + 'the guide who "sera aussi présente, pour vous faire découvrir les ateliers" is named')
def test_fr_colleague_present_for_a_tour() -> None:
    """ "Ma collègue Julie Moreau sera aussi présente, pour vous faire visiter": no Julie."""
    u = read(
        "Camille Laurent <camille.laurent@atelier-sabine.example>",
        "Confirmation de votre entretien - Chargé de projet",
        "Bonjour Alex,\n\nJe vous confirme votre entretien avec Paul Girard le jeudi 5 mars à "
        "14h dans nos locaux. Ma collègue Julie Moreau sera aussi présente, pour vous faire "
        "découvrir les ateliers.\n\nBien cordialement,\nCamille Laurent\n",
    )
    interview(u)
    assert "Julie Moreau" not in names(u)


def test_fr_recruiter_whose_colleague_is_present_is_no_interviewer() -> None:
    """ "Votre entretien avec Paul Girard ... Ma collègue X sera aussi présente": not the writer."""
    u = read(
        "Camille Laurent <camille.laurent@atelier-sabine.example>",
        "Confirmation de votre entretien - Chargé de projet",
        "Bonjour Alex,\n\nJe vous confirme votre entretien avec Paul Girard, directeur de "
        "projets, le jeudi 5 mars à 14h dans nos locaux. Ma collègue Julie Moreau, cheffe de "
        "projet senior, sera aussi présente.\n\nBien cordialement,\nCamille Laurent\n"
        "Chargée de recrutement\n",
    )
    interview(u)
    assert "Camille Laurent" not in names(u)


def test_fr_accompagne_of_the_candidates_own_counsellor() -> None:
    """ "Vous pouvez venir accompagné de M. Karim Benali, votre conseiller": not a panellist."""
    assert "Karim Benali" not in people(
        "Vous serez reçu par Mme Claire Roux, DRH. Si vous le souhaitez, vous pouvez venir "
        "accompagné de M. Karim Benali, votre conseiller Cap emploi."
    )


def test_fr_accompagne_guide_showing_the_site() -> None:
    """ "accompagné de Mme Ngo, qui vous fera découvrir le site": a guide, not a panellist."""
    assert people(
        "Vous serez reçu par M. Jean-Paul Essomba, accompagné de Mme Christelle Ngo, qui vous "
        "fera découvrir le site."
    ) == ["Jean-Paul Essomba"]


def test_fr_je_serai_accompagnee_de() -> None:
    """ "Je serai accompagnée de M. Hugo Lefèvre, directeur technique": Hugo Lefèvre."""
    assert "Hugo Lefèvre" in people(
        "Je vous confirme notre entretien jeudi à 14h. Je serai accompagnée de M. Hugo "
        "Lefèvre, directeur technique."
    )


def test_security_still_both_there() -> None:
    """Guards who "will still both be there" to sign Alex in are not panellists."""
    assert "Greg Tomasetti" not in people(
        "We've moved your interview with Priya Shah to 3:30pm on Thursday. Our security "
        "guards, Greg Tomasetti and Aroha Kingi, will still both be there."
    )


# ---------------------------------------------------------------- 13. calendar


def _ics(*, method: str, summary: str, organizer: str, extra: str, desc: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Apple Inc.//macOS 14.3//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        "UID:5D1B-77A2@example",
        "DTSTAMP:20260302T120000Z",
        "DTSTART:20260305T190000Z",
        "DTEND:20260305T194500Z",
        f"SUMMARY:{summary}",
        organizer,
        *extra.strip().split("\n"),
    ]
    if desc:
        lines.append("DESCRIPTION:" + desc)
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


def test_coordinator_organiser_repeated_as_guest_is_no_interviewer() -> None:
    """A coordinator organiser listed again without CN does not become a panellist."""
    ics = _ics(
        method="REQUEST",
        summary="Interview: Alex Morgan / Priya Shah",
        organizer="ORGANIZER;CN=Jordan Lee (Recruiting Coordinator):mailto:jordan@brightwell.example",
        extra=(
            "ATTENDEE;CN=Priya Shah;PARTSTAT=NEEDS-ACTION:mailto:priya@brightwell.example\n"
            "ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION:mailto:alex.morgan@gmail.com\n"
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jordan@brightwell.example"
        ),
        desc="Your interview with Priya Shah\\, Head of Product. Jordan is coordinating.",
    )
    u = read(
        "Jordan Lee <jordan@brightwell.example>",
        "Invitation: Interview: Alex Morgan / Priya Shah @ Thu Mar 5, 2026 2pm",
        "Jordan Lee has invited you to: Interview: Alex Morgan / Priya Shah\n",
        ics=ics,
    )
    interview(u)
    assert names(u) == ["Priya Shah"]


def test_team_organiser_repeated_as_guest_is_no_person() -> None:
    """ "Brightwell Recruiting" repeated as a guest without CN is still no person."""
    ics = _ics(
        method="REQUEST",
        summary="Interview - Alex Morgan",
        organizer="ORGANIZER;CN=Brightwell Recruiting:mailto:recruiting@brightwell.example",
        extra=(
            "ATTENDEE;CN=Priya Shah;PARTSTAT=NEEDS-ACTION:mailto:priya@brightwell.example\n"
            "ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION:mailto:alex.morgan@gmail.com\n"
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:recruiting@brightwell.example"
        ),
    )
    u = read(
        "Brightwell Recruiting <recruiting@brightwell.example>",
        "Invitation: Interview - Alex Morgan @ Thu Mar 5, 2026 2pm",
        "You have been invited to an interview with Priya Shah.\n",
        ics=ics,
    )
    interview(u)
    assert names(u) == ["Priya Shah"]


@xf(
    OLD
    + "the booked slot is lost (other before; now a scheduling request by the link-beside-a-hold path)"
)
def test_published_booked_event_with_reschedule_link_stays_an_interview() -> None:
    """A booked slot sent as PUBLISH with a "reschedule" booking link is still booked."""
    ics = _ics(
        method="PUBLISH",
        summary="Alex Morgan and Priya Shah",
        organizer="ORGANIZER;CN=Priya Shah:mailto:priya@brightwell.example",
        extra="ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com",
    )
    u = read(
        "Priya Shah <priya@brightwell.example>",
        "Confirmed: Alex Morgan and Priya Shah on Thursday, March 5, 2026",
        "Hi Alex,\n\nThanks for applying for the Product Designer role - you're booked in "
        "with me on Thursday, March 5, 2026 at 2:00pm ET. The event is attached.\n\nNeed "
        "to change it? https://calendly.com/priya-shah-brightwell\n\nPriya\n",
        ics=ics,
        ics_method="PUBLISH",
    )
    interview(u)


def test_cal_com_employee_signature_is_no_booking_page() -> None:
    """An interviewer at Cal.com signing "https://cal.com" sends no booking page."""
    u = read(
        "Priya Shah <priya@cal.com>",
        "Interview confirmation - Product Designer",
        "Hi Alex,\n\nThanks for applying. Your interview for the Product Designer role is "
        "confirmed for Thursday, March 5 at 2:00 PM ET on Google Meet, with me and Tom "
        "Berg.\n\nPriya Shah\nHead of Design | https://cal.com\n",
    )
    interview(u)


def test_doodle_poll_bare_host_asks_for_times() -> None:
    """ "Pick a slot at https://acme.youcanbook.me" in a hiring mail is a scheduling request."""
    u = read(
        "Tam Horo <tam@harakeke.example>",
        "Next step - Service Designer",
        "Hi Alex,\n\nThanks for applying for the Service Designer role. We'd like to invite "
        "you to a 30-minute interview - pick any slot at https://harakeke.youcanbook.me\n\n"
        "Tam\n",
    )
    assert u.kind is Kind.SCHEDULING_REQUEST, (u.kind, u.reasons)


# ---------------------------------------------------------------- 14. hirer words


def test_es_user_asking_how_long_candidates_interview_lasts() -> None:
    """Alex asking "¿cuánto dura la entrevista de los candidatos?" is still the candidate."""
    u = reply(
        "Lucía Romero <lucia.romero@grupo-altamar.example>",
        "RE: Entrevista - Analista de Operaciones",
        "Hola Alex:\n\nSuele durar unos 45 minutos. Queda confirmada el jueves 5 de marzo a las "
        "10:00 con Pablo Ortega.\n\nUn saludo,\nLucía",
        "Hola Lucía:\n\nEl jueves a las 10:00 me viene bien. ¿Cuánto suele durar la entrevista "
        "de los candidatos?\n\nGracias,\nAlex",
    )
    interview(u)


def test_en_user_asking_about_the_candidates_interview() -> None:
    """Alex asking "is the candidate's interview in person?" is still the candidate."""
    u = reply(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Re: Interview - Operations Analyst",
        "Hi Alex,\n\nYes, in person. You're confirmed for Thursday, March 5 at 2:00 PM ET with "
        "Priya Shah.\n\nJordan",
        "Hi Jordan,\n\nThursday at 2pm works for me. Is the candidate's interview usually in "
        "person, or on Zoom?\n\nThanks,\nAlex",
    )
    interview(u)


def test_en_user_on_a_panel_is_not_interviewed() -> None:
    """Alex offering to sit in "for the candidate's interview" is not interviewed."""
    not_interview(
        reply(
            "Jordan Lee <jordan.lee@brightwell.example>",
            "Re: Thursday panel",
            "Great, you're confirmed for Thursday at 2pm then.\n\nJordan",
            "Hi Jordan,\n\nI'm free Thursday at 2pm for the candidate's interview.\n\nAlex",
        )
    )


def test_de_user_on_the_panel_is_not_interviewed() -> None:
    """Alex's "ich kann beim Gespräch mit der Kandidatin dabei sein" puts them on the panel."""
    not_interview(
        reply(
            "Jana Vogel <jana.vogel@lumen-media.example>",
            "AW: Gespräch Donnerstag",
            "Super, dann ist der Termin Donnerstag um 14 Uhr bestätigt.\n\nJana",
            "Hallo Jana,\n\nich kann am Donnerstag um 14 Uhr beim Gespräch mit der Kandidatin "
            "dabei sein.\n\nAlex",
        )
    )


# ---------------------------------------------------------------- second slice


def test_partner_visa_application_subject_is_no_job() -> None:
    """ "Re: Partner Visa Application" with "would like to meet with you" is no job interview."""
    not_interview(
        read(
            "Visa Section <visas@consulate-general.example>",
            "Re: Partner Visa Application",
            "Dear Mr Morgan,\n\nThank you for the documents. The case officer would like to "
            "meet with you on Tuesday, March 10 at 10:00 AM at the consulate, 12 Park Avenue. "
            "Please bring your original passport.\n\nVisa Section\n",
        )
    )


def test_associate_membership_application_subject_is_no_job() -> None:
    """ "Re: Associate Membership Application" from a professional body is no job."""
    not_interview(
        read(
            "Ruth Adeyemi <membership@institute-of-planners.example>",
            "Re: Associate Membership Application",
            "Dear Alex,\n\nThank you for your application. Our membership panel chair, Peter "
            "Walsh, would like to meet with you on Thursday, March 5 at 6:00 PM at our offices "
            "to discuss your portfolio.\n\nKind regards,\nRuth Adeyemi\nMembership Officer\n",
        )
    )


def test_senior_manager_role_subject_sentence_is_an_interview() -> None:
    """ "Re: Senior Product Manager Role" with the VP wanting to meet with you: an interview."""
    u = read(
        "Olivia Grant <olivia.grant@quayside.example>",
        "Re: Senior Product Manager Role",
        "Hi Alex,\n\nThanks for the chat yesterday. Our VP of Product, Marcus Hale, would "
        "like to meet with you on Friday, March 6 at 11am on Zoom.\n\nOlivia\n",
    )
    interview(u)
    assert names(u) == ["Marcus Hale"]


def test_assessment_reinvite_deadline_is_no_booking() -> None:
    """ "We have sent you an updated invitation - could you complete it by ...?": a deadline."""
    not_interview(
        read(
            "Graduate Recruitment <graduates@northbank.example>",
            "Your online assessment - Graduate Analyst",
            "Dear Alex,\n\nIt looks like the link to your online assessment expired. We have "
            "sent you an updated invitation - could you complete it by Wednesday 11 March at "
            "10am?\n\nGraduate Recruitment Team\n",
        )
    )


@xf(OLD + "Ana Reyes is dropped as the company anareyes.studio (the sender-domain company rule)")
def test_eponymous_studio_founder_named_by_the_studio_manager_stays() -> None:
    """Ana Reyes, named by her studio manager writing from anareyes.studio, interviews."""
    u = read(
        "Studio Manager <hello@anareyes.studio>",
        "Interview - Junior Architect",
        "Hi Alex,\n\nThanks for applying for the Junior Architect position. Your interview is "
        "confirmed for Thursday, March 5 at 2pm at the studio, 18 Orchard St. You'll meet Ana "
        "Reyes and our project lead, Tom Berg.\n\nBest,\nKira\nStudio Manager\n",
    )
    interview(u)
    assert sorted(names(u)) == ["Ana Reyes", "Tom Berg"]


@pytest.mark.parametrize(
    "sender",
    [
        "Jane Roe (via SavvyCal) <hello@savvycal.com>",
        "Jane Roe (via Zcal) <events@zcal.co>",
    ],
)
def test_via_booking_tool_address_is_no_persons_address(sender: str) -> None:
    """A booking tool's own address never becomes the host's address."""
    u = read(
        sender,
        "Interview - Data Analyst",
        "Hi Alex,\n\nYour interview for the Data Analyst role is confirmed for Thursday, "
        "March 5 at 2pm ET. It'll be me, Jane Roe, and Tom Berg.\n\nJane\n",
    )
    interview(u)
    assert u.interview is not None
    assert all(
        (p.email or "").split("@")[-1] not in ("savvycal.com", "zcal.co")
        for p in u.interview.interviewers
    ), u.interview.interviewers


def test_es_department_after_bracket_is_no_person() -> None:
    """ "a las 10:00 (presencial) con Recursos Humanos": a department, no interviewer."""
    assert (
        people(
            "Te esperamos el jueves a las 10:00 (presencial) con Recursos Humanos y después con el "
            "equipo."
        )
        == []
    )


def test_es_bracket_time_note_then_dni() -> None:
    """ "a las 9:30 (llega diez minutos antes) con el DNI en vigor": no person."""
    assert (
        people("Preséntate el jueves a las 9:30 (llega diez minutos antes) con el DNI en vigor.")
        == []
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "We're going to pass on your CV to the hiring manager at Northwind today.",
        ),
        pytest.param(
            "The client has decided to pass on your profile to their Boston office as well.",
        ),
    ],
)
def test_passing_a_cv_on_is_no_rejection(line: str) -> None:
    """ "going to pass on your CV to the hiring manager": forwarding, not a no."""
    u = read(
        "Gabriel Stone <gabriel@fellgatesearch.example>",
        "Data Analyst - Northwind",
        f"Hi Alex,\n\nThanks for the call about the Data Analyst role with my client. {line} "
        "I'll be in touch once I hear back.\n\nGabriel\n",
    )
    assert u.kind is not Kind.REJECTION, u.reasons


def test_unable_to_invite_you_onsite_so_video_instead() -> None:
    """ "unable to invite you to an onsite interview, so it will be on Zoom": still booked."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nBecause of the office refurbishment we are unable to invite you to an "
        "onsite interview, so your interview with Priya Shah on Thursday, March 5 at 2:00 PM "
        "ET will be held on Zoom instead.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)


def test_interview_with_a_vineyard_is_no_person() -> None:
    """ "your interview with Hollow Oak Vineyards": the company, not a panellist."""
    u = read(
        "Lerato Dube <lerato@fynbos-search.example>",
        "Client interview: Cellar Manager",
        "Hi Alex\n\nConfirming your interview with Hollow Oak Vineyards on Thursday 5 March "
        "at 10:00 at the cellar door. You'll meet Pieter Joubert, the winemaker.\n\nLerato\n",
    )
    interview(u)
    assert names(u) == ["Pieter Joubert"]


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param(
            "Re: Application for Planning Permission",
        ),
        pytest.param(
            "Re: Application for Student Accommodation",
        ),
    ],
)
def test_en_application_for_something_else(subject: str) -> None:
    """Planning permission or a student flat application thread books no interview."""
    not_interview(
        reply(
            "Ben Cole <ben.cole@atomium.example>",
            subject,
            "Perfect, let's say Tuesday at 11 at our office. Confirmed.\n\nBen",
            PICK,
        )
    )


def test_en_application_for_a_role_without_article() -> None:
    """ "Re: Application for Data Analyst" with a time settled is an interview."""
    interview(
        reply(
            "Ben Cole <ben.cole@atomium.example>",
            "Re: Application for Data Analyst",
            "Perfect, let's say Tuesday at 11 at our office, 42 Wall St. You'll meet me and "
            "our analytics lead.\n\nBen",
            PICK,
        )
    )


def test_fr_association_treasurer_candidature() -> None:
    """ "Re: Candidature au bureau de l'association" is no job interview."""
    not_interview(
        reply(
            "Nadia Benali <presidence@amis-du-quartier.example>",
            "Re: Candidature au bureau de l'association",
            "Parfait, on dit mardi à 11h au local associatif. C'est noté.\n\nNadia",
            "Bonjour Nadia,\n\nJe suis disponible lundi après-midi ou mardi matin pour en "
            "parler.\n\nAlex",
        )
    )


def test_es_neighbours_board_candidatura() -> None:
    """ "Re: Candidatura a la junta de la comunidad" is no job interview."""
    not_interview(
        reply(
            "Administración Fincas Sol <admin@fincas-sol.example>",
            "Re: Candidatura a la junta de la comunidad",
            "Perfecto, quedamos el martes a las 11 en el portal. Confirmado.\n\nUn saludo",
            "Hola:\n\nPuedo el lunes por la tarde o el martes por la mañana.\n\nAlex",
        )
    )


def test_de_kita_bewerbung() -> None:
    """ "AW: Bewerbung Kitaplatz" (a daycare place) is no job interview."""
    not_interview(
        reply(
            "Kita Sonnenschein <leitung@kita-sonnenschein.example>",
            "AW: Bewerbung Kitaplatz",
            "Gerne, dann sagen wir Dienstag um 11 Uhr zum Kennenlernen bei uns. Bestätigt.\n\n"
            "Viele Grüße\nSabine Kraus",
            "Guten Tag,\n\nwir können Montagnachmittag oder Dienstagvormittag.\n\nAlex Morgan",
        )
    )


def test_fr_candidature_spontanee_reply_is_an_interview() -> None:
    """ "Re: Candidature spontanée - Développeur" with a time settled is an interview."""
    interview(
        reply(
            "Hugo Lefèvre <hugo.lefevre@octave-studio.example>",
            "Re: Candidature spontanée - Développeur",
            "Parfait, on dit mardi à 11h dans nos locaux, 8 rue des Martyrs. C'est noté.\n\nHugo",
            "Bonjour,\n\nMerci pour votre retour. Je suis disponible lundi après-midi ou mardi "
            "matin.\n\nAlex",
        )
    )


def test_panel_count_at_four_is_no_clock() -> None:
    """ "The panel is at 4 at the moment" counts people; the interview stays at 10am."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 5 at 10:00 AM ET at 41 "
        "Madison Ave with Priya Shah. The panel is at 4 at the moment, but may drop to 3.\n\n"
        "Best,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)
    assert u.interview is not None
    assert u.interview.start.isoformat() == "2026-03-05T10:00:00-05:00"


def test_es_landlord_nos_vemos_entonces() -> None:
    """A landlord's "Perfecto, nos vemos entonces." over a viewing time is no interview."""
    not_interview(
        reply(
            "Jorge Pineda <jorge.pineda@gmail.com>",
            "Re: Piso en calle Toledo",
            "Perfecto, nos vemos entonces.\n\nJorge",
            "Hola Jorge:\n\nPodría ver el piso el miércoles 4 de marzo a las 16:00.\n\nAlex",
        )
    )


def test_es_candidate_to_hiring_user_nos_vemos_entonces() -> None:
    """Alex hiring a carer; her "Perfecto, nos vemos entonces." is not Alex's interview."""
    not_interview(
        reply(
            "Rosa Delgado <rosa.delgado@gmail.com>",
            "Re: Oferta cuidadora - entrevista",
            "Perfecto, nos vemos entonces.\n\nRosa",
            "Hola Rosa:\n\nGracias por tu candidatura para cuidar de mi madre. ¿Podrías venir "
            "a una entrevista conmigo el miércoles 4 de marzo a las 16:00?\n\nAlex",
        )
    )


@xf(OLD + '"Tom Berg (our note-taker) and I will be on the call too" names the note-taker')
def test_note_taker_and_i_will_be_on_the_call() -> None:
    """ "Tom Berg (our note-taker) and I will be on the call too": no Tom Berg."""
    assert "Tom Berg" not in people(
        "Your interview with Priya Shah is on Thursday at 2pm on Zoom. Tom Berg (our "
        "note-taker) and I will be on the call too."
    )


def test_she_will_call_you_on_your_mobile_names_only_her() -> None:
    """ "Priya Shah ... She will call you on your mobile." names Priya, not the recruiter."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Phone interview - Operations Analyst",
        "Hi Alex,\n\nYour phone interview with Priya Shah, Head of Operations, is confirmed "
        "for Thursday, March 5 at 2:00 PM ET. She will call you on your mobile.\n\nBest,\n"
        "Jordan Lee\nTalent Acquisition\n",
    )
    interview(u)
    assert names(u) == ["Priya Shah"]


def test_recruiter_whose_colleague_will_also_be_there_is_no_interviewer() -> None:
    """A recruiter writing "My colleague Dana Fox will also be there." does not join."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview with Priya Shah, Head of Operations, is confirmed for "
        "Thursday, March 5 at 2:00 PM ET at 41 Madison Ave. My colleague Dana Fox, Finance "
        "Lead, will also be there.\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    interview(u)
    assert "Jordan Lee" not in names(u)


def test_fr_user_asking_how_long_candidates_interview_lasts() -> None:
    """Alex asking "combien de temps dure l'entretien des candidats ?" is still the candidate."""
    interview(
        reply(
            "Camille Laurent <camille.laurent@atelier-sabine.example>",
            "RE: Entretien - Chargé de projet",
            "Bonjour Alex,\n\nEnviron 45 minutes. C'est noté pour jeudi 5 mars à 14h avec Paul "
            "Girard.\n\nBien cordialement,\nCamille",
            "Bonjour Camille,\n\nJeudi à 14h me convient. Combien de temps dure l'entretien des "
            "candidats en général ?\n\nMerci,\nAlex",
        )
    )


@xf(
    OLD
    + 'the agency\'s three-way confirmation is read as the user interviewing ("the user is an interviewer here")'
)
def test_agency_cc_client_the_interview_with_the_candidate() -> None:
    """An agency writing to its client and Alex "the interview with the candidate" is Alex's."""
    u = read(
        "Sophie Turner <sophie@brightpath-recruitment.example>",
        "Interview confirmed - Finance Manager",
        "Hi James, hi Alex,\n\nThanks for setting up the interview with the candidate, James. "
        "To confirm: Alex Morgan will meet James Carter, CFO, on Thursday, March 5 at 2pm at "
        "Northwind's office, 200 Park Ave.\n\nSophie\nBrightpath Recruitment\n",
        to="James Carter <james.carter@northwind.example>, Alex Morgan <alex.morgan@gmail.com>",
    )
    interview(u)
    assert names(u) == ["James Carter"]


def test_ats_template_the_candidates_interview() -> None:
    """An ATS confirmation to Alex saying "the candidate's interview" is still Alex's."""
    u = read(
        "Brightwell Careers <careers@brightwell.example>",
        "Interview scheduled - Operations Analyst",
        "Hello Alex Morgan,\n\nThis email confirms the candidate's interview as below.\n\n"
        "Candidate: Alex Morgan\nRole: Operations Analyst\nDate: Thursday, March 5, 2026\n"
        "Time: 2:00 PM ET\nInterviewer: Priya Shah\nLocation: 41 Madison Ave\n\nBrightwell "
        "Talent Team\n",
    )
    interview(u)


# ---------------------------------------------------------------- third slice


def test_referee_call_moved_is_not_alexs_interview() -> None:
    """Moving the call with Alex's referee ("I've moved the invite") books Alex nothing."""
    u = read(
        "Jordan Lee <jordan.lee@brightwell.example>",
        "Reference check - Operations Analyst",
        "Hi Alex,\n\nWe're at the reference stage. Your referee, Dr. Sam Ortiz, couldn't make "
        "Tuesday. Could he do Wednesday 11 March at 10am instead? I've moved the invite - "
        "could you check with him?\n\nBest,\nJordan Lee\nTalent Acquisition\n",
    )
    assert u.interview is None or "Sam Ortiz" not in names(u), u.reasons


def test_onboarding_session_moved_is_no_interview() -> None:
    """An onboarding session moved after the offer ("I've moved the invite") is no interview."""
    not_interview(
        read(
            "Hannah Boyd <hannah.boyd@lumenrail.example>",
            "Your first week - onboarding",
            "Hi Alex,\n\nSo glad you accepted the offer! IT can't do Monday, so could we do "
            "your laptop onboarding on Wednesday 11 March at 10am instead? I've moved the "
            "invite.\n\nHannah\nPeople Team\n",
        )
    )


def test_accelerator_partners_would_like_to_meet_with_you() -> None:
    """An accelerator's partners who "would like to meet with you" about a pitch: no job."""
    not_interview(
        read(
            "Nina Patel <nina@harbourlight.vc>",
            "Your application to the Spring 2026 cohort",
            "Hi Alex,\n\nThanks for your application to the Harbourlight Spring 2026 cohort. "
            "Our partners, Owen Clarke and Mei Tan, would like to meet with you on Tuesday, "
            "March 10 at 10am to hear the pitch for your startup.\n\nNina\n",
        )
    )


def test_offer_call_see_you_then_is_no_interview() -> None:
    """ "Great, speak then." over Alex's time for a call about the offer is no interview."""
    not_interview(
        reply(
            "Hannah Boyd <hannah.boyd@lumenrail.example>",
            "Re: Offer - Senior Analyst",
            "Great, speak then.\n\nHannah",
            "Hi Hannah,\n\nThank you so much for the offer! Could we have a quick call about "
            "the start date on Wednesday 4 March at 4pm?\n\nAlex",
        )
    )
