"""Adversarial review of the learned second opinion (session 15).

Near-miss mail written from scratch (invented people and companies under .example names)
against ``daemon.understand._resemblance`` and its gates in ``_classify._resembling``: a
vendor, a friend, a landlord or a candidate's coordinator confirming a time in a thread
that mentions a job; someone else's interview; checks and courses around a job; a time
already past; hedges and call-offs the gate lexicon does not know; and, in German, French
and Spanish, the same with the English loanwords the model weighs. Every trap must not
become the user's interview. The neighbours that come out right (blocked traps, genuine
short confirmations the model finds) are plain tests that guard the future.

Strict xfails mark what is still wrong ("recall:" marks a genuine confirmation that is
missed, "rules path" one the rules book alone). Every trap in ``WRONG`` was an interview
when the review was written; the gates added after it (the rules' interview wording
required, past times, more hedges, "¿", plain call-offs) turn all but ``WRONG_STILL``
back. ``test_rules_alone_leave_it`` shows the rules alone (``learned=False``) leave each.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, Understanding, _resemblance, understand

from .messages import alex_in_new_york, mail, quoted

ON = alex_in_new_york()
OFF = alex_in_new_york(learned=False)
LEARNED = _resemblance.REASON

Probe = tuple[str, str, str]


def _quoted(who: str, text: str) -> str:
    return quoted(who, "Mon, Mar 2, 2026 at 9:12 AM", text)


def _read(probe: Probe, ctx: Context = ON) -> Understanding:
    sender, subject, body = probe
    return understand(mail(sender=sender, subject=subject, body=body), ctx)


def _xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


MAYA = "Maya Lind <maya.lind@cobaltreach.example>"
MAYA_SIG = "\n\nMaya\nTalent Partner, Cobaltreach"


def _settled(extra: str) -> Probe:
    """A talent partner's settled time, with one more sentence after it."""
    return (
        MAYA,
        "Product Designer - Friday",
        "Hi Alex,\n\nSo Friday 6 March, 2pm Eastern, with me and Joel (design director). About "
        f"an hour on video, link to follow. {extra}{MAYA_SIG}",
    )


# --- Traps the learned path turns into the user's interview today -------------------------

