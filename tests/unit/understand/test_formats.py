"""Real-world mail formats: Teams footers, itineraries, informal confirmations, name phrasing.

Every message here was written for these tests (invented companies and people) to mirror a
format family seen in recruiting mail; none is copied from the evaluation set.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, names, vevent_calendar

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
LDN = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
SYD = ZoneInfo("Australia/Sydney")

TEAMS_FOOTER = (
    "\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
    "19%3ameeting_Zm9vYmFy%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>\n\n"
    "Meeting ID: 311 902 448 150\nPasscode: Xy7Lm3\n\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | "
    "Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________\n"
)


def berlin_ctx() -> Context:
    """A user in Berlin who writes dates day first."""
    return Context(
        user_addresses=frozenset({"mara.vogel@posteo.example"}),
        user_name="Mara Vogel",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def sydney_ctx() -> Context:
    """A user in Sydney who writes dates day first."""
    return Context(
        user_addresses=frozenset({"kit.mahoney@example.net"}),
        user_name="Kit Mahoney",
        timezone="Australia/Sydney",
        date_order="dmy",
    )


class TestTeamsFooter:
    """Outlook/Teams invitations carry a "meetup-join" URL that is not a meetup."""

    def test_teams_update_with_meetup_join_link_is_interview(self) -> None:
        """An Exchange update whose body holds the Teams footer is still an interview."""
        ics = vevent_calendar(
            summary="Interview Mara Vogel / Data Platform Engineer",
            start="20260318T100000",
            end="20260318T110000",
            tzid="W. Europe Standard Time",
            sequence=2,
            organizer="mailto:jonas.krause@feldhaus-logistik.example",
            organizer_cn="Jonas Krause",
            attendees=(
                ("Mara Vogel", "mara.vogel@posteo.example"),
                ("Jonas Krause", "jonas.krause@feldhaus-logistik.example"),
            ),
            description="Hallo Mara,\nwe moved our conversation to Wednesday." + TEAMS_FOOTER,
        )
        raw = mail(
            sender="Jonas Krause <jonas.krause@feldhaus-logistik.example>",
            to="Mara Vogel <mara.vogel@posteo.example>",
            date="Thu, 12 Mar 2026 08:10:00 +0100",
            subject="Updated: Interview Mara Vogel / Data Platform Engineer",
            body=(
                "When: Wednesday, 18 March 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, "
                "Bern, Rome, Stockholm, Vienna.\nWhere: Microsoft Teams Meeting\n\n"
                "*~*~*~*~*~*~*~*~*~*\n\nHallo Mara,\nwe moved our conversation to Wednesday.\n"
                + TEAMS_FOOTER
            ),
            ics=ics,
        )
        u = understand(raw, berlin_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 18, 10, tzinfo=BER)
        assert u.interview.sequence == 2

    def test_real_meetup_invitation_is_still_not_interview(self, ctx: Context) -> None:
        """A meetup announcement that mentions interviews stays a non-interview."""
        raw = mail(
            sender="Jamal Reyes <jamal.reyes@gmail.com>",
            subject="Data Engineering meetup - Thursday",
            body=(
                "Hi all,\n\nOur next meetup is Thursday, March 12 at 6:30pm ET at the Loft. "
                "Talks on hiring and interviewing data engineers. See you there!\n\nJamal"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestItinerary:
    """ATS itineraries: a date heading, a blank line, then one line per session."""

    def test_schedule_with_date_heading_and_sessions(self) -> None:
        """The first session under a date heading is the start; every interviewer is kept."""
        ctx = Context(
            user_addresses=frozenset({"rowan.park@example.org"}),
            user_name="Rowan Park",
            timezone="America/Chicago",
            date_order="mdy",
        )
        raw = mail(
            sender="Brightline Robotics <notifications@ashbyhq.com>",
            to="Rowan Park <rowan.park@example.org>",
            date="Wed, 04 Mar 2026 16:20:00 -0600",
            subject="Your final round itinerary - Controls Engineer",
            body=(
                "Hi Rowan,\n\nHere is your itinerary for the final round with Brightline "
                "Robotics (all times Central Time):\n\n"
                "Thursday, March 12, 2026\n\n"
                "9:30 AM - 10:15 AM CDT | Controls deep dive\n"
                "Interviewer: Priyanka Iyer, Senior Controls Engineer\n\n"
                "10:30 AM - 11:15 AM CDT | Hardware in the loop\n"
                "Interviewer: Tobias Lindqvist, Staff Engineer\n\n"
                "11:15 AM - 11:45 AM CDT | Lunch break\n\n"
                "11:45 AM - 12:30 PM CDT | Manager conversation\n"
                "Interviewer: Gwen Achebe, Director of Engineering\n\n"
                "Reply to this email if you need anything.\n\nMarisol Vega\n"
                "Recruiting Coordinator, Brightline Robotics\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 12, 9, 30, tzinfo=CHI)
        assert names(u) == ["Priyanka Iyer", "Tobias Lindqvist", "Gwen Achebe"]

    def test_date_heading_far_from_time_does_not_pair(self, ctx: Context) -> None:
        """A date heading and a time separated by a paragraph are not one moment."""
        raw = mail(
            sender="Kofi Mensah <kofi@larchwood.example>",
            subject="Notes from our chat",
            body=(
                "Hi Alex,\n\nMonday, March 9\n\nWe talked about the platform roadmap and what the "
                "team has been doing this quarter, and I promised to send slides.\n\n"
                "The office opens at 8:30 AM most days.\n\nKofi"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestInterviewerPhrasing:
    """Names introduced without "with", label lines, and first-person senders."""

    def test_youll_meet_without_with(self, ctx: Context) -> None:
        """ "You'll meet X (Title) and Y (Title)" names both interviewers."""
        raw = mail(
            sender="Nell Harper <nell.harper@quillstone.example>",
            subject="Interview confirmed - Quillstone - Analytics Engineer",
            body=(
                "Hi Alex,\n\nConfirming your interview for the Analytics Engineer role on "
                "Friday, March 13 at 1:30pm ET on Zoom.\n\nYou'll meet Dmitri Volkov (Analytics "
                "Lead) and Sunita Rao (Head of Data).\n\nNell Harper\nTalent Partner, Quillstone\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Dmitri Volkov", "Sunita Rao"]
        assert u.interview is not None
        assert u.interview.interviewers[1].title == "Head of Data"

    def test_youll_be_meeting_colon_list(self, uk_ctx: Context) -> None:
        """ "You'll be meeting:" followed by "Name - Title" lines."""
        raw = mail(
            sender="Gemma Lowe <gemma.lowe@northgate-search.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Tue, 03 Mar 2026 09:00:00 +0000",
            subject="Interview confirmed - Harrowgate Insurance",
            body=(
                "Hi Sam,\n\nI've confirmed your interview with Harrowgate Insurance for "
                "Wednesday 11th March at 10:00.\n\nYou'll be meeting:\n"
                "Fergus Doyle - Head of Pricing\nLeila Haddad - Senior Actuary\n\n"
                "Good luck!\nGemma\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Fergus Doyle", "Leila Haddad"]

    def test_youll_talk_to(self) -> None:
        """ "You'll talk to X and Y" names both."""
        raw = mail(
            sender="Saltmarsh Studio <no-reply@teamtailor-mail.com>",
            to="Mara Vogel <mara.vogel@posteo.example>",
            date="Mon, 06 Apr 2026 11:00:00 +0200",
            subject="Interview with Saltmarsh Studio",
            body=(
                "Hi Mara!\n\nWe'd love to meet you for the Game Designer role.\n\n"
                "Thursday 16 April 2026\n14:00-15:00 (Berlin time)\n\n"
                "You'll talk to Henrike Falk (Lead Designer) and Yannick Roth (Producer).\n\n"
                "See you then!\n"
            ),
        )
        u = understand(raw, berlin_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Henrike Falk", "Yannick Roth"]

    def test_with_label_line(self) -> None:
        """A "With:" label line lists the interviewers."""
        raw = mail(
            sender="Ines Moreau <ines.m@bellbird-partners.example>",
            to="Kit Mahoney <kit.mahoney@example.net>",
            date="Mon, 16 Mar 2026 10:00:00 +1100",
            subject="Interview details",
            body=(
                "Hi Kit,\n\nInterview: 24/03/2026 10:30\n"
                "Location: Bellbird Partners, Level 7, 2 Bond Street, Sydney\n"
                "With: Ines Moreau (Office Manager) and Callum Reid (Finance Director)\n\n"
                "Regards,\nInes\n"
            ),
        )
        u = understand(raw, sydney_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 24, 10, 30, tzinfo=SYD)
        assert names(u) == ["Ines Moreau", "Callum Reid"]

    def test_joined_by_includes_the_sender(self, ctx: Context) -> None:
        """ "I'll be joined by X": the sender interviews too."""
        raw = mail(
            sender="Harriet Osei <harriet.osei@tallpine.example>",
            subject="Interview - Senior Android Engineer",
            body=(
                "When: Thursday, March 12, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time "
                "(US & Canada).\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
                "Hi Alex,\n\nLooking forward to speaking with you. I'll be joined by Viktor "
                "Hale (Principal Engineer) for the coding part.\n\nHarriet Osei\n"
                "Engineering Manager, Tallpine\n" + TEAMS_FOOTER
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Harriet Osei", "Viktor Hale"]

    def test_it_will_be_me_and(self) -> None:
        """ "It will be me and X (Title)": the sender and X."""
        raw = mail(
            sender="Dana Whitcombe <dana.w@saltbush-labs.example>",
            to="Kit Mahoney <kit.mahoney@example.net>",
            date="Tue, 10 Mar 2026 09:15:00 +1100",
            subject="Interview - Data Analyst - Monday 16 March",
            body=(
                "Hi Kit,\n\nConfirming your interview on Monday 16 March at 2:00pm AEDT on "
                "Google Meet: https://meet.google.com/kqa-pwer-tzm\n\nIt will be me and "
                "Raymond Tulloch (Head of Analytics).\n\nDana Whitcombe\nAnalytics Manager\n"
            ),
        )
        u = understand(raw, sydney_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Dana Whitcombe", "Raymond Tulloch"]

    def test_name_and_i_will_run(self) -> None:
        """ "X (Title) and I will run the session": the sender and X."""
        ics = vevent_calendar(
            summary="Interview - Service Designer - Kit Mahoney",
            start="20260422T093000",
            end="20260422T103000",
            tzid="AUS Eastern Standard Time",
            organizer="mailto:owen.price@redgum-digital.example",
            organizer_cn="Owen Price",
            attendees=(("Kit Mahoney", "kit.mahoney@example.net"),),
        )
        raw = mail(
            sender="Owen Price <owen.price@redgum-digital.example>",
            to="Kit Mahoney <kit.mahoney@example.net>",
            date="Wed, 15 Apr 2026 09:00:00 +1000",
            subject="Interview - Service Designer - Kit Mahoney",
            body=(
                "Hi Kit,\n\nLooking forward to meeting you. Talia Brennan (Research Lead) and I "
                "will run the session; bring a case study.\n\nOwen Price\nDesign Director\n"
            ),
            ics=ics,
        )
        u = understand(raw, sydney_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert sorted(names(u)) == ["Owen Price", "Talia Brennan"]

    def test_our_call_means_the_sender(self) -> None:
        """A hiring manager's reminder of "our call" names the sender."""
        raw = mail(
            sender="Lorenzo Bassi <lorenzo.bassi@cortile-apps.example>",
            to="Mara Vogel <mara.vogel@posteo.example>",
            date="Thu, 05 Mar 2026 08:30:00 +0100",
            subject="Interview today 14:00",
            body=(
                "Hi Mara,\nshort reminder of our interview today at 14:00 CET. I'll dial in a "
                "few minutes early: https://meet.google.com/pzo-quen-rrt\n\nLorenzo Bassi\n"
                "CTO, Cortile Apps\n"
            ),
        )
        u = understand(raw, berlin_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Lorenzo Bassi"]

    def test_title_then_name_will_join_us(self, ctx: Context) -> None:
        """ "Our CFO, X, will join us": X and the sender."""
        raw = mail(
            sender="Yolanda Brisco <yolanda.brisco@riverbend-bank.example>",
            subject="Lunch interview Friday",
            body=(
                "Hi Alex,\n\nConfirming our lunch interview on Friday, March 13 at 12:30pm ET at "
                "Marlow Kitchen. Our COO, Desmond Falk, will join us at 1pm.\n\nYolanda Brisco\n"
                "VP Operations, Riverbend Bank\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert sorted(names(u)) == ["Desmond Falk", "Yolanda Brisco"]

    def test_recruiter_confirmation_does_not_add_the_recruiter(self, ctx: Context) -> None:
        """A recruiter who only arranges the interview is not an interviewer."""
        raw = mail(
            sender="Paige Norris <paige.norris@ironleaf.example>",
            subject="Interview details - Ironleaf",
            body=(
                "Hi Alex,\n\nThanks for chatting earlier! Confirming your interview on Tuesday, "
                "March 10 at 11am ET. You'll meet Oskar Lindahl (Staff Engineer).\n\n"
                "Looking forward to hearing how it goes.\n\nPaige Norris\nRecruiter, Ironleaf\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Oskar Lindahl"]


class TestInformalConfirmations:
    """People confirm times in many words: "works", "lock in", "said yes on your behalf"."""

    def test_reply_accepting_a_proposed_slot(self, ctx: Context) -> None:
        """ "Wednesday at 11am works" in reply to an interview thread is an interview."""
        raw = mail(
            sender="Corinne Blake <corinne.blake@harbor-analytics.example>",
            subject="Re: Times for a call",
            date="Mon, 09 Mar 2026 09:40:00 -0400",
            headers={"In-Reply-To": "<prev.1@mail.example.net>"},
            body=(
                "Perfect, Wednesday at 11am works. I'll send a Zoom invite shortly. Talk then!\n\n"
                "Corinne\n\nCorinne Blake\nHead of Analytics | Harbor Analytics\n\n"
                "On Sun, Mar 8, 2026 at 7:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Hi Corinne, I could do Tuesday 3/10 at 3pm or Wednesday 3/11 at 11am ET.\n"
                ">\n> On Fri, Mar 6, 2026 Corinne Blake wrote:\n"
                ">> Could you share a few times next week for a 30 minute interview?\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 11, 11, tzinfo=NY)
        assert names(u) == ["Corinne Blake"]

    def test_reply_accepting_a_dinner_slot_is_not_interview(self, ctx: Context) -> None:
        """The same wording in a thread that never mentions hiring is not an interview."""
        raw = mail(
            sender="Theo Marsh <theo.marsh@gmail.com>",
            subject="Re: dinner?",
            headers={"In-Reply-To": "<prev.2@mail.example.net>"},
            body=(
                "Perfect, Wednesday at 7pm works. I'll book the table. See you then!\n\nTheo\n\n"
                "On Sun, Mar 8, 2026 at 7:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> Tuesday or Wednesday evening?\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_friend_reply_quoting_an_interview_is_not_interview(self, ctx: Context) -> None:
        """A friend answering mail about a past interview with a social plan is not one."""
        raw = mail(
            sender="Bea Lund <bea.lund@gmail.com>",
            subject="Re: guess what",
            headers={"In-Reply-To": "<prev.3@mail.example.net>"},
            body=(
                "Amazing!! Friday at 7pm works, drinks are on me. See you then!\n\n"
                "On Mon, Mar 2, 2026 at 1:00 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
                "> My interview at Globex went really well, I think!\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_lets_lock_in(self, uk_ctx: Context) -> None:
        """ "Let's lock in the video interview for ..." confirms one time."""
        raw = mail(
            sender="Arlo Penrose <arlo.penrose@kelpie-cloud.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Wed, 04 Mar 2026 22:00:00 +1100",
            subject="Video interview - Platform Engineer (remote)",
            body=(
                "Hi Sam,\n\nThanks for the quick reply. Let's lock in the video interview for "
                "Wednesday 11 March at 7:30am AEDT (Sydney time) - the evening before for you.\n\n"
                "It will be me (Arlo Penrose, VP Engineering) and Wren Cassidy (Staff Engineer).\n"
                "\nArlo\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 11, 7, 30, tzinfo=SYD)
        assert names(u) == ["Arlo Penrose", "Wren Cassidy"]

    def test_agency_said_yes_on_your_behalf(self, uk_ctx: Context) -> None:
        """An agent who accepted a slot for the candidate has booked an interview."""
        raw = mail(
            sender="Rory Buchanan <rory@heather-talent.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 12:00:00 +0000",
            subject="Re: Clydeside Energy - next steps",
            body=(
                "Hi Sam\n\nClydeside Energy have come back and would like to see you on "
                "Thursday 12/3 at 2pm for a video call with Morag Sinclair (Analytics "
                "Manager). I've said yes on your behalf - shout if that's a problem!\n\n"
                "Rory\n\nRory Buchanan | Heather Talent | Glasgow\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 12, 14, tzinfo=LDN)
        assert names(u) == ["Morag Sinclair"]

    def test_clinic_would_like_to_see_you_is_not_interview(self, uk_ctx: Context) -> None:
        """An appointment phrased "would like to see you on ..." is not an interview."""
        raw = mail(
            sender="Reception <reception@elmtree-surgery.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 02 Mar 2026 12:00:00 +0000",
            subject="Your appointment",
            body=(
                "Dear Sam,\n\nDr Patel would like to see you on Thursday 12/3 at 2pm for a "
                "follow-up. We've booked you in; please call if you cannot attend.\n\n"
                "Elm Tree Surgery\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is not Kind.INTERVIEW

    def test_sales_video_call_is_not_interview(self, ctx: Context) -> None:
        """A vendor booking a product demo call with a named person is not an interview."""
        raw = mail(
            sender="Gil Romero <gil.romero@stackfuel.example>",
            subject="Your Stackfuel demo",
            body=(
                "Hi Alex,\n\nThanks for your interest in Stackfuel! You're all set for a video "
                "call with Hana Ito (Solutions Engineer) on Tuesday, March 10 at 1pm ET. "
                "She'll walk you through pricing and the dashboard.\n\nGil\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestOutcomes:
    """Offers and rejections in informal and agency wording."""

    def test_agency_wants_to_offer_you(self, uk_ctx: Context) -> None:
        """ "X want to offer you the Y role" is an offer."""
        raw = mail(
            sender="Rory Buchanan <rory@heather-talent.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Great news - Clydeside Energy",
            body=(
                "Sam!\n\nClydeside Energy want to offer you the Analytics Lead role at "
                "£61,000 plus bonus. Have a think and give me a call.\n\nRory\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.OFFER

    def test_revised_offer(self) -> None:
        """A revised offer after negotiation is an offer."""
        raw = mail(
            sender="Priya Nandakumar <priya.n@gumtree-health.example>",
            to="Kit Mahoney <kit.mahoney@example.net>",
            subject="Updated offer - Data Analyst",
            body=(
                "Hi Kit,\n\nThanks for the open conversation on Monday. I'm pleased to send an "
                "updated offer: a base salary of AUD 132,000 plus super. The new contract is in "
                "your inbox.\n\nPriya\n"
            ),
        )
        assert understand(raw, sydney_ctx()).kind is Kind.OFFER

    def test_agency_relays_not_progressing(self, uk_ctx: Context) -> None:
        """An agent relaying "decided not to progress" is a rejection."""
        raw = mail(
            sender="Gemma Lowe <gemma.lowe@northgate-search.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Harrowgate feedback",
            body=(
                "Hi Sam,\n\nI've had feedback from Harrowgate. They enjoyed meeting you but have "
                "decided not to progress - they want someone with more reinsurance exposure.\n\n"
                "I have a couple of other pricing roles to discuss; I'll ring you tomorrow.\n\n"
                "Gemma\n"
            ),
        )
        assert understand(raw, uk_ctx).kind is Kind.REJECTION


def us_ctx() -> Context:
    """A US user in New York (month first)."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="America/New_York",
        date_order="mdy",
    )


class TestAtsLayouts:
    """Label lines, tables and rows as ATS and scheduling tools lay them out."""

    def test_label_alone_on_its_line(self) -> None:
        """An "Interviewers" label with no colon, one name per line below."""
        raw = mail(
            sender="Brightwave <no-reply@hire.lever.co>",
            subject="Interview confirmed: Brightwave - Product Analyst",
            body=(
                "Hi Alex,\n\nYour interview with Brightwave has been scheduled.\n\n"
                "Interview: Technical Screen\nDate: Wednesday, March 11th 2026\n"
                "Time: 11:00am - 12:00pm EDT\n\nInterviewers\nDana Kirk\nOmar Haddad\n\n"
                "Join: https://brightwave.zoom.us/j/99988877766\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 11, 11, tzinfo=NY)
        assert names(u) == ["Dana Kirk", "Omar Haddad"]

    def test_itinerary_rows_with_name_and_title(self) -> None:
        """Rows "10:00 AM - 10:45 AM (EDT)  Jane Roe, Title" name each interviewer."""
        raw = mail(
            sender="Tessellate Recruiting <scheduling@goodtime.io>",
            subject="Your interview with Tessellate is confirmed",
            body=(
                "Hi Alex,\n\nYour interview with Tessellate is confirmed!\n\n"
                "Monday, March 9, 2026\n"
                "10:00 AM - 10:45 AM (EDT)  Jane Ferris, Engineering Manager\n"
                "11:00 AM - 11:45 AM (EDT)  Marco Velli, Senior Engineer\n"
                "11:45 AM - 12:15 PM (EDT)  Lunch Break\n\n"
                "Video: https://meet.google.com/abc-defg-hij\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 9, 10, tzinfo=NY)
        assert names(u) == ["Jane Ferris", "Marco Velli"]

    def test_html_table_cells_stay_apart(self) -> None:
        """An HTML-only confirmation laid out as a label/value table."""
        raw = mail(
            sender="Lattice Foods Recruiting <no-reply@us.greenhouse-mail.io>",
            subject="Interview confirmation - Lattice Foods",
            body="Your interview is confirmed.",
            html=(
                "<html><body><p>Hi Alex,</p><p>Your interview with Lattice Foods is confirmed."
                "</p><table><tr><td><b>Date</b></td><td>Tuesday, March 10, 2026</td></tr>"
                "<tr><td><b>Time</b></td><td>1:00 PM - 2:00 PM EDT</td></tr>"
                "<tr><td><b>Interviewers</b></td><td>Ruth Ames, Kwame Boateng</td></tr>"
                "</table></body></html>"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 10, 13, tzinfo=NY)
        assert names(u) == ["Ruth Ames", "Kwame Boateng"]

    def test_interviewer_s_label_and_honorific(self) -> None:
        """ "Interviewer(s): Dr. Anika Shah" gives "Anika Shah"."""
        raw = mail(
            sender="Ridgeway Talent <ridgeway@myworkday.com>",
            subject="Interview Scheduled",
            body=(
                "Dear Alex,\n\nYour interview for Data Analyst (R-2231) is scheduled.\n\n"
                "Date: 03/12/2026\nTime: 11:00 AM CST\nInterviewer(s): Dr. Anika Shah\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 12, 11, tzinfo=CHI)
        assert names(u) == ["Anika Shah"]

    def test_calendly_invitee_confirmation(self) -> None:
        """Calendly's invitee mail: "Your Phone Screen with X at ... is scheduled"."""
        raw = mail(
            sender="Calendly <notifications@calendly.com>",
            subject="Confirmed: Phone Screen with Priya Sethi on Tuesday, March 10, 2026",
            body=(
                "Hi Alex Morgan,\n\nYour Phone Screen with Priya Sethi at 10:00am (Eastern "
                "Time - US & Canada) on Tuesday, March 10, 2026 is scheduled.\n\n"
                "Event Name: Phone Screen\nWhen: 10:00am - 10:30am, Tuesday, March 10, 2026 "
                "(Eastern Time - US & Canada)\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 10, 10, tzinfo=NY)
        assert names(u) == ["Priya Sethi"]

    def test_google_appointment_booked(self) -> None:
        """A Google Calendar "Appointment booked" notice for a recruiter screen."""
        raw = mail(
            sender="Google Calendar <calendar-notification@google.com>",
            subject="Appointment booked: Recruiter screen with Lena Ortiz @ Mon Mar 9, 2026",
            body=(
                "Appointment booked\n\nRecruiter screen with Lena Ortiz\n"
                "Monday Mar 9, 2026 ⋅ 10am – 10:30am (Eastern Time - New York)\n\n"
                "Booked by\nAlex Morgan\nalex.morgan@gmail.com\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 9, 10, tzinfo=NY)
        assert names(u) == ["Lena Ortiz"]


class TestMoreWording:
    """Dates and phrasings from plain mail written by people."""

    def test_dotted_date_without_year(self) -> None:
        """ "Tuesday, 17.03. at 10:00 CET" (German style) and "Your interviewer will be"."""
        raw = mail(
            sender="Katrin Lenz <k.lenz@falkenwerk.example>",
            to="Mara Vogel <mara.vogel@posteo.example>",
            date="Tue, 10 Mar 2026 09:00:00 +0100",
            subject="Interview Falkenwerk - Data Engineer",
            body=(
                "Dear Ms Vogel,\n\nthank you for your application. We would like to invite you "
                "to an interview on Tuesday, 17.03. at 10:00 CET at our office in Hamburg.\n\n"
                "Your interviewer will be Henrik Baum (Head of Data).\n\nKind regards\n"
                "Katrin Lenz\nHR, Falkenwerk GmbH\n"
            ),
        )
        u = understand(raw, berlin_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 17, 10, tzinfo=BER)
        assert names(u) == ["Henrik Baum"]

    def test_have_you_down_for_and_name_after_time(self) -> None:
        """ "I have you down for a phone screen on 3/9 at 2pm EST with X"."""
        raw = mail(
            sender="Tina Ruiz <tina.ruiz@pellucid.example>",
            subject="Phone screen",
            body=(
                "Hi Alex,\n\nI have you down for a phone screen on 3/9 at 2pm EST with Mark "
                "Jones, our Hiring Manager. He'll call the number on your resume.\n\nTina\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 9, 14, tzinfo=NY)
        assert names(u) == ["Mark Jones"]

    def test_sender_taking_your_round(self) -> None:
        """ "I'll be taking your technical round" makes the sender the interviewer."""
        ctx = Context(
            user_addresses=frozenset({"aarav@example.in"}),
            user_name="Aarav Sharma",
            timezone="Asia/Kolkata",
            date_order="dmy",
        )
        raw = mail(
            sender="Vikram Rao <vikram.rao@indigoware.example>",
            to="Aarav Sharma <aarav@example.in>",
            date="Wed, 11 Mar 2026 10:00:00 +0530",
            subject="Technical round - Data Engineer",
            body=(
                "When: 16 March 2026 11:30-12:30 (UTC+05:30) Chennai, Kolkata, Mumbai, New "
                "Delhi.\nWhere: Microsoft Teams Meeting\n\nHi Aarav, I'll be taking your "
                "technical round.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(
            2026, 3, 16, 11, 30, tzinfo=ZoneInfo("Asia/Kolkata")
        )
        assert names(u) == ["Vikram Rao"]

    def test_non_ascii_panel(self, uk_ctx: Context) -> None:
        """Panel names with diacritics and three-part names are kept whole."""
        raw = mail(
            sender="Hattie Shore <hattie.shore@marlin-ai.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 09 Mar 2026 09:00:00 +0000",
            subject="Panel interview confirmed - Marlin AI",
            body=(
                "Hi Sam,\n\nYour panel interview is confirmed for Wednesday 18 March at 15:00 "
                "GMT on Teams.\n\nPanel: Zoë Çelik (Staff Engineer), Łukasz Wróbel (Engineering "
                "Manager) and Nguyễn Thị Mai (Product Manager).\n\nHattie\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Zoë Çelik", "Łukasz Wróbel", "Nguyễn Thị Mai"]

    def test_invite_titled_with_angle_brackets(self) -> None:
        """A "Name <> Company (Role)" invitation about "the role" is an interview."""
        ics = vevent_calendar(
            summary="Alex Morgan <> Orbitly (Senior Data Engineer)",
            start="20260311T150000",
            end="20260311T154500",
            tzid="America/New_York",
            organizer="mailto:ravi.kumar@orbitly.example",
            organizer_cn="Ravi Kumar",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Ravi Kumar", "ravi.kumar@orbitly.example"),
            ),
        )
        raw = mail(
            sender="Ravi Kumar <ravi.kumar@orbitly.example>",
            subject="Invitation: Alex Morgan <> Orbitly (Senior Data Engineer)",
            body="Hi Alex, looking forward to chatting about the role.\n",
            ics=ics,
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Ravi Kumar"]

    def test_time_in_a_question_is_a_proposal(self) -> None:
        """ "Would Tuesday at 3pm work? If so I'll send an invite" books nothing yet."""
        raw = mail(
            sender="Lucy Grant <lucy.grant@halyard.example>",
            subject="Interview",
            body=(
                "Hi Alex,\n\nWould Tuesday, March 10 at 3pm ET work for a first interview? If "
                "so I'll send a calendar invite.\n\nLucy\n"
            ),
        )
        assert understand(raw, us_ctx()).kind is Kind.SCHEDULING_REQUEST

    def test_colleague_reply_about_past_interview_is_not_interview(self) -> None:
        """A colleague's lunch reply in a thread that asked how an interview went."""
        raw = mail(
            sender="Sam Rivera <sam.rivera@globex.example>",
            subject="Re: lunch",
            headers={"In-Reply-To": "<x.1@mail.example.net>"},
            body=(
                "Thursday at 12:30pm works. See you then!\n\n"
                "On Mon, Mar 2, 2026 at 1:00 PM Sam Rivera <sam.rivera@globex.example> wrote:\n"
                "> How did the interview at Initech go? Lunch this week to debrief?\n"
            ),
        )
        assert understand(raw, us_ctx()).kind is not Kind.INTERVIEW


def _case(
    sender: str, subject: str, body: str, date: str = "Mon, 09 Mar 2026 10:00:00 -0400"
) -> bytes:
    """A plain-text message to the US test user."""
    return mail(sender=sender, subject=subject, body=body, date=date)


def _uk_case(sender: str, subject: str, body: str, date: str) -> bytes:
    """A plain-text message to the UK test user."""
    return mail(
        sender=sender,
        to="Sam Taylor <sam.taylor@outlook.com>",
        subject=subject,
        body=body,
        date=date,
    )


# (id, raw message, user context, expected start, expected interviewer names)
PLAIN_CASES = [
    (
        "afternoon-without-am-pm",
        _case(
            "Jo Park <jo.park@greyhound-ai.example>",
            "Our interview Thursday",
            "Hi Alex,\n\nConfirming our interview on Thursday, March 12 at 2:00 ET. I'll call "
            "you.\n\nJo\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 12, 14, tzinfo=NY),
        ["Jo Park"],
    ),
    (
        "day-dash-month-dash-year",
        _case(
            "Aurora Energy Careers <careers@aurora-energy.example>",
            "Interview Confirmation",
            "Dear Alex,\n\nThis confirms your interview for Requisition 4471 (Process "
            "Engineer).\n\nDate: 12-Mar-2026\nTime: 10:00 AM Eastern\nLocation: Building C\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 12, 10, tzinfo=NY),
        [],
    ),
    (
        "bare-pacific",
        _case(
            "Eli Park <eli.park@sunbeam-ai.example>",
            "Interview confirmed",
            "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12 at 10am Pacific. "
            "You'll be speaking with Noor Aziz (ML Lead).\n\nEli\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 12, 10, tzinfo=LA),
        ["Noor Aziz"],
    ),
    (
        "panel-will-consist-of",
        _uk_case(
            "Cerys Bowen <cerys.bowen@dragonfly-bank.example>",
            "Interview invitation - Risk Analyst",
            "Dear Sam,\n\nI am pleased to confirm your interview on Friday 20 March 2026 at "
            "10:00am.\n\nThe panel will consist of Ffion Price (Head of Risk) and Aled Morgan "
            "(Senior Risk Manager).\n\nKind regards,\nCerys Bowen\nHR Advisor\n",
            "Mon, 09 Mar 2026 09:00:00 +0000",
        ),
        None,
        dt.datetime(2026, 3, 20, 10, tzinfo=LDN),
        ["Ffion Price", "Aled Morgan"],
    ),
    (
        "name-will-interview-you",
        _case(
            "Tom Reyes <tom.reyes@pinecrest.example>",
            "Interview details - Pinecrest",
            "Hi Alex,\n\nYour interview is set for Friday, March 13 at 11am ET. Greta Holm, our "
            "VP of Product, will interview you over Zoom.\n\nTom Reyes\nRecruiter\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 13, 11, tzinfo=NY),
        ["Greta Holm"],
    ),
    (
        "hosted-by",
        _case(
            "Pinecrest <no-reply@ashbyhq.com>",
            "Interview scheduled: Pinecrest",
            "Hi Alex,\n\nYour interview has been scheduled.\n\nProduct sense interview\n"
            "Friday, March 13, 2026\n11:00 AM - 11:45 AM EDT\nHosted by Sofia Lind\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 13, 11, tzinfo=NY),
        ["Sofia Lind"],
    ),
    (
        "outlook-gmt-label-in-summer",
        _uk_case(
            "Nina Shaw <nina.shaw@kingfisher-ux.example>",
            "Interview - UX Researcher",
            "When: 09 April 2026 14:00-15:00 (GMT) Greenwich Mean Time : Dublin, Edinburgh, "
            "Lisbon, London.\nWhere: Room 4\n\nHi Sam, confirming your interview for the UX "
            "Researcher role.\n",
            "Mon, 30 Mar 2026 09:00:00 +0100",
        ),
        None,
        dt.datetime(2026, 4, 9, 14, tzinfo=LDN),
        None,
    ),
    (
        "moved-from-to",
        _case(
            "Rita Gomez <rita.gomez@tidewater.example>",
            "Interview moved",
            "Hi Alex,\n\nPaul had a conflict, so we've moved your interview from Wednesday, "
            "March 11 at 2pm to Friday, March 13 at 3:30pm ET. You'll still be meeting with "
            "Paul Ng.\n\nRita\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 13, 15, 30, tzinfo=NY),
        ["Paul Ng"],
    ),
    (
        "looking-forward-to-our-interview-tomorrow",
        _case(
            "Kai Moreno <kai.moreno@bluefin.example>",
            "Interview tomorrow",
            "Hi Alex,\n\nLooking forward to our interview tomorrow (Tuesday) at 4pm ET. Here's "
            "the Meet link: https://meet.google.com/aaa-bbbb-ccc\n\nKai\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 10, 16, tzinfo=NY),
        ["Kai Moreno"],
    ),
    (
        "interviewing-you-will-be",
        _case(
            "Nia Cole <nia.cole@cobalt-grid.example>",
            "Onsite interview confirmed",
            "Hi Alex,\n\nYour onsite is confirmed for Monday, March 16, 9:00am-1:00pm ET at "
            "50 Water St.\n\nInterviewing you will be Ada Obi (Director of Engineering) and "
            "Lars Berg (Principal Engineer).\n\nNia\n",
        ),
        us_ctx(),
        dt.datetime(2026, 3, 16, 9, tzinfo=NY),
        ["Ada Obi", "Lars Berg"],
    ),
]


@pytest.mark.parametrize(
    ("raw", "context", "start", "people"),
    [pytest.param(*c[1:], id=c[0]) for c in PLAIN_CASES],
)
def test_plain_mail_formats(
    raw: bytes,
    context: Context | None,
    start: dt.datetime,
    people: list[str] | None,
    uk_ctx: Context,
) -> None:
    """Each plain-mail phrasing gives an interview with the stated start and interviewers."""
    u = understand(raw, context or uk_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == start
    if people is not None:
        assert names(u) == people


class TestBodiesAndContext:
    """HTML stubs, itinerary rows with dots, candidacy context and name shapes."""

    def test_plain_stub_defers_to_html(self) -> None:
        """A plain part that only says "view in HTML" is replaced by the HTML text."""
        raw = mail(
            sender="Meridian Labs <no-reply@smartrecruiters.com>",
            subject="Your interview with Meridian Labs",
            body=(
                "This message is best viewed in an HTML capable email client. Please enable "
                "HTML to view it."
            ),
            html=(
                "<html><body><p>Dear Alex,</p><p>Your interview for <b>Data Scientist</b> at "
                "Meridian Labs is confirmed for <b>Thursday, March 12, 2026 at 3:00 PM EDT</b>."
                "</p><p>You will meet with Iris Wong (Lead Data Scientist).</p></body></html>"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 12, 15, tzinfo=NY)
        assert names(u) == ["Iris Wong"]

    def test_rows_separated_by_middle_dots(self) -> None:
        """ "10:00am - 10:45am · Technical Interview · Jane Doyle" rows."""
        raw = mail(
            sender="Halcyon <scheduling@modernloop.io>",
            subject="Your interview schedule with Halcyon",
            body=(
                "Hi Alex,\n\nHere is your interview schedule with Halcyon. All times in Pacific "
                "Time.\n\nThursday, March 12, 2026\n"
                "10:00am - 10:45am · Technical Interview · Jane Doyle\n"
                "11:00am - 11:45am · System Design · Arun Mehta\n"
                "11:45am - 12:15pm · Lunch Break\n\nGood luck!\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 12, 10, tzinfo=LA)
        assert names(u) == ["Jane Doyle", "Arun Mehta"]

    def test_intro_call_about_an_application(self) -> None:
        """An "intro call" booked about the user's application is an interview."""
        raw = mail(
            sender="Beth Olsen <beth.olsen@kindred-ai.example>",
            subject="Intro call",
            body=(
                "Hi Alex,\n\nThanks for applying for the Product Manager role. I've booked a 30 "
                "minute intro call for Tuesday, March 10 at 3pm ET - I'll call your mobile.\n\n"
                "Beth Olsen\nTalent Partner\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Beth Olsen"]
        assert u.interview is not None
        assert u.interview.interviewers[0].title == "Talent Partner"

    def test_sales_intro_call_is_not_interview(self) -> None:
        """The same "intro call" from a vendor, with no candidacy, is not an interview."""
        raw = mail(
            sender="Greg Lyle <greg.lyle@pipelineiq.example>",
            subject="Intro call booked",
            body=(
                "Hi Alex,\n\nThanks for downloading our guide on sales hiring. I've booked a 30 "
                "minute intro call for Tuesday, March 10 at 3pm ET to show you the platform.\n"
            ),
        )
        assert understand(raw, us_ctx()).kind is not Kind.INTERVIEW

    def test_agency_informal_chat(self, uk_ctx: Context) -> None:
        """An agent's "informal chat" with a client, confirmed for the user."""
        raw = mail(
            sender="Freya Holt <freya@lantern-recruitment.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Mon, 09 Mar 2026 09:00:00 +0000",
            subject="Beacon Analytics - informal chat",
            body=(
                "Hi Sam,\n\nMy client Beacon Analytics would love an informal chat with you on "
                "Wednesday 11th March at 4pm. It'll be with Owen Lake, their Head of Data, on "
                "Teams. I've confirmed it for you.\n\nFreya\n"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Owen Lake"]

    def test_newsletter_quoting_an_interview_and_a_seminar_time(self, ctx: Context) -> None:
        """A newsletter with an interview feature and a seminar time is not an interview."""
        raw = mail(
            sender="DevZone Team <team@devzone.example>",
            subject="DevZone Monthly - March",
            body=(
                "Read our interview with Carla Jensen, VP of Engineering at Foxglove.\n\n"
                "Join the live seminar on Wednesday, March 18 at 11:00 a.m. PDT. The agenda has "
                "been updated.\n\nTo unsubscribe, update your preferences here.\n"
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestNameShapes:
    """Names as people really have them."""

    def test_particles_uncased_scripts_and_label_lines(self) -> None:
        """Two particles, CJK names and a "Your interviewers for the day:" label."""
        raw = mail(
            sender="Orchard Bio <no-reply@ashbyhq.com>",
            subject="Your onsite with Orchard Bio is confirmed",
            body=(
                "Hi Alex,\n\nYour onsite with Orchard Bio is confirmed for Friday, March 13, "
                "2026 at 9:00 AM EDT.\n\nYour interviewers for the day:\n"
                "María José de la Fuente - VP Research\n李华 (Engineering Manager)\n"
                "Siobhán Ní Bhriain, Staff Scientist\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["María José de la Fuente", "李华", "Siobhán Ní Bhriain"]

    def test_title_before_name_and_colon_lists(self) -> None:
        """ "our Head of Data Raj Patel", "a panel of three: ..." and "will be your interviewer"."""
        raw = mail(
            sender="Lio Garnier <lio.garnier@petrel-systems.example>",
            subject="Interview confirmed - Petrel Systems",
            body=(
                "Hi Alex,\n\nYour interview is confirmed for Wednesday, March 11 at 10am ET. "
                "You will be interviewed by a panel of three: Hana Sato, our CTO Bram Visser "
                "and our Head of Data Raj Patel.\n\nAfterwards, Edda Lund (Engineering Manager) "
                "will be your interviewer for the pairing session.\n\nLio\n"
            ),
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Hana Sato", "Bram Visser", "Raj Patel", "Edda Lund"]
        assert u.interview is not None
        assert u.interview.interviewers[2].title == "Head of Data"

    def test_calendar_guests_complete_the_text(self) -> None:
        """Guests on the invitation the text does not name are interviewers too."""
        ics = vevent_calendar(
            summary="Interview: Alex Morgan - Platform Engineer",
            start="20260312T140000",
            end="20260312T150000",
            tzid="America/New_York",
            organizer="mailto:coordinator@wayfinder-hq.example",
            organizer_cn="Sam Lowry",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Sam Lowry", "coordinator@wayfinder-hq.example"),
                ("Odile Baptiste", "odile.baptiste@wayfinder-hq.example"),
                ("Kenji Mori", "kenji.mori@wayfinder-hq.example"),
            ),
            description="You'll meet Odile Baptiste (Engineering Manager).",
        )
        raw = mail(
            sender="Sam Lowry <coordinator@wayfinder-hq.example>",
            subject="Invitation: Interview: Alex Morgan - Platform Engineer",
            body="You'll meet Odile Baptiste (Engineering Manager).",
            ics=ics,
        )
        u = understand(raw, us_ctx())
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert names(u) == ["Odile Baptiste", "Kenji Mori"]
