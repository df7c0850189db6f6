"""Families of session 21: who takes part, read in more of the ways people write it.

Opened from the readable dev halves and written from scratch for these tests (no evaluation
message is copied): panels named with their members, the writer who comes along with a
colleague ("Vou eu e", "Ik ben er samen met"), a colleague who "also"
joins the writer's interview, the undersigned in an Italian list, names after an
invitation's addressees, a bracket or a list the client wrapped, and traps that must keep
their reading.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind
from tests.unit.understand.messages import alex_in_new_york, day_first_user
from tests.unit.understand.messages import kind_and_people as _read

LUCA = day_first_user("Luca Marini", "luca.marini@example.com", "Europe/Rome")
JULIE = day_first_user("Julie Martin", "julie.martin@example.com", "America/Toronto")
AWA = day_first_user("Mariam Traoré", "mariam.traore@example.com", "Africa/Abidjan")
ANA = day_first_user("Ana Souza", "ana.souza@example.com", "America/Sao_Paulo")
NOOR_BE = day_first_user("Noor Claes", "noor.claes@example.com", "Europe/Brussels")
NOOR_NL = day_first_user("Noor Claes", "noor.claes@example.com", "Europe/Amsterdam")
SOFIA = day_first_user(
    "Sofía Herrera", "sofia.herrera@example.com", "America/Argentina/Buenos_Aires"
)
LENA = day_first_user("Lena Vogt", "lena.vogt@example.com", "Europe/Berlin")
AMIR = day_first_user("Amir Haddad", "amir.haddad@example.com", "Australia/Sydney")

EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"
EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
GMT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"
SA_DATE = "Mon, 02 Mar 2026 10:00:00 -0300"
AU_DATE = "Mon, 02 Mar 2026 10:00:00 +1100"


# (id, user, sender, subject, body, date, the people read)
PEOPLE = [
    (
        "it-the-undersigned-in-a-list",
        LUCA,
        "Elena Sala <elena.sala@brera-ottica.example>",
        "Invito a colloquio - Analista",
        "Gentile Luca,\n\nsaremmo lieti di incontrarla per un colloquio giovedì 12 marzo alle"
        " 15:00 presso la nostra sede.\nAl colloquio parteciperanno Marta Ferri (Responsabile"
        " Acquisti) e la sottoscritta.\n\nCordiali saluti,\nElena Sala\nHR, Brera Ottica\n",
        EU_DATE,
        ["Elena Sala", "Marta Ferri"],
    ),
    (
        "it-will-welcome-you",
        LUCA,
        "Elena Sala <elena.sala@brera-ottica.example>",
        "Promemoria colloquio",
        "Buongiorno,\n\nle ricordo il colloquio di giovedì 12 marzo alle 15.00 presso i nostri"
        " uffici di Bergamo.\nLa accoglieranno il signor Paolo Neri, direttore, e la signora"
        " Lucia Gatti, responsabile amministrativa.\n\nCordiali saluti,\nElena Sala\n",
        EU_DATE,
        ["Lucia Gatti", "Paolo Neri"],
    ),
    (
        "fr-the-committee-is-made-of",
        JULIE,
        "Sophie Lavoie <sophie.lavoie@fleuve-energie.example>",
        "Convocation à une entrevue",
        "Bonjour Julie,\n\nNous avons le plaisir de vous convier à une entrevue le mardi 10 mars"
        " à 10 h (heure de Montréal) à nos bureaux.\nLe comité sera composé de M. Luc Girard,"
        " directeur financier, et de Mme Anne Roy-Pelletier, conseillère RH.\n\nAu plaisir,\n"
        "Sophie Lavoie\n",
        EN_DATE,
        ["Anne Roy-Pelletier", "Luc Girard"],
    ),
    (
        "es-the-committee-is-made-of",
        SOFIA,
        "Paula Ríos <paula.rios@andes-salud.example>",
        "Entrevista - Analista de Datos",
        "Hola Sofía:\n\nTe confirmamos la entrevista para el martes 10 de marzo a las 11:00 en"
        " nuestras oficinas.\nEl comité de selección estará integrado por la Dra. Inés Vidal,"
        " directora médica, y el Ing. Tomás Vera, jefe de planta.\n\nSaludos,\nPaula Ríos\n",
        SA_DATE,
        ["Inés Vidal", "Tomás Vera"],
    ),
    (
        "de-the-panel-consists-of",
        LENA,
        "Miriam Kast <miriam.kast@isar-leasing.example>",
        "Einladung zum Vorstellungsgespräch",
        "Liebe Frau Vogt,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Dienstag, 10. März,"
        " um 10:00 Uhr in unserem Büro.\nDas Auswahlgremium besteht aus Frau Dr. Eva Brandt,"
        " Leiterin Finanzen, und Herrn Jonas Keller, Teamleiter Controlling.\n\nMit freundlichen"
        " Grüßen\nMiriam Kast\n",
        EU_DATE,
        ["Eva Brandt", "Jonas Keller"],
    ),
    (
        "fr-with-wrapped-before-the-name",
        AWA,
        "Ibrahima Diallo <i.diallo@lagune-reseaux.example>",
        "Convocation à un entretien - Ingénieure réseau",
        "Bonjour Mariam,\n\nNous vous confirmons votre entretien le mardi 10 mars à 15h, à nos"
        " bureaux du Plateau. Vous passerez cet entretien avec\nAwa Koné, notre responsable des"
        " opérations.\n\nCordialement,\nIbrahima Diallo\nRessources humaines\n",
        GMT_DATE,
        ["Awa Koné"],
    ),
    (
        "pt-i-go-with-a-colleague",
        ANA,
        "Rafael Lima <rafael.lima@cerrado-tech.example>",
        "Entrevista - Analista de Dados",
        "Oi Ana,\n\nConfirmo a sua entrevista na quarta-feira, 4 de março, às 10h. Vamos estar eu"
        " e a Beatriz Prado (gerente de produto), pelo Teams.\n\nAbs,\nRafael\n",
        SA_DATE,
        ["Beatriz Prado", "Rafael Lima"],
    ),
    (
        "nl-i-am-there-with",
        NOOR_BE,
        "Pieter Goossens <pieter@kanaal-studio.example>",
        "Uitnodiging sollicitatiegesprek ontwerper",
        "Dag Noor,\n\nGraag bevestig ik je sollicitatiegesprek op donderdag 5 maart om 14u op ons"
        " kantoor (Kouter 3).\nIk ben er samen met Sanne Wuyts, onze creatief directeur.\n\n"
        "Pieter\n",
        EU_DATE,
        ["Pieter Goossens", "Sanne Wuyts"],
    ),
    (
        "nl-a-colleague-also-joins-our-interview",
        NOOR_BE,
        "Ine Maes <ine.maes@dokken-logistiek.example>",
        "Nieuwe datum voor ons gesprek",
        "Dag Noor,\n\nDoor een wijziging in de planning moeten we ons sollicitatiegesprek van"
        " dinsdag\nverplaatsen. Het gaat nu door op vrijdag 6 maart om 11 uur, zelfde adres.\n"
        "Onze teamleider, Joris Claeys, schuift ook aan.\n\nGroetjes,\nIne Maes\nHR, Dokken"
        " Logistiek\n",
        EU_DATE,
        ["Ine Maes", "Joris Claeys"],
    ),
    (
        "nl-a-colleague-also-joins-wrapped",
        NOOR_NL,
        "Bram de Vries <bram.devries@polder-data.example>",
        "Tweede gesprek Data-analist",
        "Beste Noor,\n\nHierbij bevestig ik het tweede gesprek op woensdag 11 maart om 10:00 op"
        " ons kantoor. Femke Bos (manager Analytics)\nschuift ook aan; we bespreken samen je"
        " case.\n\nGroet,\nBram de Vries\nTeamlead BI, Polder Data\n",
        EU_DATE,
        ["Bram de Vries", "Femke Bos"],
    ),
    (
        "nl-an-interview-with-a-full-name",
        NOOR_NL,
        "Lotte Jansen <lotte.jansen@polder-data.example>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Noor,\n\nJe sollicitatiegesprek met Femke Bos (manager Analytics) is op woensdag"
        " 11 maart om 10:00 op ons kantoor in Utrecht.\n\nMet vriendelijke groet,\nLotte Jansen\n"
        "Recruiter, Polder Data\n",
        EU_DATE,
        ["Femke Bos"],
    ),
    (
        "en-the-invite-went-to-them",
        AMIR,
        "Georgia Tan <georgia.tan@saltpan-health.example>",
        "Re: Interview times - Data Analyst",
        "Hi Amir,\n\nLet's lock in Thursday 12 March at 10:30am (Sydney time) then. I've sent the"
        " Teams invite to Dr Priya Raman (Head of\nClinical Data) and Owen Walsh (Data Lead), who"
        " will be interviewing you.\n\nGeorgia\nPeople & Culture\n",
        AU_DATE,
        ["Owen Walsh", "Priya Raman"],
    ),
    (
        "fr-my-colleague-will-also-be-there",
        day_first_user("Quentin Dubois", "quentin.dubois@example.net", "Europe/Brussels"),
        "Benoît Leclercq <benoit.leclercq@sablon-conseil.example>",
        "Entretien - consultant junior",
        "Bonjour Quentin,\n\nJe vous confirme notre entretien mardi 10 mars à 11h au bureau, rue"
        " de la Loi 42. Ma collègue Sophie Lambert, associée, sera aussi présente.\n\nBonne"
        " soirée,\nBenoît Leclercq\n",
        EU_DATE,
        ["Benoît Leclercq", "Sophie Lambert"],
    ),
    (
        "en-the-panel-in-brackets",
        alex_in_new_york(),
        "Alondra Reyes <alondra.reyes@mesa-health.example>",
        "Onsite interview - Nurse Informaticist",
        "Hi Alex,\n\nYou're confirmed for Thursday 3/12 at 1:30pm ET. The panel (Dr. Nia Roe,"
        " CNO, and Brent Hall, Director of Nursing Informatics) will meet you in Room 4B.\n\n"
        "Alondra\nRecruiting Coordinator\n",
        EN_DATE,
        ["Brent Hall", "Nia Roe"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [p[1:] for p in PEOPLE],
    ids=[p[0] for p in PEOPLE],
)
def test_the_people_of_the_interview_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """Who takes part is read from panels, writers who come along, colleagues who also
    join, an Italian undersigned, an invitation's addressees and wrapped lines."""
    kind, found = _read(ctx, sender, subject, body, date)
    assert kind is Kind.INTERVIEW
    assert found == people


