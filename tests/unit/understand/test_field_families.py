"""Families of real-world mail behind misses on independently written mail.

Every message here was written for these tests (invented companies, people and places) to
mirror a format family; none is copied from an evaluation set. Each loosening has a
negative of the same shape beside it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, understand

from .messages import mail, names, start, vevent_calendar

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")


def user(name: str, address: str, zone: str, order: str = "dmy") -> Context:
    """A context for one user."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


class TestBookingLinks:
    """Booking confirmations carry "Cancel:" and "Reschedule:" links; they are not cancels."""

    BOOKED = (
        "Hi Alex Morgan,\n\nA new event has been scheduled.\n\n"
        "Event Type:\nTechnical Screen - Data Engineer\n\n"
        "Invitee:\nAlex Morgan\n\n"
        "Event Date/Time:\n2:00pm - 2:45pm (Central Time - US & Canada) on Tuesday, "
        "March 10, 2026\n\n"
        "Host:\nDevika Raman\n\n"
        "Need to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/0b7c2d1e-ffee\n"
        "Reschedule: https://calendly.com/reschedulings/0b7c2d1e-ffee\n"
    )

    def test_booking_with_cancel_link_is_interview(self, ctx: Context) -> None:
        """A scheduling-tool booking with cancel/reschedule links is an interview."""
        raw = mail(
            sender="Calendly <notifications@calendly.com>",
            subject="Confirmed: Technical Screen - Data Engineer with Devika Raman",
            body=self.BOOKED,
            headers={"Reply-To": "Devika Raman <devika@brightkiln.example>"},
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, tzinfo=CHI)
        assert u.interview is not None and u.interview.company != "Calendly"

    def test_booking_offering_to_cancel_in_prose_is_interview(self, ctx: Context) -> None:
        """ "If you need to cancel, use the link" in a confirmation is not a cancellation."""
        raw = mail(
            sender="Talia Brook <talia.brook@orchardsoft.example>",
            subject="Interview confirmed - Thursday",
            body=(
                "Hi Alex,\n\nYour interview with Omar Sidqi is confirmed for Thursday, "
                "March 5 at 11:00 AM ET. If you need to cancel or move it, just reply here.\n\n"
                "Talia\nRecruiting, Orchard Software\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons

    def test_tool_cancellation_stays_cancelled(self, ctx: Context) -> None:
        """A scheduling tool's real cancellation notice is still a cancellation."""
        raw = mail(
            sender="Calendly <notifications@calendly.com>",
            subject="Canceled: Technical Screen - Data Engineer with Devika Raman",
            body=(
                "Hi Alex Morgan,\n\nThe event below has been canceled.\n\n"
                "Event Type:\nTechnical Screen - Data Engineer\n\n"
                "Event Date/Time:\n2:00pm - 2:45pm (Central Time - US & Canada) on Tuesday, "
                "March 10, 2026\n\n"
                "Schedule another time: https://calendly.com/devika-raman/screen\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED

    def test_human_cancel_with_reschedule_offer_stays_cancelled(self, ctx: Context) -> None:
        """ "We have to cancel ...; if you want to reschedule, ..." is still a cancellation."""
        raw = mail(
            sender="Talia Brook <talia.brook@orchardsoft.example>",
            subject="Thursday's interview",
            body=(
                "Hi Alex,\n\nI'm sorry, we have to cancel your interview with Omar Sidqi on "
                "Thursday, March 5 at 11:00 AM ET; the role is on hold. If you want to "
                "reschedule once it reopens, I'll be in touch.\n\n"
                "Talia\nRecruiting, Orchard Software\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED


class TestInterviewsThatAreNotForAJob:
    """Research and user interviews, and guest interviews for shows, are not job interviews."""

    def test_internal_user_interview_readout_is_not_interview(self, ctx: Context) -> None:
        """A colleague's calendar request to discuss user interviews is not an interview."""
        ics = vevent_calendar(
            summary="User interview debrief - checkout redesign",
            start="20260312T150000",
            end="20260312T153000",
            tzid="America/New_York",
            organizer="mailto:pia.lund@northgate.example",
            organizer_cn="Pia Lund",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            description="Walk through what we heard in this week's user interviews.",
        )
        raw = mail(
            sender="Pia Lund <pia.lund@northgate.example>",
            subject="User interview debrief - checkout redesign",
            body="Walk through what we heard in this week's user interviews.\n",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_stakeholder_interviews_booked_are_not_interview(self, ctx: Context) -> None:
        """Booking stakeholder interviews for a project is not a job interview."""
        raw = mail(
            sender="Ines Carvalho <ines@lumenworks.example>",
            subject="Stakeholder interviews confirmed",
            body=(
                "Hi Alex,\n\nThe stakeholder interviews are confirmed: Tuesday, March 10 at "
                "10:00 AM ET with the finance leads. Please bring the draft question list.\n\n"
                "Ines\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_podcast_guest_interview_is_not_interview(self, ctx: Context) -> None:
        """A podcast about hiring booking the user as a guest is not a job interview."""
        raw = mail(
            sender="Roisin Kelly <roisin@careerloopcast.example>",
            subject="You're booked: Career Loop interview recording",
            body=(
                "Hi Alex,\n\nThanks for agreeing to be a guest! Your interview is confirmed "
                "for Wednesday, March 11 at 1:00 PM ET. We'll talk about your job search, "
                "how you prepare for hiring managers and what recruiters get wrong.\n\n"
                "The episode goes out two weeks later to our listeners.\n\n"
                "Roisin Kelly\nHost, Career Loop\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_ux_researcher_job_interview_mentioning_user_interviews(self, ctx: Context) -> None:
        """A job interview for a research role that mentions user interviews stays one."""
        raw = mail(
            sender="Hana Sato <hana.sato@tidewater.example>",
            subject="Interview confirmed - UX Researcher",
            body=(
                "Hi Alex,\n\nYour interview for the UX Researcher role is confirmed for "
                "Wednesday, March 11 at 3:00 PM ET with Lior Ben-David. He'll ask how you plan "
                "and run user interviews.\n\nHana Sato\nRecruiter, Tidewater\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 15, tzinfo=NY)


class TestForwardedAppointment:
    """Outlook's "-----Original Appointment-----" forward carries the meeting's When: line."""

    @staticmethod
    def forward(candidate: str, subject: str) -> bytes:
        """A hiring manager forwarding the HR system's meeting request."""
        return mail(
            sender="Pieter Nel <pieter.nel@karoo-freight.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            date="Mon, 02 Mar 2026 11:05:00 -0500",
            subject=f"FW: {subject}",
            body=(
                "Hi,\n\nThe invite below went to an old address, so forwarding it. I'll be "
                "interviewing you along with our CFO, Lindiwe Dube.\n\nPieter\n\n"
                "-----Original Appointment-----\n"
                "From: People Systems <people-systems@karoo-freight.example>\n"
                "Sent: Monday, 2 March 2026 09:12\n"
                "To: Pieter Nel; Lindiwe Dube\n"
                f"Subject: {subject}\n"
                "When: Friday, 6 March 2026 2:30 p.m.-3:30 p.m. (UTC-05:00) Eastern Time "
                "(US & Canada).\n"
                "Where: Karoo Freight, 40 Wall St, 12th floor\n\n\n"
                f"Candidate: {candidate}\n"
            ),
        )

    def test_forwarded_appointment_is_interview(self, ctx: Context) -> None:
        """The forwarded When: line gives the interview's time, the note its people."""
        u = understand(self.forward("Alex Morgan", "Interview - Freight Analyst"), ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 6, 14, 30, tzinfo=NY)
        assert "Lindiwe Dube" in names(u)

    def test_forwarded_appointment_for_someone_else_is_not_interview(self, ctx: Context) -> None:
        """The same forward about another candidate is not the user's interview."""
        u = understand(self.forward("Jordan Vale", "Interview - Freight Analyst"), ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestPublicSectorAndTradeInterviews:
    """Interview boards, kitchens and trades state the time plainly, without "confirmed"."""

    def test_interview_board_will_take_place(self) -> None:
        """ "Your interview will take place ..." with a board that "will consist of" names."""
        ctx = user("Wan Mei Ling", "meiling.wan@example.com", "Asia/Kuala_Lumpur")
        raw = mail(
            sender="Unit Pengambilan <intake@transitauthority.gov.example>",
            to="Wan Mei Ling <meiling.wan@example.com>",
            date="Tue, 03 Mar 2026 09:00:00 +0800",
            subject="Interview: Assistant Planning Officer (Grade N41)",
            body=(
                "Dear Ms Wan,\n\nWith reference to your application for Assistant Planning "
                "Officer (Grade N41), you have been shortlisted. Your interview will take "
                "place at Menara Transit, Level 9, on Monday, 16 March 2026 at 2:30 PM.\n\n"
                "The interview board will consist of Encik Hafiz bin Othman (Deputy Director), "
                "Dr Nur Aisyah binte Rahman (Head of Planning) and a member of the service "
                "commission, Tan Boon Keat.\n\nPlease bring your identity card.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        kl = ZoneInfo("Asia/Kuala_Lumpur")
        assert start(u) == dt.datetime(2026, 3, 16, 14, 30, tzinfo=kl)
        assert "Nur Aisyah binte Rahman" in names(u)
        assert "Tan Boon Keat" in names(u)

    def test_conditional_take_place_is_not_interview(self) -> None:
        """ "If shortlisted, your interview will take place on ..." books nothing."""
        ctx = user("Wan Mei Ling", "meiling.wan@example.com", "Asia/Kuala_Lumpur")
        raw = mail(
            sender="Unit Pengambilan <intake@transitauthority.gov.example>",
            to="Wan Mei Ling <meiling.wan@example.com>",
            date="Tue, 03 Mar 2026 09:00:00 +0800",
            subject="Application received: Assistant Planning Officer",
            body=(
                "Dear Ms Wan,\n\nThank you for your application for Assistant Planning "
                "Officer. If shortlisted, your interview will take place on Monday, 16 March "
                "2026 at 2:30 PM at Menara Transit.\n\nUnit Pengambilan\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_kitchen_interview_with_directions(self) -> None:
        """A chef who "would like to meet you for a kitchen interview" and where to come."""
        ctx = user("Bruno Azevedo", "bruno.azevedo@example.net", "Europe/Lisbon")
        raw = mail(
            sender="Tasca do Largo <cozinha@tascadolargo.example>",
            to="Bruno Azevedo <bruno.azevedo@example.net>",
            date="Mon, 09 Mar 2026 21:40:00 +0000",
            subject="Line cook - trial shift and interview",
            body=(
                "Olá Bruno,\n\nThanks for sending your CV for the line cook position. Chef "
                "Marta Figueiredo would like to meet you for a kitchen interview: Friday 13 "
                "March at 10:30, before lunch prep. Please come to the back door on Rua das "
                "Flores with your own knives.\n\nTasca do Largo\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 10, 30, tzinfo=ZoneInfo("Europe/Lisbon"))
        assert names(u) == ["Marta Figueiredo"]

    def test_would_like_to_meet_you_question_is_not_interview(self) -> None:
        """The same wish asked as a question ("Could you come ...?") is not booked."""
        ctx = user("Bruno Azevedo", "bruno.azevedo@example.net", "Europe/Lisbon")
        raw = mail(
            sender="Tasca do Largo <cozinha@tascadolargo.example>",
            to="Bruno Azevedo <bruno.azevedo@example.net>",
            date="Mon, 09 Mar 2026 21:40:00 +0000",
            subject="Line cook position",
            body=(
                "Olá Bruno,\n\nThanks for sending your CV for the line cook position. Chef "
                "Marta Figueiredo would like to meet you for a kitchen interview. Could you "
                "come on Friday 13 March at 10:30?\n\nTasca do Largo\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestTerseConfirmations:
    """One-line and mobile confirmations: "w/" for with, "tmrw", "@", a bare team signature."""

    def test_one_liner_with_w_slash(self, ctx: Context) -> None:
        """ "Fri 3/13 @ 10am PT w/ Name" from a talent signature is an interview."""
        raw = mail(
            sender="Cass Ortega <cass@fernhollow.example>",
            subject="you're set",
            body=(
                "Alex - confirmed: Fri 3/13 @ 10am PT w/ Sunil Rao (Eng Mgr). Meet link "
                "to come.\n\n-Cass\n\nCass Ortega | Talent | Fernhollow\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        la = ZoneInfo("America/Los_Angeles")
        assert start(u) == dt.datetime(2026, 3, 13, 10, tzinfo=la)
        assert names(u) == ["Sunil Rao"]

    def test_mobile_tomorrow_shorthand(self) -> None:
        """ "tmrw 2pm Lisbon time w/ Name" sent from a phone by a recruiter."""
        ctx = user("Ana Ribeiro", "ana.ribeiro@example.com", "Europe/London")
        raw = mail(
            sender="Duarte Melo <duarte.melo@atlanticgrid.example>",
            to="Ana Ribeiro <ana.ribeiro@example.com>",
            date="Wed, 11 Mar 2026 18:20:00 +0000",
            subject="Re: Grid Analyst",
            body=(
                "Ana, confirmed for tmrw 2pm Lisbon time w/ Rui Pacheco, he'll call you.\n\n"
                "Sent from my phone\n\nDuarte Melo | Recruiting | Atlantic Grid\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 14, tzinfo=ZoneInfo("Europe/Lisbon"))

    def test_one_liner_dinner_plans_is_not_interview(self, ctx: Context) -> None:
        """The same terse shape from a friend about dinner is not an interview."""
        raw = mail(
            sender="Jess Park <jess.park@gmail.com>",
            subject="dinner",
            body="Alex - locked in: Fri 3/13 @ 7pm w/ Sunil Rao and Mia. Bring wine!\n\n-J\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_one_liner_from_a_vendor_is_not_interview(self, ctx: Context) -> None:
        """A salesperson's terse demo booking with a signature without hiring words."""
        raw = mail(
            sender="Cass Ortega <cass@ledgerly.example>",
            subject="you're set",
            body=(
                "Alex - confirmed: Fri 3/13 @ 10am PT w/ Sunil Rao (Solutions). Demo link to "
                "come.\n\n-Cass\n\nCass Ortega | Sales | Ledgerly\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestDayHeadingItineraries:
    """ "Date: <day>" on its own line, the schedule's rows a few lines below."""

    BODY = (
        "Dear Ana,\n\nFollowing your online tests, we are delighted to invite you to our "
        "assessment day for the 2026 Actuarial Graduate Scheme at our Porto office.\n\n"
        "Date: Wednesday 18 March 2026\n"
        "Venue: Ribeira Assurance, Rua do Ouro 12, Porto\n\n"
        "Programme\n"
        "09:30  Welcome coffee\n"
        "10:00  Group case exercise\n"
        "11:30  Competency interview\n"
        "13:00  Lunch with the graduate team\n\n"
        "Please arrive by 09:15.\n\nGraduate Recruitment\nRibeira Assurance\n"
    )

    def test_assessment_day_starts_at_first_row(self) -> None:
        """An assessment day with a dated label line starts at its first scheduled row."""
        ctx = user("Ana Ribeiro", "ana.ribeiro@example.com", "Europe/Lisbon")
        raw = mail(
            sender="Graduate Recruitment <graduates@ribeira-assurance.example>",
            to="Ana Ribeiro <ana.ribeiro@example.com>",
            date="Mon, 09 Mar 2026 10:00:00 +0000",
            subject="Invitation to our assessment day",
            body=self.BODY,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 18, 9, 30, tzinfo=ZoneInfo("Europe/Lisbon"))

    def test_open_day_programme_is_not_interview(self) -> None:
        """The same layout for a university open day has no interview in it."""
        ctx = user("Ana Ribeiro", "ana.ribeiro@example.com", "Europe/Lisbon")
        body = (
            "Dear Ana,\n\nThank you for registering for our open day.\n\n"
            "Date: Wednesday 18 March 2026\nVenue: Main Campus, Porto\n\nProgramme\n"
            "09:30  Welcome coffee\n10:00  Campus tour\n11:30  Talk: studying actuarial "
            "science\n\nStudent Admissions\n"
        )
        raw = mail(
            sender="Student Admissions <admissions@porto-uni.example>",
            to="Ana Ribeiro <ana.ribeiro@example.com>",
            date="Mon, 09 Mar 2026 10:00:00 +0000",
            subject="Your open day booking",
            body=body,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestZoneBesideAbbreviation:
    """A city named beside an abbreviation says which region's clock is meant."""

    @staticmethod
    def confirm(when: str) -> bytes:
        """A recruiter's confirmation with the given time text."""
        return mail(
            sender="Renata Solis <renata.solis@volcanpay.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            date="Mon, 11 May 2026 09:00:00 -0600",
            subject="Interview confirmed - Payments Engineer",
            body=(
                f"Hi Alex,\n\nYour interview with Hugo Ibarra is confirmed for Wednesday, "
                f"May 13 at {when}.\n\nRenata Solis\nTalent Acquisition, Volcan Pay\n"
            ),
        )

    def test_cst_mexico_city_in_may_is_minus_six(self, ctx: Context) -> None:
        """ "CST (Mexico City)" in May is -06:00: Mexico has no summer time since 2022."""
        u = understand(self.confirm("11:00 AM CST (Mexico City)"), ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 5, 13, 17, tzinfo=dt.UTC)
        assert u.interview is not None
        assert u.interview.timezone == "America/Mexico_City"

    def test_bare_cst_in_may_is_chicago_summer_time(self, ctx: Context) -> None:
        """A bare "CST" still means the US Central clock (-05:00 in May)."""
        u = understand(self.confirm("11:00 AM CST"), ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 5, 13, 16, tzinfo=dt.UTC)

    def test_ist_dublin_is_irish_time(self, ctx: Context) -> None:
        """ "IST (Dublin)" is Irish Standard Time, not India."""
        u = understand(self.confirm("3:00 PM IST (Dublin)"), ctx)
        assert start(u) == dt.datetime(2026, 5, 13, 14, tzinfo=dt.UTC)


class TestOutcomesAndAutomaticAnswers:
    """Plain-spoken outcomes and "mailbox not monitored" answers."""

    def test_its_a_no_this_time_is_rejection(self, ctx: Context) -> None:
        """ "It's a no this time" after an interview is a rejection."""
        raw = mail(
            sender="Gus Whelan <gus@copperline.example>",
            subject="Re: Platform Engineer - after Tuesday",
            body=(
                "Hi Alex,\n\nThanks again for your time on Tuesday's interview. I'm afraid "
                "it's a no this time - the panel went for someone with more Kubernetes "
                "depth. Happy to give feedback on a call.\n\nGus\nHiring Manager, Copperline\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_in_favour_of_another_candidate_is_rejection(self, uk_ctx: Context) -> None:
        """ "Decided in favour of another candidate" is a rejection."""
        raw = mail(
            sender="Orla Brennan <orla.brennan@harbourlight.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Your application - Operations Lead",
            body=(
                "Dear Sam,\n\nThank you for interviewing for the Operations Lead position. "
                "After careful thought the panel has decided in favour of another candidate "
                "whose experience is closer to the brief.\n\nOrla Brennan\nPeople Team\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.REJECTION

    def test_provisional_offer_is_offer(self, uk_ctx: Context) -> None:
        """A provisional offer subject to references is an offer."""
        raw = mail(
            sender="Orla Brennan <orla.brennan@harbourlight.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Operations Lead - good news",
            body=(
                "Dear Sam,\n\nFollowing your interview, I'm pleased to make you a provisional "
                "offer for the Operations Lead position, subject to two satisfactory "
                "references.\n\nOrla Brennan\nPeople Team\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.OFFER

    def test_mailbox_not_monitored_answer_is_auto_reply(self, ctx: Context) -> None:
        """An ATS's automatic answer to the user's reply is an auto-reply."""
        raw = mail(
            sender="Kelpie Robotics <no-reply@hire.example-ats.example>",
            subject="Re: Question about my interview",
            body=(
                "This inbox is not monitored and your message was not delivered to the "
                "hiring team. Please use your candidate portal to contact Kelpie Robotics.\n"
            ),
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert understand(raw, ctx).kind is Kind.AUTO_REPLY

    def test_notice_with_not_monitored_footer_is_still_interview(self, ctx: Context) -> None:
        """An automated interview confirmation with a not-monitored footer stays one."""
        raw = mail(
            sender="Kelpie Robotics <no-reply@kelpierobotics.example>",
            subject="Interview confirmed: Controls Engineer",
            body=(
                "This mailbox is not monitored.\n\nHi Alex, your interview for the Controls "
                "Engineer role is confirmed for Thursday, March 5 at 1:00 PM ET with Ravi "
                "Anand.\n"
            ),
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW


class TestFinalStepRequests:
    """ "The last step is a meeting with our CFO. Would Tuesday or Wednesday work?" """

    def test_final_step_slots_are_a_scheduling_request(self, uk_ctx: Context) -> None:
        """Two proposed slots for a hiring process's last step ask for a choice."""
        raw = mail(
            sender="Maeve Dunne <maeve.dunne@saltmarsh-bank.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Re: Treasury Analyst",
            body=(
                "Hi Sam,\n\nKeith enjoyed meeting you! The final step is a meeting with our "
                "CFO, Aoife Lynch. Would Tuesday 17/03 at 10:00 or Wednesday 18/03 at 15:00 "
                "work for you?\n\nMaeve\n\n"
                "On Thu, 12 Mar 2026 at 17:02, Sam Taylor <sam.taylor@outlook.com> wrote:\n"
                "> Hi Maeve, thanks for setting up today's interview with Keith.\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_vendor_meeting_with_our_ceo_is_not_hiring(self, uk_ctx: Context) -> None:
        """A vendor proposing a meeting with their CEO is not a hiring request."""
        raw = mail(
            sender="Maeve Dunne <maeve.dunne@quaysoft.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Re: renewal",
            body=(
                "Hi Sam,\n\nThe final step is a meeting with our CEO to agree the renewal. "
                "Would Tuesday 17/03 at 10:00 work for you?\n\nMaeve\n\n"
                "On Thu, 12 Mar 2026 at 17:02, Sam Taylor <sam.taylor@outlook.com> wrote:\n"
                "> Hi Maeve, thanks for the demo today, the team liked it.\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind not in (Kind.INTERVIEW, Kind.SCHEDULING_REQUEST), u.reasons


class TestReplyChoosingAQuotedSlot:
    """A short reply that picks one of the times quoted below it."""

    QUOTE = (
        "On Mon, 9 Mar 2026 at 09:14, Maeve Dunne <maeve.dunne@saltmarsh-bank.example> wrote:\n"
        "> Hi Sam,\n> For your interview with Keith Moran, could you do either\n"
        "> Tuesday 17 March at 10:00 or Wednesday 18 March at 15:00?\n> Maeve\n"
    )

    def reply(self, words: str) -> bytes:
        """The recruiter's reply over their own quoted offer."""
        return mail(
            sender="Maeve Dunne <maeve.dunne@saltmarsh-bank.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Tue, 10 Mar 2026 11:00:00 +0000",
            subject="Re: Interview - Treasury Analyst",
            body=f"Hi Sam,\n\n{words}\n\nMaeve\n\n{self.QUOTE}",
        )

    def test_reply_picking_wednesday(self, uk_ctx: Context) -> None:
        """ "Wednesday it is - confirmed" takes the quoted Wednesday time."""
        u = understand(self.reply("Wednesday it is - confirmed with Keith. Talk then!"), uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 18, 15, tzinfo=ZoneInfo("Europe/London"))

    def test_reply_declining_both(self, uk_ctx: Context) -> None:
        """ "Unfortunately neither Tuesday nor Wednesday works" books nothing."""
        u = understand(
            self.reply("Unfortunately Keith says neither Tuesday nor Wednesday works now."),
            uk_ctx,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_reply_naming_both(self, uk_ctx: Context) -> None:
        """A reply that names both days picks neither."""
        u = understand(self.reply("Tuesday and Wednesday both work, confirmed either way."), uk_ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestBulkFromHiringSystems:
    """A hiring system's bulk mailing that books nothing is bulk, whatever it mentions."""

    def test_talent_community_mailing_is_bulk(self, ctx: Context) -> None:
        """Precedence: bulk from an ATS about interview season is bulk, not other."""
        raw = mail(
            sender="Lanternfish Careers <careers@lanternfish.teamtailor-mail.com>",
            subject="Lanternfish talent community: spring hiring update",
            body=(
                "Hi Alex,\n\nThanks for joining our talent community. This spring we are "
                "hiring across engineering and will run interview days in Lisbon and "
                "Berlin. Keep your profile up to date so our recruiters can find you.\n\n"
                "Lanternfish Careers\n"
            ),
            headers={"Precedence": "bulk"},
        )
        assert understand(raw, ctx).kind is Kind.BULK

    def test_bulk_header_on_ats_interview_confirmation_stays_interview(self, ctx: Context) -> None:
        """An ATS confirmation sent with a bulk header still books an interview."""
        raw = mail(
            sender="Lanternfish Careers <careers@lanternfish.teamtailor-mail.com>",
            subject="Interview confirmed: Backend Engineer",
            body=(
                "Hi Alex,\n\nYour interview for the Backend Engineer role is confirmed for "
                "Thursday, March 5 at 11:00 AM ET with Joana Reis.\n\nLanternfish Careers\n"
            ),
            headers={"Precedence": "bulk"},
        )
        assert understand(raw, ctx).kind is Kind.INTERVIEW
