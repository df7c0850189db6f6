"""Precision families: mail that says "round", "interview" or "final" with a stated time but
is not the user's job interview, beside the hiring mail of the same shapes that is.

Every message was written for these tests (invented people, clubs, schools and companies
under .example names), in the shapes sports clubs, universities, consulates, letting agents,
newsrooms, product-research teams, friends and recruiters actually write, in English,
German, French and Spanish. A false interview would thank a stranger in the user's name, so
each trap must stay out of ``Kind.INTERVIEW``.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

EU_TO = "Lena Brandt <lena.brandt@posteo.example>"
EU_MONDAY = "Mon, 02 Mar 2026 11:20:00 +0100"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


# (sender, subject, body): English traps read by the New York user.
EN_TRAPS: dict[str, tuple[str, str, str]] = {
    "club_final_round": (
        "Harbourside Netball League <fixtures@harbourside-netball.example>",
        "Final round confirmed - Saturday 9am, Court 3",
        "Hi all,\n\nThe final round of the winter league is confirmed for Saturday at 9am on "
        "Court 3. Your team (Docklands Drop Shots) plays Eastgate Flyers in the first game. "
        "Umpires: Carla Nunes and Jo Park.\n\nFixtures secretary",
    ),
    "golf_second_round": (
        "Pinecrest Golf Club <proshop@pinecrest-golf.example>",
        "Club championship - second round tee times",
        "Dear member,\n\nThe second round of the club championship is scheduled for Sunday "
        "March 8. Your tee time is confirmed for 8:40am off the 1st tee with Dan Howe and "
        "Rui Costa.\n\nCompetition committee",
    ),
    "quiz_final_round": (
        "The Lantern Quiz <quizmaster@lanternquiz.example>",
        "You're through to the final round!",
        "Well done - your team made it to the final round of the spring quiz league. The "
        "final is confirmed for Thursday at 8pm at The Lantern. Bring your own pens!\n\nMo",
    ),
    "debate_first_round": (
        "Metro Debate Union <tab@metrodebate.example>",
        "Draw released: first round",
        "The draw for the first round is out. Your pairing is confirmed: Thursday 6:30pm, "
        "room B12, opposition vs Lakeside Union. Adjudicator: Priya Shah.\n\nTab room",
    ),
    "pitch_competition_round": (
        "Founders Cup <hello@founderscup.example>",
        "Second round confirmed - pitch slot",
        "Congratulations! Your startup is through to the second round of the Founders Cup "
        "pitch competition. Your pitch slot is confirmed for Wednesday March 11 at 2:15pm in "
        "Hall C. Five minutes on stage, five minutes of judges' questions.\n\nThe Cup team",
    ),
    "friend_own_interview": (
        "Jamie Ortiz <jamie.ortiz@fastmail.example>",
        "favour?",
        "Hey! I have an interview on Tuesday at 3pm for a marketing role downtown - could you "
        "take Biscuit for a walk that afternoon? Wish me luck for the interview!\n\nJ",
    ),
    "friend_my_interview": (
        "Sana Qureshi <sana.q@proton.example>",
        "Re: dinner",
        "Can we move dinner to Thursday? My interview is on Wednesday at 10am and I'll be "
        "prepping all Tuesday night. The position sounds amazing.\n\nS",
    ),
    "recruiter_newsletter_masterclass": (
        "Brightpath Careers <news@brightpath-careers.example>",
        "Interview week: Tuesday 10am masterclass",
        "It's interview week! Join our recruiters on Tuesday at 10am for a live masterclass "
        "on answering competency questions. Your seat is confirmed.\n\nBrightpath Careers",
    ),
    "admissions_interview": (
        "Graduate Admissions <admissions@northfield-university.example>",
        "Admissions interview - MSc Data Science",
        "Dear Alex,\n\nThank you for your application to the MSc Data Science programme. "
        "Your admissions interview is confirmed for March 3 at 10am (Eastern) on Zoom with "
        "Professor Helen Ward.\n\nGraduate Admissions Office",
    ),
    "scholarship_interview": (
        "Whitmore Foundation <awards@whitmore-foundation.example>",
        "Scholarship interview confirmed",
        "Dear Alex,\n\nYour scholarship interview is confirmed for Friday March 6 at 1pm at "
        "our offices. The panel will ask about your study plans.\n\nAwards team",
    ),
    "viva": (
        "Doctoral School <phd-office@eastbridge.example>",
        "Your viva is confirmed",
        "Dear Alex,\n\nYour viva voce examination is confirmed for Tuesday 10 March at 2pm, "
        "room 4.12. Your examiners are Dr Ruth Adair and Prof Tom Lyle.\n\nDoctoral School",
    ),
    "visa_interview": (
        "Consular Appointments <no-reply@visa-appointments.example>",
        "Appointment confirmation",
        "Your visa interview appointment is confirmed for Thursday, March 12, 2026 at 8:15 AM "
        "at the consular section. Bring your passport and the DS-160 confirmation page.",
    ),
    "immigration_interview": (
        "Immigration Services <notices@immigration-office.example>",
        "Interview notice",
        "You are scheduled for an interview on your application for permanent residence on "
        "March 16, 2026 at 9:30 AM at the field office. Bring this notice.",
    ),
    "journalist_interview": (
        "Nadia Brooks <nadia.brooks@ledgergazette.example>",
        "Interview - Thursday 2pm",
        "Hi Alex,\n\nThanks for agreeing to the interview for my piece on small-business "
        "lending. Confirmed for Thursday at 2pm - I'll call your mobile. It should run in "
        "Sunday's edition.\n\nNadia Brooks\nSenior Reporter, The Ledger Gazette",
    ),
    "user_research_session": (
        "Tessa from Ledgerly <research@ledgerly.example>",
        "Your Ledgerly research session is confirmed",
        "Hi Alex,\n\nThanks for signing up to chat with our product team! Your 30-minute "
        "interview about how you use Ledgerly invoices is confirmed for Wednesday at 11am. "
        "As a thank-you you'll get a $50 gift card.\n\nTessa, UX Research",
    ),
    "customer_interview_invite": (
        "Owen at Quillstack <owen@quillstack.example>",
        "Quick interview about your onboarding?",
        "Hi Alex, I'm a product manager at Quillstack. We're interviewing customers about "
        "their first week with the app. You're booked for Tuesday at 4pm - see you then! "
        "We'll send a $40 voucher after the call.\n\nOwen",
    ),
    "expert_network_call": (
        "Kestrel Insights <experts@kestrel-insights.example>",
        "Consultation confirmed - Tuesday 11am ET",
        "Hi Alex, your expert consultation with our client is confirmed for Tuesday at 11am "
        "ET (60 minutes). The client is researching payroll software; your honorarium is "
        "$300.\n\nKestrel Insights",
    ),
    "flatmate_interview": (
        "Robyn Hale <robyn.hale@gmail.example>",
        "Room in Elm St",
        "Hi Alex, thanks for your message about the double room. We're doing flatmate "
        "interviews this week - you're booked in for Tuesday at 7pm for a viewing and a chat "
        "with the house.\n\nRobyn",
    ),
    "mock_interview": (
        "Careers Service <careers@northfield-university.example>",
        "Practice interview booked",
        "Your practice interview with a careers adviser is confirmed for Monday 9 March at "
        "11am. Bring a job advert you'd like to practise for.\n\nCareers Service",
    ),
    "audition": (
        "Riverbank Players <casting@riverbank-players.example>",
        "Callback - final round of auditions",
        "Hi Alex, you've made it to the final round of auditions for our spring production. "
        "Your callback is confirmed for Saturday at 11am at the Riverbank Theatre.\n\nCasting",
    ),
}


@pytest.mark.parametrize("name", sorted(EN_TRAPS))
def test_english_trap_is_not_interview(name: str, ctx: Context) -> None:
    """Sports rounds, admissions, consular, press, research and friends' news are no interview."""
    sender, subject, body = EN_TRAPS[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, (name, u.reasons)


EU_TRAPS: dict[str, tuple[str, str, str]] = {
    "de_finalrunde_turnier": (
        "TSV Lindenau Handball <spielbetrieb@tsv-lindenau.example>",
        "Finalrunde bestätigt – Samstag 10 Uhr",
        "Hallo zusammen,\n\ndie Finalrunde des Hallenturniers ist für Samstag, 7. März um "
        "10:00 Uhr in der Sporthalle Nord bestätigt. Unsere Mannschaft spielt im ersten Spiel "
        "gegen den SV Auental. Schiedsrichter: Jonas Falk.\n\nEure Spielleitung",
    ),
    "de_auswahlgespraech_studium": (
        "Hochschule Elbtal <zulassung@hs-elbtal.example>",
        "Einladung zum Auswahlgespräch – Masterstudiengang",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung um einen Studienplatz im "
        "Masterstudiengang Wirtschaftsinformatik. Ihr Auswahlgespräch findet am Dienstag, "
        "10. März 2026 um 10:00 Uhr statt.\n\nIhr Zulassungsamt",
    ),
    "de_freundin_eigenes_gespraech": (
        "Mara Voss <mara.voss@web.example>",
        "Mittwoch",
        "Hi Lena, ich hab am Mittwoch um 14 Uhr mein Vorstellungsgespräch bei der Agentur, "
        "drück mir die Daumen! Können wir danach Kaffee trinken?\n\nMara",
    ),
    "fr_finale_tournoi": (
        "Club de tennis du Parc <tournoi@tc-parc.example>",
        "Tournoi de printemps : dernier tour confirmé",
        "Bonjour,\n\nle dernier tour du tournoi de printemps est confirmé pour samedi 7 mars "
        "à 10h00, court central. Votre match vous oppose à Louis Garnier. Arbitre : Anne "
        "Roy.\n\nLe juge-arbitre",
    ),
    "fr_entretien_admission": (
        "Service des admissions <admissions@ecole-rivage.example>",
        "Votre entretien d'admission",
        "Madame,\n\nnous avons le plaisir de vous convoquer à un entretien d'admission pour "
        "le Master Finance le mardi 10 mars 2026 à 10h00, en visioconférence.\n\nLe service "
        "des admissions",
    ),
    "fr_entretien_journaliste": (
        "Claire Dumas <c.dumas@quotidien-ouest.example>",
        "Entretien jeudi 14h",
        "Bonjour Lena,\n\nmerci d'avoir accepté cet entretien pour notre article sur les "
        "start-up locales. C'est confirmé pour jeudi à 14h, je vous appelle.\n\nClaire Dumas, "
        "journaliste",
    ),
    "es_final_torneo": (
        "Liga de Pádel Norte <torneo@padelnorte.example>",
        "Ronda final confirmada - sábado 10:00",
        "Hola a todos,\n\nla ronda final del torneo queda confirmada para el sábado 7 de marzo "
        "a las 10:00 en la pista 2. Vuestro partido es contra el equipo Los Tilos. Árbitro: "
        "Raúl Gil.\n\nComité de competición",
    ),
    "es_entrevista_admision": (
        "Admisiones <admisiones@escuela-sierra.example>",
        "Entrevista de admisión - Máster",
        "Estimada Lena:\n\nle confirmamos su entrevista de admisión al Máster en Finanzas el "
        "martes 10 de marzo a las 10:00 por videollamada.\n\nOficina de Admisiones",
    ),
    "es_entrevista_visado": (
        "Consulado <citas@consulado-citas.example>",
        "Confirmación de cita",
        "Su entrevista para el visado está confirmada para el jueves 12 de marzo a las 9:00 "
        "en la sección consular. Traiga su pasaporte.",
    ),
}


@pytest.mark.parametrize("name", sorted(EU_TRAPS))
def test_european_trap_is_not_interview(name: str, eu_ctx: Context) -> None:
    """The same families in German, French and Spanish are no interview."""
    sender, subject, body = EU_TRAPS[name]
    raw = mail(sender=sender, to=EU_TO, subject=subject, body=body, date=EU_MONDAY)
    u = understand(raw, eu_ctx)
    assert u.kind is not Kind.INTERVIEW, (name, u.reasons)


# Hiring mail of the same shapes stays an interview.
EN_POSITIVES: dict[str, tuple[str, str, str]] = {
    "final_round_recruiter": (
        "Maya Lindqvist <maya@ferngrove.example>",
        "Final round - Product Analyst",
        "Hi Alex,\n\nGreat news - the team would like you back for the final round for the "
        "Product Analyst role. It's confirmed for Thursday March 5 at 2pm ET with Omar "
        "Haddad and Lucy Grant.\n\nMaya Lindqvist\nTalent Partner, Ferngrove",
    ),
    "second_round_stated": (
        "Ben Achterberg <ben@quaywise.example>",
        "Second round interview",
        "Hi Alex,\n\nThanks for your time last week. Your second round interview is on "
        "Wednesday March 11 at 10am ET with our Head of Data, Ines Rocha.\n\nBen\nRecruiter, "
        "Quaywise",
    ),
}


@pytest.mark.parametrize("name", sorted(EN_POSITIVES))
def test_hiring_round_is_interview(name: str, ctx: Context) -> None:
    """A recruiter's final or second round with a stated time is still an interview."""
    sender, subject, body = EN_POSITIVES[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is Kind.INTERVIEW, (name, u.reasons)


class TestRelayedAndEnvelopeMail:
    """A person's words relayed by a platform or a signing tool keep their kind."""

    def test_inmail_asking_for_times(self, ctx: Context) -> None:
        """A recruiter's InMail asking which times suit is a request despite its footer."""
        raw = mail(
            sender="Ruth Okafor via LinkedIn <inmail-hit-reply@linkedin.com>",
            subject="Ruth sent you a message: Data Engineer at Tallowmere",
            body="Ruth Okafor\nTalent Partner at Tallowmere\n\nHi Alex, we're hiring a Data "
            "Engineer in Austin. Would you be up for a 15-min intro call with me? Which days "
            "suit you next week?\n\nReply   View profile\n\nYou are receiving InMail "
            "notification emails. Unsubscribe",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_platform_job_alert_stays_bulk(self, ctx: Context) -> None:
        """A platform's job alert with an unsubscribe footer is still bulk."""
        raw = mail(
            sender="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            subject="30+ new jobs for Data Engineer in Austin",
            body="Data Engineer - Tallowmere - Austin, TX\nSenior Data Engineer - Brookfold - "
            "Remote\n\nSee all jobs\n\nYou are receiving Job Alert emails. Unsubscribe",
        )
        assert understand(raw, ctx).kind is Kind.BULK

    def test_letter_of_offer_envelope(self, ctx: Context) -> None:
        """An e-signature envelope with a "Letter of Offer" for a position is an offer."""
        raw = mail(
            sender="Marlow Freight via DocuSign <dse@docusign.net>",
            subject="Please DocuSign: Marlow Freight - Letter of Offer - Logistics Analyst",
            body="Hana Osei sent you a document to review and sign.\n\nHi Alex, please review "
            "and sign your Letter of Offer for the Logistics Analyst position.\n\nREVIEW "
            "DOCUMENT\n\nDo Not Share This Email",
        )
        assert understand(raw, ctx).kind is Kind.OFFER

    def test_mortgage_letter_of_offer_is_no_offer(self, ctx: Context) -> None:
        """A lender's mortgage letter of offer is not a job offer."""
        raw = mail(
            sender="Quayside Building Society <mortgages@quayside-bs.example>",
            subject="Your mortgage letter of offer",
            body="Dear Alex,\n\nGood news: your mortgage application has been approved and "
            "your mortgage letter of offer is attached. Please sign and return it within 30 "
            "days.\n\nQuayside Building Society",
        )
        assert understand(raw, ctx).kind is not Kind.OFFER


class TestBookingLinkGerman:
    """A German hiring system's booking link asks the user to pick a time."""

    def test_ats_booking_link(self, eu_ctx: Context) -> None:
        """ "Wählen Sie über den folgenden Link einen passenden Termin" from an ATS asks."""
        raw = mail(
            sender="Hafenwerk Logistik Recruiting <noreply@hafenwerk.recruitee.com>",
            to=EU_TO,
            subject="Terminbuchung für Ihr Bewerbungsgespräch",
            body="Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als "
            "Sachbearbeiterin Zoll. Bitte wählen Sie über den folgenden Link einen passenden "
            "Termin für ein erstes Telefoninterview (20 Min.):\n\n"
            "https://hafenwerk.recruitee.com/book/a7d2\n\nIhr Recruiting-Team",
            date=EU_MONDAY,
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_practice_booking_link_is_no_request(self, eu_ctx: Context) -> None:
        """A dental practice's booking link is neither a request nor an interview."""
        raw = mail(
            sender="Praxis Dr. Weiland <termine@praxis-weiland.example>",
            to=EU_TO,
            subject="Ihre Prophylaxe ist fällig",
            body="Liebe Patientin,\n\nbitte wählen Sie über den folgenden Link einen passenden "
            "Termin für Ihre Zahnreinigung:\n\nhttps://praxis-weiland.example/termin\n\n"
            "Ihr Praxisteam",
            date=EU_MONDAY,
        )
        assert understand(raw, eu_ctx).kind not in (Kind.SCHEDULING_REQUEST, Kind.INTERVIEW)


class TestCancelledBecauseFilled:
    """A booked interview called off because the post was filled is a cancellation."""

    def test_english_cancel_interview_role_filled(self, ctx: Context) -> None:
        """ "We have to cancel your interview on Monday; the role has been filled" cancels."""
        raw = mail(
            sender="Gemma Tolland <gemma.tolland@brightwell-insure.example>",
            subject="Your interview on 9 March",
            body="Dear Alex,\n\nI'm sorry, but we have to cancel your interview on Monday "
            "March 9 at 11am with Paul Egan. The role has been filled internally.\n\nWe will "
            "keep your details on file.\n\nGemma Tolland\nHR Advisor, Brightwell Insurance",
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_french_annulation_poste_pourvu(self, eu_ctx: Context) -> None:
        """ "Annuler l'entretien prévu ... le poste a été pourvu" is a cancellation."""
        raw = mail(
            sender="Hélène Marchal <h.marchal@cabinet-lisiere.example>",
            to=EU_TO,
            subject="Annulation de votre entretien du 12 mars",
            body="Madame,\n\nNous sommes au regret d'annuler l'entretien prévu le jeudi 12 "
            "mars 2026 à 14h00 (poste : Contrôleuse de gestion) avec M. Bruno Lefort. Le "
            "poste a été pourvu.\n\nHélène Marchal\nRessources humaines",
            date=EU_MONDAY,
        )
        assert understand(raw, eu_ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_cancelled_remaining_rounds_is_rejection(self, ctx: Context) -> None:
        """Calling off the remaining rounds with a "not proceeding" is a rejection."""
        raw = mail(
            sender="Ivo Brandt <ivo@kelpworks.example>",
            subject="Update on your application",
            body="Hi Alex,\n\nThank you for your time so far. We have decided not to proceed "
            "with your application, so we have cancelled the remaining rounds.\n\nBest,\nIvo"
            "\nRecruiter, Kelpworks",
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_practice_cancels_appointment(self, eu_ctx: Context) -> None:
        """A dental practice cancelling an appointment is no interview cancellation."""
        raw = mail(
            sender="Cabinet dentaire Moreau <rdv@cabinet-moreau.example>",
            to=EU_TO,
            subject="Annulation de votre rendez-vous",
            body="Madame,\n\nNous devons annuler votre rendez-vous du jeudi 12 mars à 14h00 "
            "avec le Dr Moreau. Merci de nous rappeler.\n\nLe secrétariat",
            date=EU_MONDAY,
        )
        assert understand(raw, eu_ctx).kind is not Kind.INTERVIEW_CANCELLED


# Traps for the rules that read "interview" from one stated time, a thread or a reply.
STATED_TRAPS: dict[str, tuple[str, str, str]] = {
    "friend_asks_how_it_went": (
        "Jamie Ortiz <jamie@fastmail.example>",
        "drinks",
        "How did your interview go?? Drinks Friday at 7pm at the Anchor to celebrate or "
        "commiserate!",
    ),
    "relative_interview": (
        "Pat Morgan <pat.morgan@aol.example>",
        "Thursday",
        "Hi love, Mum's interview for the care home job is on Thursday at 10am. Could you "
        "drive her there? Dad",
    ),
    "broadcast_interview": (
        "StreamNow <hello@streamnow.example>",
        "Tonight: the big interview",
        "Watch the exclusive interview with the Prime Minister live on Tuesday at 8pm.",
    ),
    "staff_candidate_presentation": (
        "People Team <people@ourco.example>",
        "CTO search update",
        "Hi all, we're interviewing for a new CTO. The final candidate presentation is on "
        "Thursday at 4pm in the atrium - everyone is welcome.\n\nPeople Team",
    ),
    "volunteer_induction_reply": (
        "Harbour Food Bank <volunteer@harbourfood.example>",
        "Re: Your application",
        "Thanks for your application to volunteer with us! Your induction is confirmed for "
        "Saturday at 10am at the warehouse.",
    ),
    "colleague_confirms_user_panel": (
        "Tom Reyes <tom@ourco.example>",
        "Re: Backend hire",
        "Thursday 3pm works for the interview with Priya - I'll book the room.\n\nOn Mon, "
        "Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n> Tom, I'm "
        "interviewing candidates for the backend role next week. Can you join one?\n",
    ),
    "parent_teacher_interview": (
        "Lincoln Elementary <office@lincoln-es.example>",
        "Parent interview confirmed",
        "Your parent-teacher interview is confirmed for Tuesday at 3:30pm with Ms. Alvarez "
        "in room 12.",
    ),
}


@pytest.mark.parametrize("name", sorted(STATED_TRAPS))
def test_stated_time_trap_is_not_interview(name: str, ctx: Context) -> None:
    """Friends' questions, relatives', broadcast, staff and school interviews are no interview."""
    sender, subject, body = STATED_TRAPS[name]
    u = understand(mail(sender=sender, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, (name, u.reasons)


def test_stated_time_from_recruiter_is_interview(ctx: Context) -> None:
    """A recruiter stating the interview's time without "confirmed" is still an interview."""
    raw = mail(
        sender="Leah Marsh <leah.marsh@copperline.example>",
        subject="Interview - Operations Analyst",
        body="Hi Alex,\n\nYour interview for the Operations Analyst role is on Thursday "
        "March 5 at 1pm ET with Rafael Duarte.\n\nLeah Marsh\nRecruiter, Copperline",
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW
