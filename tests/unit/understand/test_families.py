"""Format families behind missed interviews and names, coordinators, and precision traps.

Every message here was written for these tests (invented companies and people) to mirror a
format family seen in recruiting mail; none is copied from the evaluation sets.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, understand

from .messages import mail, names, start, vevent_calendar

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
LDN = ZoneInfo("Europe/London")


class TestHiringSenderMeetings:
    """ "<time> with <Name>" from someone whose signature says they hire, no word "interview"."""

    def test_recruiter_books_a_call_with_a_named_person(self, ctx: Context) -> None:
        """A recruiter booking "Thursday 3/12 at 11am PT with Name" books an interview."""
        raw = mail(
            sender="Noor Haddad <noor.haddad@fennel-health.example>",
            subject="Booked: Thursday 3/12 with Marguerite",
            body=(
                "Hi Alex,\n\nYou're booked for Thursday 3/12 at 11am PT with Marguerite "
                "Okafor, our VP of Finance. She'll ring you on your mobile.\n\n"
                "Expect about 45 minutes on forecasting and the team's roadmap.\n\n"
                "Cheers,\nNoor\n\nNoor Haddad\nRecruiting | Fennel Health\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 11, tzinfo=LA)
        assert names(u) == ["Marguerite Okafor"]
        assert u.interview is not None
        assert u.interview.interviewers[0].title == "VP of Finance"

    def test_agency_calls_off_a_slot_with_a_named_person(self, uk_ctx: Context) -> None:
        """An agency cancelling "Thursday 19/03 at 14:30 with Name" cancels an interview."""
        raw = mail(
            sender="Callum Reid <callum@kestrel-recruitment.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 16 Mar 2026 10:12:00 +0000",
            subject="Thursday called off - Harbourside Logistics",
            body=(
                "Morning Sam,\n\nHarbourside Logistics have had to cancel Thursday 19/03 at "
                "14:30 with Fiona Drummond - she's been pulled onto an audit. They still like "
                "your profile for the role and I'll push for a new date.\n\n"
                "Speak soon,\nCallum\nKestrel Recruitment\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
        assert start(u) == dt.datetime(2026, 3, 19, 14, 30, tzinfo=LDN)

    def test_vendor_call_with_a_named_person_is_not_interview(self, ctx: Context) -> None:
        """The same shape from a vendor (no hiring signature) stays non-interview."""
        raw = mail(
            sender="Ivo Marsh <ivo.marsh@ledgerloop.example>",
            subject="Booked: Thursday 3/12 with Dana",
            body=(
                "Hi Alex,\n\nYou're booked for Thursday 3/12 at 11am PT with Dana Whitlock, "
                "our Solutions Lead. She'll call you to walk through the invoicing module.\n\n"
                "Ivo Marsh\nAccount Executive | LedgerLoop\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestConfirmationShapes:
    """ "Your panel interview ... is on", "Your on-site interview slot is on"."""

    def test_interview_with_modifiers_is_on(self) -> None:
        """A modifier between "your" and "interview" still reads as a confirmation."""
        ctx = Context(
            user_addresses=frozenset({"ravi.menon@example.com"}),
            user_name="Ravi Menon",
            timezone="Asia/Kolkata",
            date_order="dmy",
        )
        raw = mail(
            sender="Saffron Tiles Campus Team <campus@saffron-tiles.example>",
            to="Ravi Menon <ravi.menon@example.com>",
            date="Tue, 10 Mar 2026 09:00:00 +0530",
            subject="Your on-site interview slot",
            body=(
                "Dear Ravi,\n\nWell done on the aptitude round for Management Trainee 2026.\n\n"
                "Your on-site technical interview slot is on Friday 13 March, 11:30 AM IST at "
                "our Pune plant. Please report 20 minutes early with a photo ID.\n\n"
                "Regards,\nCampus Team\nSaffron Tiles\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 11, 30, tzinfo=ZoneInfo("Asia/Kolkata"))

    def test_numbered_panel_with_dash_titles_html_only(self, uk_ctx: Context) -> None:
        """An HTML-only mail with a numbered panel list keeps titles that contain commas."""
        html = (
            "<div><p>Dear Sam,</p><p>Thank you for accepting our invitation. Your group "
            "interview for <b>Policy Analyst</b> is on <b>Tuesday 17 March 2026, 10:00-11:30 "
            "GMT</b> at our Leeds office.</p><p>The panel:</p><ol>"
            "<li>Oluwaseun Adebayo \u2013 Director, Housing Policy</li>"
            "<li>Saoirse Ní Bhriain \u2013 Lead Economist</li>"
            "<li>Tomasz Wójcik \u2013 Senior Analyst, Data and Insight</li></ol>"
            "<p>Kind regards,<br>Hattie Groves<br>HR Officer, Northgate Trust</p></div>"
        )
        raw = mail(
            sender="Hattie Groves <hattie.groves@northgate-trust.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Wed, 04 Mar 2026 09:00:00 +0000",
            subject="Group interview - Policy Analyst",
            body="",
            html=html,
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 17, 10, tzinfo=LDN)
        assert names(u) == ["Oluwaseun Adebayo", "Saoirse Ní Bhriain", "Tomasz Wójcik"]
        assert u.interview is not None
        assert u.interview.interviewers[2].title == "Senior Analyst, Data and Insight"


class TestNameLayouts:
    """Labelled cells, timed panel rows, offsets before "with", presentations."""

    def test_label_cell_with_names_on_following_lines(self, uk_ctx: Context) -> None:
        """ "Interviewers: A – Title" then "B – Title" on the next line gives both people."""
        html = (
            "<p>Hi Sam,</p><p>Your interview for <b>Data Engineer</b> at <b>Brackenfold</b> is "
            "confirmed.</p><table><tr><td>When</td><td>Monday, 23 March 2026<br>"
            "14:00 \u2013 15:00 (London time)</td></tr><tr><td>Interviewers</td><td>"
            "Imogen Fairweather \u2013 Data Platform Lead<br>"
            "Kofi Asante \u2013 Staff Engineer<br>Rhian Pryce \u2013 Engineering Manager"
            "</td></tr></table><p>The Brackenfold Talent Team</p>"
        )
        raw = mail(
            sender="Brackenfold <no-reply@hire.lever.co>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Tue, 17 Mar 2026 16:00:00 +0000",
            subject="Your interview with Brackenfold is confirmed",
            body="",
            html=html,
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Imogen Fairweather", "Kofi Asante", "Rhian Pryce"]

    def test_heading_then_timed_panel_rows(self) -> None:
        """A "Your interview team" heading over "10:00 AM – Name, Title" bullets."""
        ctx = Context(
            user_addresses=frozenset({"robin.ash@example.org"}),
            user_name="Robin Ash",
            timezone="America/Chicago",
        )
        html = (
            "<p>Hi Robin,</p><p>Your onsite with <strong>Prairiewind Seeds</strong> is "
            "confirmed.</p><table><tr><td><strong>Date</strong></td><td>Wednesday, April 8, "
            "2026</td></tr><tr><td><strong>Time</strong></td><td>10:00 AM \u2013 12:30 PM CDT"
            "</td></tr></table><h4>Your interview team</h4><ul>"
            "<li>10:00 AM \u2013 Marisol Quintero, Agronomy Lead</li>"
            "<li>10:50 AM \u2013 Declan Furlong, Director of Research</li>"
            "<li>11:40 AM \u2013 Yuki Tanabe, Talent Partner (close-out)</li></ul>"
            "<p>Scheduled with GoodTime</p>"
        )
        raw = mail(
            sender="Prairiewind Seeds Recruiting <scheduling@goodtime.io>",
            to="Robin Ash <robin.ash@example.org>",
            date="Wed, 01 Apr 2026 12:00:00 -0500",
            subject="Onsite confirmed - Prairiewind Seeds",
            body="Your onsite is confirmed. View this message in an HTML mail client.",
            html=html,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 4, 8, 10, tzinfo=CHI)
        # Listed in the panel, the talent partner interviews too.
        assert names(u) == ["Marisol Quintero", "Declan Furlong", "Yuki Tanabe"]

    def test_offset_before_with_me_and_title_name(self, uk_ctx: Context) -> None:
        """ "16:30 (UTC+01:00), with me and our COO Name" gives the sender and the COO."""
        raw = mail(
            sender="Annika Solberg <annika.solberg@fjordline-labs.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 10:00:00 +0000",
            subject="Video interview - Firmware Engineer",
            body=(
                "Dear Sam,\n\nWe would like to invite you to a video interview on 11 March "
                "2026, 16:30 (UTC+01:00), with me and our COO Henrik Dahlberg.\n\n"
                "Best regards,\nAnnika Solberg\nHead of Firmware, Fjordline Labs\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert sorted(names(u)) == ["Annika Solberg", "Henrik Dahlberg"]

    def test_itinerary_presentation_to_people(self, uk_ctx: Context) -> None:
        """ "10:15 Portfolio presentation to A (Title) and B (Title)" names both."""
        raw = mail(
            sender="Nadia Kerr <nadia.kerr@thistle-games.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 10:00:00 +0000",
            subject="Final stage - Thursday 12 March",
            body=(
                "Dear Sam,\n\nI'm pleased to invite you to the final stage for the Senior "
                "Artist role.\n\nDate: Thursday 12 March 2026\nTime: 10:00 - 12:30\n"
                "Venue: Thistle Games, 8 Albion Street, Glasgow\n\nSchedule:\n"
                "10:00 Studio tour\n"
                "10:15 Portfolio presentation to Ewan McAllister (Art Director) and "
                "Priti Chauhan (Lead Animator)\n"
                "11:30 Interview with Fraser Boyd (Studio Head)\n\n"
                "Kind regards,\nNadia Kerr\nTalent Acquisition, Thistle Games\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ewan McAllister", "Priti Chauhan", "Fraser Boyd"]


class TestForwardedInvites:
    """A forward is about the user when the forwarded message names them."""

    def test_agency_forwards_the_hiring_managers_invite(self, ctx: Context) -> None:
        """An agent forwarding an Outlook "When:" invite about the user: an interview."""
        raw = mail(
            sender="Marco Bellini <marco.bellini@torchlight-search.example>",
            date="Tue, 03 Mar 2026 11:00:00 -0500",
            subject="Fwd: Interview - Alex Morgan - Controller",
            body=(
                "Alex - passing on the invite from Wendy below. Heads up, it's Pacific time.\n\n"
                "Marco Bellini | Torchlight Search\n\n"
                "---------- Forwarded message ---------\n"
                "From: Wendy Castellano <wendy.castellano@redcliff-foods.example>\n"
                "Date: Tue, Mar 3, 2026 at 7:41 AM\n"
                "Subject: Interview - Alex Morgan - Controller\n"
                "To: Marco Bellini <marco.bellini@torchlight-search.example>\n\n"
                "When: Monday, March 9, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & "
                "Canada).\nWhere: Zoom\n\nMarco - please send this to Alex. Looking forward "
                "to it.\nWendy Castellano\nCFO, Redcliff Foods\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 9, 13, tzinfo=LA)
        assert names(u) == ["Wendy Castellano"]

    def test_friend_forwarding_their_own_interview_is_not_interview(self, ctx: Context) -> None:
        """A friend forwarding their own confirmation (it never names the user) is not one."""
        raw = mail(
            sender="Jess Park <jess.park@gmail.com>",
            subject="Fwd: Interview confirmed",
            body=(
                "eek, wish me luck!!\n\n"
                "---------- Forwarded message ---------\n"
                "From: Orchid Bank Careers <careers@orchid-bank.example>\n"
                "Date: Mon, Mar 2, 2026 at 9:00 AM\n"
                "Subject: Interview confirmed\n"
                "To: Jess Park <jess.park@gmail.com>\n\n"
                "Hi Jess, your interview is confirmed for Thursday, March 5 at 10am ET with "
                "Leona Price.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestCoordinators:
    """People who arrange an interview are the organiser, not interviewers."""

    def test_coordinator_invite_guests_exclude_the_coordinator(self, ctx: Context) -> None:
        """A coordinator's calendar invite lists the hiring manager, not the coordinator."""
        ics = vevent_calendar(
            summary="Interview: Alex Morgan / Bluefin Robotics",
            start="20260311T150000Z",
            end="20260311T160000Z",
            organizer="mailto:tamsin.hale@bluefin-robotics.example",
            organizer_cn="Tamsin Hale",
            attendees=(
                ("Tamsin Hale", "tamsin.hale@bluefin-robotics.example"),
                ("Ibrahim Sesay", "ibrahim.sesay@bluefin-robotics.example"),
                ("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        )
        raw = mail(
            sender="Tamsin Hale <tamsin.hale@bluefin-robotics.example>",
            subject="Invitation: Interview: Alex Morgan / Bluefin Robotics",
            body=(
                "Hi Alex,\n\nI'm coordinating your interview - the invite is attached. "
                "Looking forward to speaking with you afterwards!\n\n"
                "Tamsin Hale\nRecruiting Coordinator, Bluefin Robotics\n"
            ),
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ibrahim Sesay"]
        assert u.interview is not None
        assert u.interview.organizer is not None
        assert u.interview.organizer.email == "tamsin.hale@bluefin-robotics.example"

    def test_guest_described_as_coordinator_is_not_an_interviewer(self, ctx: Context) -> None:
        """A calendar guest the text calls "Recruiting Coordinator" is left out."""
        ics = vevent_calendar(
            summary="Interview - Product Designer",
            start="20260312T170000Z",
            end="20260312T180000Z",
            organizer="mailto:lena.ortiz@copperkite.example",
            organizer_cn="Lena Ortiz",
            attendees=(
                ("Lena Ortiz", "lena.ortiz@copperkite.example"),
                ("Dana Whitfield", "dana.whitfield@copperkite.example"),
                ("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        )
        raw = mail(
            sender="Lena Ortiz <lena.ortiz@copperkite.example>",
            subject="Interview - Product Designer",
            body=(
                "Hi Alex,\n\nHere's the invite for your interview. For anything logistical, "
                "Dana Whitfield (Recruiting Coordinator) is your contact.\n\n"
                "Lena Ortiz\nDesign Director, Copperkite\n"
            ),
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Lena Ortiz"]

    def test_talent_acquisition_sender_who_will_speak_is_not_added(self, ctx: Context) -> None:
        """A "Talent Acquisition" sender looking forward to speaking is not an interviewer."""
        raw = mail(
            sender="Bea Lindgren <bea.lindgren@quayside-ai.example>",
            subject="Interview confirmed - Thursday",
            body=(
                "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12 at 3pm ET. "
                "Looking forward to speaking with you after it!\n\n"
                "Bea Lindgren\nTalent Acquisition | Quayside AI\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []

    def test_recruiter_screen_keeps_the_recruiter(self, ctx: Context) -> None:
        """In a recruiter screen the recruiter who signs is the interviewer."""
        raw = mail(
            sender="Omar Farouk <omar.farouk@quayside-ai.example>",
            subject="Recruiter screen confirmed",
            body=(
                "Hi Alex,\n\nOur recruiter screen is confirmed for Thursday, March 12 at 3pm "
                "ET. I'll call you on your mobile.\n\nOmar Farouk\nRecruiter | Quayside AI\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Omar Farouk"]

    def test_hiring_manager_seeing_you_tomorrow(self, uk_ctx: Context) -> None:
        """ "We're seeing you tomorrow at 10am" from a hiring manager names them."""
        raw = mail(
            sender="Gwen Maddox <gwen.maddox@lantern-print.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Wed, 11 Mar 2026 16:00:00 +0000",
            subject="Reminder: interview tomorrow at 10am",
            body=(
                "Hi Sam,\n\nQuick reminder that we're seeing you tomorrow at 10am at the "
                "Bristol studio. Ring the bell and I'll come down.\n\n"
                "Gwen Maddox\nStudio Manager, Lantern Print\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 10, tzinfo=LDN)
        assert names(u) == ["Gwen Maddox"]

    def test_coordinator_seeing_you_tomorrow_is_not_added(self, uk_ctx: Context) -> None:
        """The same reminder from a "Recruitment Coordinator" names no interviewer."""
        raw = mail(
            sender="Tilly Shaw <tilly.shaw@lantern-print.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Wed, 11 Mar 2026 16:00:00 +0000",
            subject="Reminder: interview tomorrow at 10am",
            body=(
                "Hi Sam,\n\nQuick reminder that we're seeing you tomorrow at 10am at the "
                "Bristol studio.\n\nTilly Shaw\nRecruitment Coordinator, Lantern Print\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == []


class TestPrecisionTraps:
    """Non-interview mail in the shapes the looser rules accept."""

    def test_friend_confirming_coffee(self, ctx: Context) -> None:
        """A friend's "Thursday at 2pm works." for coffee is not an interview."""
        raw = mail(
            sender="Lou Becker <lou.becker@gmail.com>",
            subject="Re: coffee next week?",
            headers={"In-Reply-To": "<prev.9@mail.example.net>"},
            body=(
                "Great, Thursday at 2pm works. Usual place?\n\nLou\n\n"
                "On Mon, Mar 2, 2026 at 9:15 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Coffee next week? I'm free Thursday afternoon after my interview prep.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_friend_mock_interview_thread(self, ctx: Context) -> None:
        """A friend who asked for times to run a mock interview is not an employer."""
        raw = mail(
            sender="Priya Nair <priya.nair@gmail.com>",
            subject="Re: mock interview?",
            headers={"In-Reply-To": "<prev.10@mail.example.net>"},
            body=(
                "Thursday at 2pm works. I'll bring the system design questions!\n\nP\n\n"
                "On Mon, Mar 2, 2026 at 9:15 AM Priya Nair <priya.nair@gmail.com> wrote:\n"
                "> Happy to do a mock interview with you before the real one. What times work "
                "for you?\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_vendor_meeting_confirmation(self, ctx: Context) -> None:
        """A vendor confirming a meeting "with the team" is not an interview."""
        raw = mail(
            sender="Ruth Ansel <ruth.ansel@printworks-supply.example>",
            subject="Confirmed: Tuesday 3/10 at 2:00",
            body=(
                "Hi Alex,\n\nConfirming our meeting on Tuesday 3/10 at 2:00 with our account "
                "team to go over the new toner contract. Looking forward to it.\n\n"
                "Ruth Ansel\nAccount Manager, Printworks Supply\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_doctor_appointment(self, ctx: Context) -> None:
        """A clinic confirming an appointment "with Dr Name" at a time is not an interview."""
        raw = mail(
            sender="Lakeside Family Practice <frontdesk@lakeside-practice.example>",
            subject="Appointment confirmed",
            body=(
                "Hello Alex,\n\nYour appointment is confirmed for Wednesday 3/11 at 4:15 with "
                "Dr. Helen Osei. Please arrive 10 minutes early to update your details.\n\n"
                "Lakeside Family Practice\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_plumber_visit(self, uk_ctx: Context) -> None:
        """A plumber "booked in" for "2:00" without am/pm is not an interview."""
        raw = mail(
            sender="Dean Fowler <dean@fowler-plumbing.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 08:30:00 +0000",
            subject="Boiler service - booked",
            body=(
                "Hi Sam,\n\nYou're booked in for Friday 6/3 at 2:00 - Gary will call you when "
                "he's 20 minutes away. It's a 60-minute job.\n\nCheers,\nDean\nFowler Plumbing\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_visa_interview(self, ctx: Context) -> None:
        """A consulate's visa interview confirmation is not a job interview."""
        raw = mail(
            sender="Visa Appointments <appointments@consulate-services.example>",
            subject="Your visa interview appointment",
            body=(
                "Dear Alex Morgan,\n\nYour visa interview is confirmed for Tuesday, March 17 "
                "at 9:00 AM at the consular section. Please arrive 15 minutes early with your "
                "application confirmation page and passport.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_mortgage_intro_call(self, ctx: Context) -> None:
        """A lender's "intro call" about "your application" is not an interview."""
        raw = mail(
            sender="Ama Boateng <ama.boateng@keystone-lending.example>",
            subject="Your intro call is booked",
            body=(
                "Hi Alex,\n\nThanks for your application. Your intro call with Ama Boateng, "
                "our mortgage adviser, is confirmed for Tuesday 3/10 at 3pm ET.\n\n"
                "Keystone Lending\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestNamePrecision:
    """Only people: no label words, no candidate from an "Interview:" title, no repeats."""

    def test_interview_label_block_and_partners_line(self, uk_ctx: Context) -> None:
        """ "a second interview:" then Date/Location lines, then "interview partners:"."""
        raw = mail(
            sender="Ilse Vermeulen <ilse.vermeulen@dunewater.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 10:00:00 +0000",
            subject="Invitation to a second interview",
            body=(
                "Dear Sam,\n\nthank you for your application for the position Hydrologist at "
                "Dunewater BV. We would like to invite you to a second interview:\n\n"
                "Date: Tuesday, 10 March 2026\nTime: 11:00 - 12:00 GMT\n"
                "Location: Online via Zoom (link to follow)\n"
                "Your interview partners: Maarten de Groot (Head of Water Management) and "
                "Ilse Vermeulen (HR Business Partner)\n\n"
                "Kind regards\nIlse Vermeulen\nDunewater BV | Talent Acquisition\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Maarten de Groot", "Ilse Vermeulen"]

    def test_first_name_repeat_is_the_same_person(self, ctx: Context) -> None:
        """ "Colette Marchetti" and later "Colette will call you" are one interviewer."""
        raw = mail(
            sender="Ruben Ortega <ruben.ortega@sablewood.example>",
            subject="Phone interview confirmed - Thursday 3/12",
            body=(
                "Hi Alex,\n\nYour phone interview is confirmed for Thursday 3/12 at 1pm ET. "
                "You'll speak with Colette Marchetti (Director of Operations). Colette will "
                "call you on the number in your application.\n\n"
                "Ruben Ortega\nRecruiting Coordinator, Sablewood\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Colette Marchetti"]


class TestAcknowledgementsAndOutcomes:
    """Application receipts promise contact later; terse ATS rejections still reject."""

    def test_acknowledgement_promising_to_schedule_later(self, ctx: Context) -> None:
        """ "We will be in touch to schedule an interview" is not a scheduling request."""
        raw = mail(
            sender="Kindling Bio <no-reply@ashbyhq.com>",
            subject="We received your application",
            body=(
                "Hi Alex,\n\nThanks for applying for the Lab Operations Manager role at "
                "Kindling Bio. Our team reviews every application, and if there's a match "
                "we will be in touch to schedule an interview with you.\n\nKindling Bio Recruiting\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_ats_rejection_not_moving_forward_at_this_time(self, ctx: Context) -> None:
        """ "We won't be moving forward at this time" from an ATS is a rejection."""
        raw = mail(
            sender="Marlowe Audio <no-reply@hire.lever.co>",
            subject="Marlowe Audio - DSP Engineer",
            body=(
                "Hi Alex,\n\nThank you for the time you spent talking with our team. After "
                "careful thought we will not be moving forward at this time.\n\n"
                "All the best,\nThe Marlowe Audio Team\n"
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION


class TestLaterStagesAndPlainWords:
    """Final rounds named without "interview", plain-spoken outcomes, internal hiring mail."""

    def test_plain_rejection_after_final_round(self, uk_ctx: Context) -> None:
        """ "We've decided to hire someone who ..." after a final round is a rejection."""
        raw = mail(
            sender="Priya Nair <priya@fernhill-robotics.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Re: Final round at Fernhill",
            body=(
                "Hi Sam,\n\nThank you for the afternoon with the team. After a long talk we've "
                "decided to hire someone who has already led a field robotics group. It was "
                "close.\n\nPriya\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.REJECTION

    def test_better_news_rejection(self, uk_ctx: Context) -> None:
        """ "I wish I had better news: we went with a candidate who ..." is a rejection."""
        raw = mail(
            sender="Owen Blake <owen.blake@tidewell.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Re: Thanks",
            body=(
                "Hi Sam,\n\nThanks for your note after the panel. I wish I had better news: we "
                "decided to go with a candidate who has more payments experience.\n\nOwen\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.REJECTION

    def test_final_conversation_invitation(self, uk_ctx: Context) -> None:
        """A "Final conversation" invitation about the role, with a time, is an interview."""
        raw = mail(
            sender="Ines Carvalho <ines.carvalho@icloud.com>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 09 Mar 2026 18:00:00 +0000",
            subject="Invitation: Final conversation - Sam / Vela Bikes founders",
            body=(
                'Ines Carvalho has invited you to "Final conversation - Sam / Vela Bikes '
                'founders".\n\nThursday, 12 March 2026 11:00 to 12:00 (GMT)\nVela Bikes, 4 '
                "Dock Street, Leeds\n\nNote from Ines: we'd love to wrap up the process for "
                "the operations lead role with you in person.\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 11, 0, tzinfo=LDN)

    def test_informal_coffee_put_down(self, uk_ctx: Context) -> None:
        """ "I've put us down for ..." as the first step of the interview process is one."""
        raw = mail(
            sender="Hamid Rahimi <hamid@cobalt-lane.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Coffee on Friday?",
            body=(
                "Hi Sam,\n\nOur recruiter said you might be open to the platform lead role. "
                "I like to meet people informally first - it is the first step of our "
                "interview process.\n\nI've put us down for Friday 13 March at 9:00 at Grind "
                "Coffee, 12 Old Street.\n\nHamid\nCTO, Cobalt Lane\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 13, 9, 0, tzinfo=LDN)

    def test_founders_want_to_meet_you_for_final_round(self, uk_ctx: Context) -> None:
        """ "would like to meet you for the final round" with one stated time is an interview."""
        raw = mail(
            sender="Ana Ruiz <ana@quillstone.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Final round at Quillstone",
            body=(
                "Hi Sam,\n\nMy co-founder and I would like to meet you for the final round for "
                "the QA lead position.\n\nWednesday 11 March at 14:00 at our office, 3 Mill "
                "Lane. It will take about an hour.\n\nAna\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 14, 0, tzinfo=LDN)

    def test_want_to_meet_but_asks_which_day(self, uk_ctx: Context) -> None:
        """ "would like to meet you ... are you free Tuesday or Wednesday?" asks for a time."""
        raw = mail(
            sender="Ana Ruiz <ana@quillstone.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Final round at Quillstone",
            body=(
                "Hi Sam,\n\nWe would like to meet you for the final round. Are you free "
                "Tuesday or Wednesday next week?\n\nAna\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_internal_debrief_is_not_an_interview(self, uk_ctx: Context) -> None:
        """A debrief invitation where the user interviewed a candidate is not their interview."""
        ics = vevent_calendar(
            summary="Interview debrief - Data Engineer candidate",
            start="20260312T160000",
            end="20260312T163000",
            tzid="Europe/London",
            organizer="mailto:leo.hart@outlook.com",
            organizer_cn="Leo Hart",
        )
        raw = mail(
            sender="Leo Hart <leo.hart@outlook.com>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Interview debrief - Data Engineer candidate",
            body=(
                "Hi all, 30 minutes to agree on the candidate after yesterday's loop. Please "
                "fill in your scorecards first. Sam, you ran the SQL interview - please start.\n"
            ),
            ics=ics,
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_reply_locking_in_a_time(self, uk_ctx: Context) -> None:
        """A reply in a "Next steps - <role>" thread locking in a time is an interview."""
        raw = mail(
            sender="Gwen Ashby <gwen.ashby@larchmont-data.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Re: Next steps - Analytics Engineer",
            body=(
                "Great - let's lock in Thursday at 3pm. I've sent a calendar hold from Raj "
                "Mehta, our Data Lead, who'll run the case discussion with you on Teams.\n\n"
                "Gwen\n\nOn Mon, 2 Mar 2026 at 18:02, Sam Taylor <sam.taylor@outlook.com> "
                "wrote:\n> Thursday suits me best, thanks.\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 5, 15, 0, tzinfo=LDN)

    def test_agency_asks_for_windows(self, uk_ctx: Context) -> None:
        """An agency asking for "2-3 windows" to speak about a role is a scheduling request."""
        raw = mail(
            sender="Mia Quinn <mia@harbourline-search.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Intro call - your availability?",
            body=(
                "Hi Sam,\n\nMy client wants to speak with you about the Head of Data role. "
                "Could you send me 2-3 windows next week when you could do 30 minutes?\n\nMia\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_sales_next_steps_is_not_an_interview(self, uk_ctx: Context) -> None:
        """A vendor's "Next steps" onboarding session is not an interview."""
        raw = mail(
            sender="Kit Moss <kit.moss@ledgerly.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Next steps - your Ledgerly trial",
            body=(
                "Hi Sam,\n\nThanks for starting a trial. Our onboarding lead will run the setup "
                "session with you on Thursday 12 March at 2pm.\n\nKit\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_recorded_show_interview_is_not_a_job_interview(self, uk_ctx: Context) -> None:
        """A show's host confirming a recorded interview ("we'll record", "Host,") is not one."""
        raw = mail(
            sender="Rosa Engel <rosa@fenland-talks.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Confirmed: your interview on Fenland Talks",
            body=(
                "Hi Sam,\n\nThanks for agreeing to be interviewed on Fenland Talks! We're "
                "confirmed for Wednesday 11 March at 10:00. We'll record over Zoom.\n\n"
                "Rosa Engel\nHost, Fenland Talks\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW


class TestStatedPlans:
    """An interview and its time stated as the plan, with no word like "confirmed"."""

    def test_looking_forward_to_the_interview_at_a_time(self, ctx: Context) -> None:
        """A hiring manager writing the plan plainly has booked an interview."""
        raw = mail(
            sender="Rhea Castellanos <rhea@tidewater-analytics.example>",
            subject="Tuesday",
            body=(
                "Hi Alex,\n\nGreat to hear back from you. Looking forward to our interview "
                "on Tuesday, March 10 at 2:30pm ET - I'll send a Zoom link the day before.\n\n"
                "Rhea\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, 30, tzinfo=NY)

    def test_labelled_details_block_in_another_language(self, uk_ctx: Context) -> None:
        """A Spanish "Entrevista: <date>, <time>" block states the plan without "confirmed"."""
        raw = mail(
            sender="Lucía Ferrer <lucia.ferrer@olivar-energia.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Entrevista - Analista de datos",
            body=(
                "Hola Sam:\n\nTe paso los datos de la entrevista:\n\n"
                "Fecha: jueves 12 de marzo\nHora: 11:00 (hora de Madrid)\n"
                "Lugar: Calle Alcalá 48, Madrid\n\nUn saludo,\nLucía\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 11, tzinfo=ZoneInfo("Europe/Madrid"))

    def test_aim_to_get_an_interview_is_no_plan(self, uk_ctx: Context) -> None:
        """An agency's aim ("push for an interview") beside its own call's time books nothing."""
        raw = mail(
            sender="Dev Malik <dev@northgate-talent.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Your profile",
            body=(
                "Hi Sam,\n\nI'm presenting your profile to the client on Monday 9 March at "
                "10am and will push for an interview that week.\n\nDev\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_conditional_interview_time_is_no_plan(self, ctx: Context) -> None:
        """ "Should you progress, interviews take place on <date>" books nothing yet."""
        raw = mail(
            sender="Careers <careers@brightwell-labs.example>",
            subject="Your application",
            body=(
                "Dear Alex,\n\nThank you for applying. Should you progress, interviews will "
                "take place on Thursday, March 19 at 9am.\n\nBrightwell Labs\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_inferred_meeting_needs_more_than_a_time(self, uk_ctx: Context) -> None:
        """Meeting wording only inferred to be hiring (no word "interview") still needs a
        confirmation: a vendor's session is not a booking of the user's interview."""
        raw = mail(
            sender="Ola Berg <ola@fjordsoft.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Next steps - your pilot",
            body=(
                "Hi Sam,\n\nOur solutions lead will walk you through the pilot set-up on "
                "Wednesday 11 March at 3pm.\n\nOla\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_time_someone_is_away_until_is_no_interview_time(self, ctx: Context) -> None:
        """ "Away until Monday at 9am; I'll set up your interview after that" books nothing."""
        raw = mail(
            sender="Jordan Blake <jordan@quarry-data.example>",
            subject="Re: Data Analyst role",
            body=(
                "Hi Alex,\n\nThe hiring manager is away until Monday, March 16 at 9am. I'll "
                "set up your interview with her after that.\n\nJordan\nTalent Partner, Quarry\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_reply_to_the_user_hiring_is_no_interview(self, ctx: Context) -> None:
        """A colleague settling a time under the user's own "I'm interviewing candidates"
        (quoted below) arranges the user's interview of someone else, not the user's."""
        raw = mail(
            sender="Dana Ortiz <dana.ortiz@brightmill.example>",
            subject="Re: interview plan",
            body=(
                "Tuesday 2pm is perfect, talk then.\n\nDana\n\n"
                "On Mon, Mar 2, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Hi Dana, I'm interviewing candidates next week and want your view.\n"
                "> Does Tuesday 2pm work to go over the plan?\n"
            ),
            headers={"In-Reply-To": "<q1@gmail.com>"},
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW
