"""Interview shapes and precision traps beyond the evaluation sets.

Every message here was written for these tests (invented companies, people and domains
under reserved names) to mirror a shape of real recruiting mail, or of mail that looks like
it and is not; none is copied from an evaluation set.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, understand

from .messages import mail, start, vevent_calendar

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
LDN = ZoneInfo("Europe/London")


class TestAgendas:
    """A day of sessions: one date, then rows that start with a time."""

    def test_day_heading_with_its_zone_in_brackets(self, ctx: Context) -> None:
        """A day heading followed by its zone in brackets gives the rows that zone."""
        raw = mail(
            sender="Brightwell Careers <schedule@prelude.co>",
            subject="Your onsite schedule - Brightwell Analytics",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hi Alex,\n\nHere is the plan for your onsite for the Staff Data Engineer "
                "role.\n\nWednesday, 11 March 2026 (Central European Time, UTC+1)\n"
                "Brightwell Analytics, Torstrasse 9, 3rd floor\n\n"
                "09:30 - 10:15  Architecture deep dive - Lena Vogt (Principal Engineer)\n"
                "10:30 - 11:15  Pairing - Tomasz Nowak (Senior Engineer)\n"
                "11:30 - 12:00  Wrap-up with the hiring manager\n\nSee you there!\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 9, 30, tzinfo=BER)

    def test_date_in_a_sentence_then_agenda_rows(self, ctx: Context) -> None:
        """A visit confirmed for a date in a sentence starts at the first agenda row below."""
        raw = mail(
            sender="Miriam Okoye <m.okoye@lakeshore-college.example>",
            subject="Finalist visit - Lecturer in Statistics",
            body=(
                "Dear Alex,\n\nThank you for accepting our invitation. Your finalist visit "
                "is confirmed for Thursday, March 19. The schedule follows; all times are "
                "Eastern.\n\n"
                "9:15 AM    Coffee with the department chair\n"
                "10:00 AM   Teaching presentation, Room 12\n"
                "11:30 AM   Interview with the search committee\n"
                "1:00 PM    Lunch with faculty\n\n"
                "Best wishes,\nMiriam Okoye\nSearch Committee Chair\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 19, 9, 15, tzinfo=NY)

    def test_bare_slot_list_after_a_date_is_a_request(self, ctx: Context) -> None:
        """A date followed by a list of bare times offers slots; nothing is booked."""
        raw = mail(
            sender="Priya Raman <priya@northgate-labs.example>",
            subject="Interview slots - Platform Engineer",
            body=(
                "Hi Alex,\n\nThe panel is free on Thursday, March 19. Open slots:\n\n"
                "- 9:00\n- 11:00\n- 14:00\n\nWhich of these times suits you best?\n\n"
                "Priya Raman\nTalent Partner, Northgate Labs\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


class TestThreadReplies:
    """Short replies whose thread says what they are about."""

    def test_terse_confirmation_answering_an_interview_question(self, uk_ctx: Context) -> None:
        """A terse "confirmed for tomorrow 3pm London time with Name" in an interview thread."""
        raw = mail(
            sender="Rory Quinn <rory.quinn@fernhill-partners.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Tue, 10 Mar 2026 17:20:00 +0000",
            subject="Re: Harbour Freight - Finance Manager",
            headers={"In-Reply-To": "<q1@outlook.com>", "References": "<q1@outlook.com>"},
            body=(
                "Sam - confirmed for tomorrow 3pm London time with Dana Whitfield, FD at "
                "Harbour Freight. Their office on Quay Street, ask at reception. Ring me "
                "after!\n\nRory\n\nSent from my iPhone\n\n"
                "> On 10 Mar 2026, at 16:02, Sam Taylor <sam.taylor@outlook.com> wrote:\n"
                ">\n> Hi Rory, any news on the Harbour Freight interview? I'm free all "
                "Wednesday.\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 15, tzinfo=LDN)

    def test_same_shape_in_a_thread_about_dinner_is_not_interview(self, uk_ctx: Context) -> None:
        """The same terse confirmation answering a question about dinner is not an interview."""
        raw = mail(
            sender="Rory Quinn <rory.quinn@gmail.com>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Tue, 10 Mar 2026 17:20:00 +0000",
            subject="Re: Friday",
            headers={"In-Reply-To": "<q2@outlook.com>", "References": "<q2@outlook.com>"},
            body=(
                "Sam - confirmed for tomorrow 7pm London time with Dana Whitfield and the "
                "others. Table's booked.\n\nRory\n\n"
                "> On 10 Mar 2026, at 16:02, Sam Taylor <sam.taylor@outlook.com> wrote:\n"
                ">\n> Hi Rory, any news on dinner? I'm free all Wednesday.\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is not Kind.INTERVIEW, u.reasons


TEAMS_BOILERPLATE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3a1>\n"
    "Meeting ID: 245 118 990 12\nPasscode: Xk7pQ2\n"
    "________________________________________________________________________________\n"
)


class TestCalendarShapes:
    """Invitations whose only hiring sign is how the event is titled or described."""

    def test_teams_invite_titled_with_candidate_name_and_role(self, ctx: Context) -> None:
        """A Teams invitation titled "<user's full name> - <job title>" is an interview."""
        ics = vevent_calendar(
            summary="Alex Morgan - Senior Data Analyst",
            start="20260312T140000",
            end="20260312T144500",
            tzid="Eastern Standard Time",
            organizer="mailto:hiring.coordinator@quillon-group.example",
            organizer_cn="Rita Faulkner",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Owen Park", "owen.park@quillon-group.example"),
            ),
            description=TEAMS_BOILERPLATE,
        )
        raw = mail(
            sender="Rita Faulkner <hiring.coordinator@quillon-group.example>",
            subject="Alex Morgan - Senior Data Analyst",
            body=TEAMS_BOILERPLATE,
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 14, tzinfo=NY)

    def test_zoom_invitation_with_role_titled_event(self, ctx: Context) -> None:
        """A Zoom "Meeting invitation" whose event is "<role> - Alex Morgan" is an interview."""
        body = (
            "Lucia Benetti is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Product Designer - Alex Morgan\n"
            "Time: Mar 13, 2026 11:00 AM Eastern Time (US and Canada)\n\n"
            "Join Zoom Meeting\nhttps://zoom.us/j/91234567890?pwd=abc\n\n"
            "Meeting ID: 912 3456 7890\nPasscode: 551203\n"
        )
        ics = vevent_calendar(
            summary="Product Designer - Alex Morgan",
            start="20260313T150000Z",
            end="20260313T160000Z",
            organizer="mailto:lucia@pantile-studio.example",
            organizer_cn="Lucia Benetti",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            description=body,
        )
        raw = mail(
            sender="Lucia Benetti <lucia@pantile-studio.example>",
            subject="Meeting invitation: Product Designer - Alex Morgan",
            body=body,
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 11, tzinfo=NY)

    def test_onboarding_invite_titled_with_name_and_title_is_not_interview(
        self, ctx: Context
    ) -> None:
        """ "Alex Morgan - Product Manager onboarding" names a meeting, not a candidacy."""
        ics = vevent_calendar(
            summary="Alex Morgan - Product Manager onboarding",
            start="20260312T140000Z",
            end="20260312T150000Z",
            organizer="mailto:people@quillon-group.example",
            organizer_cn="Quillon People Team",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        )
        raw = mail(
            sender="Quillon People Team <people@quillon-group.example>",
            subject="Invitation: Alex Morgan - Product Manager onboarding",
            body="Laptop pickup and accounts.",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_introduction_between_two_parties_is_not_interview(self, ctx: Context) -> None:
        """ "Alex Morgan <> Owen Park (Founder)" is an introduction, not an interview."""
        ics = vevent_calendar(
            summary="Alex Morgan <> Owen Park (Founder)",
            start="20260312T140000Z",
            end="20260312T143000Z",
            organizer="mailto:owen@sproutly.example",
            organizer_cn="Owen Park",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        )
        raw = mail(
            sender="Owen Park <owen@sproutly.example>",
            subject="Invitation: Alex Morgan <> Owen Park (Founder)",
            body="Great to connect via Dana.",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_one_on_one_invite_is_not_interview(self, ctx: Context) -> None:
        """A weekly 1:1 with a manager (both names, no job title) is not an interview."""
        ics = vevent_calendar(
            summary="Alex Morgan / Owen Park 1:1",
            start="20260312T140000Z",
            end="20260312T143000Z",
            organizer="mailto:owen.park@quillon-group.example",
            organizer_cn="Owen Park",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            extra="RRULE:FREQ=WEEKLY;BYDAY=TH",
        )
        raw = mail(
            sender="Owen Park <owen.park@quillon-group.example>",
            subject="Invitation: Alex Morgan / Owen Park 1:1",
            body="Weekly catch-up.",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_sales_demo_invite_naming_the_user_is_not_interview(self, ctx: Context) -> None:
        """A vendor's demo invitation titled with the user's name is not an interview."""
        ics = vevent_calendar(
            summary="Ledgerloop demo - Alex Morgan",
            start="20260312T170000Z",
            end="20260312T173000Z",
            organizer="mailto:ivo@ledgerloop.example",
            organizer_cn="Ivo Marsh",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            description="Product walkthrough for your finance team.",
        )
        raw = mail(
            sender="Ivo Marsh <ivo@ledgerloop.example>",
            subject="Invitation: Ledgerloop demo - Alex Morgan",
            body="Looking forward to showing you Ledgerloop.\n\nIvo Marsh\nAccount Executive",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_team_meeting_about_hiring_plan_is_not_interview(self, ctx: Context) -> None:
        """An internal meeting about the hiring plan is not the user's interview."""
        ics = vevent_calendar(
            summary="Q2 hiring plan review",
            start="20260312T170000Z",
            end="20260312T180000Z",
            organizer="mailto:owen.park@quillon-group.example",
            organizer_cn="Owen Park",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            description="Headcount, open roles and the recruiting budget.",
        )
        raw = mail(
            sender="Owen Park <owen.park@quillon-group.example>",
            subject="Invitation: Q2 hiring plan review",
            body="Headcount, open roles and the recruiting budget.",
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_user_as_interviewer_is_not_their_interview(self, ctx: Context) -> None:
        """An invitation to interview a candidate (the user is on the panel) is not theirs."""
        ics = vevent_calendar(
            summary="Interview: Jamie Rivera - Backend Engineer",
            start="20260312T170000Z",
            end="20260312T180000Z",
            organizer="mailto:coordinator@quillon-group.example",
            organizer_cn="Rita Faulkner",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Jamie Rivera", "jamie.rivera@mailbox.example"),
            ),
            description=(
                "You have been added as an interviewer. Please review the candidate's "
                "resume and interview kit before the session."
            ),
        )
        raw = mail(
            sender="Rita Faulkner <coordinator@quillon-group.example>",
            subject="Invitation: Interview: Jamie Rivera - Backend Engineer",
            body=(
                "You have been added as an interviewer. Please review the candidate's "
                "resume and interview kit before the session."
            ),
            ics=ics,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestToolConfirmations:
    """Booking confirmations from scheduling tools and applicant tracking systems."""

    def test_cal_com_phone_screen_booked(self, ctx: Context) -> None:
        """A Cal.com booking "Phone screen between <recruiter> and <user>" is an interview."""
        raw = mail(
            sender="Cal.com <hello@cal.com>",
            subject="Confirmed: Phone screen with Jordan Lee",
            body=(
                "A new event has been scheduled.\n\n"
                "What\nPhone screen between Jordan Lee and Alex Morgan\n\n"
                "When\nThursday, March 12, 2026 10:00am - 10:30am (America/New_York)\n\n"
                "Who\nJordan Lee - Organizer\njordan@tallpine.example\n"
                "Alex Morgan\nalex.morgan@gmail.com\n\n"
                "Where\nGoogle Meet\n\nNeed to make a change? Reschedule or Cancel\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 10, tzinfo=NY)

    def test_html_table_confirmation(self, ctx: Context) -> None:
        """An ATS confirmation laid out in an HTML table (label cell, value cell)."""
        html = (
            "<html><body><p>Hi Alex,</p><p>Your interview for the Site Reliability "
            "Engineer position at Cobaltline has been scheduled.</p>"
            "<table><tr><td><b>Date</b></td><td>Friday, March 13, 2026</td></tr>"
            "<tr><td><b>Time</b></td><td>1:00 PM - 2:00 PM EDT</td></tr>"
            "<tr><td><b>Interviewers</b></td><td>Maya Chen, Luis Ortega</td></tr>"
            "<tr><td><b>Location</b></td><td>Video call (link below)</td></tr></table>"
            "<p>Cobaltline Recruiting</p></body></html>"
        )
        raw = mail(
            sender="Cobaltline Recruiting <no-reply@us.greenhouse-mail.io>",
            subject="Interview scheduled: Site Reliability Engineer",
            body="",
            html=html,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 13, tzinfo=NY)

    def test_calendly_sales_demo_is_not_interview(self, ctx: Context) -> None:
        """A 30-minute product demo booked through a scheduling tool is not an interview."""
        raw = mail(
            sender="Calendly <notifications@calendly.com>",
            subject="New Event: Alex Morgan - 10:00am Thu, Mar 12, 2026 - 30 Minute Demo",
            body=(
                "Hi Ivo Marsh,\n\nA new event has been scheduled.\n\n"
                "Event Type:\n30 Minute Demo\n\nInvitee:\nAlex Morgan\n\n"
                "Event Date/Time:\n10:00am - Thursday, March 12, 2026 (Eastern Time)\n\n"
                "Questions: What would you like to see? Invoice automation for our team.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestPeopleConfirmingCalls:
    """A recruiter or hiring manager confirming a call in plain words."""

    def test_recruiter_confirming_our_call_tomorrow(self, ctx: Context) -> None:
        """ "Confirming our call tomorrow at 10" signed by a talent partner is an interview."""
        raw = mail(
            sender="Jordan Lee <jordan.lee@tallpine.example>",
            subject="Tomorrow",
            body=(
                "Hi Alex,\n\nConfirming our call tomorrow at 10am ET. I'll ring your mobile.\n\n"
                "Thanks,\nJordan\n\nJordan Lee | Talent Partner | Tallpine\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 3, 10, tzinfo=NY)

    def test_sales_rep_confirming_our_call_is_not_interview(self, ctx: Context) -> None:
        """The same "confirming our call" from an account executive is not an interview."""
        raw = mail(
            sender="Ivo Marsh <ivo@ledgerloop.example>",
            subject="Tomorrow",
            body=(
                "Hi Alex,\n\nConfirming our call tomorrow at 10am ET to walk through pricing."
                "\n\nThanks,\nIvo\n\nIvo Marsh | Account Executive | Ledgerloop\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_document_deadline_before_the_interview_time(self, ctx: Context) -> None:
        """A "return it by <time>" deadline is skipped; the interview's own time is kept."""
        raw = mail(
            sender="Jordan Lee <jordan.lee@tallpine.example>",
            subject="Your interview with Tallpine",
            body=(
                "Hi Alex,\n\nPlease return the signed NDA by Monday, March 9 at 9am. Your "
                "interview is confirmed for Tuesday, March 10 at 2pm ET with Maya Chen.\n\n"
                "Jordan Lee\nRecruiter, Tallpine\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, tzinfo=NY)

    def test_reply_settling_a_proposed_time(self, ctx: Context) -> None:
        """ "Perfect, Tuesday 2pm it is" answering the user's proposed times for an interview."""
        raw = mail(
            sender="Jordan Lee <jordan.lee@tallpine.example>",
            subject="Re: First interview - Data Analyst",
            headers={
                "In-Reply-To": "<u1@gmail.com>",
                "References": "<u0@t.example> <u1@gmail.com>",
            },
            body=(
                "Perfect, Tuesday 2pm it is. I'll send over the invite shortly.\n\nJordan\n\n"
                "On Mon, Mar 2, 2026 at 11:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Hi Jordan, Tuesday 3/10 at 2pm or Wednesday 3/11 at 10am both work for me.\n"
                ">\n"
                "> On Fri, Feb 27, 2026 at 4:40 PM Jordan Lee <jordan.lee@tallpine.example> "
                "wrote:\n"
                ">> Hi Alex, we'd like to set up a first interview for the Data Analyst role. "
                "What times work for you next week?\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, tzinfo=NY)

    def test_interview_moved_to_a_new_time(self, ctx: Context) -> None:
        """ "We need to move your interview to Thursday 3/12 at 11am" is a rescheduled interview."""
        raw = mail(
            sender="Jordan Lee <jordan.lee@tallpine.example>",
            subject="Change of plan",
            body=(
                "Hi Alex,\n\nApologies - Maya has a conflict, so we need to move your "
                "interview to Thursday 3/12 at 11am ET. Same Zoom link. Hope that's OK!\n\n"
                "Jordan\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 11, tzinfo=NY)
        assert u.interview is not None
        assert u.interview.rescheduled


class TestNotInterviews:
    """Mail with an interview's words or shape that books no interview for the user."""

    def test_career_fair_registration(self, ctx: Context) -> None:
        """A career fair registration (with on-the-spot interviews) is not an interview."""
        raw = mail(
            sender="Metro Career Fair <events@metrocareerfair.example>",
            subject="Registration confirmed: Spring Career Fair",
            body=(
                "Hi Alex,\n\nYour registration is confirmed for the Spring Career Fair on "
                "Thursday, March 12 at 10:00 AM at the Convention Center, Hall B.\n\n"
                "Meet recruiters from 60 employers; some run on-the-spot interviews, so "
                "bring copies of your resume.\n\nSee you there!\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_assessment_with_a_deadline(self, ctx: Context) -> None:
        """A take-home assessment due by a time is not an interview at that time."""
        raw = mail(
            sender="Tallpine Recruiting <no-reply@hire.lever.co>",
            subject="Next step: coding assessment for Backend Engineer",
            body=(
                "Hi Alex,\n\nThanks for your interest in Tallpine. The next step in our "
                "interview process is a short coding assessment. Please complete it by "
                "Friday, March 13 at 11:59 PM ET using the link below.\n\n"
                "Good luck!\nTallpine Recruiting\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_interview_prep_webinar(self, ctx: Context) -> None:
        """A webinar on interviewing with a confirmed seat is not an interview."""
        raw = mail(
            sender="CareerLift <hello@careerlift.example>",
            subject="You're registered: Nail your next interview",
            body=(
                "Hi Alex,\n\nYou're confirmed for our live session on Wednesday, March 11 "
                "at 6:00 PM ET, where two hiring managers share how they run interviews.\n\n"
                "Join link: https://careerlift.example/live\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_car_service_appointment(self, ctx: Context) -> None:
        """A car service booking confirmed with a named advisor is not an interview."""
        raw = mail(
            sender="Riverside Motors <service@riverside-motors.example>",
            subject="Your service appointment is confirmed",
            body=(
                "Hi Alex,\n\nYour appointment is confirmed for Tuesday, March 10 at 8:30 AM "
                "with Greg Tan, your service advisor. Please bring your keys and "
                "registration.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_bank_meeting_about_a_loan_application(self, ctx: Context) -> None:
        """A meeting with a bank adviser about an application is not an interview."""
        raw = mail(
            sender="Hana Suzuki <hana.suzuki@harborbank.example>",
            subject="Meeting confirmed",
            body=(
                "Dear Alex,\n\nThank you for your application. Your meeting with me is "
                "confirmed for Wednesday, March 11 at 2:00 PM at our Main Street branch.\n\n"
                "Hana Suzuki\nPersonal Banker\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_application_received(self, ctx: Context) -> None:
        """An acknowledgement dated on the day it was received is not an interview."""
        raw = mail(
            sender="Cobaltline Careers <no-reply@us.greenhouse-mail.io>",
            subject="We received your application",
            body=(
                "Hi Alex,\n\nThanks for applying to the Site Reliability Engineer role at "
                "Cobaltline. We received your application on Monday, March 2 at 3:01 PM and "
                "our team will review it. If your background matches, we will be in touch to "
                "schedule an interview.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_colleague_setting_up_an_interview_the_user_runs(self, ctx: Context) -> None:
        """A colleague confirming a candidate's slot with the user is not the user's interview."""
        raw = mail(
            sender="Rita Faulkner <rita@quillon-group.example>",
            subject="Re: Backend Engineer candidate",
            headers={"In-Reply-To": "<u3@gmail.com>", "References": "<u3@gmail.com>"},
            body=(
                "Done - confirmed for tomorrow 2pm ET with Jamie Rivera. Scorecard link to "
                "follow.\n\nRita\n\n"
                "On Mon, Mar 2, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Can you set up the interview with the Backend Engineer candidate?\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestCallBacks:
    """After an interview: "they want you back to meet the CEO"."""

    def test_agency_call_back_asking_for_times(self, uk_ctx: Context) -> None:
        """An agency's call-back asking when the user is free is a scheduling request."""
        raw = mail(
            sender="Rory Quinn <rory.quinn@fernhill-partners.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Fri, 13 Mar 2026 18:40:00 +0000",
            subject="Re: Harbour Freight - Finance Manager",
            body=(
                "Glowing feedback from Dana! They want you back to meet the MD. When are you "
                "free next week? Afternoons suit him best.\n\nRory\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_call_back_with_a_confirmed_time(self, uk_ctx: Context) -> None:
        """A call-back with a confirmed time is an interview."""
        raw = mail(
            sender="Rory Quinn <rory.quinn@fernhill-partners.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Fri, 13 Mar 2026 18:40:00 +0000",
            subject="Re: Harbour Freight - Finance Manager",
            body=(
                "Great feedback from Dana! They'd like you back to meet the MD - I've booked "
                "you in for Tuesday 17/03 at 10:00 at their Quay Street office.\n\nRory\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 17, 10, tzinfo=LDN)

    def test_shop_wanting_a_customer_back_is_not_interview(self, ctx: Context) -> None:
        """ "We want you back" from a shop, with a booked slot, is not an interview."""
        raw = mail(
            sender="Glow Studio <hello@glowstudio.example>",
            subject="We want you back!",
            body=(
                "Hi Alex,\n\nWe miss you and want you back for another facial. Your slot is "
                "booked for Tuesday, March 10 at 4pm with Nadia.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW
