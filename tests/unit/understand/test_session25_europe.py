"""Families of session 25: a job search in continental Europe.

Opened from eval30's dev half and written from scratch for these tests (no evaluation
message is copied): a personnel office (``hr@``) reminding someone outside the company of
"Ihr Gespräch"; "Passt, dann Do 8 Uhr"; an accepting "That's perfect for
me:" in seven languages; the writer of "notre entretien", "unser Gespräch", "nuestra
entrevista" ... cancelling or moving it, naming no one else, takes part in it (HR and
recruiters, who arrange, do not); people named after a clause ("..., avec Mme Ana Roe (associée) et M. Luc Roe"), in
a Dutch "Naast mijzelf schuift de heer ... aan", before a German "und ich freuen uns." after
a spaced dash, in "Panel will be myself and Ms. ..." without its article, in an Italian
"colloquio con me e ..." (a given name alone after "me e"), "our CTO Yusuf"; the user's own reply kept as a copy to themself; European
hiring systems' domains; a French "un entretien avec M. ..." (withdrawn after the review,
a strict xfail). Traps keep their reading. A
reply whose only hiring word is a bare "Re: Entrevista" stays a known limit (strict xfail):
made a strong sign, the word broke two dozen earlier traps (press, friends, visas).
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand
from daemon.understand._lexicon import default_lexicon
from daemon.understand._sentences import reply_accepts
from tests.unit.understand.messages import (
    alex_in_new_york,
    day_first_user,
    mail,
    quoted,
)
from tests.unit.understand.messages import kind_and_people as _read

ALEX = alex_in_new_york()
INES = day_first_user("Inés Garrido", "ines.garrido@example.es", "Europe/Madrid")
TIAGO = day_first_user("Tiago Carvalheira", "tiago.carvalheira@example.pt", "Europe/Lisbon")
KAI = day_first_user("Kai Riedmüller", "kai.riedmueller@example.de", "Europe/Berlin")
LOU = day_first_user("Lou Vandamme", "lou.vandamme@example.be", "Europe/Brussels")
FEMKE = day_first_user("Femke Aalbers", "femke.aalbers@example.nl", "Europe/Amsterdam")
NICO = day_first_user("Nicolò Ferrante", "nicolo.ferrante@example.it", "Europe/Rome")
ANIL = day_first_user("Anil Rathore", "anil.rathore@example.com", "Asia/Dubai")

EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
PT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"
GST_DATE = "Mon, 02 Mar 2026 10:00:00 +0400"
EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"

# A reply whose only hiring word is the subject's bare "entrevista" ("Re: Entrevista"): read
# alone, the word is as often a press interview's (so only medium wording); the daemon's store
# knows the thread, the message alone does not.
_BARE_SUBJECT = pytest.mark.xfail(
    strict=True, reason="a bare 'entrevista' subject over a settled time is no hiring context"
)
_BARE_SUBJECT_IDS = {
    "es-re-entrevista-over-a-time-settled",
    "pt-re-remarcacao-da-entrevista-over-combinado",
}
# Withdrawn after the review: "un entretien avec M. ..." is also a school's, a notary's and
# a letting agent's.
_UN_ENTRETIEN = pytest.mark.xfail(
    strict=True, reason="'un entretien avec M. ...' alone is no sign of hiring"
)

# (id, user, sender, subject, body, date, kind)
KINDS = [
    (
        "es-re-entrevista-over-a-time-settled",
        INES,
        "Borja Landaluce <borja@estudio-lonja.example>",
        "Re: Entrevista",
        "¡Estupendo, Inés! Pues quedamos el miércoles a las 12:30 en el estudio (Calle Lonja,"
        " 4). Vendrá también Itziar, de producción.\n\nBorja"
        + quoted(
            "Inés Garrido <ines.garrido@example.es>",
            "Sat, 28 Feb 2026 at 18:40",
            "Hola Borja, el miércoles a mediodía me viene bien.\n\nUn saludo,\nInés",
        ),
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "pt-re-remarcacao-da-entrevista-over-combinado",
        TIAGO,
        "Marta Quintela <marta.quintela@tecelagem-ave.example>",
        "Re: Remarcação da entrevista",
        "Olá Tiago,\n\nCombinado: fica então para quarta-feira, dia 4, às 11h00, na fábrica de"
        " Guimarães. Estarei eu e o Rui Sampaio.\n\nCumprimentos,\nMarta",
        PT_DATE,
        Kind.INTERVIEW,
    ),
    (
        "es-trap-a-press-entrevista-stays-other",
        INES,
        "Redacción Diario Norte <redaccion@diarionorte.example>",
        "Entrevista para el suplemento de empleo",
        "Hola Inés,\n\nEstamos preparando un reportaje sobre jóvenes ingenieras y nos gustaría"
        " hacerte una entrevista para el periódico. ¿Te viene bien el miércoles a las 12:30"
        " por teléfono?\n\nUn saludo,\nLa redacción",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "es-trap-a-friend-asking-about-the-entrevista",
        INES,
        "Lucía <lucia.mendia@gmail.com>",
        "¿Qué tal la entrevista?",
        "¡Hola guapa! ¿Qué tal fue la entrevista? Cuéntamelo el viernes a las 21:00 en la"
        " cena, que invito yo.\n\nBesos,\nLucía",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "de-hr-reminds-an-outsider-of-ihr-gespraech",
        KAI,
        "Gipfelbahnen Tirol – HR <hr@gipfelbahnen.example>",
        "Erinnerung: Ihr Gespräch morgen um 10 Uhr",
        "Sehr geehrter Herr Riedmüller,\n\nwir erinnern Sie an Ihr Gespräch morgen, Dienstag,"
        " 3. März, um 10 Uhr. Treffpunkt ist die Bergstation, Büro im 2. Stock. Sie sprechen"
        " mit Frau Gerlinde Mairhofer (Leitung Technik).\n\nIhr HR-Team",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-un-entretien-avec-m-in-the-text",
        LOU,
        "Agnès Delcourt <agnes.delcourt@brasserie-sambre.example>",
        "Proposition de rendez-vous",
        "Bonjour Monsieur,\n\nJe vous confirme que nous vous attendons jeudi 5 mars à 10h pour"
        " un entretien avec M. Baudouin Rasquin, directeur de production.\n\nBien à vous,\n"
        "Agnès Delcourt",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-trap-a-bank-advisers-entretien-stays-other",
        LOU,
        "Votre agence <agence.namur@banque-meuse.example>",
        "Votre rendez-vous",
        "Bonjour,\n\nNous vous proposons un entretien avec M. Paul Gérard, votre conseiller, le"
        " jeudi 5 mars à 10h à l'agence, pour faire le point sur votre prêt immobilier.\n\n"
        "Cordialement,\nVotre agence",
        EU_DATE,
        Kind.OTHER,
    ),
    (
        "fr-a-european-hiring-systems-reminder",
        LOU,
        "Sambre Brasserie <noreply@sambre-brasserie.taleez.com>",
        "Rappel : votre entretien demain",
        "Bonjour Lou,\n\nPetit rappel : vous avez rendez-vous demain à 14h avec Corentin"
        " Lhoest. Lien visio : https://sambre-brasserie.example/visio\n\nL'équipe Sambre",
        EU_DATE,
        Kind.INTERVIEW,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [
        pytest.param(
            *k[1:],
            id=k[0],
            marks=_BARE_SUBJECT
            if k[0] in _BARE_SUBJECT_IDS
            else _UN_ENTRETIEN
            if k[0] == "fr-un-entretien-avec-m-in-the-text"
            else (),
        )
        for k in KINDS
    ],
)
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Interviews of a European job search, and their traps."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


def test_hr_writing_to_its_own_staff_is_no_interview() -> None:
    """The same reminder from hr@ to an address at the company's own domain: an employee's
    talk with their manager, not a candidate's interview."""
    staff = day_first_user("Kai Riedmüller", "k.riedmueller@gipfelbahnen.example", "Europe/Berlin")
    kind, _ = _read(
        staff,
        "Gipfelbahnen Tirol – HR <hr@gipfelbahnen.example>",
        "Erinnerung: Ihr Gespräch morgen um 10 Uhr",
        "Sehr geehrter Herr Riedmüller,\n\nwir erinnern Sie an Ihr Gespräch morgen, Dienstag,"
        " 3. März, um 10 Uhr, im Büro im 2. Stock. Sie sprechen mit Frau Gerlinde Mairhofer"
        " (Leitung Technik).\n\nIhr HR-Team",
        EU_DATE,
    )
    assert kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Passt, dann Do 8 Uhr beim Container.",
        "Das passt, also Mi 14 Uhr bei uns im Büro.",
        "That's perfect for me: I will be there on Tuesday at 3pm.",
        "That is fine with me.",
        "C'est parfait pour moi : je serai présent mardi à 15h.",
        "Für mich passt das: ich bin am Dienstag um 15 Uhr da.",
        "Me viene perfecto: estaré allí el martes a las 15:00.",
        "Per me va benissimo: sarò da voi martedì alle 15.",
        "Dat komt mij goed uit: ik ben er dinsdag om 15.00 uur.",
        "Para mim está ótimo: estarei aí na terça às 15h.",
    ],
)
def test_a_reply_accepting_the_proposed_slot(text: str) -> None:
    """Accepting wording, said of the writer, with or without the time after it."""
    assert reply_accepts(text, default_lexicon()) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Passt es dir am Do 8 Uhr?",
        "That's perfect.",
        "Is that fine with you?",
        "Dis-moi si c'est parfait pour toi.",
    ],
)
def test_trap_no_acceptance(text: str) -> None:
    """A question, another's fit, or a bare "perfect" that may be either side's."""
    assert reply_accepts(text, default_lexicon()) is None


