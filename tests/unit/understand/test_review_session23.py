"""Adversarial review of session 23's rules: traps (and a few true readings) written from
scratch to probe each new rule; failures are marked xfail with what the classifier does."""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from tests.unit.understand.messages import alex_in_new_york, day_first_user, mail

ALEX = alex_in_new_york()
# Alex with a work address at Kestrel Analytics as well (the user as an employee).
ALEX_AT_WORK = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com", "alex.morgan@kestrel-analytics.example"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
)
NIAMH = day_first_user("Niamh Doyle", "niamh.doyle@example.com", "Europe/Dublin")
LENA = day_first_user("Lena Vogt", "lena.vogt@example.com", "Europe/Berlin")
JULIE = day_first_user("Julie Martin", "julie.martin@example.com", "Europe/Paris")
SOFIA = day_first_user("Sofía Herrera", "sofia.herrera@example.com", "Europe/Madrid")
GIULIA = day_first_user("Giulia Fabbri", "giulia.fabbri@example.com", "Europe/Rome")
DAAN = day_first_user("Daan de Wit", "daan.dewit@example.com", "Europe/Amsterdam")
RUI = day_first_user("Rui Almeida", "rui.almeida@example.com", "Europe/Lisbon")

EN = "Mon, 02 Mar 2026 15:04:00 -0500"
IE = "Mon, 02 Mar 2026 15:04:00 +0000"
EU = "Mon, 02 Mar 2026 10:00:00 +0100"
PT = "Mon, 02 Mar 2026 10:00:00 +0000"

_ALEX = "Alex Morgan <alex.morgan@gmail.com>"
_DANA = "Dana Whitley <dana.whitley@corvel-labs.example>"
_CIARAN = "Ciarán Byrne <ciaran.byrne@liffeyworks.example>"
_NIAMH = "Niamh Doyle <niamh.doyle@example.com>"


def _gq(text: str) -> str:
    """Lines quoted with "> " as Gmail writes them."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _thread(reply: str, *history: tuple[str, str, str]) -> str:
    """A Gmail reply over its history (who, when, text), newest first, each quote nested."""
    if not history:
        return reply
    (who, when, text), rest = history[0], history[1:]
    inner = _thread(text, *rest)
    return f"{reply}\n\nOn {when}, {who} wrote:\n\n{_gq(inner)}\n"


def _outlook(reply: str, who: str, to: str, subject: str, text: str) -> str:
    """A reply over an Outlook "From: / Sent:" block."""
    return (
        f"{reply}\n\n________________________________\nFrom: {who}\n"
        f"Sent: Friday, February 27, 2026 11:05 AM\nTo: {to}\nSubject: {subject}\n\n{text}\n"
    )


_FRI = "Fri, Feb 27, 2026 at 4:10 PM"
_MON = "Mon, Mar 2, 2026 at 9:30 AM"

# Thursday, March 5 at 2pm Eastern (19:00 UTC), confirmed by the hiring side.
_BOOKED = (
    _DANA,
    _FRI,
    "Hi Alex,\n\nI'm pleased to confirm your onsite interview for the Senior Analyst role on"
    " Thursday, March 5 at 2:00 PM ET at 55 Water Street, 9th floor.\n\nBest,\nDana Whitley\n"
    "Talent Partner, Corvel Labs",
)
# The same time asked by the hiring side and taken by the user.
_ASKED = (
    _DANA,
    _FRI,
    "Hi Alex,\n\nWould Thursday, March 5 at 2 PM ET work for an onsite interview for the"
    " Senior Analyst role?\n\nDana",
)
_TAKEN = (_ALEX, _MON, "Hi Dana,\n\nThat works - see you Thursday at 2.\n\nAlex")
# Thursday 5th March at 10am in Dublin, an Outlook confirmation.
_DUBLIN = (
    "Hi Niamh,\n\nDelighted to confirm your interview for the Payroll Lead role on Thursday"
    " 5th March at 10am at our Grand Canal Dock office.\n\nKind regards,\nCiarán Byrne\n"
    "HR Business Partner"
)


def _dublin(reply: str) -> str:
    """A reply over the Outlook block of Ciarán's confirmation to Niamh."""
    return _outlook(reply, _CIARAN, _NIAMH, "Interview - Payroll Lead", _DUBLIN)


