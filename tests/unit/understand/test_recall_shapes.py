"""Plain-spoken hiring mail the recogniser used to miss, each beside the traps it must not hit.

Every message was written for these tests (invented people and companies under reserved
names); none is copied from an evaluation set. The shapes: hiring managers confirming in
plain words under a subject that is the role or "next step", terse one-liners, phone calls
booked across zones, take-home reviews, Spanish and Québec French confirmations, booking
tools' change links, calendar tools' footers, German cancellations with the verb last,
rejections and offers without the usual formulas, and the user as someone's referee.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, understand
from daemon.understand._dates import find_times
from daemon.understand._lexicon import default_lexicon

from .messages import mail, start, vevent_calendar

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
MAD = ZoneInfo("Europe/Madrid")
MTL = ZoneInfo("America/Toronto")

GOOGLE_FOOTER = (
    "Invitation from Google Calendar\n\nYou are receiving this email because you are an "
    "attendee on the event. To stop receiving future updates for this event, decline this "
    "event.\n"
)


class TestPlainConfirmations:
    """A hiring manager's reply that books a time without the word "interview"."""

    def test_role_subject_and_who_will_be_there(self, ctx: Context) -> None:
        """A "Re: <job title>" reply: "let's lock in <time>, it'll be me and ..." is an interview."""
        raw = mail(
            sender="Rua Tamihana <rua@kowhaistudio.example>",
            subject="Re: Platform Engineer",
            body=(
                "Hi Alex,\n\nGood to hear from you. Let's lock in Wednesday 11 March, 2pm, "
                "at our office on Dock Street. It'll be me and our staff engineer Priya "
                "Raman, about an hour.\n\nCheers,\nRua\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 14, 0, tzinfo=NY)

    def test_next_step_subject_and_confirmed_meeting(self, ctx: Context) -> None:
        """A "<role> - next step" reply confirming a meeting, "joined by X", is an interview."""
        raw = mail(
            sender="Oren Vasquez <oren.vasquez@ridgeline-freight.example>",
            subject="Re: Pricing Analyst - next step",
            body=(
                "Hi Alex,\n\nConfirming our meeting on Thursday 12 March at 10 am at our "
                "Midtown office. I will be joined by Tom Reyes from our Data team.\n\n"
                "Regards,\nOren Vasquez\nHead of Pricing\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 10, 0, tzinfo=NY)

    def test_terse_one_liner_with_glued_hour(self, ctx: Context) -> None:
        """A "Re: next round" one-liner "Booked: Thu 3/12 @ 9a PT w/ me + X" is an interview."""
        raw = mail(
            sender="Kit Halvorsen <kit@saltmarsh-bio.example>",
            subject="Re: next round",
            body="Booked: Thu 3/12 @ 9a PT w/ me + Sara Kim (our VP Eng). Zoom in the invite.\n\n-K\n",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 9, 0, tzinfo=LA)

    def test_phone_call_booked_in_the_callers_zone(self, ctx: Context) -> None:
        """A call "on <date> at 1pm Pacific time (4pm your time)" is an interview at 1pm PT."""
        raw = mail(
            sender="Dana Whitfield <dana.whitfield@copperleaf-eng.example>",
            subject="Phone chat - Staff Accountant",
            body=(
                "Hi Alex,\n\nThanks for applying for the Staff Accountant role. I'd like to "
                "have a brief phone conversation.\n\nI'll call you on Tuesday 10 March at "
                "1pm Pacific time (4pm your time) on your mobile. Allow 30 minutes.\n\n"
                "Dana Whitfield\nFinance Director\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 13, 0, tzinfo=LA)

    def test_take_home_review_session(self, ctx: Context) -> None:
        """A session walking through the user's take-home submission is an interview."""
        raw = mail(
            sender="Jo Park <jo.park@lanternpay.example>",
            subject="Take-home review session",
            body=(
                "Hi Alex, thanks for sending the take-home. We'll walk through your "
                "submission together on Friday 13 March at 11:00 ET with Ben Ruiz. "
                "Meet link to follow.\n\nJo\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 11, 0, tzinfo=NY)


class TestPlainConfirmationTraps:
    """The same plain words where nobody is interviewing the user."""

    def test_sales_call_confirmation(self, ctx: Context) -> None:
        """A vendor confirming a demo and who joins it is not an interview."""
        raw = mail(
            sender="Gil Marchetti <gil@quillsheet-software.example>",
            subject="Re: Quick intro",
            body=(
                "Hi Alex,\n\nConfirming our meeting on Thursday 12 March at 10 am. I'll be "
                "joined by Dana Cole, our solutions engineer, to walk through the platform "
                "and pricing.\n\nBest,\nGil\nAccount Executive, Quillsheet\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_account_manager_introduction(self, ctx: Context) -> None:
        """A vendor's "Your Account Manager" subject is a person's job, not a vacancy."""
        raw = mail(
            sender="Gil Marchetti <gil@quillsheet-software.example>",
            subject="Re: Your Account Manager",
            body=(
                "Hi Alex,\n\nConfirming our meeting on Thursday 12 March at 10 am. I'll be "
                "joined by Dana Cole from Support.\n\nGil\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_friends_coffee(self, ctx: Context) -> None:
        """A friend's terse plan ("it'll be me and Sam, Sat @ 10a") is not an interview."""
        raw = mail(
            sender="Noor Haddad <noor.haddad@gmail.com>",
            subject="Re: Saturday",
            body="Booked: Sat 3/14 @ 10a at Blue Finch. It'll be me and Sam, bring the kids!\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_investor_next_round(self, ctx: Context) -> None:
        """A "Re: next round" about a fundraise (term sheet, pitch deck) is not an interview."""
        raw = mail(
            sender="Ivo Brandt <ivo@harbourline-ventures.example>",
            subject="Re: next round",
            body=(
                "Booked: Thu 3/12 @ 9a PT w/ me + Sara Kim (our partner). Bring the pitch "
                "deck and your term sheet questions.\n\n-I\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_user_interviews_a_candidate(self, ctx: Context) -> None:
        """A colleague booking the user to interview the candidate is not the user's interview."""
        raw = mail(
            sender="Priya Raman <priya.raman@kowhaistudio.example>",
            subject="Re: Senior Data Engineer",
            body=(
                "Let's lock in Thursday 12 March at 2pm. It'll be me and you - we interview "
                "the candidate together, I'll send the packet.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_dentist_confirmation(self, ctx: Context) -> None:
        """A practice confirming a dental appointment is not an interview."""
        raw = mail(
            sender="Front Desk <frontdesk@maplesmiles-dental.example>",
            subject="Re: Dental Hygienist",
            body=(
                "Confirming our meeting on Thursday 12 March at 10 am for your dental "
                "cleaning. It'll be me and Dr Lin.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestGluedHours:
    """Mail like "9a", "3:30p": terse mail's hours."""

    LEX = default_lexicon()

    def test_glued_letters_are_hours(self) -> None:
        """A bare "a"/"p" glued to an hour after a date or "@" is a clock time."""
        times = find_times("Tues 3/30 @ 9a PT, or Wed 3:30p", self.LEX)
        assert [t.start for t in times] == [dt.time(9, 0), dt.time(15, 30)]

    def test_unit_letters_and_spaced_letters_are_not(self) -> None:
        """Mail like "Suite 3a", "Flat 2p" and "3 a week" hold no clock time."""
        assert find_times("Suite 3a, Flat 2p, we meet 3 a week", self.LEX) == []


class TestOtherLanguages:
    """Spanish and Québec French shapes."""

    def test_spanish_confirmation_of_the_interview(self, ctx: Context) -> None:
        """Mail like "Te confirmo la entrevista con X para el jueves ..." is an interview."""
        raw = mail(
            sender="Lucía Ferreyra <lucia.ferreyra@quebracho-datos.example>",
            subject="Confirmación de entrevista – Analista de Riesgo",
            body=(
                "Hola Alex, ¿cómo estás?\n\nTe confirmo la entrevista con Martina Sosa "
                "para el jueves 12 de marzo a las 16:00 (hora de Madrid), por Google Meet.\n"
                "\nSaludos,\nLucía\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 16, 0, tzinfo=MAD)

    def test_spanish_press_interview(self, ctx: Context) -> None:
        """A journalist confirming an interview for a radio show is not a job interview."""
        raw = mail(
            sender="Pablo Ortega <pablo@radiocosta.example>",
            subject="Confirmación de entrevista",
            body=(
                "Hola Alex, te confirmo la entrevista para el programa de radio el jueves "
                "12 de marzo a las 16:00 (hora de Madrid).\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_spanish_next_stage_asks_for_availability(self, ctx: Context) -> None:
        """A next stage of the process and "tu disponibilidad" ask for times."""
        raw = mail(
            sender="Carla Benítez <cbenitez@pampa-redes.example>",
            subject="Siguiente etapa del proceso",
            body=(
                "Hola Alex:\n\n¡Felicitaciones! Pasaste a la siguiente etapa del proceso "
                "para Ingeniero de Datos.\n\n¿Nos podrías indicar tu disponibilidad para "
                "una entrevista con el equipo la próxima semana?\n\nSaludos,\nCarla Benítez\n"
                "Talento Humano – Pampa Redes\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_quebec_entrevue_confirmed(self, ctx: Context) -> None:
        """Mail like "Je vous confirme votre entrevue d'embauche du mardi 10 mars à 14 h" is one."""
        raw = mail(
            sender="Josée Tremblay <josee.tremblay@boreal-conseil.example>",
            subject="Votre entrevue",
            body=(
                "Bonjour Alex,\n\nJe vous confirme votre entrevue d'embauche le mardi "
                "10 mars à 14 h (heure de Montréal), à nos bureaux.\n\nJosée Tremblay\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, 0, tzinfo=MTL)

    def test_quebec_rejection(self, ctx: Context) -> None:
        """Mail like "Aller de l'avant avec une autre candidature" is a rejection."""
        raw = mail(
            sender="Josée Tremblay <josee.tremblay@boreal-conseil.example>",
            subject="Votre candidature",
            body=(
                "Bonjour Alex,\n\nMerci pour votre entrevue. Nous avons décidé d'aller de "
                "l'avant avec une autre candidature pour le poste de conseiller.\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_german_cancellation_with_the_verb_last(self, ctx: Context) -> None:
        """A subordinate clause "..., dass wir unser Gespräch ... absagen müssen" cancels."""
        raw = mail(
            sender="Petra Huber <petra.huber@alpenbank.example>",
            subject="Absage Termin Vorstellungsgespräch",
            body=(
                "Liebe Frau Morgan\n\nLeider muss ich Ihnen mitteilen, dass wir unser "
                "Gespräch vom Mittwoch, 11. März 2026, 14.00 Uhr, absagen müssen.\n\n"
                "Freundliche Grüsse\nPetra Huber\nHR Business Partner\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_german_rejection_stays_a_rejection(self, ctx: Context) -> None:
        """Mail like "Absage Ihrer Bewerbung" is a rejection, not a cancelled appointment."""
        raw = mail(
            sender="Petra Huber <petra.huber@alpenbank.example>",
            subject="Absage Ihrer Bewerbung",
            body=(
                "Liebe Frau Morgan\n\nleider müssen wir Ihnen mitteilen, dass wir uns für "
                "eine andere Kandidatin entschieden haben.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED


class TestCalendarMail:
    """Booking tools and calendar notifications."""

    def test_booking_change_link_is_no_cancellation(self, ctx: Context) -> None:
        """Mail like "To cancel or change this booking, use the link" in a booking confirmation."""
        raw = mail(
            sender="Harrow College Recruitment <noreply@youcanbook.me>",
            subject="Booking confirmed: Data Analyst interview, Tue, 10 Mar 14:15",
            body=(
                "Dear Alex Morgan,\n\nYour booking is confirmed.\n\nData Analyst - "
                "interview panel\nTuesday 10 March 2026, 14:15 - 15:00 (America/New_York)\n\n"
                "To cancel or change this booking, use the link in your confirmation.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, 15, tzinfo=NY)

    def test_meeting_tool_link_labels_are_no_cancellation(self, ctx: Context) -> None:
        """A booking mail's "Cancel this meeting" link line is not a cancellation."""
        raw = mail(
            sender="Meetings <no-reply@meetings.hubspot.com>",
            subject="Confirmed: Interview with Ruth Alder",
            body=(
                "Your interview with Ruth Alder is confirmed.\n\nWednesday, March 11, 2026 "
                "3:00 PM - 3:45 PM (EDT)\n\nCancel this meeting\nhttps://meetings.example/c/1\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW

    def test_google_cancellation_with_attendee_footer(self, ctx: Context) -> None:
        """A Google cancellation's "you are receiving this" footer is not a newsletter."""
        ics = vevent_calendar(
            summary="Entrevista Alex Morgan - Data Analyst (Northwind)",
            start="20260311T150000",
            end="20260311T160000",
            tzid="America/New_York",
            method="CANCEL",
            status="CANCELLED",
            organizer="mailto:ines@northwind.example",
            organizer_cn="Inés Duarte",
        )
        raw = mail(
            sender="Inés Duarte <ines@northwind.example>",
            subject="Cancelled event: Entrevista Alex Morgan - Data Analyst (Northwind)",
            body=(
                "This event has been cancelled and removed from your calendar.\n\n"
                "Entrevista Alex Morgan - Data Analyst (Northwind)\n\n" + GOOGLE_FOOTER
            ),
            ics=ics,
            ics_method="CANCEL",
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_french_google_invitation(self, ctx: Context) -> None:
        """A French Google Agenda invitation to an interview, guest footer included."""
        ics = vevent_calendar(
            summary="Entretien d'embauche - Alex Morgan",
            start="20260312T150000",
            end="20260312T160000",
            tzid="America/Toronto",
            organizer="mailto:claire@lac-bleu.example",
            organizer_cn="Claire Gagnon",
        )
        raw = mail(
            sender="Claire Gagnon <claire@lac-bleu.example>",
            subject="Invitation : Entretien d'embauche - Alex Morgan @ jeu. 12 mars 2026 15:00",
            body=(
                "Entretien d'embauche - Alex Morgan\njeudi 12 mars 2026 15:00 – 16:00\n\n"
                "Invitation de Google Agenda\n\nVous recevez cet e-mail, car vous êtes "
                "invité à cet événement. Pour ne plus recevoir de notifications pour cet "
                "événement, refusez-le.\n"
            ),
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 15, 0, tzinfo=MTL)

    def test_french_google_cancellation_without_calendar_part(self, ctx: Context) -> None:
        """A French "Événement annulé" notice for an interview, with its guest footer."""
        raw = mail(
            sender="Claire Gagnon <claire@lac-bleu.example>",
            subject=(
                "Événement annulé : Entretien d'embauche - Alex Morgan @ jeu. 12 mars 2026 "
                "15:00 - 16:00 (HNE)"
            ),
            body=(
                "Cet événement a été annulé et supprimé de votre agenda.\n\n"
                "Entretien d'embauche - Alex Morgan\njeudi 12 mars 2026 15:00 – 16:00\n\n"
                "Invitation de Google Agenda\n\nVous recevez cet e-mail car vous êtes "
                "invité à cet événement.\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_french_newsletter_footer_stays_bulk(self, ctx: Context) -> None:
        """A French newsletter's "vous recevez cet e-mail car vous êtes abonné" is bulk."""
        raw = mail(
            sender="Carrières Hebdo <bonjour@carrieres-hebdo.example>",
            subject="Cinq conseils pour votre prochain entretien",
            body=(
                "Nos conseils de la semaine pour réussir votre entretien.\n\n"
                "Vous recevez cet e-mail car vous êtes abonné à notre lettre. "
                "Se désabonner.\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.BULK

    def test_friends_coffee_invitation_is_other(self, ctx: Context) -> None:
        """A friend's Google invitation for coffee is plain mail, not bulk and not an interview."""
        ics = vevent_calendar(
            summary="Coffee catch-up",
            start="20260314T100000",
            end="20260314T110000",
            tzid="America/New_York",
            organizer="mailto:noor.haddad@gmail.com",
            organizer_cn="Noor Haddad",
        )
        raw = mail(
            sender="Noor Haddad <noor.haddad@gmail.com>",
            subject="Invitation: Coffee catch-up @ Sat Mar 14, 2026 10am - 11am (EDT)",
            body="Coffee catch-up\nSaturday Mar 14, 2026 10am - 11am\n\n" + GOOGLE_FOOTER,
            ics=ics,
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_marketing_webinar_with_calendar_stays_out(self, ctx: Context) -> None:
        """A marketing mail with a webinar invitation and "unsubscribe" is not an interview."""
        ics = vevent_calendar(
            summary="Webinar: interview tips for 2026",
            start="20260312T130000",
            end="20260312T140000",
            tzid="America/New_York",
            organizer="mailto:events@careerboost.example",
            organizer_cn="CareerBoost Events",
        )
        raw = mail(
            sender="CareerBoost <events@careerboost.example>",
            subject="You're in: interview tips webinar",
            body=(
                "Add the webinar to your calendar.\n\nYou are receiving this email because "
                "you signed up at careerboost.example. Unsubscribe.\n"
            ),
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestOutcomes:
    """Rejections and offers without the usual formulas, and the user as a referee."""

    def test_rejection_with_technical_cancellation_feedback(self, ctx: Context) -> None:
        """A rejection whose feedback mentions "context cancellation" is a rejection."""
        raw = mail(
            sender="Mira Joshi <mira.joshi@tarn-systems.example>",
            subject="Backend Engineer - result of second round",
            body=(
                "Dear Alex,\n\nThank you for attending the second round interview. We will "
                "not be proceeding further with your application at this time. Feedback: "
                "the context cancellation part of the exercise needed more depth.\n\n"
                "Mira Joshi\nHR Officer\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_founders_warm_no(self, ctx: Context) -> None:
        """Mail like "We've decided not to move ahead" after a final round is a rejection."""
        raw = mail(
            sender="Sol Abernathy <sol@fernpoint.example>",
            subject="Re: final round",
            body=(
                "Alex - thank you for the time you gave us in the final round. It was close, "
                "but we've decided not to move ahead. I'd happily introduce you to a few "
                "founders I know.\n\nSol\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_agency_relays_an_offer(self, ctx: Context) -> None:
        """An agency writing "they have made you an offer for the role" relays an offer."""
        raw = mail(
            sender="Ruth Calder <ruth.calder@calder-search.example>",
            subject="Great news - Finance Manager",
            body=(
                "Alex!\n\nDelighted to confirm Northwind have made you an offer for the "
                "Finance Manager role: base salary $120,000 plus bonus.\n\nGive me a ring.\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.OFFER

    def test_offer_made_to_someone_else(self, ctx: Context) -> None:
        """Mail like "We've made an offer to another candidate" is a rejection, not an offer."""
        raw = mail(
            sender="Ruth Calder <ruth.calder@calder-search.example>",
            subject="Finance Manager",
            body=(
                "Hi Alex,\n\nI'm sorry to say the client has made an offer to another "
                "candidate for the Finance Manager role.\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_reference_request_for_someone_else(self, ctx: Context) -> None:
        """A request for a reference call about another candidate is not the user's process."""
        raw = mail(
            sender="Mia Corrado <mia.corrado@tallgrass-mining.example>",
            subject="Reference check - Jamie Fox",
            body=(
                "Hi Alex,\n\nJamie Fox has listed you as a referee for a Planning Engineer "
                "role with us. Would you have 15 minutes for a quick phone call on Thursday "
                "12 March at 2pm, or another time this week?\n\nMia Corrado\n"
                "Talent Acquisition, Tallgrass Mining\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_own_references_asked_for(self, ctx: Context) -> None:
        """A recruiter asking for the user's referees is about the user's own process."""
        raw = mail(
            sender="Mia Corrado <mia.corrado@tallgrass-mining.example>",
            subject="Next steps - Planning Engineer",
            body=(
                "Hi Alex,\n\nThe panel enjoyed meeting you. Could you send me two referees "
                "for the Planning Engineer role?\n\nMia Corrado\nTalent Acquisition\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is not Kind.INTERVIEW
        assert "the user is an interviewer here, not the candidate" not in u.reasons

    def test_new_times_asked_for(self, ctx: Context) -> None:
        """Mail like "Could you send me a few alternative times" is a scheduling request."""
        raw = mail(
            sender="Ana Prieto <ana.prieto@lagoa-telecom.example>",
            subject="Need to move our interview - new times?",
            body=(
                "Hi Alex,\n\nUnfortunately our CTO can't make Tuesday any more. Could you "
                "send me a few alternative times next week?\n\nAna Prieto\nPeople Partner\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST
