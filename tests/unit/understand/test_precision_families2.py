"""Precision traps from a real mailbox's shapes, each beside a positive that must keep working.

Thread rules need evidence that the user is the candidate; a stated time needs its own
interview word and the user's interview; hiring words must not supply their own context.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail

FRIEND = "Nell Okonjo <nell.okonjo@gmail.example>"
REPLY = {"In-Reply-To": "<q7.1@gmail.example>"}
USER_WROTE = "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"


def kind(ctx: Context, sender: str, subject: str, body: str, *, reply: bool = False) -> Kind:
    raw = mail(sender=sender, subject=subject, body=body, headers=REPLY if reply else None)
    return understand(raw, ctx).kind


class TestThreadDirection:
    """Who is the candidate in a thread about a role."""

    def test_candidate_settles_users_proposal(self, ctx: Context) -> None:
        """A candidate accepting the user's "chat about the role" is not the user's interview."""
        body = (
            "Hi Alex, Thursday 2pm is perfect, talk then!\n\nIvo\n\n" + USER_WROTE + "> Hi Ivo, "
            "loved your showreel. Would Thursday 3/5 at 2pm work for a chat about the role?\n"
        )
        assert (
            kind(ctx, "Ivo Brandt <ivo@gmail.example>", "Re: Sound designer role", body, reply=True)
            is Kind.OTHER
        )

    def test_candidate_asks_under_users_role(self, ctx: Context) -> None:
        """A candidate asking for times after the user's "let's talk about the role" is no request."""
        body = (
            "Hi Alex, thanks for getting back to me! Would Thursday or Friday afternoon work "
            "for a call?\n\nIvo\n\n" + USER_WROTE + "> Hi Ivo, loved your showreel - let's "
            "talk about the role.\n"
        )
        assert (
            kind(ctx, "Ivo Brandt <ivo@gmail.example>", "Re: Sound designer role", body, reply=True)
            is Kind.OTHER
        )

    def test_bare_role_subject_settle(self, ctx: Context) -> None:
        """ "Thursday 2pm is perfect" under a bare job-title subject is not enough."""
        assert (
            kind(
                ctx,
                "Ivo Brandt <ivo@gmail.example>",
                "Re: Sound designer role",
                "Thursday 2pm is perfect, talk then!\n\nIvo",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_settle_after_user_applied(self, ctx: Context) -> None:
        """The same settle answering the user's application for the role is the interview."""
        body = (
            "Thursday 2pm is perfect, talk then!\n\nIvo\n\n" + USER_WROTE + "> Hi Ivo, I "
            "applied for the sound designer role. Would Thursday 3/5 at 2pm work for a chat?\n"
        )
        assert (
            kind(
                ctx,
                "Ivo Brandt <ivo@quillhaus.example>",
                "Re: Sound designer role",
                body,
                reply=True,
            )
            is Kind.INTERVIEW
        )

    def test_host_directions_under_role_subject(self, ctx: Context) -> None:
        """ "see you tmrw at 4 then, ask for me at reception" under a role subject is the interview."""
        assert (
            kind(
                ctx,
                "Ivo Brandt <ivo@quillhaus.example>",
                "Re: Sound designer role",
                "great, see you tmrw at 4:15 then! ask for me at reception",
                reply=True,
            )
            is Kind.INTERVIEW
        )

    def test_friend_reviewing_cv_settles(self, ctx: Context) -> None:
        """A friend settling a time to look over the user's CV is no interview."""
        body = (
            "Thursday 6pm is perfect, talk then!\n\nNell\n\n" + USER_WROTE + "> Could you look "
            "at my CV before I send it? Free Thursday 3/5 at 6pm?\n"
        )
        assert kind(ctx, FRIEND, "Re: your CV", body, reply=True) is Kind.OTHER

    def test_friend_reviewing_resume_mobile(self, ctx: Context) -> None:
        """ "see you tmrw at 3:30 then" under "Re: Your resume" from a friend is no interview."""
        assert (
            kind(
                ctx,
                FRIEND,
                "Re: Your resume",
                "see you tmrw at 3:30 then! ask for me at the front desk",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_friend_asks_coffee_about_cv(self, ctx: Context) -> None:
        """A friend offering coffee to review the CV is no scheduling request."""
        assert (
            kind(
                ctx,
                FRIEND,
                "Re: your CV",
                "Happy to look over your CV! Would Thursday at 6pm work for a coffee?\n\nNell",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_hiring_manager_liked_cv_asks(self, ctx: Context) -> None:
        """ "The hiring manager liked your CV, let me know a few slots" is a request."""
        assert (
            kind(
                ctx,
                "Rob Tane <rob@tanesearch.example>",
                "Re: your CV",
                "Hi Alex,\n\nThe "
                "hiring manager liked your CV. Let me know a few slots that work next week."
                "\n\nRob",
                reply=True,
            )
            is Kind.SCHEDULING_REQUEST
        )

    def test_friend_portfolio_direction(self, ctx: Context) -> None:
        """A friend's "we've decided to go in a different direction" about a portfolio is no rejection."""
        assert (
            kind(
                ctx,
                "Ben Achebe <ben@gmail.example>",
                "Re: your portfolio",
                "Hey, honestly we've decided to go in a different direction.\n\nBen",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_one_line_rejection_under_role(self, ctx: Context) -> None:
        """ "We've decided not to proceed" under a job-title subject stays a rejection."""
        assert (
            kind(
                ctx,
                "Ada Mensah <ada@kolapay.example>",
                "Re: Data Analyst",
                "Hi Alex, we've decided not to proceed this time. All the best.\n\nAda",
                reply=True,
            )
            is Kind.REJECTION
        )

    def test_founder_demo_pitch(self, ctx: Context) -> None:
        """A founder selling a demo while "hiring a founding engineer" asks for no interview."""
        assert (
            kind(
                ctx,
                "Max Pell <max@shipwell.example>",
                "Quick question",
                "Hi Alex,\n\nWe're "
                "hiring a founding engineer and evaluating CI tools for them - would Tuesday "
                "work for a 15 min demo of Shipwell?\n\nMax",
            )
            is Kind.OTHER
        )

    def test_spanish_ticket_settle(self, ctx: Context) -> None:
        """A phone company's "le llamo el martes" under "RE: Su solicitud 4821" is no interview."""
        assert (
            kind(
                ctx,
                "Carla Ruiz <carla@telsur.example>",
                "RE: Su solicitud 4821",
                "Perfecto, el martes 10 de marzo a las 17:00 le llamo. Nos vemos entonces, "
                "queda confirmado.\n\nCarla",
                reply=True,
            )
            is Kind.OTHER
        )


class TestStatedTimes:
    """A plainly stated time is the plan only of the user's own interview."""

    def test_reporter_our_interview(self, ctx: Context) -> None:
        """A local paper's "Our interview is on Thursday at 10am" is no job interview."""
        assert (
            kind(
                ctx,
                "Tom Reyes <tom@valleyherald.example>",
                "Our interview",
                "Hi Alex, "
                "thanks for agreeing to talk about the allotment project. Our interview is on "
                "Thursday, March 5 at 10am at the cafe.\n\nTom Reyes\nValley Herald",
            )
            is Kind.OTHER
        )

    def test_recruiter_your_interview_stated(self, ctx: Context) -> None:
        """A recruiter's "Your interview is on Thursday at 10am" stays an interview."""
        assert (
            kind(
                ctx,
                "Tom Reyes <tom@valleyco.example>",
                "Interview",
                "Hi Alex, your "
                "interview for the analyst role is on Thursday, March 5 at 10am at our "
                "office.\n\nTom Reyes\nTalent Partner",
            )
            is Kind.INTERVIEW
        )

    def test_user_runs_the_interviews(self, ctx: Context) -> None:
        """A colleague's note on the interviews the user runs is not the user's interview."""
        assert (
            kind(
                ctx,
                "Jo Dale <jo.dale@valleyco.example>",
                "Interviews next week",
                "Hi Alex,"
                "\n\nThe interviews for the analyst role you're running are on Thursday, "
                "March 5 at 2pm - I've sent the candidate the details.\n\nJo",
            )
            is Kind.OTHER
        )

    def test_friends_own_interview_with_role(self, ctx: Context) -> None:
        """A friend's "my final interview for the analyst role is Thursday at 2pm" is theirs."""
        assert (
            kind(
                ctx,
                FRIEND,
                "eek",
                "My final interview for the analyst role is on Thursday "
                "March 5 at 2pm, wish me luck!! Drinks after?\n\nNell",
            )
            is Kind.OTHER
        )

    def test_interview_word_far_from_time(self, ctx: Context) -> None:
        """An interview mentioned paragraphs away from a dinner time does not make it the plan."""
        assert (
            kind(
                ctx,
                FRIEND,
                "dinner",
                "Hey Alex,\n\nHow are the job applications going? Any "
                "interview news?\n\nAnyway - dinner is on Thursday, March 5 at 7pm at ours."
                "\n\nNell",
            )
            is not Kind.INTERVIEW
        )

    def test_label_block_interview(self, ctx: Context) -> None:
        """An "Interview / Date / Time" label block from a hiring team is an interview."""
        assert (
            kind(
                ctx,
                "Jo Dale <jo.dale@valleyco.example>",
                "Analyst role",
                "Hi Alex,\n\n"
                "Interview\nDate: Thursday, March 5\nTime: 2pm\nLocation: 4 Mill Lane\n\n"
                "Jo Dale\nRecruiting",
            )
            is Kind.INTERVIEW
        )


class TestCircularContext:
    """Outcome nouns and 'applied' must not supply their own hiring context."""

    def test_friend_verbal_offer(self, ctx: Context) -> None:
        """A friend's "I got a verbal offer" news is no offer."""
        assert (
            kind(
                ctx,
                FRIEND,
                "news!!",
                "Guess what - I got a verbal offer from Globex today! "
                "Written offer letter should come Monday. Celebrate Friday?\n\nNell",
            )
            is Kind.OTHER
        )

    def test_congrats_on_job_offer(self, ctx: Context) -> None:
        """ "Congrats on the job offer! Lunch Thursday?" is no offer."""
        assert (
            kind(
                ctx,
                FRIEND,
                "Re: catching up",
                "Congrats on the job offer! Lunch Thursday at noon to celebrate?",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_real_offer_letter(self, ctx: Context) -> None:
        """An HR "pleased to offer you the position" stays an offer."""
        assert (
            kind(
                ctx,
                "Mia Holt <mia.holt@valleyco.example>",
                "Your offer",
                "Hi Alex,\n\nWe "
                "are pleased to offer you the Analyst position. Your offer letter is attached."
                "\n\nMia Holt\nPeople Team",
            )
            is Kind.OFFER
        )

    def test_fee_applied_to_account(self, ctx: Context) -> None:
        """A gym's failed payment "late fee applied to your account" is no rejection."""
        assert (
            kind(
                ctx,
                "Pia at Corefit <pia@corefit.example>",
                "About your membership",
                "Hi Alex,\n\nYour last card payment was unsuccessful, so a $10 late fee has "
                "been applied to your account.\n\nPia",
            )
            is Kind.OTHER
        )

    def test_applied_for_role_unsuccessful(self, ctx: Context) -> None:
        """ "You applied for the Analyst role ... unsuccessful" is a rejection."""
        assert (
            kind(
                ctx,
                "Mia Holt <mia.holt@valleyco.example>",
                "Analyst role",
                "Hi Alex,\n\n"
                "Thank you for the time you spent on the Analyst role you applied for. "
                "Unfortunately your application was unsuccessful.\n\nMia",
            )
            is Kind.REJECTION
        )

    def test_subcontractor_list(self, ctx: Context) -> None:
        """A builder's "thanks for applying to be on our subcontractor list" is no rejection."""
        assert (
            kind(
                ctx,
                "Ty Hale <ty@halebuild.example>",
                "Re: kitchen quote",
                "Hi Alex,\n\n"
                "Thanks for applying to be on our subcontractor list. Unfortunately we've "
                "decided to go with someone else for the Elm St job.\n\nTy",
                reply=True,
            )
            is Kind.OTHER
        )

    def test_adopt_home_visit(self, ctx: Context) -> None:
        """A rescue's "thanks for applying to adopt" asking for a home visit is no request."""
        assert (
            kind(
                ctx,
                "Paws Haven <hello@pawshaven.example>",
                "Luna - home visit",
                "Hi Alex,"
                "\n\nThanks for applying to adopt Luna! Would Saturday 3/7 at 2pm work for a "
                "home visit?\n\nKaren",
            )
            is Kind.OTHER
        )

    def test_thanks_for_applying_to_job_asks(self, ctx: Context) -> None:
        """ "Thanks for applying! Would Tuesday work for a call?" from a recruiter is a request."""
        assert (
            kind(
                ctx,
                "Mia Holt <mia.holt@valleyco.example>",
                "Your application",
                "Hi Alex,"
                "\n\nThanks for applying! Would Tuesday or Wednesday work for a quick call?"
                "\n\nMia",
            )
            is Kind.SCHEDULING_REQUEST
        )

    def test_search_on_hold_until_later(self, ctx: Context) -> None:
        """A role "on hold until Q3 - we'll revisit" is no rejection."""
        assert (
            kind(
                ctx,
                "Mark Lee <mark@valleyco.example>",
                "Team update",
                "Hi all,\n\nQuick "
                "update: the CFO role has been put on hold until Q3, so Alex, thanks for "
                "applying internally - we'll revisit.\n\nMark",
            )
            is Kind.OTHER
        )

    def test_search_paused_for_good(self, ctx: Context) -> None:
        """ "We have decided to pause the search for this role" is still a rejection."""
        assert (
            kind(
                ctx,
                "Mark Lee <mark@valleyco.example>",
                "Your application",
                "Hi Alex,\n\n"
                "Thanks for your application. We have decided to pause the search for this "
                "role.\n\nMark",
            )
            is Kind.REJECTION
        )