# (id, ctx, sender, subject, body, date, kind, whether the kind must be it or must not be it)
IS, NOT = True, False
KINDS = [
    # --- 1. A reply under the booking its quoted thread made -----------------------------
    (
        "under-booking-true-reading-documents-without-a-question",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nThanks - please bring your passport and the original of your degree"
            " certificate on the day for our right-to-work check.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "under-booking-calls-off-without-cancel-wording",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nI'm so sorry to do this at short notice. The role has been put on hold"
            " by our finance team, so Thursday won't go ahead. I'll be in touch if it reopens."
            "\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-the-user-withdrew-in-quoted-words",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nUnderstood, and thank you for letting us know. Best of luck in the new"
            " role!\n\nDana",
            (
                _ALEX,
                _MON,
                "Hi Dana,\n\nThank you, but I've just accepted another offer, so I'd like to"
                " withdraw my application.\n\nAlex",
            ),
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-the-user-cancelled-in-quoted-words",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "No problem at all, I've let the panel know. Take care.\n\nDana",
            (
                _ALEX,
                _MON,
                "Hi Dana,\n\nI'm afraid I have to cancel Thursday - a family emergency means"
                " I'll be out of town all week. Sorry for the trouble.\n\nAlex",
            ),
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-hands-over-to-a-colleague-to-rearrange",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nToday is my last day at Corvel. My colleague Sam Ortiz will be your"
            " contact from now on and will be in touch to find a new date, as the panel has"
            " changed.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-accepted-time-still-waits-for-the-manager",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Thanks Alex. I still need to check that the hiring manager is free then - I'll"
            " confirm by tomorrow.\n\nDana",
            _TAKEN,
            _ASKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-accepted-time-the-panel-can-no-longer-make-it",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nApologies - the panel can no longer make that slot after all. I'll come"
            " back to you with new options this week.\n\nDana",
            _TAKEN,
            _ASKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-a-friend-replies-good-luck",
        ALEX,
        "Jamie Cole <jamie.cole@gmail.com>",
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Ha, brilliant - you'll smash it. Drinks on me afterwards, obviously.\n\nJ",
            (_ALEX, _MON, "Look what came through!! Fingers crossed.\n\nA"),
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-a-conditional-confirmation",
        ALEX,
        _DANA,
        "Re: Senior Analyst - assessment",
        _thread(
            "Hi Alex,\n\nThanks for sending the assessment back. The team will review it this"
            " week.\n\nDana",
            (
                _DANA,
                _FRI,
                "Hi Alex,\n\nIf you pass the written assessment, your onsite interview will take"
                " place on Thursday, March 5 at 2:00 PM ET.\n\nDana",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-the-user-interviews-for-their-employer",
        ALEX_AT_WORK,
        "Priya Shah <priya.shah@kestrel-analytics.example>",
        "Re: Interview panel - Data Engineer candidate",
        _thread(
            "Thanks Alex, I've booked room 4B for it. Jordan's CV is attached.\n\nPriya",
            (
                "Priya Shah <priya.shah@kestrel-analytics.example>",
                _FRI,
                "Hi Alex,\n\nConfirming you're on the panel to interview Jordan Vale for the"
                " Data Engineer role on Thursday, March 5 at 2:00 PM.\n\nPriya",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-a-dentists-practice",
        ALEX,
        "Bright Smile Dental <reception@brightsmile-dental.example>",
        "Re: Appointment confirmation",
        _thread(
            "Hi Alex,\n\nNoted. Please arrive ten minutes early to fill in the new patient"
            " form.\n\nBright Smile Dental",
            (
                _ALEX,
                _MON,
                "Thanks! 2pm is ideal as I have a job interview that morning.\n\nAlex",
            ),
            (
                "Bright Smile Dental <reception@brightsmile-dental.example>",
                _FRI,
                "Dear Alex,\n\nYour appointment with Dr Patel is confirmed for Thursday, March 5"
                " at 2:00 PM.\n\nBright Smile Dental",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-a-letting-agents-viewing",
        ALEX,
        "Marcus Bell <marcus@bell-lettings.example>",
        "Re: Viewing - 14 Orchard Road",
        _thread(
            "Hi Alex,\n\nThe keys are with the neighbour at number 12. Good luck with the"
            " interview in the morning!\n\nMarcus",
            (
                "Marcus Bell <marcus@bell-lettings.example>",
                _FRI,
                "Hi Alex,\n\nI'm pleased to confirm your viewing of 14 Orchard Road on Thursday,"
                " March 5 at 2:00 PM.\n\nMarcus Bell\nBell Lettings",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-the-outlook-thread-true-reading",
        NIAMH,
        _CIARAN,
        "RE: Interview - Payroll Lead",
        _dublin("Hi Niamh,\n\nReceived, thank you - the panel has your CV.\n\nCiarán"),
        IE,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "under-booking-the-outlook-thread-rejection-without-the-word",
        NIAMH,
        _CIARAN,
        "RE: Interview - Payroll Lead",
        _dublin(
            "Hi Niamh,\n\nI'm sorry to let you know that we have offered the role to an internal"
            " candidate this morning, so there's no need to come in on Thursday. Thanks for"
            " your interest in Liffeyworks.\n\nCiarán"
        ),
        IE,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "de-under-booking-true-reading-parking",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "AW: Vorstellungsgespräch - Teamleitung Disposition",
        _outlook(
            "Hallo Frau Vogt,\n\nvielen Dank, eine Parkkarte liegt am Empfang für Sie bereit."
            "\n\nBeste Grüße\nJonas Keller",
            "Jonas Keller <jonas.keller@spree-logistik.example>",
            "Lena Vogt <lena.vogt@example.com>",
            "Vorstellungsgespräch - Teamleitung Disposition",
            "Sehr geehrte Frau Vogt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am"
            " Donnerstag, 5. März 2026 um 14:00 Uhr in unserem Büro am Ostbahnhof.\n\nMit"
            " freundlichen Grüßen\nJonas Keller\nPersonalabteilung",
        ),
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "fr-under-booking-the-post-is-frozen",
        JULIE,
        "Claire Dubois <claire.dubois@loire-conseil.example>",
        "RE: Entretien - Chargée de projet",
        _outlook(
            "Bonjour Julie,\n\nSuite à une réorganisation interne, le recrutement pour ce poste"
            " est gelé jusqu'à nouvel ordre. Nous reviendrons vers vous dès que possible.\n\n"
            "Bien cordialement,\nClaire Dubois",
            "Claire Dubois <claire.dubois@loire-conseil.example>",
            "Julie Martin <julie.martin@example.com>",
            "Entretien - Chargée de projet",
            "Bonjour Julie,\n\nJe vous confirme votre entretien le jeudi 5 mars 2026 à 14h00"
            " dans nos locaux de Nantes.\n\nBien cordialement,\nClaire Dubois\nRH",
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "es-under-booking-a-friend-wishes-luck",
        SOFIA,
        "Marta Ruiz <marta.ruiz.g@gmail.com>",
        "RE: Entrevista - Analista de Riesgos",
        _outlook(
            "¡Qué bien, Sofi! Mucha suerte, ya me contarás cómo te va. Un abrazo\n\nMarta",
            "Sofía Herrera <sofia.herrera@example.com>",
            "Marta Ruiz <marta.ruiz.g@gmail.com>",
            "RV: Entrevista - Analista de Riesgos",
            "Mira lo que me ha llegado :)\n\nDe: Lucía Gómez <lucia.gomez@banco-meseta.example>"
            "\nHola Sofía,\n\nTe confirmo la entrevista el jueves 5 de marzo a las 16:00 en"
            " nuestra oficina de Castellana.\n\nSaludos,\nLucía Gómez\nRRHH",
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "nl-under-booking-the-user-withdrew-in-quoted-words",
        DAAN,
        "Sanne Bakker <sanne.bakker@grachten-data.example>",
        "Re: Sollicitatiegesprek - Data Analist",
        _thread(
            "Beste Daan,\n\nJammer, maar begrijpelijk. Veel succes bij je nieuwe werkgever!\n\n"
            "Groet,\nSanne",
            (
                "Daan de Wit <daan.dewit@example.com>",
                "ma 2 mrt 2026 om 09:30",
                "Beste Sanne,\n\nIk heb inmiddels een andere baan aangenomen en trek mij daarom"
                " terug uit de procedure.\n\nGroet,\nDaan",
            ),
            (
                "Sanne Bakker <sanne.bakker@grachten-data.example>",
                "vr 27 feb 2026 om 16:10",
                "Beste Daan,\n\nHierbij bevestig ik je sollicitatiegesprek op donderdag 5 maart"
                " om 14.00 uur op ons kantoor aan de Herengracht.\n\nGroet,\nSanne Bakker",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "pt-under-booking-true-reading-reception",
        RUI,
        "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
        "RE: Entrevista - Analista de Dados",
        _outlook(
            "Olá Rui,\n\nObrigada. Quando chegar, dirija-se à receção do piso 3.\n\n"
            "Cumprimentos,\nMarta",
            "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
            "Rui Almeida <rui.almeida@example.com>",
            "Entrevista - Analista de Dados",
            "Olá Rui,\n\nConfirmo a sua entrevista na quinta-feira, 5 de março, às 15h00, na"
            " nossa sede do Parque das Nações.\n\nCumprimentos,\nMarta Figueiredo",
        ),
        PT,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "under-booking-an-out-of-office-typed-by-hand",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi, I'm out of the office until Monday, March 9 with limited access to email. For"
            " anything urgent please contact talent@corvel-labs.example.\n\nDana",
            _TAKEN,
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-the-company-will-send-new-times",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nSorry, we need to move Thursday - our hiring manager is off sick. I'll"
            " send you new times tomorrow.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "de-under-booking-a-rejection",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "AW: Vorstellungsgespräch - Teamleitung Disposition",
        _outlook(
            "Sehr geehrte Frau Vogt,\n\nleider müssen wir Ihnen mitteilen, dass wir uns"
            " inzwischen für eine interne Kandidatin entschieden haben. Der Termin am"
            " Donnerstag entfällt daher.\n\nMit freundlichen Grüßen\nJonas Keller",
            "Jonas Keller <jonas.keller@spree-logistik.example>",
            "Lena Vogt <lena.vogt@example.com>",
            "Vorstellungsgespräch - Teamleitung Disposition",
            "Sehr geehrte Frau Vogt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am"
            " Donnerstag, 5. März 2026 um 14:00 Uhr in unserem Büro am Ostbahnhof.\n\nMit"
            " freundlichen Grüßen\nJonas Keller\nPersonalabteilung",
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "es-under-booking-the-process-is-paused",
        SOFIA,
        "Lucía Gómez <lucia.gomez@banco-meseta.example>",
        "RE: Entrevista - Analista de Riesgos",
        _outlook(
            "Hola Sofía,\n\nTe escribo para avisarte de que el proceso queda en pausa por una"
            " reorganización interna. Te contactaremos cuando se reactive.\n\nSaludos,\nLucía",
            "Lucía Gómez <lucia.gomez@banco-meseta.example>",
            "Sofía Herrera <sofia.herrera@example.com>",
            "Entrevista - Analista de Riesgos",
            "Hola Sofía,\n\nTe confirmo la entrevista el jueves 5 de marzo a las 16:00 en"
            " nuestra oficina de Castellana.\n\nSaludos,\nLucía Gómez\nRRHH",
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "under-booking-an-offer-instead-of-the-onsite",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nGood news - the team has decided we don't need the onsite after all."
            " We'd like to offer you the Senior Analyst role at $118,000 a year! The formal offer"
            " letter will follow today.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    # --- 2. The hiring side moving the booked day to a new hour ---------------------------
    (
        "move-a-delivery-same-day",
        ALEX,
        "Northline Furniture <deliveries@northline-furniture.example>",
        "Re: Your delivery - order 4471",
        _thread(
            "Hi Alex,\n\nCould we make it 4pm instead? Same day - our van is running behind."
            "\n\nNorthline Deliveries",
            (_ALEX, _MON, "Great, thanks. I have a job interview in the morning so 2pm is ideal."),
            (
                "Northline Furniture <deliveries@northline-furniture.example>",
                _FRI,
                "Hi Alex,\n\nYour delivery is confirmed for Thursday, March 5 at 2:00 PM.\n\n"
                "Northline Deliveries",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "move-the-dentist-back",
        ALEX,
        "Bright Smile Dental <reception@brightsmile-dental.example>",
        "Re: Appointment confirmation",
        _thread(
            "Hi Alex,\n\nCould we push Thursday back to 4pm? Dr Patel is in surgery until"
            " then.\n\nBright Smile Dental",
            (_ALEX, _MON, "Thanks! 2pm is ideal as I have a job interview that morning."),
            (
                "Bright Smile Dental <reception@brightsmile-dental.example>",
                _FRI,
                "Dear Alex,\n\nYour appointment with Dr Patel is confirmed for Thursday, March 5"
                " at 2:00 PM.\n\nBright Smile Dental",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "move-the-users-own-interview-panel",
        ALEX_AT_WORK,
        "Priya Shah <priya.shah@kestrel-analytics.example>",
        "Re: Interview panel - Data Engineer candidate",
        _thread(
            "Hi Alex,\n\nCan we shift to 4pm instead of 2pm on Thursday? Jordan's train is"
            " delayed.\n\nPriya",
            (
                "Priya Shah <priya.shah@kestrel-analytics.example>",
                _FRI,
                "Hi Alex,\n\nConfirming you're on the panel to interview Jordan Vale for the"
                " Data Engineer role on Thursday, March 5 at 2:00 PM.\n\nPriya",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "move-to-another-day-with-the-booked-hour",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we push it back to Friday at 2pm instead? The panel is short on"
            " Thursday.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        # The hiring side moving its one booking to one new time, asked as a courtesy, is
        # the interview at the new time (the blind labels of eval25 and eval26, session 23).
        IS,
    ),
    (
        "move-offered-as-a-choice",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nWould you rather keep 2pm or move to 4pm instead? Either works for the"
            " panel.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "move-only-if-the-panel-runs-over",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nIf the earlier panel runs over, could we make it 4pm instead? I'll"
            " know by Wednesday.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "move-true-reading-bring-it-forward",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we bring Thursday forward to 11am? Our VP has to fly out in the"
            " afternoon.\n\nDana",
            _BOOKED,
        ),
        EN,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "de-move-a-delivery-verschieben",
        LENA,
        "Paketdienst Nord <termine@paketdienst-nord.example>",
        "AW: Liefertermin Waschmaschine",
        _thread(
            "Guten Tag Frau Vogt,\n\nkönnen wir die Lieferung am selben Tag auf 16 Uhr"
            " verschieben?\n\nIhr Paketdienst Nord",
            (
                "Lena Vogt <lena.vogt@example.com>",
                "Mo., 2. März 2026 um 09:30",
                "Danke! Vormittags habe ich ein Vorstellungsgespräch, 14 Uhr passt also gut.",
            ),
            (
                "Paketdienst Nord <termine@paketdienst-nord.example>",
                "Fr., 27. Feb. 2026 um 16:10",
                "Guten Tag Frau Vogt,\n\nIhr Liefertermin ist bestätigt: Donnerstag, 5. März"
                " 2026, 14:00 Uhr.\n\nIhr Paketdienst Nord",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "de-move-true-reading-stattdessen",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "AW: Vorstellungsgespräch - Teamleitung Disposition",
        _outlook(
            "Hallo Frau Vogt,\n\nkönnten wir stattdessen um 16 Uhr beginnen? Am selben Tag,"
            " gleicher Ort.\n\nBeste Grüße\nJonas Keller",
            "Jonas Keller <jonas.keller@spree-logistik.example>",
            "Lena Vogt <lena.vogt@example.com>",
            "Vorstellungsgespräch - Teamleitung Disposition",
            "Sehr geehrte Frau Vogt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am"
            " Donnerstag, 5. März 2026 um 14:00 Uhr in unserem Büro am Ostbahnhof.\n\nMit"
            " freundlichen Grüßen\nJonas Keller\nPersonalabteilung",
        ),
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "es-move-the-dentist-en-lugar-de",
        SOFIA,
        "Clínica Dental Sonrisa <citas@clinica-sonrisa.example>",
        "RE: Confirmación de cita",
        _thread(
            "Hola Sofía,\n\n¿Podemos pasarlo a las 18:00 en lugar de las 16:00 el mismo día? La"
            " doctora tiene una urgencia.\n\nClínica Dental Sonrisa",
            (
                "Sofía Herrera <sofia.herrera@example.com>",
                "lun, 2 mar 2026 a las 9:30",
                "Perfecto, gracias. Por la mañana tengo una entrevista de trabajo.",
            ),
            (
                "Clínica Dental Sonrisa <citas@clinica-sonrisa.example>",
                "vie, 27 feb 2026 a las 16:10",
                "Hola Sofía,\n\nTe confirmamos tu cita con la Dra. Ramos el jueves 5 de marzo a"
                " las 16:00.\n\nClínica Dental Sonrisa",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "nl-move-a-house-viewing",
        DAAN,
        "Makelaardij Vondel <info@vondel-makelaars.example>",
        "Re: Bezichtiging Prinsengracht 120",
        _thread(
            "Beste Daan,\n\nKunnen we de bezichtiging op dezelfde dag verschuiven naar 16.00"
            " uur? De huidige huurder is pas later thuis.\n\nMakelaardij Vondel",
            (
                "Daan de Wit <daan.dewit@example.com>",
                "ma 2 mrt 2026 om 09:30",
                "Top, dank je. 's Ochtends heb ik een sollicitatiegesprek, dus 14.00 uur is prima.",
            ),
            (
                "Makelaardij Vondel <info@vondel-makelaars.example>",
                "vr 27 feb 2026 om 16:10",
                "Beste Daan,\n\nHierbij bevestigen wij de bezichtiging op donderdag 5 maart om"
                " 14.00 uur.\n\nMakelaardij Vondel",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "pt-move-to-another-day",
        RUI,
        "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
        "RE: Entrevista - Analista de Dados",
        _outlook(
            "Olá Rui,\n\nPodemos passar para as 15h00 de sexta-feira, em vez de quinta? O"
            " diretor está fora na quinta.\n\nCumprimentos,\nMarta",
            "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
            "Rui Almeida <rui.almeida@example.com>",
            "Entrevista - Analista de Dados",
            "Olá Rui,\n\nConfirmo a sua entrevista na quinta-feira, 5 de março, às 15h00, na"
            " nossa sede do Parque das Nações.\n\nCumprimentos,\nMarta Figueiredo",
        ),
        PT,
        Kind.INTERVIEW,
        # The hiring side moving its one booking to one new time, asked as a courtesy, is
        # the interview at the new time (the blind labels of eval25 and eval26, session 23).
        IS,
    ),
    (
        "it-move-a-parents-meeting-spostare",
        GIULIA,
        "Scuola Primaria Leopardi <segreteria@leopardi-scuola.example>",
        "R: Colloquio con i docenti",
        _thread(
            "Gentile signora Fabbri,\n\nsarebbe possibile spostare l'incontro alle 18 invece"
            " che alle 17, lo stesso giorno?\n\nLa segreteria",
            (
                "Scuola Primaria Leopardi <segreteria@leopardi-scuola.example>",
                "ven 27 feb 2026 alle ore 16:10",
                "Gentile signora Fabbri,\n\nle confermiamo il colloquio con i docenti giovedì 5"
                " marzo alle 17.\n\nLa segreteria",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "fr-move-true-reading-decaler-le-meme-jour",
        JULIE,
        "Claire Dubois <claire.dubois@loire-conseil.example>",
        "RE: Entretien - Chargée de projet",
        _outlook(
            "Bonjour Julie,\n\nSerait-il possible de décaler à 16h00 plutôt, le même jour ?"
            " Notre directrice sort d'un comité.\n\nBien cordialement,\nClaire Dubois",
            "Claire Dubois <claire.dubois@loire-conseil.example>",
            "Julie Martin <julie.martin@example.com>",
            "Entretien - Chargée de projet",
            "Bonjour Julie,\n\nJe vous confirme votre entretien le jeudi 5 mars 2026 à 14h00"
            " dans nos locaux de Nantes.\n\nBien cordialement,\nClaire Dubois\nRH",
        ),
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "it-move-true-reading-spostare-invece",
        GIULIA,
        "Stefano Rinaldi <stefano.rinaldi@navigli-tech.example>",
        "R: Colloquio - Backend Developer",
        _thread(
            "Buongiorno Giulia,\n\npossiamo spostare alle 16 invece delle 15, lo stesso"
            " giorno? Il responsabile tecnico ha un imprevisto.\n\nStefano",
            (
                "Stefano Rinaldi <stefano.rinaldi@navigli-tech.example>",
                "ven 27 feb 2026 alle ore 16:10",
                "Buongiorno Giulia,\n\nle confermo il colloquio per la posizione di Backend"
                " Developer giovedì 5 marzo alle 15:00 nella nostra sede.\n\nStefano Rinaldi",
            ),
        ),
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    # --- 3. A table's second cell; a clock labelled after the day ------------------------
    (
        "label-the-time-remains-for-a-car-service",
        ALEX,
        "Hudson Auto Care <service@hudson-autocare.example>",
        "Your service booking - update",
        "Hi Alex,\n\nWe've moved your car's annual service to our Queens workshop on Thursday,"
        " March 5. The time remains 10:00 a.m. Good luck with the interview you mentioned!\n\n"
        "Hudson Auto Care",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "label-the-time-is-for-the-users-own-panel",
        ALEX_AT_WORK,
        "Priya Shah <priya.shah@kestrel-analytics.example>",
        "Jordan Vale - second interview",
        "Hi Alex,\n\nJordan Vale's second interview is on Thursday, March 5 in room 4B. The"
        " time is 10:00 a.m.; please review the CV beforehand and send feedback in Greenhouse."
        "\n\nPriya",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "label-the-time-was-of-a-cancelled-interview",
        ALEX,
        _DANA,
        "Second interview - Senior Analyst",
        "Hi Alex,\n\nI'm sorry, but we have to cancel your second interview on Thursday, March"
        " 5. The time was 10:00 a.m.; I'll send new options next week.\n\nDana",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "de-label-true-reading-die-uhrzeit-bleibt",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "Ihr zweites Gespräch",
        "Sehr geehrte Frau Vogt,\n\nIhr zweites Vorstellungsgespräch findet am Donnerstag, 5."
        " März, per Teams statt. Die Uhrzeit bleibt 14:00 Uhr.\n\nMit freundlichen Grüßen\n"
        "Jonas Keller",
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "fr-label-a-tennis-round",
        JULIE,
        "Tennis Club de Nantes <contact@tc-nantes.example>",
        "Tournoi de printemps - deuxième tour",
        "Bonjour Julie,\n\nVotre match du deuxième tour aura lieu le jeudi 5 mars sur le court"
        " 3. L'heure reste 18h00.\n\nSportivement,\nTC Nantes",
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "label-a-second-round-of-physiotherapy",
        ALEX,
        "Midtown Physio <bookings@midtown-physio.example>",
        "Your next appointment",
        "Hi Alex,\n\nYour second round of physiotherapy starts on Thursday, March 5. The time"
        " is 10:00 a.m. - please bring comfortable clothes.\n\nMidtown Physio",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "nl-label-a-chess-clubs-second-round",
        DAAN,
        "Schaakclub De Toren <wedstrijden@detoren-schaak.example>",
        "Tweede ronde clubcompetitie",
        "Beste Daan,\n\nDe tweede ronde van de clubcompetitie is op donderdag 5 maart. De tijd"
        " blijft 19.30 uur.\n\nMet schaakgroet,\nDe wedstrijdleider",
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "es-label-true-reading-la-hora-sigue-siendo",
        SOFIA,
        "Lucía Gómez <lucia.gomez@banco-meseta.example>",
        "Segunda entrevista - Analista de Riesgos",
        "Hola Sofía,\n\nTu segunda entrevista será el jueves 5 de marzo por Teams en lugar"
        " de en la oficina. La hora sigue siendo las 16:00.\n\nSaludos,\nLucía Gómez\nRRHH",
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    # --- 4. Confirmation wording: wraps, places, "I will be there", numbered rounds -------
    (
        "wrap-not-yet-able-to-confirm",
        ALEX,
        _DANA,
        "Onsite interview - Senior Analyst",
        "Hi Alex,\n\nThanks for your patience. We are not yet able to\nconfirm your onsite"
        " interview for Thursday, March 5 at 2:00 PM, as the panel is\nstill being arranged."
        "\n\nDana",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "wrap-a-condition-on-the-line-above",
        ALEX,
        _DANA,
        "Onsite interview - Senior Analyst",
        "Hi Alex,\n\nIf the hiring manager signs off on the headcount today, we'll\nsee you for"
        " the onsite interview on Thursday, March 5 at 2:00 PM.\n\nDana",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "i-will-be-there-a-birthday-party",
        ALEX,
        "Jamie Cole <jamie.cole@gmail.com>",
        "Re: Sam's 30th",
        _thread(
            "Thanks for the invite! I will be there, straight after my interview prep.\n\nJ",
            (
                _ALEX,
                _MON,
                "Hi all,\n\nSam's 30th is on Saturday, March 7 at 8pm at The Anchor. Hope you"
                " can make it!\n\nAlex",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "i-will-be-there-a-recruiter-at-a-meetup",
        ALEX,
        "Tess Ward <tess.ward@quillon-robotics.example>",
        "Re: Data meetup on Thursday",
        _thread(
            "Hi Alex,\n\nGreat to hear from you. I will be there too - come and say hi at the"
            " Quillon stand, though it's no interview, just a chat about the team.\n\nTess",
            (
                _ALEX,
                _MON,
                "Hi Tess, are you going to the data meetup on Thursday, March 5 at 6pm?\n\nAlex",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "i-will-be-there-as-long-as-the-leave-is-signed-off",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Great, thanks Alex - keep me posted.\n\nDana",
            (
                _ALEX,
                _MON,
                "Hi Dana,\n\nThank you - I will be there, as long as my manager signs off the"
                " leave. I'll confirm tomorrow.\n\nAlex",
            ),
            _ASKED,
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "place-is-perfect-a-friends-dinner",
        ALEX,
        "Jamie Cole <jamie.cole@gmail.com>",
        "Re: dinner?",
        _thread(
            "Saturday at 8pm at The Anchor is perfect. We can celebrate your interview!\n\nJ",
            (_ALEX, _MON, "Dinner Saturday? 8pm at The Anchor?"),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "place-is-perfect-only-if",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nThursday at 2pm at Water Street is perfect if the panel signs off -"
            " I'll come back to you tomorrow to confirm.\n\nDana",
            (_ALEX, _MON, "Hi Dana, could I do Thursday at 2pm?"),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "pt-entao-a-friends-dinner",
        RUI,
        "Rita Costa <rita.costa.pt@gmail.com>",
        "Re: Jantar de sábado",
        _thread(
            "Combinado! Sábado às 20h00 então, no restaurante da minha tia. Boa sorte com a"
            " entrevista de quinta!\n\nRita",
            (
                "Rui Almeida <rui.almeida@example.com>",
                "seg., 2/03/2026 às 09:30",
                "Jantar no sábado às 20h?",
            ),
        ),
        PT,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "pt-entao-asked-back",
        RUI,
        "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
        "RE: Entrevista - Analista de Dados",
        "Olá Rui, quinta-feira às 15h00 então, ou prefere outro horário? Diga-me qualquer"
        " coisa.\n\nMarta",
        PT,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "it-secondo-colloquio-with-a-psychologist",
        GIULIA,
        "Studio Ferri Psicologia <studio@ferri-psicologia.example>",
        "Secondo colloquio",
        "Gentile Giulia,\n\nle confermo il secondo colloquio di sostegno psicologico giovedì 5"
        " marzo alle 18:00 presso lo studio di via Tortona.\n\nDott.ssa Marta Ferri",
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "it-colloquio-finale-of-a-masters-course",
        GIULIA,
        "Segreteria Master <master@polimi-formazione.example>",
        "Colloquio finale - Master in Data Science",
        "Gentile Giulia,\n\nil colloquio finale del Master (discussione del project work) si"
        " terrà giovedì 5 marzo alle 9:30 in aula B2. Si prega di portare un documento.\n\n"
        "La segreteria del Master",
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "it-terzo-colloquio-at-the-bank-for-a-mortgage",
        GIULIA,
        "Banca Padana <mutui@banca-padana.example>",
        "Terzo colloquio per il mutuo",
        "Gentile cliente,\n\nle confermiamo il terzo colloquio con il suo consulente per la"
        " pratica di mutuo giovedì 5 marzo alle 11:00 presso la filiale di Brera.\n\n"
        "Banca Padana",
        EU,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "it-secondo-colloquio-true-reading",
        GIULIA,
        "Stefano Rinaldi <stefano.rinaldi@navigli-tech.example>",
        "Secondo colloquio - Backend Developer",
        "Buongiorno Giulia,\n\nle confermo il secondo colloquio per la posizione di Backend"
        " Developer giovedì 5 marzo alle 15:00 nella nostra sede di via Tortona.\n\nStefano"
        " Rinaldi\nHR, Navigli Tech",
        EU,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "final-stage-heading-a-kitchen-renovation",
        ALEX,
        "Rob Keane <rob@keane-builders.example>",
        "Re: Final stage - Kitchen Renovation",
        "Hi Alex,\n\nThat's locked in: Thursday, March 5 at 8am we start the worktops and"
        " tiling. The crew will need the side gate open.\n\nRob Keane\nKeane Builders",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "final-stage-heading-a-chess-tournament",
        ALEX,
        "Metro Chess League <fixtures@metrochess.example>",
        "Final stage - Spring Rapid Championship",
        "Dear Alex,\n\nCongratulations on qualifying! You are confirmed for the final on"
        " Saturday, March 7 at 10:00 AM at the Marshall Chess Club.\n\nMetro Chess League",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "second-stage-heading-a-planning-consultation",
        ALEX,
        "Planning Department <planning@townofrye.example>",
        "Second stage - Public Consultation on the Harbor Plan",
        "Dear resident,\n\nWe are pleased to confirm the public meeting on Thursday, March 5"
        " at 6:00 PM at Town Hall. All residents are welcome.\n\nPlanning Department",
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "final-stage-heading-true-reading",
        ALEX,
        "Priya Nandakumar <priya@ledgerline-search.example>",
        "Final stage - Senior Product Manager",
        "Hi Alex,\n\nGreat news - the client has confirmed Thursday, March 5 at 2pm at their"
        " Hudson Yards office.\n\nPriya Nandakumar\nLedgerline Search",
        EN,
        Kind.INTERVIEW,
        IS,
    ),
    (
        "we-will-be-there-a-careers-fair-stand",
        ALEX,
        "Tess Ward <tess.ward@quillon-robotics.example>",
        "Re: Graduate scheme question",
        _thread(
            "Hi Alex,\n\nGood question! We will be there at the NYU careers fair on Thursday,"
            " March 5 from 10am - drop by our stand and we can talk it through.\n\nTess",
            (_ALEX, _MON, "Hi Tess, does the graduate scheme take people from physics?"),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "final-stage-heading-a-vendor-selection",
        ALEX_AT_WORK,
        "Leo Grant <leo.grant@dataforge-sales.example>",
        "Re: Final stage - Vendor Selection for Kestrel Analytics",
        _thread(
            "Hi Alex,\n\nThursday, March 5 at 2pm is perfect for our final pitch to your"
            " procurement team. See you then.\n\nLeo Grant\nAccount Executive, Dataforge",
            (
                "Alex Morgan <alex.morgan@kestrel-analytics.example>",
                _MON,
                "Hi Leo, could you present to procurement on Thursday at 2pm?",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    # --- 5. The user's own reply naming nobody ------------------------------------------
    (
        "users-reply-to-a-landlord-who-names-people",
        ALEX,
        _ALEX,
        "Re: Viewing - 14 Orchard Road",
        _thread(
            "Perfect, Thursday at 6pm it is. See you both then!\n\nAlex",
            (
                "Clare Boyd <clare.boyd@gmail.com>",
                _FRI,
                "Hi Alex,\n\nMy husband Martin Boyd and I would like to show you the flat. Would"
                " Thursday, March 5 at 6pm suit?\n\nClare",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
    (
        "users-reply-to-a-friend-who-names-people",
        ALEX,
        _ALEX,
        "Re: quiz thursday",
        _thread(
            "Perfect, Thursday at 7 it is. See you all then!\n\nAlex",
            (
                "Jamie Cole <jamie.cole@gmail.com>",
                _FRI,
                "Hamish Grant and Mara Ellis are joining us for the quiz - Thursday, March 5 at"
                " 7pm at the Anchor, then an interview-prep pint for you. In?\n\nJ",
            ),
        ),
        EN,
        Kind.INTERVIEW,
        NOT,
    ),
]


def _kind_param(case: tuple[object, ...]) -> object:
    """One kind case as a pytest param (marks added below where it fails)."""
    return pytest.param(*case[1:], id=str(case[0]), marks=list(_MARKS.get(str(case[0]), [])))


_MARKS: dict[str, list[pytest.MarkDecorator]] = {
    "start-another-office-instead-same-time": [
        pytest.mark.xfail(
            strict=True,
            reason="SCHEDULING_REQUEST: 'Could you come to our Hudson Yards office on Thursday at 2pm instead of Water Street?' (the booked time at another place) is read as asking a time; it passed at the review only while a bare 'instead' counted as a move, which eval27's blind label ('Any chance 3:30 works instead?' is a request) ruled out; older gap",
        )
    ],
    "start-make-it-to-reception-early": [
        pytest.mark.xfail(
            strict=True,
            reason="SCHEDULING_REQUEST: 'Can you make it to reception by 1:45pm on Thursday?' is read as a question about a time, and the booked 2pm is not carried ('?' bars booked_below); older gap (rule 1 too narrow). Moving the booking to 1:45pm, which this review first found, is mended",
        )
    ],
    "start-the-tour-after-the-interview-moves": [
        pytest.mark.xfail(
            strict=True,
            reason="SCHEDULING_REQUEST: 'Could we make the office tour 5pm instead? Same day' is read as asking a time, and the booked 2pm is not carried; older gap. Moving the interview to the tour's hour, which this review first found, is mended",
        )
    ],
    "start-a-corrected-day-keeps-the-clock": [
        pytest.mark.xfail(
            strict=True,
            reason="INTERVIEW on Thursday: 'it's Friday, not Thursday. Everything else stands' keeps the quoted Thursday 2pm (a day without a clock is no time of the reply's own); rule 1",
        )
    ],
    "start-a-lunch-moved-the-interview-stays": [
        pytest.mark.xfail(
            strict=True,
            reason="OTHER, no interview signs: a question moving the team lunch drops the booked 2pm ('?' bars booked_below); older gap (rule 1 too narrow)",
        )
    ],
    "under-booking-the-company-will-send-new-times": [
        pytest.mark.xfail(
            strict=True,
            reason="INTERVIEW: 'we need to move Thursday ... I'll send you new times' read as choosing the quoted time ('new time' as confirmation); older gap",
        )
    ],
    "wrap-not-yet-able-to-confirm": [
        pytest.mark.xfail(
            strict=True,
            reason="INTERVIEW: 'not yet able to\nconfirm your onsite interview' read as a confirmation; older gap (the wrap join does not see the negation)",
        )
    ],
    "wrap-a-condition-on-the-line-above": [
        pytest.mark.xfail(
            strict=True,
            reason="INTERVIEW: 'If the hiring manager signs off ..., we'll\nsee you' confirms nothing yet; older gap",
        )
    ],
    "start-an-arrival-time-instead-is-no-move": [
        pytest.mark.xfail(
            strict=True,
            reason="OTHER, no future time: a question about arrival under the booking drops the booked 2pm ('?' bars booked_below); older gap (rule 1 too narrow)",
        )
    ],
    "start-a-take-home-deadline-moved-instead": [
        pytest.mark.xfail(
            strict=True,
            reason="OTHER, no future time: a question moving a take-home deadline drops the booked 2pm; older gap (rule 1 too narrow)",
        )
    ],
    "people-after-a-place-a-receptionist-first": [
        pytest.mark.xfail(
            strict=True,
            reason="adds the receptionist Jo Park ('with Jo Park (receptionist) signing you in' after the place); rule 5",
        )
    ],
}


def _understand(
    ctx: Context,
    sender: str,
    subject: str,
    body: str,
    date: str,
    *,
    to: str | None = None,
    html: str | None = None,
) -> Understanding:
    """A mail to ``ctx``'s user (or ``to``) as the classifier reads it."""
    address = to or sorted(ctx.user_addresses)[-1]
    raw = mail(sender=sender, subject=subject, body=body, to=address, date=date, html=html)
    return understand(raw, ctx)


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind", "must_be"),
    [_kind_param(k) for k in KINDS],
)
def test_the_kind(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind, must_be: bool
) -> None:
    """Each probe is read as the kind it must be, or never as the kind it must not be."""
    found = _understand(ctx, sender, subject, body, date)
    assert (found.kind is kind) is must_be, (found.kind, found.reasons)


# --- 3. A table's time in its second cell under a dated heading --------------------------


def _table(intro: str, heading: str, rows: list[tuple[str, str, str]], outro: str) -> str:
    """An HTML mail with a three-column table under a dated heading, as mail clients send."""
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return (
        f"<p>{intro}</p><p>{heading}</p><table><tr><th>What</th><th>Time</th><th>Where / who"
        f"</th></tr>{cells}</table><p>{outro}</p>"
    )


# (id, ctx, sender, subject, html, date, whether it must be an interview)
TABLES = [
    (
        "table-reception-hours-under-a-date",
        ALEX,
        "Corvel Labs Careers <careers@corvel-labs.example>",
        "Your application - Senior Analyst",
        _table(
            "Hi Alex, thank you for applying. We will be in touch to arrange an interview if"
            " your profile matches.",
            "From Monday, March 9, 2026 our front desk hours change:",
            [
                ("Reception - Water Street", "8:00 - 6:00 PM", "Ground floor"),
                ("Visitor parking - Level B1", "7:30 AM - 7:00 PM", "Ask security"),
            ],
            "Corvel Labs Talent Team",
        ),
        EN,
        False,
    ),
    (
        "table-a-tennis-tournaments-rounds",
        ALEX,
        "Queens Tennis League <fixtures@queens-tennis.example>",
        "Your fixtures - Spring Open",
        _table(
            "Hi Alex, here are your fixtures for the Spring Open.",
            "Saturday, March 14, 2026 (all times ET)",
            [
                ("Round 1 - Quarter-final", "10:00 - 11:30 AM", "Court 3"),
                ("Round 2 - Semi-final", "2:00 - 3:30 PM", "Center court"),
            ],
            "Good luck! Queens Tennis League",
        ),
        EN,
        False,
    ),
    (
        "table-onboarding-day-after-an-offer",
        ALEX,
        "Corvel Labs People Team <people@corvel-labs.example>",
        "Welcome to Corvel - your first day",
        _table(
            "Hi Alex, we're delighted you accepted our offer! Here is your first day.",
            "First day: Monday, March 9, 2026",
            [
                ("Laptop pick-up - IT", "9:00 - 9:30 AM", "Helpdesk, 9th floor"),
                ("Benefits induction", "10:00 - 11:00 AM", "Room 9C"),
            ],
            "See you soon! The People Team",
        ),
        EN,
        False,
    ),
    (
        "table-building-hours-under-the-interviews-day",
        ALEX,
        "Corvel Labs Careers <careers@corvel-labs.example>",
        "Onsite interview - Senior Analyst",
        _table(
            "Hi Alex, we'd like to invite you to an onsite interview for the Senior Analyst"
            " role. We'll confirm your exact slot once the panel has replied.",
            "Date: Thursday, March 12, 2026 - building access",
            [
                ("Reception - Lobby", "7:30 AM - 7:00 PM", "Badge desk"),
                ("Visitor parking - Level B1", "7:00 AM - 8:00 PM", "Ask security"),
            ],
            "Best, Corvel Labs Talent Team",
        ),
        EN,
        False,
    ),
    (
        "table-true-reading-a-loop",
        ALEX,
        "Corvel Labs Careers <careers@corvel-labs.example>",
        "Your onsite interview - Senior Analyst",
        _table(
            "Hi Alex, thank you for making time for your onsite interview for the Senior"
            " Analyst role.",
            "Date: Thursday, March 12, 2026 (all times ET)",
            [
                ("Round 1 - Hiring manager", "10:00 - 10:45 AM", "Sam Reyes"),
                ("Round 2 - Case study", "11:00 - 11:45 AM", "Jo Park"),
            ],
            "Best, Corvel Labs Talent Team",
        ),
        EN,
        True,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "html", "date", "interview"),
    [_kind_param(t) for t in TABLES],
)
def test_the_table(
    ctx: Context, sender: str, subject: str, html: str, date: str, interview: bool
) -> None:
    """A dated table is an interview only when its rows are the rounds of one."""
    found = _understand(ctx, sender, subject, "", date, html=html)
    assert (found.kind is Kind.INTERVIEW) is interview, (found.kind, found.reasons)


# --- The start kept or moved ---------------------------------------------------------------

_AT_2PM = dt.datetime(2026, 3, 5, 19, 0, tzinfo=dt.UTC)

# (id, ctx, sender, subject, body, date, the start)
STARTS = [
    (
        "start-kept-under-the-booking",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        KINDS[0][4],
        EN,
        _AT_2PM,
    ),
    (
        "start-an-arrival-time-instead-is-no-move",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould you come to reception at 1:45pm instead of going straight up?"
            " Security has changed the visitor process.\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-a-take-home-deadline-moved-instead",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we push the take-home deadline back to 11am instead, so the"
            " panel can read it before you arrive?\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-video-instead-same-time",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we make it a video call instead? Same day, same time - 2pm. I'll"
            " send a Zoom link.\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-bring-thursday-forward",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we bring Thursday forward to 11am? Our VP has to fly out in the"
            " afternoon.\n\nDana",
            _BOOKED,
        ),
        EN,
        dt.datetime(2026, 3, 5, 16, 0, tzinfo=dt.UTC),
    ),
    (
        "start-de-stattdessen-am-selben-tag",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "AW: Vorstellungsgespräch - Teamleitung Disposition",
        next(k for k in KINDS if k[0] == "de-move-true-reading-stattdessen")[4],
        EU,
        dt.datetime(2026, 3, 5, 15, 0, tzinfo=dt.UTC),
    ),
    (
        "start-de-die-uhrzeit-bleibt",
        LENA,
        "Jonas Keller <jonas.keller@spree-logistik.example>",
        "Ihr zweites Gespräch",
        next(k for k in KINDS if k[0] == "de-label-true-reading-die-uhrzeit-bleibt")[4],
        EU,
        dt.datetime(2026, 3, 5, 13, 0, tzinfo=dt.UTC),
    ),
    (
        "start-a-corrected-day-keeps-the-clock",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nApologies, I wrote the wrong day below: it's Friday, not Thursday."
            " Everything else stands.\n\nDana",
            _BOOKED,
        ),
        EN,
        dt.datetime(2026, 3, 6, 19, 0, tzinfo=dt.UTC),
    ),
    (
        "start-a-lunch-moved-the-interview-stays",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we move the team lunch to 12:30pm instead? The interview itself"
            " stays as planned.\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-fr-decaler-le-meme-jour",
        JULIE,
        "Claire Dubois <claire.dubois@loire-conseil.example>",
        "RE: Entretien - Chargée de projet",
        next(k for k in KINDS if k[0] == "fr-move-true-reading-decaler-le-meme-jour")[4],
        EU,
        dt.datetime(2026, 3, 5, 15, 0, tzinfo=dt.UTC),
    ),
    (
        "start-make-it-to-reception-early",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCan you make it to reception by 1:45pm on Thursday? Security needs"
            " to print your badge before the interview.\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-the-tour-after-the-interview-moves",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould we make the office tour 5pm instead? Same day - the interview"
            " itself is unchanged.\n\nDana",
            (
                _DANA,
                _FRI,
                "Hi Alex,\n\nI'm pleased to confirm your onsite interview for the Senior"
                " Analyst role on Thursday, March 5 at 2:00 PM ET, followed by an office tour at"
                " 4:00 PM.\n\nDana",
            ),
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-another-office-instead-same-time",
        ALEX,
        _DANA,
        "Re: Onsite interview - Senior Analyst",
        _thread(
            "Hi Alex,\n\nCould you come to our Hudson Yards office on Thursday at 2pm instead"
            " of Water Street? The 9th floor is being renovated.\n\nDana",
            _BOOKED,
        ),
        EN,
        _AT_2PM,
    ),
    (
        "start-the-old-hour-after-the-new-one-with-the-day",
        NIAMH,
        _CIARAN,
        "RE: Interview - Payroll Lead",
        _dublin(
            "Hi Niamh,\n\nWould 12pm instead of 10am on Thursday be OK? Our director is on an"
            " early flight.\n\nCiarán"
        ),
        IE,
        dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC),
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "start"),
    [_kind_param(s) for s in STARTS],
)
def test_the_start(
    ctx: Context, sender: str, subject: str, body: str, date: str, start: dt.datetime
) -> None:
    """An interview's start is the booked hour unless the hiring side moved the interview."""
    found = _understand(ctx, sender, subject, body, date)
    assert found.kind is Kind.INTERVIEW, found.reasons
    assert found.interview is not None
    assert found.interview.start == start, found.reasons


# --- 5. People: after a place, and the user's reply naming nobody ------------------------

_GEORGIE = "Georgie Lane <georgie.lane@wattle-robotics.example>"

# (id, ctx, sender, to, subject, body, date, the interviewers read)
PEOPLE = [
    (
        "people-after-a-place-a-receptionist-first",
        ALEX,
        "Priya Nandakumar <priya@ledgerline-search.example>",
        "alex.morgan@gmail.com",
        "Re: Final stage - Head of Treasury",
        "Hi Alex,\n\nThat's locked in: Tuesday March 10 at 2pm at Ledgerline's offices in"
        " Midtown, with Jo Park (receptionist) signing you in. Your interview is with Sam Reyes"
        " (CFO).\n\nPriya",
        EN,
        ["Sam Reyes"],
    ),
    (
        "people-after-a-place-parking-then-the-interviewer",
        ALEX,
        "Priya Nandakumar <priya@ledgerline-search.example>",
        "alex.morgan@gmail.com",
        "Re: Final stage - Head of Treasury",
        "Hi Alex,\n\nThat's locked in: Tuesday March 10 at 2pm at Ledgerline's offices in"
        " Midtown, with parking at the Q-Park on 41st Street. You'll meet Sam Reyes (CFO).\n\n"
        "Priya",
        EN,
        ["Sam Reyes"],
    ),
    (
        "people-users-reply-the-travel-desk-is-no-interviewer",
        NIAMH,
        _NIAMH,
        _GEORGIE,
        "Re: Controls Lead - next step",
        _thread(
            "Perfect, 2:30 Thursday it is. See you then!\n\nNiamh",
            (
                _GEORGIE,
                "Mon, 2 Mar 2026 at 09:05",
                "Hi Niamh,\n\nOur CTO, Mara Ellis, would like to meet you for the Controls Lead"
                " role. Would Thursday 5/3 at half past two suit? Hamish Grant from our travel"
                " desk will book your train once it's set.\n\nGeorgie",
            ),
        ),
        IE,
        ["Mara Ellis"],
    ),
    (
        "people-users-reply-a-referee-in-the-recruiters-words",
        NIAMH,
        _NIAMH,
        _GEORGIE,
        "Re: Controls Lead - next step",
        _thread(
            "Perfect, 2:30 Thursday it is. See you then!\n\nNiamh",
            (
                _GEORGIE,
                "Mon, 2 Mar 2026 at 09:05",
                "Hi Niamh,\n\nThanks for passing on Tom Hale's details as your referee. Our CTO,"
                " Mara Ellis, would like to meet you for the Controls Lead role. Would Thursday"
                " 5/3 at half past two suit?\n\nGeorgie",
            ),
        ),
        IE,
        ["Mara Ellis"],
    ),
    (
        "people-users-reply-the-users-old-manager-in-the-recruiters-words",
        NIAMH,
        _NIAMH,
        _GEORGIE,
        "Re: Controls Lead - next step",
        _thread(
            "Perfect, 2:30 Thursday it is. Talk then!\n\nNiamh",
            (
                _GEORGIE,
                "Mon, 2 Mar 2026 at 09:05",
                "Hi Niamh,\n\nThanks for the intro via your old manager, Pat Quinn. I know you"
                " currently report to Dan Brooks, so we'll keep this discreet. Our Head of"
                " Controls, Mara Ellis, would like to meet you. Would Thursday 5/3 at half past"
                " two suit?\n\nGeorgie",
            ),
        ),
        IE,
        ["Mara Ellis"],
    ),
    (
        "people-users-reply-an-agency-passes-on-the-client-true-reading",
        ALEX,
        _ALEX,
        "Gemma Hart <gemma.hart@northgate-recruit.example>",
        "Re: Site Surveyor - Harbour Survey",
        _thread(
            "Great, Thursday at 10 works for me. Thanks Gemma!\n\nAlex",
            (
                "Gemma Hart <gemma.hart@northgate-recruit.example>",
                _FRI,
                "Hi Alex,\n\nGood news: Owen Pryce, Operations Manager at Harbour Survey, would"
                " like to interview you. Would Thursday, March 5 at 10am at the yard suit?\n\n"
                "Gemma",
            ),
        ),
        EN,
        ["Owen Pryce"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "to", "subject", "body", "date", "people"),
    [_kind_param(p) for p in PEOPLE],
)
def test_the_people(
    ctx: Context, sender: str, to: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """Each interview probe names exactly its interviewers."""
    found = _understand(ctx, sender, subject, body, date, to=to)
    assert found.kind is Kind.INTERVIEW, found.reasons
    assert found.interview is not None
    assert sorted(p.name or "" for p in found.interview.interviewers) == people