def test_a_name_a_wrapper_joined_to_the_date_line_below() -> None:
    """A details block ("with our Director, Jane Roe" over the date line) that a hard wrap
    joined reads the name without the weekday, and the next line stays its own."""
    body = (
        "Hi Alex,\n\nThanks for speaking with me yesterday. As promised, here are the details:\n\n"
        "Phone interview with our Director of Operations, Colette Arsenault\n"
        "Wednesday, March 11, 2026 at 11:00 AM Eastern\n"
        "She will call you at the number you gave me.\n\nRonan Pike\nHR Coordinator\n"
    )
    kind, found = _read(
        alex_in_new_york(),
        "Ronan Pike <ronan.pike@tidewater-fish.example>",
        "Phone interview on the 11th",
        body,
        EN_DATE,
    )
    assert kind is Kind.INTERVIEW
    assert found == ["Colette Arsenault"]


class TestTrapsKeepTheirReading:
    def test_a_company_after_an_interview_with(self) -> None:
        """'je sollicitatiegesprek met Zuidas Vastgoed' from an agency names the client, not
        a person: an industry word ends a company's name."""
        kind, found = _read(
            NOOR_NL,
            "Sven Kok <sven@brug-werving.example>",
            "Je gesprek bij onze klant",
            "Hoi Noor,\n\nGoed nieuws: je sollicitatiegesprek met Zuidas Vastgoed is op vrijdag 13"
            " maart om 14:00, op hun kantoor.\n\nSucces!\nSven Kok\n",
            EU_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == []

    def test_a_greeter_at_the_door_in_italian(self) -> None:
        """'La accoglierà all'ingresso ... della reception' names who greets, not who
        interviews."""
        kind, found = _read(
            LUCA,
            "Elena Sala <elena.sala@brera-ottica.example>",
            "Promemoria colloquio",
            "Buongiorno,\n\nle ricordo il colloquio di giovedì 12 marzo alle 15.00 con il nostro"
            " direttore.\nLa accoglierà all'ingresso Paolo Neri della reception.\n\nCordiali"
            " saluti,\nElena Sala\nHR\n",
            EU_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert "Paolo Neri" not in found

    def test_someone_there_to_let_the_user_in(self) -> None:
        """'Kate Lee will be there to let you in' names the door, not the panel."""
        kind, found = _read(
            alex_in_new_york(),
            "Jo Park <jo.park@harbor-analytics.example>",
            "Interview confirmed",
            "Hi Alex,\n\nConfirming your interview with Dana Ruiz on Thursday, March 12 at 10am"
            " ET at our office. Kate Lee will be there to let you in.\n\nJo\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == ["Dana Ruiz"]

    def test_a_colleague_who_joins_without_also_adds_no_writer(self) -> None:
        """A recruiter's 'Tom Visser schuift aan' beside the interviewer named says nothing
        of the recruiter taking part."""
        kind, found = _read(
            NOOR_NL,
            "Lotte Jansen <lotte.jansen@polder-data.example>",
            "Uitnodiging sollicitatiegesprek",
            "Beste Noor,\n\nJe gesprek met Femke Bos (manager Analytics) is op woensdag 11 maart om"
            " 10:00 op ons kantoor in Utrecht. Tom Visser schuift aan.\n\nMet vriendelijke groet,"
            "\nLotte Jansen\nRecruiter, Polder Data\n",
            EU_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert "Lotte Jansen" not in found
        assert "Femke Bos" in found

    def test_vou_eu_e_before_a_thing(self) -> None:
        """'Vou eu e o carro' names nobody: a person after it is capitalised."""
        kind, found = _read(
            ANA,
            "Rafael Lima <rafael.lima@cerrado-tech.example>",
            "Entrevista - Analista de Dados",
            "Oi Ana,\n\nConfirmo a sua entrevista na quarta-feira, 4 de março, às 10h, no nosso"
            " escritório da Paulista. Vou eu e o carro da empresa buscar você na estação.\n\n"
            "Abs,\nRafael\n",
            SA_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert "Rafael Lima" not in found


# Families of eval23's dev half (session 21), written from scratch with other people,
# companies and places.
UK = day_first_user("Maeve Quinn", "maeve.quinn@example.org", "Europe/London")
UK_DATE = "Mon, 02 Mar 2026 12:00:00 +0000"

KINDS = [
    (
        "en-founder-reply-under-a-field-role-subject",
        UK,
        "Lars Holm <lars@nordlys-robotics.example>",
        "Re: Firmware role",
        "Maeve - tomorrow at 9 works. I'll ring you on the number in your CV, should take half"
        " an hour.\n/Lars\n\nOn 2 Mar 2026, at 11:05, Maeve Quinn wrote:\n> Hi Lars,\n>\n> I'm"
        " free any morning this week.\n>\n> Maeve\n",
        UK_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-settled-under-an-application-subject-with-the-address",
        UK,
        "Ruth Ashdown <ruth@quire-books.example>",
        "Re: Production Editor application",
        "Lovely - 5/3 at 2.30 it is. We're at 22 Leather Lane, buzz Quire Books.\nRuth\n\n"
        "On Mon, 2 Mar 2026 at 11:40, Maeve Quinn <maeve.quinn@example.org> wrote:\n> Dear Ruth,"
        "\n> Thank you! Thursday afternoon would suit me best.\n> Maeve\n",
        UK_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-a-call-asked-about-a-named-role-then-settled",
        alex_in_new_york(),
        "Priya Vance <priya@ledgerline.example>",
        "Re: tomorrow?",
        "Great - tomorrow at 3pm it is. I'll call you.\nP.\n\nOn Mon, Mar 2, 2026 at 1:31 PM Alex"
        " Morgan <alex.morgan@gmail.com> wrote:\n> Hi Priya, yes, free tomorrow afternoon. Alex\n"
        "\nOn Mon, Mar 2, 2026 at 12:50 PM Priya Vance <priya@ledgerline.example> wrote:\n> Hi"
        " Alex, any chance you're free tomorrow for a quick call with me? I run finance here and"
        " would love to talk about the Controller role.\n",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-praised-work-and-received-at-the-office",
        AMIR,
        "Tama Rewiti <tama@flax-studio.example>",
        "Catch up next week?",
        "Kia ora Amir,\n\nLoved your portfolio. Let's say 11am on Thursday 12 March at our"
        " Newtown studio. I'll bring along Aria Cole, who runs our design team.\n\nTama\n"
        "Founder, Flax Studio\n",
        AU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-postponed-and-a-new-date-to-come",
        alex_in_new_york(),
        "Donna Price <dprice@maple-rail.example>",
        "Interview on Thursday - postponed",
        "Good morning Alex,\n\nI'm writing to let you know we need to postpone your interview"
        " scheduled for this Thursday (March 5) at 1:30 pm. Our superintendent has been called"
        " away for the rest of the week.\n\nWe will reach out as soon as we can to set a new"
        " date. Sorry for the inconvenience.\n\nDonna Price\nHuman Resources\n",
        EN_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-cancelled-and-rebooked-in-one-mail",
        AMIR,
        "Jo Hart <jo.hart@murray-water.example>",
        "Change of plan for your interview",
        "Hi Amir,\n\nUnfortunately our Tuesday 10 March session has to be cancelled - two of the"
        " panel are away on site.\n\nWe've rebooked you for Friday 13 March at 11am Sydney time"
        " instead, same place.\n\nRegards,\nJo Hart\nHR Advisor\n",
        AU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-not-progressing-yours",
        AMIR,
        "Wombat Bank <wombatbank@teamtailor-mail.com>",
        "Your application for Risk Analyst at Wombat Bank",
        "Hi Amir,\n\nThank you for applying for the Risk Analyst role. After reviewing all"
        " applications, we won't be progressing yours to the interview stage.\n\nKind regards,\n"
        "Wombat Bank People Team\n",
        AU_DATE,
        Kind.REJECTION,
    ),
    (
        "es-you-will-not-continue-in-the-process",
        SOFIA,
        "Selección Pampa Agro <seleccion@pampa-agro.example>",
        "Resultado de tu postulación – Analista Comercial",
        "Hola Sofía:\n\nGracias por tu interés y por el tiempo dedicado a las entrevistas.\nLuego"
        " de evaluar a todos los candidatos, te informamos que en esta oportunidad no continuarás"
        " en el proceso.\n\nEquipo de Selección\n",
        SA_DATE,
        Kind.REJECTION,
    ),
    (
        "it-cancelled-with-the-post-filled-wrapped-wide",
        LUCA,
        "Giulia Conte <giulia.conte@brenta-design.example>",
        "Annullamento colloquio del 12 marzo",
        "Gentile Luca,\n\nsiamo spiacenti di comunicarle che il colloquio previsto per giovedì 12"
        " marzo alle ore\n11:30 è annullato: la posizione di Product Owner è stata coperta"
        " internamente, con\nnostro rammarico, da un collega già presente in azienda da anni.\n\n"
        "Cordiali saluti,\nGiulia Conte\n",
        EU_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-moved-you-and-updated-the-invitation",
        UK,
        "Paul Kirsch <paul.kirsch@saar-fund.example>",
        "Re: Fund Accountant - next step",
        "Hi Maeve,\n\nSmall change: could we move you from Wednesday to Thursday 12 March at"
        " 15:00? Same place, same people. I've updated the invitation - no need to reply unless"
        " it doesn't work.\n\nPaul\n\nOn Mon, 2 Mar 2026 at 09:20, Paul Kirsch"
        " <paul.kirsch@saar-fund.example> wrote:\n> Great - confirmed for Wednesday 11 March at"
        " 14:00 with Eva Roth (Head of Operations). Paul\n",
        UK_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-no-interview-just-coffee",
        UK,
        "Cian Doyle <cian.doyle@mailbox.example>",
        "Coffee next week?",
        "Hey Maeve,\n\nGreat to connect through the alumni network! Happy to tell you what it's"
        " like working in insurance. No interview, just coffee :)\nDoes Wednesday 11th at 8:30"
        " work, at the café on Dame Street?\n\nCian\n",
        UK_DATE,
        Kind.OTHER,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS],
    ids=[k[0] for k in KINDS],
)
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Replies settling a time under a field or an application subject, a call asked about
    a named role, praised work received at the office, a postponement with the new date to
    come, a cancel-and-rebook, plain rejections, a wide wrap, and a coffee said not to be
    an interview."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


PEOPLE_23 = [
    (
        "en-the-panel-is-now",
        AMIR,
        "Jo Hart <jo.hart@murray-water.example>",
        "Interview confirmed",
        "Hi Amir,\n\nConfirming your interview on Friday 13 March at 11am Sydney time. The panel"
        " is now Connor Walsh (Operations Manager) and Beth Yarra (Senior\nHydrologist).\n\nJo\n",
        AU_DATE,
        ["Beth Yarra", "Connor Walsh"],
    ),
    (
        "en-from-our-side",
        UK,
        "Søren Holm <soren.holm@havn-energy.example>",
        "Interview, Market Analyst",
        "Dear Maeve,\n\nWe would like to invite you to a video interview on Tuesday 10 March at"
        " 14:00 UK time.\nFrom our side: myself and Maja Lund, team lead for market analytics."
        "\n\nBest regards\nSøren Holm\nHead of Market Analysis\n",
        UK_DATE,
        ["Maja Lund", "Søren Holm"],
    ),
    (
        "en-on-the-call-along-with",
        AMIR,
        "Bree Nolan <bree.nolan@gum-analytics.example>",
        "Interview - Data Engineer",
        "Hi Amir,\n\nWe'd like to lock in Wednesday 11 March at 4pm Sydney time. I'll be on the"
        " call along with Minh Tran, our lead data engineer.\n\nCheers,\nBree Nolan\nHead of"
        " Data\n",
        AU_DATE,
        ["Bree Nolan", "Minh Tran"],
    ),
    (
        "it-conducted-by-with-a-title-wrapped",
        LUCA,
        "Sara Ferri <s.ferri@tevere-advisory.example>",
        "Conferma colloquio – Analista",
        "Gentile Luca,\n\nle confermiamo il colloquio per giovedì 12 marzo alle ore 15:00.\n"
        "Il colloquio sarà condotto dal dott. Marco Rinaldi, Partner, e dall'ing.\nElena"
        " Fabbri-Osei, Senior Manager.\n\nCordiali saluti,\nSara Ferri\nRisorse Umane\n",
        EU_DATE,
        ["Elena Fabbri-Osei", "Marco Rinaldi"],
    ),
    (
        "en-a-rank-then-a-department-on-each-line",
        alex_in_new_york(),
        "Lakeshore Clinic <lakeshore@talent.icims.com>",
        "Interview Invitation - Logistics Planner",
        "Dear Alex,\n\nWe are pleased to invite you to interview on Tuesday, March 10, 2026 at"
        " 9:00 AM Eastern.\n\nYou will meet with:\nMarta Ruiz-Hale, Director, Supply Chain\n"
        "Tom Obi, Senior Planner\n\nLakeshore Clinic Talent Acquisition\n",
        EN_DATE,
        ["Marta Ruiz-Hale", "Tom Obi"],
    ),
    (
        "es-we-will-interview-you-sentence-first",
        SOFIA,
        "Valeria Soto <valeria.soto@lago-litio.example>",
        "Entrevista – Analista de Operaciones",
        "Hola Sofía:\n\nTe confirmo la entrevista el martes 10 de marzo a las 10:00 en nuestras"
        " oficinas.\nTe entrevistaremos Ignacio Prieto, gerente de operaciones, y yo.\n\n"
        "Saludos,\nValeria Soto\n",
        SA_DATE,
        ["Ignacio Prieto", "Valeria Soto"],
    ),
    (
        "en-the-writer-on-the-list-only-welcomes",
        AMIR,
        "Gina Park <gina.park@saltbush-insure.example>",
        "Interview details: Analytics Manager",
        "Hi Amir,\n\nYour panel interview is on Monday 9 March, 10:00-11:00am Sydney time.\n\n"
        "Your panel:\n  * Meredith Vance - Director of Analytics\n  * Jai Rao - Principal Data"
        " Scientist\n  * Gina Park - Talent Acquisition (me; I'll just look after the welcome"
        " and won't be assessing)\n\nKind regards,\nGina\n",
        AU_DATE,
        ["Jai Rao", "Meredith Vance"],
    ),
    (
        "en-i-will-bring-our-manager-comma-name",
        alex_in_new_york(),
        "Dot Baker <dot.baker@tidal-power.example>",
        "Interview at the plant",
        "Hi Alex,\n\nHappy to see you on Tuesday, March 10 at 2pm at the plant. I'll bring our"
        " plant manager, René Comeau. Reception at the main gate will have your name.\n\nDot"
        " Baker\nMaintenance Superintendent\n",
        EN_DATE,
        ["Dot Baker", "René Comeau"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [p[1:] for p in PEOPLE_23],
    ids=[p[0] for p in PEOPLE_23],
)
def test_more_people_of_the_interview_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """A panel "is now", "From our side:", "on the call along with", a title wrapped after
    its honorific, a rank then a department, a Spanish "Te" that is no person, a writer who
    only welcomes, and "our plant manager, René Comeau"."""
    kind, found = _read(ctx, sender, subject, body, date)
    assert kind is Kind.INTERVIEW
    assert found == people


class TestEval23TrapsKeepTheirReading:
    def test_a_mortgage_application_at_an_address_is_no_interview(self) -> None:
        """A lender settling a time under "Re: Mortgage application", with its address, is
        no interview: the application is not for a job."""
        kind, _ = _read(
            UK,
            "Nia Hale <nia.hale@harbour-lending.example>",
            "Re: Mortgage application",
            "Lovely - 5/3 at 2.30 it is. We're at 22 Leather Lane, buzz Harbour Lending.\nNia\n\n"
            "On Mon, 2 Mar 2026 at 11:40, Maeve Quinn <maeve.quinn@example.org> wrote:\n> Dear"
            " Nia,\n> Thursday afternoon would suit me best.\n> Maeve\n",
            UK_DATE,
        )
        assert kind is not Kind.INTERVIEW

    def test_a_friend_asking_if_you_are_free_for_a_coffee(self) -> None:
        """A friend's "any chance you're free tomorrow for a coffee?" from a personal address
        asks for no interview time."""
        kind, _ = _read(
            UK,
            "Orla Byrne <orla.byrne@gmail.com>",
            "tomorrow?",
            "Hi Maeve, any chance you're free tomorrow for a coffee? I'd love to hear how the"
            " new flat is going.\nOrla\n",
            UK_DATE,
        )
        assert kind not in (Kind.INTERVIEW, Kind.SCHEDULING_REQUEST)

    def test_postponed_to_a_stated_new_time_stays_an_interview(self) -> None:
        """ "Postpone your interview to Friday at 10am ... we'll send a new calendar invite"
        states the new time: an interview at it."""
        kind, _ = _read(
            alex_in_new_york(),
            "Donna Price <dprice@maple-rail.example>",
            "Interview moved",
            "Good morning Alex,\n\nWe need to postpone your interview from Thursday to Friday,"
            " March 6 at 10am. We'll send a new calendar invite shortly.\n\nDonna Price\nHuman"
            " Resources\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW

    def test_moving_you_between_two_new_times_asks(self) -> None:
        """ "Could we move you to Thursday at 15:00 or Friday at 10:00?" with no invitation
        changed asks the user to choose."""
        kind, _ = _read(
            UK,
            "Paul Kirsch <paul.kirsch@saar-fund.example>",
            "Re: Fund Accountant - next step",
            "Hi Maeve,\n\nSmall change: could we move you from Wednesday to Thursday 12 March at"
            " 15:00 or Friday 13 March at 10:00? Let me know which suits.\n\nPaul\n\nOn Mon, 2"
            " Mar 2026 at 09:20, Paul Kirsch <paul.kirsch@saar-fund.example> wrote:\n> Great -"
            " confirmed for Wednesday 11 March at 14:00 with Eva Roth. Paul\n",
            UK_DATE,
        )
        assert kind is Kind.SCHEDULING_REQUEST

    def test_it_is_an_interview_just_bring_your_cv(self) -> None:
        """ "It is an interview, just bring your CV" says it is one: no "not"."""
        kind, _ = _read(
            UK,
            "Cian Doyle <cian.doyle@harbour-lending.example>",
            "Interview on Wednesday",
            "Hi Maeve,\n\nConfirming Wednesday 11 March at 8:30 at our Dame Street office for"
            " the analyst role. It is an interview, just bring your CV.\n\nCian\n",
            UK_DATE,
        )
        assert kind is Kind.INTERVIEW

    def test_a_full_title_then_a_name_on_one_line(self) -> None:
        """ "Jane Roe, CTO, Raj Patel" keeps Raj Patel a person: only a bare rank takes a
        department after it."""
        kind, found = _read(
            alex_in_new_york(),
            "Lakeshore Clinic <lakeshore@talent.icims.com>",
            "Interview Invitation - Logistics Planner",
            "Dear Alex,\n\nWe are pleased to invite you to interview on Tuesday, March 10, 2026 at"
            " 9:00 AM Eastern.\n\nYou will meet with:\nMarta Ruiz-Hale, CTO, Tom Obi\nAnn Lee,"
            " Engineer\n\nLakeshore Clinic Talent Acquisition\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert "Tom Obi" in found
