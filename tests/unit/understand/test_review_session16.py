"""Review probes for commit ca20d01 (interviewers named in plain prose, four languages).

Each probe is a complete, ordinary confirmation a recruiter or hiring manager could send,
with one line aimed at a pattern the commit added or widened: "On our side:", "From our end,
we'll have ...", "It will be <Name> <Name> ...", "... will be there", "Ich bring(e) noch ...
mit", "Sie lernen dort ... kennen", "...gespräch mit <Name> <Name> (...)", "... wird
ebenfalls dabei sein / teilnehmen", "Je vous recevrai avec ...", "entretien avec <Name>
<Name> (...)", "... sera également présente", the Asian courtesy titles, and a reply's given
names completed from its quoted offer. Each asserts who really interviews.

The review found 33 new false or lost interviewers on ca20d01. The fix withdrew "On our
side", "... will be there", the German and French "gespräch mit / entretien avec <Name>
(...)" patterns and "It will be" with one name, and taught the rest what side roles look
like (a tour, notes, a greeting, the first minutes only). What still fails is a strict
xfail; every one of them also fails on the parent (2a30cbe), except "en_there_along_with",
a reading given up with "will be there".
"""

from __future__ import annotations

import pytest

from daemon.understand import understand
from tests.unit.understand.messages import alex_in_new_york, mail, quoted

EN_S = "Jordan Lee <jordan.lee@brightwell.io>"
DE_S = "Katrin Hoffmann <k.hoffmann@nordwerk-logistik.de>"
FR_S = "Camille Laurent <camille.laurent@atelier-sabine.fr>"
ES_S = "Lucía Romero <lucia.romero@grupo-altamar.es>"
USER = "Alex Morgan <alex.morgan@gmail.com>"


def en(line: str, subject: str = "Interview confirmation - Operations Analyst") -> dict:
    return {
        "sender": EN_S,
        "subject": subject,
        "body": "Hi Alex,\n\nThanks for confirming. Your onsite interview for the Operations "
        "Analyst role is set for Thursday, March 5 at 2:00 PM ET at our office, 41 Madison Ave, "
        f"9th floor. {line}\n\nBest regards,\nJordan Lee\nTalent Acquisition, Brightwell\n",
    }


def de(line: str, subject: str = "Einladung zum Vorstellungsgespräch - Disponent (m/w/d)") -> dict:
    return {
        "sender": DE_S,
        "subject": subject,
        "body": "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Rückmeldung. Gerne bestätige "
        "ich Ihnen den Termin für Ihr Vorstellungsgespräch am Donnerstag, 5. März 2026 um "
        f"14:00 Uhr in unserem Büro in der Speicherstraße 12, Hamburg. {line}\n\n"
        "Mit freundlichen Grüßen\nKatrin Hoffmann\nPersonalreferentin, Nordwerk Logistik GmbH\n",
    }


def fr(line: str, subject: str = "Confirmation de votre entretien - Chargé de projet") -> dict:
    return {
        "sender": FR_S,
        "subject": subject,
        "body": "Bonjour Alex,\n\nMerci pour votre retour. Je vous confirme votre entretien pour le "
        "poste de chargé de projet le jeudi 5 mars à 14h dans nos locaux, 18 rue de la "
        f"Roquette, Paris 11e. {line}\n\nBien cordialement,\nCamille Laurent\n"
        "Chargée de recrutement, Atelier Sabine\n",
    }


def es(line: str, subject: str = "Confirmación de entrevista - Analista de Operaciones") -> dict:
    return {
        "sender": ES_S,
        "subject": subject,
        "body": "Hola Alex:\n\nGracias por tu respuesta. Te confirmo la entrevista para el puesto de "
        "Analista de Operaciones el jueves 5 de marzo a las 14:00 en nuestra oficina de Paseo "
        f"de la Castellana 95, Madrid. {line}\n\nUn saludo,\nLucía Romero\n"
        "Selección, Grupo Altamar\n",
    }


def reply(sender: str, subject: str, now: str, offer: str, pick: str) -> dict:
    return {
        "sender": sender,
        "subject": subject,
        "body": now
        + quoted(USER, "Sat, Feb 28, 2026 at 9:15 AM", pick)
        + quoted(sender, "Fri, Feb 27, 2026 at 11:02 AM", offer),
    }


