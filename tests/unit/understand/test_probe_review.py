"""Adversarial review probes (session 4): each trap beside the positive that must keep working.

Real mail trips over-broad rules both ways: a parent's "good luck" over the user's interview
time, a recruiter's failed phone attempts read as a rejection, a lunch host read as an
interviewer. Every message here was written for these tests.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail

REPLY = {"In-Reply-To": "<q7.1@mail.example>"}


def read(
    ctx: Context, sender: str, subject: str, body: str, *, reply: bool = False
) -> Understanding:
    """Understand one plain-text message sent to the user."""
    raw = mail(sender=sender, subject=subject, body=body, headers=REPLY if reply else None)
    return understand(raw, ctx)


def names(u: Understanding) -> set[str]:
    """The interviewers' names."""
    assert u.interview is not None
    return {p.name for p in u.interview.interviewers if p.name}


def local(u: Understanding, ctx: Context) -> tuple[int, int, int, int]:
    """The interview's start as (month, day, hour, minute) in the user's zone."""
    assert u.interview is not None
    start = u.interview.start.astimezone(ZoneInfo(ctx.timezone))
    return start.month, start.day, start.hour, start.minute


ORBIT = "Ivy Chen <ivy.chen@orbit.example>"
ORBIT_SIG = "\n\nIvy Chen\nTalent Acquisition, Orbit"