WRONG: dict[str, tuple[Probe, str]] = {
    "en_someone_elses_interview": (
        (
            "Jordan Price <jordan.price@brightpath.example>",
            "Sam's interview",
            "Hi Alex,\n\nSam Ortiz will meet our hiring manager on Thursday 5 March at 3pm at "
            "our office, 4th floor. Thanks for referring him!\n\nJordan\nTalent Partner, "
            "Brightpath",
        ),
        "a referred friend's meeting (Sam meets the hiring manager) read as the user's",
    ),
    "en_candidate_meets_colleague": (
        (
            "Jordan Price <jordan.price@brightpath.example>",
            "Analyst role - Sam Ortiz",
            "Hi Alex,\n\nSam Ortiz meets our finance director on Thursday 5 March at 3pm, 4th "
            "floor, for the Analyst role.\n\nJordan\nTalent Partner, Brightpath",
        ),
        "a named third party's meeting, the user is not the one who meets",
    ),
    "en_sisters_interview": (
        (
            "Jordan Price <jordan.price@brightpath.example>",
            "Re: your sister's application",
            "Hi Alex,\n\nYour sister Jo will meet our hiring manager on Thursday 5 March at 3pm "
            "at our office, 4th floor.\n\nJordan\nTalent Partner, Brightpath",
        ),
        "the user's sister's interview read as the user's",
    ),
    "en_friend_bar_company_address": (
        (
            "Sam Lee <sam.lee@northwind.example>",
            "Re: job hunt",
            "Thursday 5 March at 7pm at the Rusty Anchor, 2nd floor. I'll bring the notes on "
            "the senior manager role I told you about.\n\nSam",
        ),
        "a friend on a company address meeting at a pub the social_plan words do not name",
    ),
    "en_friend_coffee_company_address": (
        (
            "Sam Lee <sam.lee@northwind.example>",
            "Re: job hunt",
            "Meet you Thursday 5 March at 8am at Blue Door Roasters, 2nd floor. I'll bring "
            "what I know about the manager role and the director.\n\nSam",
        ),
        "a friend's coffee on a company address (no social_plan word) read as an interview",
    ),
    "en_vendor_demo_quoted_vacancy": (
        (
            "Priya Shah <priya.shah@ledgerline.example>",
            "Re: Senior Analyst vacancy",
            "Thursday 5 March at 2pm on Zoom with me and our sales director for the payroll "
            "demo.\n\nPriya\nAccount Manager, Ledgerline"
            + _quoted(
                "Dana Wu <dana.wu@brightpath.example>",
                "We're hiring a Senior Analyst, apply by 20 March.",
            ),
        ),
        "a vendor's demo under a quoted job ad: the hiring is a third party's, not the user's",
    ),
    "en_colleague_budget_quoted_vacancy": (
        (
            "Lee Park <lee.park@northwind.example>",
            "Re: Senior Analyst vacancy",
            "Sure, Thursday 5 March at 11am on Zoom with me and the finance director for the "
            "budget review.\n\nLee"
            + _quoted(
                "Dana Wu <dana.wu@brightpath.example>",
                "We're hiring a Senior Analyst, apply by 20 March. Job description attached.",
            ),
        ),
        "a colleague's budget review under a forwarded posting",
    ),
    "en_background_check": (
        (
            "Lena Fox <lena.fox@verifyhire.example>",
            "Analyst position - fingerprinting",
            "Hi Alex,\n\nYour fingerprinting for the background check on the Analyst position "
            "is set for Thursday 5 March at 11am at our office, 3rd floor, Suite 300. Bring "
            "photo ID.\n\nLena\nOperations Manager, VerifyHire",
        ),
        "a background-check fingerprinting slot, no interviewer to thank",
    ),
    "en_drug_screen": (
        (
            "Lena Fox <lena.fox@verifyhire.example>",
            "Analyst position - drug screen",
            "Hi Alex,\n\nYour drug screen for the Analyst position is Thursday 5 March at 8am "
            "at our lab, 2nd floor. Bring photo ID.\n\nLena\nOperations Manager, VerifyHire",
        ),
        "a pre-employment drug screen read as an interview",
    ),
    "en_role_start_date": (
        (
            MAYA,
            "Product Designer role",
            "Hi Alex,\n\nJust so you know, the Product Designer role starts on Monday 6 April "
            "at 9am, with the design director Joel as manager. Applications are reviewed "
            f"weekly.{MAYA_SIG}",
        ),
        "a job's start date only mentioned in an ad-like note becomes an interview",
    ),
    "en_hiring_hackathon": (
        (
            "Ben Cho <ben.cho@brightpath.example>",
            "Brightpath hiring hackathon",
            "Hi Alex,\n\nSee you at the hiring hackathon on Saturday 7 March at 9am, 2nd floor. "
            "Our engineering director kicks off.\n\nBen\nCampus Recruiter, Brightpath",
        ),
        "a recruiting event (hackathon) read as an interview",
    ),
    "en_past_time_same_day": (
        (
            MAYA,
            "Product Designer role",
            "Hi Alex,\n\nGreat speaking on Monday 2 March at 10am with me and Joel (design "
            f"director). Feedback soon.{MAYA_SIG}",
        ),
        "a meeting five hours before the mail was sent (past time) booked as an interview",
    ),
    "en_hedge_assuming": (
        _settled("Assuming Joel is back from his trip by then."),
        "hedge 'assuming' is not in the unsettled lexicon",
    ),
    "en_hedge_subject_to": (
        _settled("All subject to Joel's diary."),
        "hedge 'subject to' is not in the unsettled lexicon",
    ),
    "en_hedge_waiting_on": (
        _settled("Still waiting on Joel to accept the invite."),
        "'still waiting on Joel to accept' leaves the time open",
    ),
    "en_hedge_unless": (
        _settled("Unless Joel's flight moves."),
        "hedge 'unless' is not in the unsettled lexicon",
    ),
    "en_hedge_hold_for_now": (
        _settled("I've put a hold on the calendar for now."),
        "'a hold for now' is a tentative slot ('hold' only counts after 'I'll/we will')",
    ),
    "en_question_without_mark": (
        _settled("Can you confirm that works for you."),
        "a question without '?' passes the question gate",
    ),
    "en_call_off_slot_gone": (
        _settled("Joel just told me he's off that week though, so that slot is gone."),
        "a call-off in plain words ('that slot is gone') still booked",
    ),
    "de_vendor_demo_teams": (
        (
            "Timo Berg <timo.berg@lohnwerk.example>",
            "AW: Stelle Senior Analyst",
            "Hallo Alex,\n\nDonnerstag, 5. März, 14:00 Uhr per Teams mit mir und unserem Sales "
            "Director, Demo der Lohnsoftware. Den Link schicke ich noch.\n\nTimo\nKey Account "
            "Manager, Lohnwerk",
        ),
        "a vendor's software demo under a job subject (English loanwords carry the score)",
    ),
    "de_vendor_quoted_vacancy": (
        (
            "Timo Berg <timo.berg@lohnwerk.example>",
            "AW: Senior Analyst",
            "Donnerstag, 5. März, 14:00 Uhr per Zoom mit mir und unserem Sales Director. Link "
            "folgt.\n\nTimo\nKey Account Manager, Lohnwerk"
            "\n\nAm Mo., 2. März 2026 um 09:12 schrieb Dana Wu <dana.wu@brightpath.example>:"
            "\n\n> Wir suchen einen Senior Analyst, Bewerbung bis 20. März.\n",
        ),
        "a vendor's meeting under a quoted German job ad",
    ),
    "de_other_candidate": (
        (
            "Jana Vogel <jana.vogel@nordlicht.example>",
            "Bewerbung von Sam Ortiz",
            "Hallo Alex,\n\nSam Ortiz trifft unseren Head of Finance am Donnerstag, 5. März, um "
            "15:00 Uhr per Teams. Danke für die Empfehlung!\n\nJana\nTalent Partner, Nordlicht",
        ),
        "a referred candidate's meeting (German) read as the user's",
    ),
    "de_friend_cafe": (
        (
            "Sam Weber <sam.weber@nordlicht.example>",
            "AW: Bewerbung",
            "Donnerstag, 5. März, 19:00 Uhr im Café Mitte. Ich erzähl dir, wie mein Manager und "
            "der Director so drauf sind.\n\nSam",
        ),
        "a friend on a company address meeting in a café ('Café' is no social_plan word)",
    ),
    "de_hedge_sofern": (
        (
            "Jana Vogel <jana.vogel@nordlicht.example>",
            "Produktdesigner - Freitag",
            "Hallo Alex,\n\nalso Freitag, 6. März, 14:00 Uhr, per Teams mit mir und Jonas "
            "(Design Director), sofern Jonas bis dahin zurück ist. Den Link schicke ich noch."
            "\n\nJana\nTalent Partner, Nordlicht",
        ),
        "German hedge 'sofern' (provided that) is not in the unsettled lexicon",
    ),
    "de_hedge_wahrscheinlich": (
        (
            "Jana Vogel <jana.vogel@nordlicht.example>",
            "Produktdesigner - Freitag",
            "Hallo Alex,\n\nwahrscheinlich Freitag, 6. März, 14:00 Uhr, per Teams mit mir und "
            "Jonas (Design Director). Den Link schicke ich noch.\n\nJana\nTalent Partner, "
            "Nordlicht",
        ),
        "German hedge 'wahrscheinlich' (probably) is not in the unsettled lexicon",
    ),
    "fr_vendor_demo_meet": (
        (
            "Hugo Petit <hugo.petit@paievia.example>",
            "RE: Poste d'analyste senior",
            "Bonjour Alex,\n\nJeudi 5 mars à 14h sur Google Meet avec moi et notre sales "
            "director, pour la démo. Je vous envoie le lien.\n\nHugo\nKey Account Manager, "
            "Paievia",
        ),
        "a vendor's demo (French) under a job subject",
    ),
    "fr_other_candidate": (
        (
            "Claire Martin <claire.martin@azurlab.example>",
            "Candidature de Sam Ortiz",
            "Bonjour Alex,\n\nSam Ortiz rencontre notre head of finance jeudi 5 mars à 15h sur "
            "Google Meet. Merci pour la recommandation !\n\nClaire\nTalent Manager, Azurlab",
        ),
        "a referred candidate's meeting (French) read as the user's",
    ),
    "fr_training_course": (
        (
            "Léa Morel <lea.morel@formapro.example>",
            "Formation - poste de data engineer",
            "Bonjour Alex,\n\nVotre première séance de formation pour le poste de data engineer "
            "est jeudi 5 mars à 18h sur Zoom avec notre head of learning. Je vous envoie le "
            "lien.\n\nLéa\nProgram Manager, Formapro",
        ),
        "a training course's first session (French) read as an interview",
    ),
    "es_vendor_demo_teams": (
        (
            "Pablo Ruiz <pablo.ruiz@nominatec.example>",
            "RE: Puesto de analista sénior",
            "Hola Alex,\n\nEl jueves 5 de marzo a las 14:00 por Teams conmigo y con nuestro "
            "sales director, para la demo. Te envío el link.\n\nPablo\nKey Account Manager, "
            "Nominatec",
        ),
        "a vendor's demo (Spanish) under a job subject",
    ),
    "es_other_candidate": (
        (
            "Lucía Gómez <lucia.gomez@solaria.example>",
            "Candidatura de Sam Ortiz",
            "Hola Alex,\n\nSam Ortiz se reúne con nuestro head of finance el jueves 5 de marzo a "
            "las 15:00 por Google Meet. ¡Gracias por recomendarlo!\n\nLucía\nTalent Manager, "
            "Solaria",
        ),
        "a referred candidate's meeting (Spanish) read as the user's",
    ),
    "es_hedge_en_principio": (
        (
            "Lucía Gómez <lucia.gomez@solaria.example>",
            "Diseñador de producto - viernes",
            "Hola Alex,\n\nEn principio el viernes 6 de marzo a las 14:00, conmigo y con Javier "
            "(director de diseño), por Teams, salvo cambios. Te envío el link.\n\nLucía\nTalent "
            "Manager, Solaria",
        ),
        "Spanish hedges 'en principio' / 'salvo cambios' are not in the unsettled lexicon",
    ),
    "es_question_opening_mark_only": (
        (
            "Lucía Gómez <lucia.gomez@solaria.example>",
            "Diseñador de producto - viernes",
            "Hola Alex,\n\nEl viernes 6 de marzo a las 14:00, conmigo y con Javier (director de "
            "diseño), por Teams. ¿Te encaja. Te envío el link.\n\nLucía\nTalent Manager, "
            "Solaria",
        ),
        "a Spanish question opened with '¿' but not closed passes the '?' gate",
    ),
}