# (id, user, sender, subject, body, date, names)
PEOPLE = [
    (
        "fr-writer-cancelling-notre-entretien",
        LOU,
        "Maxime Lambot <maxime.lambot@verrerie-charleroi.example>",
        "Annulation de notre entretien de jeudi",
        "Bonjour Madame,\n\nJe suis au regret de devoir annuler notre entretien du jeudi 5 mars"
        " à 10h00 : le poste de soudeuse a été pourvu en interne. Toutes mes excuses.\n\n"
        "Meilleures salutations,\nMaxime Lambot\nChef d'atelier",
        EU_DATE,
        ["Maxime Lambot"],
    ),
    (
        "fr-trap-hr-cancelling-notre-entretien-arranges-only",
        LOU,
        "Maxime Lambot <maxime.lambot@verrerie-charleroi.example>",
        "Annulation de notre entretien de jeudi",
        "Bonjour Madame,\n\nJe suis au regret de devoir annuler notre entretien du jeudi 5 mars"
        " à 10h00 : le poste de soudeuse a été pourvu en interne. Toutes mes excuses.\n\n"
        "Meilleures salutations,\nMaxime Lambot\nResponsable RH",
        EU_DATE,
        [],
    ),
    (
        "de-writer-moving-unser-gespraech",
        KAI,
        "Henrike Ostendorf <h.ostendorf@kuestenwerft.example>",
        "Verschiebung: Vorstellungsgespräch Schiffbauer (m/w/d)",
        "Guten Tag Herr Riedmüller,\n\nleider muss ich unser Gespräch von Dienstag verschieben."
        " Neuer Termin: Donnerstag, 5. März, um 14 Uhr, gleicher Ort.\n\nViele Grüße\n"
        "Henrike Ostendorf\nTeamleitung Schiffbau",
        EU_DATE,
        ["Henrike Ostendorf"],
    ),
    (
        "es-writer-confirming-nuestra-entrevista",
        INES,
        "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
        "Entrevista – Técnica de calidad",
        "Hola Inés:\n\nTe confirmo nuestra entrevista el jueves 5 de marzo a las 10:00 en la"
        " planta de Bermeo.\n\nUn saludo,\nAitor Zubeldia\nJefe de planta",
        EU_DATE,
        ["Aitor Zubeldia"],
    ),
    (
        "fr-people-after-a-clause-with-courtesy-titles",
        LOU,
        "Thibault Renard <thibault.renard@cabinet-meuse.example>",
        "Entretien final – étape 3/3",
        "Bonjour Lou,\n\nLe dernier entretien aura lieu le jeudi 5 mars à 16h à notre bureau de"
        " Namur, avec Mme Sofie Verhelst (associée) et M. Arnaud Dethier (directeur"
        " financier). Comptez une heure trente.\n\nBien à vous,\nThibault Renard",
        EU_DATE,
        ["Arnaud Dethier", "Sofie Verhelst"],
    ),
    (
        "pt-people-after-a-clause-and-comigo",
        TIAGO,
        "Catarina Leal <catarina.leal@douro-energia.example>",
        "Entrevista final – Engenheira de Processo",
        "Cara Tiago,\n\nTemos o gosto de o convidar para a entrevista final na quarta-feira,"
        " 4 de março, às 15h, na nossa sede de Vila Real, com o Eng. Duarte Pimentel"
        " (Administrador) e comigo.\n\nCom os melhores cumprimentos,\nCatarina Leal",
        PT_DATE,
        ["Catarina Leal", "Duarte Pimentel"],
    ),
    (
        "es-tienes-la-entrevista-con-a-name",
        INES,
        "Selección <rrhh@aceites-jaen.example>",
        "Recordatorio: entrevista mañana a las 9:30",
        "Hola Inés,\n\nTe recordamos que mañana a las 9:30 tienes la entrevista en nuestra"
        " almazara de Baeza con Remedios Quesada.\n\nSaludos,\nRRHH",
        EU_DATE,
        ["Remedios Quesada"],
    ),
    (
        "nl-naast-mijzelf-schuift-aan",
        FEMKE,
        '"Mevr. Wilma Terpstra" <w.terpstra@zuiderzee-zorg.example>',
        "Bevestiging tweede gesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het tweede gesprek op woensdag 4 maart"
        " om 13.30 uur op ons kantoor in Lelystad. Naast mijzelf schuift de heer Klaas"
        " Zijlstra, lid van de cliëntenraad, aan.\n\nMet vriendelijke groet,\nWilma Terpstra\n"
        "Manager P&O",
        EU_DATE,
        ["Klaas Zijlstra", "Wilma Terpstra"],
    ),
    (
        "nl-trap-one-who-only-welcomes",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik ons sollicitatiegesprek op woensdag 4"
        " maart om 13.30 uur. Bij de receptie schuift de heer Klaas Zijlstra aan om u te"
        " verwelkomen.\n\nMet vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Wilma Terpstra"],
    ),
    (
        "de-und-ich-freuen-uns-after-a-spaced-dash",
        KAI,
        "Corinne Wyss <corinne.wyss@aare-medtech.example>",
        "Terminverschiebung: Interview Qualitätsingenieur",
        "Lieber Herr Riedmüller\n\nLeider muss ich den Termin verschieben. Neu schlagen wir"
        " Ihnen Donnerstag, 5. März, 15.30 Uhr, in Thun vor – Herr Dr. Matthias Zbinden und"
        " ich freuen uns.\n\nHerzliche Grüsse\nCorinne Wyss\nLeiterin Qualität",
        EU_DATE,
        ["Corinne Wyss", "Matthias Zbinden"],
    ),
    (
        "en-panel-will-be-without-its-article",
        ANIL,
        "Khalid Al-Hashimi <khalid.hashimi@gulfport-freight.example>",
        "Technical round - Fleet Systems Lead",
        "Dear Anil,\n\nKindly note your technical round is fixed for Thursday, March 5 at 11:00"
        " AM Dubai time (GST). Panel will be myself and Ms. Deepa Menon from IT. Link will be"
        " shared by our coordinator.\n\nRegards,\nKhalid Al-Hashimi\nHead of Fleet Technology",
        GST_DATE,
        ["Deepa Menon", "Khalid Al-Hashimi"],
    ),
    (
        "en-our-cto-by-his-given-name",
        ANIL,
        "Mariam Haddad <mariam@dunecode.example>",
        "Re: Next step",
        "Hi Anil,\n\nperfect, so we do it on Thursday 5 March at 10:00 (Dubai time). You will"
        " speak with me and our CTO Yusuf. We send you the invite from Google Calendar.\n\n"
        "Best\nMariam Haddad",
        GST_DATE,
        ["Mariam Haddad", "Yusuf"],
    ),
    (
        "en-trap-the-vp-sales-is-no-name",
        ANIL,
        "Mariam Haddad <mariam@dunecode.example>",
        "Interview - Account Executive",
        "Hi Anil,\n\nYour interview is confirmed for Thursday 5 March at 10:00 (Dubai time)."
        " You will speak with me and the VP Sales.\n\nBest\nMariam Haddad",
        GST_DATE,
        ["Mariam Haddad"],
    ),
    (
        "it-colloquio-con-me-e-a-given-name",
        NICO,
        "Ottavia Sangiorgi <ottavia.sangiorgi@laguna-software.example>",
        "Colloquio tecnico – Sviluppatore backend",
        "Ciao Nicolò,\n\nti mando l'invito per il colloquio tecnico con me e Ruggero, giovedì"
        " 5 marzo alle 11:30 su Teams.\n\nOttavia Sangiorgi",
        EU_DATE,
        ["Ottavia Sangiorgi", "Ruggero"],
    ),
    (
        "it-colloquio-con-me-e-a-colleague",
        NICO,
        "Ottavia Sangiorgi <ottavia.sangiorgi@laguna-software.example>",
        "Colloquio tecnico – Sviluppatore backend",
        "Ciao Nicolò,\n\nti confermo il colloquio tecnico giovedì 5 marzo alle 11:30 su Teams,"
        " il colloquio tecnico con me e Ruggero Bellandi. Tieni a portata di mano il tuo"
        " editor.\n\nOttavia",
        EU_DATE,
        ["Ottavia Sangiorgi", "Ruggero Bellandi"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [p[1:] for p in PEOPLE],
    ids=[p[0] for p in PEOPLE],
)
def test_the_people_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """Who takes part, in continental European mail (and in a Gulf company's English)."""
    kind, found = _read(ctx, sender, subject, body, date)
    assert kind in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED)
    assert found == people


def test_the_users_reply_kept_as_a_copy_names_whom_it_answers() -> None:
    """The user's acceptance sent to themself only (the others in Bcc): the people are the
    quoted author's invitation's, and the author themself."""
    body = (
        "Dear Ms Fairbairn,\n\nThat is perfect for me: I will be at your office on Tuesday"
        " 3 March at 3pm to meet Mr Okonjo and yourself.\n\nKind regards,\nAlex Morgan"
        + quoted(
            "Moira Fairbairn <moira.fairbairn@kestrel-rail.example>",
            "Fri, 27 Feb 2026 at 17:31",
            "Dear Alex,\n\nWould you be available on Tuesday 3 March at 3pm for an interview"
            " with Mr Chidi Okonjo, operations director, and myself?\n\nKind regards,\n"
            "Moira Fairbairn",
        )
    )
    raw = mail(
        sender="Alex Morgan <alex.morgan@gmail.com>",
        subject="RE: Interview proposal",
        body=body,
        to="Alex Morgan <alex.morgan@gmail.com>",
        date=EN_DATE,
        headers={"In-Reply-To": "<prop.1@kestrel-rail.example>"},
    )
    result = understand(raw, ALEX)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 3, 20, 0, tzinfo=dt.UTC)
    assert sorted(p.name or "" for p in result.interview.interviewers) == [
        "Chidi Okonjo",
        "Moira Fairbairn",
    ]