class TestFailedAttempts:
    """ "Unsuccessful" is a rejection only when the candidacy is what failed."""

    def test_phone_attempts_trap(self, ctx: Context) -> None:
        """A recruiter's failed calls, then a request for times, is a scheduling request."""
        u = read(
            ctx,
            "Martin Cole <martin.cole@ardent.example>",
            "Interview - Senior Accountant",
            "Hi Alex,\n\nMy attempts to reach you by phone today have been unsuccessful, so I'm "
            "emailing instead. The hiring manager would like to interview you for the Senior "
            "Accountant role. Could you send me your availability for next week?\n\nMartin Cole\n"
            "Recruitment Consultant, Ardent Recruitment",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_payment_trap(self, ctx: Context) -> None:
        """A failed ticket payment beside a confirmed interview leaves the interview."""
        u = read(
            ctx,
            ORBIT,
            "Interview on Monday - travel",
            "Hi Alex,\n\nYour interview is confirmed for Monday 9 March at 9:30am. I tried to book "
            "your train ticket but the payment was unsuccessful, so please book it yourself and "
            "we'll reimburse you." + ORBIT_SIG,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 9, 9, 30)

    def test_room_search_trap(self, ctx: Context) -> None:
        """ "We've been unsuccessful in finding a room" moves the interview online, no more."""
        u = read(
            ctx,
            ORBIT,
            "Interview - Data Engineer",
            "Hi Alex,\n\nWe've been unsuccessful in finding a room on site, so your interview on "
            "Tuesday 10 March at 3:00pm will be held on Zoom instead." + ORBIT_SIG,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons

    def test_candidacy_unsuccessful(self, ctx: Context) -> None:
        """ "On this occasion you have been unsuccessful" stays a rejection."""
        u = read(
            ctx,
            ORBIT,
            "Your application - Data Engineer",
            "Hi Alex,\n\nThank you for interviewing with us. I'm sorry to let you know that on "
            "this occasion you have been unsuccessful." + ORBIT_SIG,
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_application_unsuccessful(self, ctx: Context) -> None:
        """ "Unfortunately it was unsuccessful this time" about the application is a rejection."""
        u = read(
            ctx,
            ORBIT,
            "Data Engineer",
            "Dear Alex,\n\nThank you for your application. Unfortunately it was unsuccessful this "
            "time." + ORBIT_SIG,
        )
        assert u.kind is Kind.REJECTION, u.reasons


class TestFriendsAndFamily:
    """Mail about the user's interview from people who are not holding it."""

    def test_friend_good_luck_trap(self, ctx: Context) -> None:
        """A friend's "good luck for tomorrow at 10am, you'll smash the interview" is no interview."""
        u = read(
            ctx,
            "Sara Lind <sara.lind@gmail.com>",
            "you've got this",
            "Hey! Good luck for tomorrow at 10am, you'll smash the interview with Brightwell. The "
            "role sounds perfect. Drinks Friday?\n\nS",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_partner_calendar_trap(self, ctx: Context) -> None:
        """A partner noting the interview in a shared calendar ("good luck!") is no interview."""
        u = read(
            ctx,
            "Jamie <jamie.k@gmail.com>",
            "calendar",
            "I've put your interview in the shared calendar for Wednesday 11 March at 3pm so I "
            "don't book anything. Confirmed with the babysitter too. Good luck with the "
            "recruiter!\n\nJ",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_tag_question_trap(self, ctx: Context) -> None:
        """ "Your interview is on Thursday at 2pm right?" checks; it confirms nothing."""
        u = read(
            ctx,
            "Sara Lind <sara.lind@gmail.com>",
            "re: the big day",
            "Your interview is on Thursday at 2pm right? I'll take Milo to the vet so you can "
            "focus. The hiring manager will love you.\n\nS",
            reply=True,
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_parent_weekend_trap(self, ctx: Context) -> None:
        """A parent "thinking of you" for the interview, "see you at the weekend", is no interview."""
        u = read(
            ctx,
            "Dad <rob.morgan@gmail.com>",
            "saw this",
            "Alex - saw this article about interview nerves, thought of you for Thursday's "
            "interview at 2pm. The position sounds great. See you at the weekend.\n\nDad",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_recruiter_good_luck_stays(self, ctx: Context) -> None:
        """An agency recruiter's confirmation ending "Good luck!" is still the interview."""
        u = read(
            ctx,
            "Ben Carter <ben.carter@talentbridge.example>",
            "Client interview Wednesday",
            "Hi Alex,\n\nGreat news - my client would like to see you on Wednesday 11 March at "
            "4pm at their office. You'll be meeting Leah Grant, the Finance Director. Good "
            "luck!\n\nBen Carter\nSenior Consultant | TalentBridge Recruitment",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Leah Grant"}

    def test_recruiter_question_stays_request(self, ctx: Context) -> None:
        """A recruiter asking "would Tuesday at 10am work for you?" is still a request."""
        u = read(
            ctx,
            "Tom Reyes <tom.reyes@harbourline.example>",
            "Operations Analyst - next step",
            "Hi Alex,\n\nThanks for applying for the Operations Analyst role. We'd like to invite "
            "you to an interview with our COO.\n\nWould Tuesday 10 March at 10:00am work for "
            "you?\n\nTom Reyes\nRecruiter, Harbourline",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


class TestOtherSides:
    """A reporter's interview, and the user as the one interviewing."""

    def test_reporter_feature_trap(self, ctx: Context) -> None:
        """A reporter's confirmed interview for a feature on hiring is no job interview."""
        u = read(
            ctx,
            "Helen Ward <h.ward@dailyledger.example>",
            "Interview request - remote work feature",
            "Hi Alex,\n\nI'm writing a feature on remote hiring for the Daily Ledger. Your "
            "interview is confirmed for Thursday 12 March at 11am by phone; I'll call your "
            "mobile. We'll talk about how candidates job hunt now.\n\nHelen Ward\nReporter, "
            "The Daily Ledger",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_asked_to_interview_trap(self, ctx: Context) -> None:
        """ "Could you interview Maya Singh on Thursday at 3pm?" asks the user to interview."""
        u = read(
            ctx,
            "Chris Lam <chris.lam@northwind.example>",
            "Candidate for Staff Engineer",
            "Hi Alex,\n\nCould you interview Maya Singh for the Staff Engineer role on Thursday "
            "12 March at 3pm? You'd be covering system design. Confirmed with her already.\n\n"
            "Thanks,\nChris\nRecruiting, Northwind",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_plain_recruiter_confirmation(self, ctx: Context) -> None:
        """A recruiter's plain-words confirmation, without "confirmed", is the interview."""
        u = read(
            ctx,
            "Priya Nair <priya.nair@brightwell.example>",
            "Data Analyst - interview",
            "Hi Alex,\n\nThanks for your time on the phone. Your interview will be on Thursday 12 "
            "March at 2:00pm ET with Jane Roe, our Head of Data. It'll take about 45 minutes on "
            "Teams.\n\nBest,\nPriya Nair\nTalent Partner, Brightwell",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 12, 14, 0)
        assert names(u) == {"Jane Roe"}


class TestInterviewerNames:
    """Who is named as an interviewer, and who only hosts, arranges or runs a lunch."""

    def test_lunch_host_trap(self, ctx: Context) -> None:
        """ "An open lunch on Friday; Maria Lopez will lead it": Maria runs the lunch."""
        u = read(
            ctx,
            "Nina Brooks <nina.brooks@fernhill.example>",
            "Interview confirmed - Product Manager",
            "Hi Alex,\n\nYour interview is confirmed for Wednesday 11 March at 1:00pm with Raj "
            "Patel, VP Product.\n\nWe also run a monthly open lunch for new joiners on Friday; "
            "Maria Lopez, our Office Lead, will lead it if you'd like to see the space.\n\nNina "
            "Brooks\nTalent Partner, Fernhill",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Raj Patel"}

    def test_lead_it_after_interview(self, ctx: Context) -> None:
        """ "Raj Patel, VP Product, will lead it" after the interview's sentence names Raj."""
        u = read(
            ctx,
            "Nina Brooks <nina.brooks@fernhill.example>",
            "Case study interview - Product Manager",
            "Hi Alex,\n\nYour case study interview is confirmed for Wednesday 11 March at 1:00pm. "
            "Raj Patel, VP Product, will lead it.\n\nNina Brooks\nTalent Partner, Fernhill",
        )
        assert names(u) == {"Raj Patel"}

    def test_receptionist_ask_for_me_trap(self, ctx: Context) -> None:
        """An office manager's "ask for me at reception" beside "with our Finance Director"."""
        u = read(
            ctx,
            "Gemma Holt <gemma.holt@stonebridge.example>",
            "Your interview on Tuesday",
            "Hi Alex,\n\nYour interview for the Finance Assistant role is on Tuesday 10 March at "
            "10am with our Finance Director.\n\nWhen you arrive, ask for me at reception and "
            "I'll take you up.\n\nGemma Holt\nOffice Manager, Stonebridge",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == set()

    def test_office_move_trap(self, ctx: Context) -> None:
        """ "Facilities are moving us to the new building" does not put the writer in the room."""
        u = read(
            ctx,
            "Lena Fox <lena.fox@tallyworks.example>",
            "Interview Friday",
            "Hi Alex,\n\nYour interview with Owen Park is on Friday 13 March at 11:00am.\n\nHeads "
            "up: facilities are moving us to the new building next week, so please come to 5 King "
            "Street.\n\nLena Fox\nOffice Manager, Tallyworks",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Owen Park"}

    def test_writer_moves_us(self, ctx: Context) -> None:
        """A CTO "moving us to 12:00 on Friday" is in the meeting."""
        u = read(
            ctx,
            "Owen Park <owen.park@tallyworks.example>",
            "Re: Backend Engineer interview",
            "Hi Alex, something came up - I'm moving us to 12:00 on Friday 13 March instead of "
            "11. Same Zoom link.\n\nOwen\nCTO, Tallyworks",
            reply=True,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 13, 12, 0)
        assert names(u) == {"Owen Park"}

    def test_company_before_time_trap(self, ctx: Context) -> None:
        """ "Your interview with Northwind Labs on Friday at 10am" names a company, no person."""
        u = read(
            ctx,
            "Lena Fox <lena.fox@tallyworks.example>",
            "Interview Friday",
            "Hi Alex,\n\nYour interview with Acme Corp is on Friday 13 March at 10:00am.\n\nLena "
            "Fox\nRecruiting Coordinator",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == set()


class TestLanguages:
    """Spanish and French names after a time, and a Spanish event's "participará"."""

    def test_es_talk_speaker_trap(self, ctx: Context) -> None:
        """ "La charla en la que participará Jorge Ortega" names no interviewer."""
        u = read(
            ctx,
            "Carmen Vidal <carmen.vidal@nubeteca.example>",
            "Entrevista - Analista de datos",
            "Hola Alex:\n\nTe confirmo la entrevista para el puesto de Analista de datos el jueves "
            "12 de marzo a las 10:00 con Lucía Méndez (Directora de Datos).\n\nPor la tarde "
            "tenemos la charla trimestral abierta, en la que participará Jorge Ortega, nuestro "
            "fundador; puedes quedarte si te apetece.\n\nUn saludo,\nCarmen Vidal\nSelección, "
            "Nubeteca",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Lucía Méndez"}

    def test_es_participaran(self, ctx: Context) -> None:
        """ "En la entrevista participarán Rodrigo Salazar (CTO) y Lucía Méndez" names both."""
        u = read(
            ctx,
            "Carmen Vidal <carmen.vidal@nubeteca.example>",
            "Entrevista - Analista de datos",
            "Hola Alex:\n\nTe confirmo la entrevista para el puesto de Analista de datos el jueves "
            "12 de marzo a las 10:00. En la entrevista participarán Rodrigo Salazar (CTO) y Lucía "
            "Méndez (Directora de Datos).\n\nUn saludo,\nCarmen Vidal\nSelección, Nubeteca",
        )
        assert names(u) == {"Rodrigo Salazar", "Lucía Méndez"}

    def test_fr_time_then_person(self, ctx: Context) -> None:
        """ "un entretien le jeudi 12 mars à 14h30 avec Claire Dubois" names Claire Dubois."""
        u = read(
            ctx,
            "Sophie Martin <sophie.martin@ardoise.example>",
            "Entretien - Chef de projet",
            "Bonjour Alex,\n\nSuite à votre candidature au poste de Chef de projet, je vous "
            "propose un entretien le jeudi 12 mars à 14h30 avec Claire Dubois, directrice des "
            "opérations. Il aura lieu dans nos locaux, 8 rue Lafayette.\n\nCordialement,\n"
            "Sophie Martin\nChargée de recrutement, Ardoise",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 12, 14, 30)
        assert names(u) == {"Claire Dubois"}

    def test_fr_press_trap(self, ctx: Context) -> None:
        """A journalist's "notre entretien pour le magazine" at 14h30 is no job interview."""
        u = read(
            ctx,
            "Luc Bernard <luc.bernard@lemagazine.example>",
            "Entretien pour notre magazine",
            "Bonjour Alex,\n\nComme convenu, notre entretien pour le magazine aura lieu le jeudi "
            "12 mars à 14h30 par téléphone. Nous parlerons de votre parcours.\n\nLuc Bernard\n"
            "Journaliste, Le Magazine",
        )
        assert u.kind is Kind.OTHER, u.reasons


class TestPlainWordsRecall:
    """Plain-words hiring mail the review found missed, beside the traps that share its words."""

    def test_reminder_speaking_about_role(self, ctx: Context) -> None:
        """ "We're speaking tomorrow at 9am about the Support Lead role" is the interview."""
        u = read(
            ctx,
            "Ana Ruiz <ana.ruiz@loomly.example>",
            "Tomorrow",
            "Hi Alex, quick reminder that we're speaking tomorrow at 9am about the Support Lead "
            "role. I'll call your mobile.\n\nAna Ruiz\nHead of Support, Loomly",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 3, 9, 0)
        assert names(u) == {"Ana Ruiz"}

    def test_conference_talk_trap(self, ctx: Context) -> None:
        """ "You're speaking tomorrow at 9am about the role of AI in hiring" is a talk."""
        u = read(
            ctx,
            "Events Team <events@hrtechsummit.example>",
            "Your speaker slot",
            "Hi Alex,\n\nYou're speaking tomorrow at 9am about the role of AI in hiring. Please "
            "arrive 20 minutes early.\n\nHR Tech Summit",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_go_with_someone_who(self, ctx: Context) -> None:
        """A manager's "we've decided to go with someone who has more experience" rejects."""
        u = read(
            ctx,
            "Hugo Lane <hugo@lanefoods.example>",
            "Re: Warehouse Supervisor",
            "Hi Alex, thanks for coming in for the interview. We've decided to go with someone "
            "who has more forklift experience.\n\nHugo Lane\nOperations Manager",
            reply=True,
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_landlord_goes_with_someone_trap(self, ctx: Context) -> None:
        """A landlord going "with someone who can move in this month" rejects no candidacy."""
        u = read(
            ctx,
            "Kevin Doyle <kdoyle@gmail.com>",
            "Re: Flat on Elm Street",
            "Hi Alex, thanks for viewing the flat on Tuesday. We've decided to go with someone "
            "who can move in this month. Good luck with the search!\n\nKevin",
            reply=True,
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_application_subject_host(self, ctx: Context) -> None:
        """ "see you tmrw at 3:30, ask for me" under "Re: Junior Designer application" is the interview."""
        u = read(
            ctx,
            "Ruth Adler <ruth@adlerstudio.example>",
            "Re: Junior Designer application",
            "see you tmrw at 3:30 then! ask for me at the front desk.\n\nRuth\n\n"
            "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Ruth, I applied for the Junior Designer role last week. Would tomorrow at 3:30 "
            "work for a chat?\n",
            reply=True,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 3, 15, 30)
        assert names(u) == {"Ruth Adler"}

    def test_card_application_subject_trap(self, ctx: Context) -> None:
        """ "see you tmrw at 3:30, ask for me" under "Re: Credit Card application" is a bank visit."""
        u = read(
            ctx,
            "Ruth Adler <ruth.adler@northbank.example>",
            "Re: Credit Card application",
            "see you tmrw at 3:30 then! ask for me at the front desk.\n\nRuth\n\n"
            "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Ruth, I applied for the credit card last week. Would tomorrow at 3:30 work?\n",
            reply=True,
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_founder_wishes_luck_for_own_interview(self, ctx: Context) -> None:
        """A founder on a personal address, "it'll be me and Raj Patel. Good luck!", keeps it."""
        u = read(
            ctx,
            "Dev Mehta <dev.mehta.builds@gmail.com>",
            "Re: Founding Engineer",
            "Hi Alex, thanks for applying! Your interview is Thursday 12 March at 2pm - it'll be "
            "me and Raj Patel, our CTO. Good luck!\n\nDev",
            reply=True,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 12, 14, 0)

    def test_friend_wishes_luck_in_german_trap(self, ctx: Context) -> None:
        """A mother's "viel Glück bei deinem Vorstellungsgespräch am Donnerstag" is no interview."""
        u = read(
            ctx,
            "Mama <petra.morgan@gmx.de>",
            "Donnerstag",
            "Hallo Schatz, viel Glück bei deinem Vorstellungsgespräch am Donnerstag um 10 Uhr! "
            "Die Stelle klingt toll. Ruf mich danach an.\n\nMama",
        )
        assert u.kind is Kind.OTHER, u.reasons


class TestSpanishTeamSignature:
    """A Spanish recruiter's team signature ("Selección, <empresa>") is a hiring word."""

    def test_es_cancel_signed_by_selection(self, ctx: Context) -> None:
        """ "Tenemos que cancelar la entrevista del jueves" signed "Selección" is a cancellation."""
        u = read(
            ctx,
            "Carmen Vidal <carmen.vidal@nubeteca.example>",
            "Entrevista del jueves",
            "Hola Alex:\n\nLamentablemente tenemos que cancelar la entrevista del jueves 12 de "
            "marzo a las 10:00. Te escribiré con nuevas fechas.\n\nUn saludo,\nCarmen Vidal\n"
            "Selección, Nubeteca",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_es_press_cancel_trap(self, ctx: Context) -> None:
        """A magazine calling off "la entrevista del jueves", signed "Redacción", is no job's."""
        u = read(
            ctx,
            "Pablo Gil <pablo.gil@revistaurbana.example>",
            "Entrevista del jueves",
            "Hola Alex:\n\nLamentablemente tenemos que cancelar la entrevista del jueves 12 de "
            "marzo a las 10:00 para el reportaje. Te escribiré con nuevas fechas.\n\nUn saludo,\n"
            "Pablo Gil\nRedacción, Revista Urbana",
        )
        assert u.kind is Kind.OTHER, u.reasons


class TestWriterOnlyOpens:
    """ "Booked ... w/ me + Jane Roe" from someone who then leaves the meeting."""

    def test_coordinator_hands_over_trap(self, ctx: Context) -> None:
        """A coordinator's "w/ me + Jane Roe. I'll do quick intros and then hand over" names Jane."""
        u = read(
            ctx,
            "Sam Ortiz <sam.ortiz@quillon.example>",
            "Re: Product Designer",
            "Booked: Tues 3/17 @ 9a ET w/ me + Jane Roe (Design Lead). I'll do quick intros and "
            "then hand over to Jane.\n\nSam Ortiz\nRecruiting Coordinator | Quillon",
            reply=True,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == {"Jane Roe"}

    def test_assistant_drops_off_trap(self, ctx: Context) -> None:
        """An assistant's "w/ me + Dana Kerr (CEO). I'll dial you in and then drop off" names Dana."""
        u = read(
            ctx,
            "Priya Shah <priya.shah@quillon.example>",
            "Re: Chief of Staff",
            "Booked: Tues 3/17 @ 9a ET w/ me + Dana Kerr (CEO). I'll dial you in and then drop "
            "off.\n\nPriya Shah\nExecutive Assistant to the CEO | Talent, Quillon",
            reply=True,
        )
        assert names(u) == {"Dana Kerr"}

    def test_manager_books_with_me(self, ctx: Context) -> None:
        """A design head's "Booked: ... w/ me + Jane Roe (Design Lead)" names both."""
        u = read(
            ctx,
            "Miguel Soto <miguel@quillon.example>",
            "Re: Product Designer",
            "Booked: Tues 3/17 @ 9a ET w/ me + Jane Roe (Design Lead). Invite coming.\n\nMiguel "
            "Soto\nHead of Design, Quillon",
            reply=True,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 17, 9, 0)
        assert names(u) == {"Miguel Soto", "Jane Roe"}