# Every trap above was an interview when the review was written (each entry's reason says
# why); the gates added after it turn all but these back.
WRONG_STILL = {name: WRONG[name][1] for name in ("en_someone_elses_interview",)}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, id=name, marks=_xf(WRONG_STILL[name]) if name in WRONG_STILL else ())
        for name, (p, _) in WRONG.items()
    ],
)
def test_learned_path_leaves_the_trap(probe: Probe) -> None:
    got = _read(probe)
    assert got.kind is not Kind.INTERVIEW, got.reasons


@pytest.mark.parametrize("probe", [pytest.param(p, id=name) for name, (p, _) in WRONG.items()])
def test_rules_alone_leave_it(probe: Probe) -> None:
    """The control: with the model off no trap is an interview (the learned path is the cause)."""
    assert _read(probe, OFF).kind is not Kind.INTERVIEW


@_xf("rules path, learned=False too: 'is off, Joel is out sick' is booked as the interview")
def test_a_call_off_the_rules_book() -> None:
    """Not the learned path: "is off" is no cancellation word, the rules book the time."""
    probe = (
        MAYA,
        "Product Designer - Friday",
        "Hi Alex,\n\nFriday 6 March at 2pm with me and Joel (design director) is off, Joel is "
        f"out sick. New date to follow.{MAYA_SIG}",
    )
    assert _read(probe, OFF).kind is not Kind.INTERVIEW