OFFER_EN = (
    "Hi Alex,\n\nWe'd like to set up a 45-minute interview with Priya Shah, our Head of "
    "Operations, and Daniel Kim from Finance. Would any of these work?\n\n- Wednesday, March 4 "
    "at 10:00 AM ET\n- Thursday, March 5 at 2:00 PM ET\n\nBest,\nJordan"
)
PICK_EN = "Hi Jordan,\n\nThursday at 2pm works for me.\n\nThanks,\nAlex"
OFFER_ES = (
    "Hola Alex:\n\nNos gustaría organizar una entrevista de 45 minutos con Pablo Ortega, nuestro "
    "Director de Operaciones. ¿Te viene bien alguna de estas opciones?\n\n- Miércoles 4 de marzo "
    "a las 10:00\n- Jueves 5 de marzo a las 14:00\n\nUn saludo,\nLucía"
)
PICK_ES = "Hola Lucía:\n\nEl jueves a las 14:00 me viene perfecto.\n\nGracias,\nAlex"

PRIYA = ["Priya Shah"]
KLEIN = ["Markus Klein"]
GIRARD = ["Paul Girard"]
ORTEGA = ["Pablo Ortega"]

NEW = "NEW in ca20d01 (parent passes): "
OLD = "PRE-EXISTING (parent fails the same way): "


def xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (id, message, expected sorted interviewer names, marks)
PROBES = [
    # ---------------- English ----------------
    (
        "en_side_colon_logistics",
        en(
            "You'll interview with Priya Shah, Head of Operations. On our side: Maria Gonzalez will send you the parking pass and building access."
        ),
        PRIYA,
        (),
    ),
    (
        "en_our_end_colon_it",
        en(
            "You'll meet Priya Shah, Head of Operations. On our end: Daniel Kim from IT will email you a visitor Wi-Fi code the day before."
        ),
        PRIYA,
        (),
    ),
    (
        "en_from_our_end_standby",
        en(
            "You'll meet Priya Shah, Head of Operations. From our end, we'll have Daniel Kim from IT on standby in case the video link drops."
        ),
        PRIYA,
        (),
    ),
    (
        "en_on_our_side_notes",
        en(
            "You'll meet Priya Shah, Head of Operations. On our side, there will be Daniel Kim taking notes."
        ),
        PRIYA,
        (),
    ),
    (
        "en_joining_from_our_end_leaves",
        en(
            "You'll meet Priya Shah, Head of Operations. Joining from our end is Daniel Kim, who will set up the room and then head out."
        ),
        PRIYA,
        (),
    ),
    (
        "en_joining_on_our_side_tour",
        en(
            "You'll meet Priya Shah, Head of Operations. Joining on our side is Maria Gonzalez from our people team, who'll give you an office tour after the interview."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_front_desk",
        en(
            "You'll meet Priya Shah, Head of Operations. When you arrive, it will be Maria Gonzalez from the front desk who signs you in."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_agency_after",
        en(
            "You'll meet Priya Shah, Head of Operations. Afterwards it will be Daniel Kim from the agency who calls you for feedback."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_subway",
        en(
            "You'll meet Priya Shah, Head of Operations. The closest subway stop? It will be Grand Central, the 4/5/6 lines."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_hudson_yards",
        en(
            "You'll meet Priya Shah, Head of Operations. The venue changed: it will be Hudson Yards from the 7 train, Building B."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_room",
        en(
            "You'll meet Priya Shah, Head of Operations. It will be Studio Nine, the room by the elevators."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_teams",
        en(
            "You'll meet Priya Shah, Head of Operations. It will be Microsoft Teams, the link is in the calendar invite."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_next_round",
        en(
            "You'll meet Priya Shah, Head of Operations. If all goes well, the final round is next month and it will be Daniel Kim and our CEO."
        ),
        PRIYA,
        (),
    ),
    (
        "en_it_will_be_two_names",
        en("It will be Priya Shah and Daniel Kim from our operations team."),
        ["Daniel Kim", "Priya Shah"],
        (),
    ),
    (
        "en_it_will_be_and_me",
        en("It will be Priya Shah and me, so just the two of us."),
        ["Jordan Lee", "Priya Shah"],
        xf(
            OLD
            + "'It will be Priya Shah and me' yields no interviewer at all (lower-case 'me' after 'and')"
        ),
    ),
    (
        "en_there_notes",
        en(
            "You'll meet Priya Shah, Head of Operations. Daniel Kim will be there as well; he'll be taking notes."
        ),
        PRIYA,
        (),
    ),
    (
        "en_there_intro_then_leaves",
        en(
            "You'll meet Priya Shah, Head of Operations. Our VP, Daniel Kim, will be there. He'll make the introductions and then hand over to Priya."
        ),
        PRIYA,
        (),
    ),
    (
        "en_there_office_manager",
        en(
            "You'll meet Priya Shah, Head of Operations. Our office manager, Maria Gonzalez, will be there too."
        ),
        PRIYA,
        (),
    ),
    (
        "en_there_referrer",
        en(
            "You'll meet Priya Shah, Head of Operations. Sam Ortiz, who referred you, will be there too!"
        ),
        PRIYA,
        (),
    ),
    (
        "en_there_reception_before",
        en(
            "You'll meet Priya Shah, Head of Operations. Please check in at the lobby desk on arrival; Maria Gonzalez will be there."
        ),
        PRIYA,
        (),
    ),
    (
        "en_there_along_with",
        en("Priya Shah (Head of Operations) will be there, along with Daniel Kim from Finance."),
        ["Daniel Kim", "Priya Shah"],
        xf(
            "MISS after the review: '... will be there' is no longer read (too many who are there only to greet, tour or take notes)"
        ),
    ),
    ("en_khun_given_name", en("You'll be meeting Khun Somchai, our Finance Director."), "khun", ()),
    (
        "en_ibu_bapak",
        en("You'll be meeting Ibu Sari Wulandari (HR Director) and Bapak Budi Santoso (GM)."),
        ["Budi Santoso", "Sari Wulandari"],
        (),
    ),
    (
        "en_reply_completes_given_name",
        reply(
            EN_S,
            "Re: Interview - Operations Analyst at Brightwell",
            "Great, you're locked in for Thursday at 2. Daniel is out that week, so Priya will be joined by Sam Ortiz instead.\n\nJordan",
            OFFER_EN,
            PICK_EN,
        ),
        ["Priya Shah", "Sam Ortiz"],
        (),
    ),
    (
        "en_reply_declined_comes_back",
        reply(
            EN_S,
            "Re: Interview - Operations Analyst at Brightwell",
            "Confirmed for Thursday at 2pm. Unfortunately Daniel can't join, so it will just be Sam Ortiz from our data team.\n\nJordan",
            OFFER_EN,
            PICK_EN,
        ),
        ["Sam Ortiz"],
        xf(
            OLD
            + "reply: the declined Daniel and Priya come back from the quoted offer, Sam Ortiz is lost"
        ),
    ),
    # ---------------- German ----------------
    (
        "de_bring_kollegin_zeigt_buero",
        de(
            "Das Gespräch führen Sie mit Herrn Markus Klein. Ich bring noch meine Kollegin Lena Vogt mit, sie zeigt Ihnen danach das Büro."
        ),
        KLEIN,
        (),
    ),
    (
        "de_bringe_praktikantin_protokoll",
        de(
            "Ich bringe noch unsere Praktikantin Lena Vogt mit, die das Protokoll führt. Das Gespräch führen Sie mit Herrn Markus Klein, unserem Teamleiter."
        ),
        KLEIN,
        (),
    ),
    (
        "de_bringe_unterlagen",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Ich bringe Ihre Bewerbungsunterlagen mit."
        ),
        KLEIN,
        (),
    ),
    (
        "de_bring_teamleiter",
        de("Ich bring noch unseren Teamleiter Markus Klein mit."),
        "klein_maybe_writer",
        (),
    ),
    (
        "de_gemeinsam_mit",
        de("Teilnehmen werden Herr Markus Klein gemeinsam mit Frau Lena Vogt aus der Disposition."),
        ["Lena Vogt", "Markus Klein"],
        (),
    ),
    (
        "de_lernen_danach_office",
        de(
            "Das Gespräch führen Sie mit Herrn Markus Klein, unserem Teamleiter. Sie lernen danach unsere Office-Managerin Lena Vogt kennen, die Ihnen die Räume zeigt."
        ),
        KLEIN,
        (),
    ),
    (
        "de_lernen_zuerst_empfang",
        de(
            "Das Gespräch führen Sie mit Herrn Markus Klein. Sie lernen dort zuerst Frau Lena Vogt kennen, die Sie am Empfang abholt und zu Herrn Klein bringt."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_mit_company_subject",
        de(
            "Das Gespräch führen Sie mit Herrn Markus Klein.",
            subject="Ihr Vorstellungsgespräch mit Siemens Healthineers (Erlangen)",
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_mit_kanzlei_und_partner",
        de(
            "Ihr Vorstellungsgespräch mit Becker Hofmann und Partner findet mit Herrn Markus Klein statt."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_mit_previous_round",
        de(
            "Nach Ihrem ersten Gespräch mit Stefan Brandt (Geschäftsführer) freuen wir uns, Sie nun zum Fachgespräch mit Herrn Markus Klein einzuladen."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_mit_earlier_screen",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Bereits in Ihrem Telefoninterview mit Lena Vogt, der Recruiterin, hatten Sie die Eckdaten besprochen."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_then_tour",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Nach dem Gespräch machen Sie noch einen Rundgang mit Lena Vogt (Office Management)."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_vorab_telefonat",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Vor dem Gespräch haben Sie ein kurzes Telefonat mit Lena Vogt (Personal) zur Klärung der Reisekosten."
        ),
        KLEIN,
        (),
    ),
    (
        "de_gespraech_mit_two",
        de("Ihr Gespräch führen Sie mit Markus Klein (Teamleiter Disposition) und Lena Vogt."),
        ["Lena Vogt", "Markus Klein"],
        (),
    ),
    (
        "de_dabei_first_ten_minutes",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Unser Geschäftsführer Stefan Brandt wird auch dabei sein, allerdings nur für die ersten zehn Minuten."
        ),
        KLEIN,
        (),
    ),
    (
        "de_teilnehmen_dokumentieren",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Frau Lena Vogt aus der Personalabteilung wird ebenfalls teilnehmen, um das Gespräch zu dokumentieren."
        ),
        KLEIN,
        (),
    ),
    (
        "de_anwesend_then_tour",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Frau Lena Vogt wird ebenfalls anwesend sein und Ihnen im Anschluss das Lager zeigen."
        ),
        KLEIN,
        (),
    ),
    (
        "de_dabei_zuschauen",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Frau Lena Vogt, unsere Auszubildende, wird ebenfalls dabei sein und nur zuschauen."
        ),
        KLEIN,
        (),
    ),
    (
        "de_anwesend_empfang_before",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Frau Lena Vogt vom Empfang wird ebenfalls anwesend sein."
        ),
        KLEIN,
        (),
    ),
    (
        "de_dabei_lunch_after",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Herr Stefan Brandt wird ebenfalls dabei sein, allerdings erst beim gemeinsamen Mittagessen danach."
        ),
        KLEIN,
        (),
    ),
    (
        "de_mit_dabei_protokoll",
        de(
            "Sie sprechen mit Herrn Markus Klein, unserem Teamleiter. Mit dabei ist außerdem Frau Lena Vogt, die das Protokoll führt."
        ),
        KLEIN,
        (),
    ),
    # ---------------- French ----------------
    (
        "fr_recevrai_accueil",
        fr(
            "Je vous recevrai avec Julie Martin à l'accueil à 13h45, puis vous passerez l'entretien avec M. Paul Girard, directeur financier."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_recevrai_ceo_five_minutes",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Je vous recevrai en compagnie de Marc Petit, notre DG, qui se joindra à nous pour les cinq premières minutes."
        ),
        "girard_not_petit",
        (),
    ),
    (
        "fr_recevrai_moi_meme_writer",
        fr("Je vous recevrai moi-même avec Paul Girard, notre directeur financier."),
        ["Camille Laurent", "Paul Girard"],
        xf(OLD + "'Je vous recevrai moi-même avec ...' drops the writer (parent drops both)"),
    ),
    (
        "fr_te_recevrai_stagiaire",
        fr(
            "Tu rencontreras Paul Girard, directeur financier. Je te recevrai avec Léa Petit, notre stagiaire, qui t'accompagnera ensuite jusqu'à la salle."
        ),
        GIRARD,
        xf(OLD + "the intern who walks the candidate to the room is an interviewer"),
    ),
    (
        "fr_entretien_avec_company_paren",
        fr("Votre entretien avec Crédit Agricole (Montrouge) aura lieu avec M. Paul Girard."),
        GIRARD,
        xf(
            OLD
            + "'aura lieu avec M. Paul Girard' is not read (the 'entretien avec' pattern that took the bank was withdrawn)"
        ),
    ),
    (
        "fr_entretien_avec_previous",
        fr(
            "Suite à votre entretien avec Marc Petit (DG) la semaine dernière, vous rencontrerez cette fois M. Paul Girard, directeur financier."
        ),
        GIRARD,
        xf(
            OLD
            + "'vous rencontrerez cette fois M. Paul Girard' is not read (the pattern that took last week's interviewer was withdrawn)"
        ),
    ),
    (
        "fr_entretien_avec_company_le",
        {
            "sender": FR_S,
            "subject": "Votre candidature",
            "body": "Bonjour Alex,\n\nJe vous confirme votre entretien avec Air Liquide, le jeudi 5 mars à 14h, au 75 quai d'Orsay. Vous rencontrerez M. Paul Girard, directeur financier.\n\nBien cordialement,\nCamille Laurent\nChargée de recrutement\n",
        },
        GIRARD,
        xf(OLD + "'votre entretien avec Air Liquide, le jeudi' takes the company as a person"),
    ),
    (
        "fr_avant_entretien_appel",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Avant l'entretien, vous aurez un bref appel avec Julie Martin (RH) pour les questions administratives."
        ),
        GIRARD,
        xf(OLD + "the HR admin call before the interview takes Julie Martin"),
    ),
    (
        "fr_entretien_avec_two",
        fr("Votre entretien avec Paul Girard et Julie Martin durera une heure."),
        ["Julie Martin", "Paul Girard"],
        (),
    ),
    (
        "fr_presente_visite",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Julie Martin, notre office manager, sera également présente pour vous faire visiter nos locaux."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_present_saluer",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. M. Marc Petit, notre PDG, sera présent en début d'entretien pour vous saluer."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_presente_compte_rendu",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Léa Petit, notre alternante RH, sera aussi présente pour rédiger le compte rendu."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_present_dix_minutes",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Marc Petit, notre DG, sera aussi présent, mais seulement pour les dix premières minutes."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_presente_arrivee",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Léa Petit, assistante de direction, sera présente à votre arrivée."
        ),
        GIRARD,
        (),
    ),
    (
        "fr_presente_rh",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. Mme Julie Martin, responsable RH, sera également présente."
        ),
        ["Julie Martin", "Paul Girard"],
        (),
    ),
    (
        "fr_de_la_partie_dejeuner",
        fr(
            "Vous rencontrerez M. Paul Girard, directeur financier. M. Marc Petit sera également de la partie lors du déjeuner qui suivra l'entretien."
        ),
        GIRARD,
        (),
    ),
    # ---------------- Spanish ----------------
    (
        "es_recepcion",
        es(
            "Te entrevistarán Pablo Ortega (Director de Operaciones) y Marta Gil. A tu llegada, Elena Sanz, de recepción, te acompañará a la sala."
        ),
        ["Marta Gil", "Pablo Ortega"],
        (),
    ),
    (
        "es_ceo_saludo",
        es(
            "Te entrevistará Pablo Ortega, Director de Operaciones. Nuestro CEO, Jaime Ruiz, pasará al principio solo para saludarte."
        ),
        ORTEGA,
        (),
    ),
    (
        "es_por_nuestra_parte",
        es(
            "Por nuestra parte estarán Pablo Ortega y Marta Gil. Elena Sanz, nuestra recepcionista, te dará la tarjeta de visitante."
        ),
        ["Marta Gil", "Pablo Ortega"],
        (),
    ),
    (
        "es_notas",
        es(
            "Te entrevistará Pablo Ortega, Director de Operaciones. También estará Elena Sanz, de RR. HH., que tomará notas."
        ),
        ORTEGA,
        xf(OLD + "'También estará Elena Sanz ... que tomará notas' takes the note-taker"),
    ),
    (
        "es_primera_entrevista",
        es(
            "Tras tu primera entrevista con Jaime Ruiz (CEO), esta vez te entrevistará Pablo Ortega, Director de Operaciones."
        ),
        ORTEGA,
        xf(
            OLD
            + "'Tras tu primera entrevista con Jaime Ruiz (CEO)' takes the earlier round's interviewer"
        ),
    ),
    (
        "es_reply_acompanado",
        reply(
            ES_S,
            "RE: Entrevista - Analista de Operaciones",
            "Perfecto, queda confirmada el jueves a las 14:00. Pablo estará acompañado de Marta Gil, de nuestro equipo de datos.\n\nLucía",
            OFFER_ES,
            PICK_ES,
        ),
        ["Marta Gil", "Pablo Ortega"],
        xf(OLD + "reply 'Pablo estará acompañado de Marta Gil' drops Marta Gil"),
    ),
]


@pytest.mark.parametrize(
    ("message", "expected"),
    [pytest.param(m, e, id=i, marks=k) for i, m, e, k in PROBES],
)
def test_review_session16(message: dict, expected) -> None:
    result = understand(mail(**message), alex_in_new_york())
    assert result.interview is not None, (result.kind, result.reasons)
    got = sorted(p.name or "" for p in result.interview.interviewers)
    if expected == "khun":
        # "Khun" is a courtesy title; either form names the one person.
        assert got in (["Somchai"], ["Khun Somchai"])
    elif expected == "klein_maybe_writer":
        # The writer brings Markus Klein; whether the writer counts is left open.
        assert set(got) - {"Katrin Hoffmann"} == {"Markus Klein"}
    elif expected == "girard_not_petit":
        assert "Paul Girard" in got and "Marc Petit" not in got
    else:
        assert got == sorted(expected)