# --- Traps that stay out today (the gates hold) -----------------------------------------

HELD: dict[str, Probe] = {
    "en_landlord_application": (
        "Greg Holt <greg@maplerentals.example>",
        "Your rental application",
        "Hi Alex,\n\nThanks for your application for the flat on Elm Street. Viewing with me and "
        "the property manager on Thursday 5 March at 4pm, 2nd floor. See you there.\n\nGreg\n"
        "Leasing Manager, Maple Rentals",
    ),
    "en_bank_application": (
        "Dana Cole <dana.cole@harbourbank.example>",
        "Mortgage application - meeting",
        "Dear Alex,\n\nFollowing your mortgage application, you will meet me and our branch "
        "manager on Thursday 5 March at 10am at our office, 3rd floor.\n\nDana Cole\nMortgage "
        "Advisor, Harbour Bank",
    ),
    "en_school_application": (
        "Mrs Patel <r.patel@oakhill-school.example>",
        "Year 3 application - visit",
        "Dear Alex,\n\nThank you for your application for a Year 3 place. Your visit with me and "
        "the head teacher is Thursday 5 March at 9am, main building.\n\nMrs R. Patel\nAdmissions "
        "Manager, Oakhill School",
    ),
    "en_colleague_hiring_plan": (
        "Lee Park <lee.park@northwind.example>",
        "Re: Backend engineer role - hiring plan sync",
        "Thursday 5 March at 11am works, I'll send the Google Meet link. We'll go over the job "
        "description with the engineering manager.\n\nLee",
    ),
    "en_colleague_over_users_words": (
        "Lee Park <lee.park@northwind.example>",
        "Re: Senior Analyst role at Brightpath",
        "Thursday 5 March at 11am on Google Meet with me and the finance director about the Q1 "
        "budget.\n\nLee"
        + _quoted(
            "Alex Morgan <alex.morgan@gmail.com>",
            "Saw this Senior Analyst role, thinking of applying.",
        ),
    ),
    "en_onboarding_first_day": (
        "Nina Berg <nina.berg@cobaltreach.example>",
        "Welcome aboard - first day",
        "Hi Alex,\n\nWelcome to the team! Your first day is Monday 9 March at 9am at our office, "
        "5th floor. You'll meet your manager Joel and the design director.\n\nNina\nPeople "
        "Operations, Cobaltreach",
    ),
    "en_training_course": (
        "Rita Gomez <rita.gomez@skillforge.example>",
        "Your course - Data Engineer track",
        "Hi Alex,\n\nYour first session of the Data Engineer training is Thursday 5 March at 6pm "
        "on Zoom with me and our lead instructor. The link is in your portal.\n\nRita\nProgram "
        "Manager, Skillforge",
    ),
    "en_user_on_the_panel": (
        "Omar Haddad <omar.haddad@northwind.example>",
        "Staff Engineer hiring - panel",
        "Hi Alex,\n\nThursday 5 March at 1pm, room 4B, 3rd floor: you and the engineering "
        "director meet Priya Nair, our Staff Engineer candidate. Scorecard link to follow.\n\n"
        "Omar\nRecruiting Coordinator, Northwind",
    ),
    "en_applications_close": (
        MAYA,
        "Product Designer role",
        "Hi Alex,\n\nApplications for the Product Designer role close on Friday 6 March at 5pm. "
        f"The hiring manager is Joel, our design director.{MAYA_SIG}",
    ),
    "en_drop_in_hours": (
        MAYA,
        "Product Designer application",
        "Hi Alex,\n\nThanks for applying. Joel, our design director, runs drop-in hours every "
        f"Thursday at 2pm on Google Meet for all applicants. Link to follow.{MAYA_SIG}",
    ),
    "en_past_day_before": (
        MAYA,
        "Product Designer role",
        "Hi Alex,\n\nGreat speaking on Friday 27 February at 10am with me and Joel (design "
        f"director). Feedback soon.{MAYA_SIG}",
    ),
    "en_live_session": (
        "Kate Moss <kate.moss@hirewell.example>",
        "Senior Analyst roles - live session",
        "Hi Alex,\n\nYou're in: our live session with the head of talent and two hiring managers "
        "is Thursday 5 March at 1pm on Zoom. Link below.\n\nKate\nEvents Manager, Hirewell",
    ),
    "en_agency_open_day": (
        "Kim Ross <kim.ross@staffright.example>",
        "Staffright open day",
        "Hi Alex,\n\nOur open day for candidates is Thursday 5 March at 10am at our office, 2nd "
        "floor. Meet our consultants and managers there.\n\nKim\nRecruitment Consultant, "
        "Staffright",
    ),
    "en_friend_flat_prep": (
        "Sam Lee <sam.lee@northwind.example>",
        "Re: your interview prep",
        "Thursday 5 March at 7pm at my flat, 2nd floor. We'll run through it with my manager, "
        "she's done loads of hiring.\n\nSam",
    ),
    "en_question_fullwidth_mark": _settled("Does that suit you？"),
    "de_landlord_bewerbung": (
        "Herr Krause <krause@hausverwaltung-ost.example>",
        "Ihre Bewerbung für die Wohnung",
        "Sehr geehrter Herr Morgan,\n\ndanke für Ihre Bewerbung für die Wohnung. Besichtigung "
        "mit mir und dem Hausverwalter am Donnerstag, 5. März, um 16:00 Uhr, 2. Stock.\n\n"
        "Krause\nHausverwaltung Ost",
    ),
    "de_laptop_handover": (
        "Jana Vogel <jana.vogel@nordlicht.example>",
        "Stelle Produktdesigner - Laptop",
        "Hallo Alex,\n\nLaptop-Übergabe für die Stelle am Donnerstag, 5. März, um 10:00 Uhr, 3. "
        "Stock, mit unserem IT Manager.\n\nJana\nTalent Partner, Nordlicht",
    ),
    "fr_bank_loan": (
        "Agence Centre <conseiller@banquenord.example>",
        "Votre demande de prêt",
        "Bonjour Alex,\n\nSuite à votre candidature pour le prêt, rendez-vous avec moi et le "
        "directeur d'agence jeudi 5 mars à 10h, 1er étage.\n\nPaul Roy\nConseiller, Banque Nord",
    ),
    "fr_first_day": (
        "Claire Martin <claire.martin@azurlab.example>",
        "Designer produit - premier jour",
        "Bonjour Alex,\n\nVotre premier jour est le lundi 9 mars à 9h au 5e étage, avec votre "
        "manager Julien.\n\nClaire\nRessources humaines, Azurlab",
    ),
    "es_first_day": (
        "Lucía Gómez <lucia.gomez@solaria.example>",
        "Puesto de diseñador - primer día",
        "Hola Alex,\n\nTu primer día es el lunes 9 de marzo a las 9:00 en la 5.ª planta, con tu "
        "manager Javier y el director de diseño.\n\nLucía\nTalent Manager, Solaria",
    ),
    "es_flat_application": (
        "Marta León <marta.leon@inmoluz.example>",
        "Tu solicitud del piso",
        "Hola Alex,\n\nGracias por tu solicitud para el piso. La visita con el gerente es el "
        "jueves 5 de marzo a las 17:00, 3.ª planta.\n\nMarta\nInmoluz",
    ),
    "es_friend_cafe": (
        "Sam Vidal <sam.vidal@solaria.example>",
        "RE: puesto de jefe de equipo",
        "El jueves 5 de marzo a las 19:00 en el Café Central. Te cuento cómo son mi manager y el "
        "director.\n\nSam",
    ),
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=name) for name, p in HELD.items()])
def test_trap_stays_out(probe: Probe) -> None:
    got = _read(probe)
    assert got.kind is not Kind.INTERVIEW, got.reasons


# --- Genuine short confirmations ----------------------------------------------------------

FOUND: dict[str, Probe] = {
    "en_settled_on_meet": (
        MAYA,
        "Re: Product Designer - next step",
        "Hi Alex,\n\nFriday 6 March at 2pm with Joel, our design director, on Google Meet. Link "
        f"to follow.{MAYA_SIG}",
    ),
    "en_perfect_reply": (
        MAYA,
        "Re: Product Designer - next step",
        f"Perfect, Friday 6 March at 2pm with Joel and me. Link to follow.{MAYA_SIG}",
    ),
    "en_onsite_by_manager": (
        "Dan Yates <dan.yates@ferrotech.example>",
        "Ferrotech - Mechanical Engineer",
        "Hello Alex,\n\nThursday 5 March, 10:30am at our Dayton office, 2nd floor, with me and "
        "our head of manufacturing. Ask for me at reception.\n\nDan Yates\nEngineering Manager, "
        "Ferrotech",
    ),
    "en_agency_on_freemail": (
        "Chris Dunn <chris.dunn.recruits@gmail.com>",
        "Data Analyst role - Thursday",
        "Hi Alex,\n\nThursday 5 March at 11am with Priya Shah, head of analytics at Brightpath, "
        "on Zoom. Link to follow.\n\nChris\nRecruitment Consultant, Dunn Talent",
    ),
    "de_settled_teams": (
        "Jana Vogel <jana.vogel@nordlicht.example>",
        "Produktdesigner - Freitag",
        "Hallo Alex,\n\nalso Freitag, 6. März, 14:00 Uhr, per Teams mit mir und Jonas (Design "
        "Director). Den Link schicke ich noch.\n\nJana\nTalent Partner, Nordlicht",
    ),
    "es_settled_teams": (
        "Lucía Gómez <lucia.gomez@solaria.example>",
        "Diseñador de producto - viernes",
        "Hola Alex,\n\nEntonces el viernes 6 de marzo a las 14:00, conmigo y con Javier "
        "(director de diseño), por Teams. Te envío el link.\n\nLucía\nTalent Manager, Solaria",
    ),
}


# Found while the learned opinion also spoke where the rules saw hiring but no interview
# wording; that path let too many traps in (above) and was dropped in the same session.
FOUND_BEFORE_NARROWING = {
    "en_onsite_by_manager": "recall: no interview wording, and the model no longer judges hiring",
    "de_settled_teams": "recall: no interview wording, and the model no longer judges hiring",
    "es_settled_teams": "recall: no interview wording, and the model no longer judges hiring",
}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            p,
            id=name,
            marks=_xf(FOUND_BEFORE_NARROWING[name]) if name in FOUND_BEFORE_NARROWING else (),
        )
        for name, p in FOUND.items()
    ],
)
def test_genuine_confirmation_found(probe: Probe) -> None:
    got = _read(probe)
    assert got.kind is Kind.INTERVIEW, got.reasons
    assert any(LEARNED in r for r in got.reasons)
    assert _read(probe, OFF).kind is not Kind.INTERVIEW


# The same confirmations in the languages' own words: the model, trained mostly on English
# mail, is not sure of them (0.4-0.65), so only loanwords ("Teams", "Director") get them in.
MISSED: dict[str, Probe] = {
    "de_settled_own_words": (
        "Jana Vogel <jana.vogel@nordlicht.example>",
        "Produktdesigner - Freitag",
        "Hallo Alex,\n\nalso Freitag, 6. März, 14:00 Uhr, mit mir und Jonas (Designleitung) per "
        "Video. Den Link schicke ich noch.\n\nJana\nTalent Partnerin, Nordlicht",
    ),
    "fr_settled_own_words": (
        "Claire Martin <claire.martin@azurlab.example>",
        "Designer produit - vendredi",
        "Bonjour Alex,\n\nDonc vendredi 6 mars à 14h, avec moi et Julien (directeur design), en "
        "visio. Le lien suivra.\n\nClaire\nChargée de recrutement, Azurlab",
    ),
    "es_settled_own_words": (
        "Lucía Gómez <lucia.gomez@solaria.example>",
        "Diseñador de producto - viernes",
        "Hola Alex,\n\nEntonces el viernes 6 de marzo a las 14:00, conmigo y con Javier "
        "(director de diseño), por videollamada. Te envío el enlace.\n\nLucía\nTalent Partner, "
        "Solaria",
    ),
}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, id=name, marks=_xf("recall: the model is unsure of non-English wording"))
        for name, p in MISSED.items()
    ],
)
def test_genuine_confirmation_in_own_language(probe: Probe) -> None:
    assert _read(probe).kind is Kind.INTERVIEW
