"""End-to-end understanding of realistic recruiting mail (ATS, calendar, human, agency)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, understand

from .messages import mail, vevent_calendar

NY = ZoneInfo("America/New_York")
LDN = ZoneInfo("Europe/London")


def at(y: int, mo: int, d: int, h: int, mi: int = 0, *, tz: dt.tzinfo = NY) -> dt.datetime:
    """An aware datetime (New York unless told)."""
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz)


class TestAtsConfirmations:
    """Applicant-tracking-system and scheduling-tool mail."""

    def test_greenhouse_confirmation_with_interviewers(self, ctx: Context) -> None:
        """A Greenhouse confirmation gives time, company, role and named interviewers."""
        raw = mail(
            sender="Northwind Recruiting <no-reply@us.greenhouse-mail.io>",
            subject="Interview Confirmation: Senior Data Engineer at Northwind",
            headers={"Reply-To": "Priya Shah <priya.shah@northwind.com>"},
            body=(
                "Hi Alex,\n\n"
                "Thank you for your interest in Northwind. Your interview for the Senior Data "
                "Engineer position is confirmed.\n\n"
                "Date: Tuesday, March 10, 2026\n"
                "Time: 2:00 PM - 2:45 PM Eastern Time\n"
                "Location: Zoom https://northwind.zoom.us/j/91234567890\n\n"
                "You'll be meeting with Sarah Connor (Engineering Manager) and Raj Patel, "
                "Staff Engineer.\n\n"
                "Best,\nPriya Shah\nTalent Partner, Northwind\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == at(2026, 3, 10, 14)
        assert iv.end == at(2026, 3, 10, 14, 45)
        assert iv.timezone == "America/New_York"
        assert iv.company == "Northwind"
        assert iv.role == "Senior Data Engineer"
        assert [(p.name, p.title) for p in iv.interviewers] == [
            ("Sarah Connor", "Engineering Manager"),
            ("Raj Patel", "Staff Engineer"),
        ]
        assert iv.meeting_url == "https://northwind.zoom.us/j/91234567890"
        assert iv.organizer is not None
        assert iv.organizer.email == "priya.shah@northwind.com"
        assert u.automated

    def test_lever_invitation_with_calendar(self, ctx: Context) -> None:
        """A Lever invite carrying a calendar REQUEST uses the calendar's time and attendees."""
        ics = vevent_calendar(
            summary="Phone Screen: Alex Morgan <> Globex",
            start="20260311T170000Z",
            end="20260311T173000Z",
            organizer="mailto:no-reply@hire.lever.co",
            organizer_cn="Globex Talent",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Dana Whitfield", "dana.whitfield@globex.com"),
            ),
            uid="lever-3f9a2c@hire.lever.co",
            description="Phone interview for the Product Designer role.",
        )
        raw = mail(
            sender="Dana Whitfield <dana.whitfield@hire.lever.co>",
            subject="Invitation: Phone Screen with Globex",
            body="Hi Alex, looking forward to our chat about the Product Designer role.",
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == dt.datetime(2026, 3, 11, 17, 0, tzinfo=dt.UTC)
        assert iv.uid == "lever-3f9a2c@hire.lever.co"
        assert iv.method == "REQUEST"
        assert [p.email for p in iv.interviewers] == ["dana.whitfield@globex.com"]
        assert iv.company == "Globex"

    def test_calendly_confirmation(self, ctx: Context) -> None:
        """A Calendly "you are scheduled" mail with an interview event is an interview."""
        raw = mail(
            sender="Calendly <notifications@calendly.com>",
            subject="Confirmed: Recruiter Phone Screen with Maya Fischer on Thursday, March 12, 2026",
            body=(
                "Hi Alex Morgan,\n\nYour recruiter phone screen with Maya Fischer at Initech is "
                "scheduled.\n\nEvent Type: Recruiter Phone Screen\n"
                "Invitee Time Zone: Pacific Time - US & Canada\n"
                "Thursday, March 12, 2026\n10:00am - 10:30am (Pacific Time - US & Canada)\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        la = ZoneInfo("America/Los_Angeles")
        assert iv.start == dt.datetime(2026, 3, 12, 10, 0, tzinfo=la)
        assert iv.end == dt.datetime(2026, 3, 12, 10, 30, tzinfo=la)
        assert iv.timezone == "America/Los_Angeles"

    def test_goodtime_pick_a_time_is_scheduling_request(self, ctx: Context) -> None:
        """A GoodTime "choose a time" link with nothing booked is a scheduling request."""
        raw = mail(
            sender="Umbrella Recruiting <scheduling@goodtime.io>",
            subject="Schedule your interview with Umbrella",
            body=(
                "Hi Alex,\n\nWe'd like to schedule your technical interview for the Backend "
                "Engineer role. Please select a time that works for you using the link below:\n"
                "https://app.goodtime.io/schedule/abc123\n\nThanks,\nUmbrella Recruiting"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons
        assert u.interview is None


class TestCalendarInvites:
    """Google, Outlook and Teams invitations."""

    def test_outlook_windows_tzid_teams(self, ctx: Context) -> None:
        """An Exchange REQUEST with a Windows TZID maps to IANA and finds the Teams URL."""
        ics = vevent_calendar(
            summary="Interview - Solutions Architect - Alex Morgan",
            start="20260312T150000",
            end="20260312T160000",
            tzid="W. Europe Standard Time",
            organizer="mailto:hanna.becker@contoso.de",
            organizer_cn="Hanna Becker",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            extra=(
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"
                "19%3ameeting_abc%40thread.v2/0"
            ),
        )
        raw = mail(
            sender="Hanna Becker <hanna.becker@contoso.de>",
            subject="Interview - Solutions Architect",
            body="Microsoft Teams meeting\nJoin on your computer or mobile app",
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.timezone == "Europe/Berlin"
        assert iv.start == dt.datetime(2026, 3, 12, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
        assert iv.meeting_url is not None
        assert iv.meeting_url.startswith("https://teams.microsoft.com/l/meetup-join/")
        assert [p.name for p in iv.interviewers] == ["Hanna Becker"]

    def test_google_update_reschedule(self, ctx: Context) -> None:
        """An updated Google invitation with a higher SEQUENCE is an interview update."""
        ics = vevent_calendar(
            summary="Onsite interview - Acme",
            start="20260316T140000",
            end="20260316T170000",
            tzid="America/Chicago",
            sequence=2,
            uid="0ab1c2@google.com",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
            location="Acme HQ, 1 Main St, Chicago, IL",
        )
        raw = mail(
            sender="Jordan Lee <recruiter@acme.io>",
            subject="Updated invitation: Onsite interview - Acme @ Mon Mar 16, 2026 2pm - 5pm (CDT)",
            body="This event has been changed.\nOnsite interview - Acme",
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.sequence == 2
        assert iv.rescheduled
        assert iv.start == dt.datetime(2026, 3, 16, 14, tzinfo=ZoneInfo("America/Chicago"))
        assert iv.location == "Acme HQ, 1 Main St, Chicago, IL"
        # Only the user attends besides the organizer: the organizer runs it.
        assert [p.email for p in iv.interviewers] == ["recruiter@acme.io"]

    def test_calendar_cancel(self, ctx: Context) -> None:
        """A calendar CANCEL for an interview is interview_cancelled with the uid."""
        ics = vevent_calendar(
            summary="Interview: Alex Morgan (Data Analyst)",
            start="20260313T180000Z",
            end="20260313T184500Z",
            method="CANCEL",
            status="CANCELLED",
            sequence=1,
            uid="cxl-991@acme.io",
        )
        raw = mail(
            sender="Jordan Lee <recruiter@acme.io>",
            subject="Canceled event: Interview: Alex Morgan (Data Analyst)",
            body="This event has been canceled.",
            ics=ics,
            ics_method="CANCEL",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
        assert u.interview is not None
        assert u.interview.uid == "cxl-991@acme.io"

    def test_dentist_invite_is_not_interview(self, ctx: Context) -> None:
        """A calendar invitation to a non-interview appointment is other."""
        ics = vevent_calendar(
            summary="Dental cleaning appointment",
            start="20260310T130000Z",
            end="20260310T140000Z",
            organizer="mailto:frontdesk@brightsmile.example",
            organizer_cn="Bright Smile Dental",
        )
        raw = mail(
            sender="Bright Smile Dental <frontdesk@brightsmile.example>",
            subject="Appointment confirmation",
            body="Your appointment is confirmed for Tuesday, March 10 at 9:00 AM.",
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.OTHER, u.reasons

    def test_standup_invite_is_not_interview(self, ctx: Context) -> None:
        """A team standup invitation is other."""
        ics = vevent_calendar(
            summary="Daily standup",
            start="20260310T130000Z",
            end="20260310T131500Z",
        )
        raw = mail(
            sender="Jordan Lee <jl@acme.io>", subject="Invitation: Daily standup", body="", ics=ics
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_calendar_reply_is_not_new_interview(self, ctx: Context) -> None:
        """An iTIP REPLY (someone accepted) is not a new interview."""
        ics = vevent_calendar(
            summary="Interview with Alex Morgan",
            start="20260310T130000Z",
            end="20260310T140000Z",
            method="REPLY",
        )
        raw = mail(
            sender="Sarah Connor <sarah@acme.io>",
            subject="Accepted: Interview with Alex Morgan",
            body="",
            ics=ics,
            ics_method="REPLY",
        )
        assert understand(raw, ctx).kind is Kind.OTHER


class TestHumanMail:
    """Recruiter, hiring-manager and agency mail written by people."""

    def test_outlook_when_line(self, ctx: Context) -> None:
        """Outlook's "When:" text with an (UTC-05:00) zone label gives the start and end."""
        raw = mail(
            sender="Michael Chen <mchen@fabrikam.com>",
            subject="Technical interview - Fabrikam",
            body=(
                "When: Wednesday, March 11, 2026 11:00 AM-12:00 PM. (UTC-05:00) Eastern Time "
                "(US & Canada)\nWhere: Microsoft Teams Meeting\n\n"
                "Hi Alex, I've scheduled your technical interview. Interviewers: Michael Chen, "
                "Lena Ortiz.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == at(2026, 3, 11, 11)
        assert iv.end == at(2026, 3, 11, 12)
        assert [p.name for p in iv.interviewers] == ["Michael Chen", "Lena Ortiz"]
        assert iv.interviewers[0].email == "mchen@fabrikam.com"
        assert iv.company == "Fabrikam"

    def test_uk_day_first_and_bst(self, uk_ctx: Context) -> None:
        """A UK agency mail with 24/03 and BST reads day first; the agency is flagged."""
        raw = mail(
            sender="Tom Hughes <tom.hughes@hays.co.uk>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            date="Thu, 19 Mar 2026 10:12:00 +0000",
            subject="Interview confirmed - Wayne Enterprises",
            body=(
                "Hi Sam,\n\nGreat news - my client Wayne Enterprises would like to interview you "
                "for the Platform Engineer role. I can confirm your interview on 31/03 at 14:30 "
                "BST, lasting 45 minutes, at their London office.\n\n"
                "You will be meeting with Lucius Fox, Head of Engineering.\n\n"
                "Call me on 020 7946 0321 if anything changes.\n\nTom"
            ),
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == dt.datetime(2026, 3, 31, 14, 30, tzinfo=LDN)
        assert iv.end == dt.datetime(2026, 3, 31, 15, 15, tzinfo=LDN)
        assert iv.agency
        assert iv.company == "Wayne Enterprises"
        assert [(p.name, p.title) for p in iv.interviewers] == [
            ("Lucius Fox", "Head of Engineering")
        ]
        assert u.phones == ("+442079460321",)

    def test_reschedule_picks_new_time(self, ctx: Context) -> None:
        """A reschedule mail names old and new times; the new one is the interview."""
        raw = mail(
            sender="Priya Shah <priya.shah@northwind.com>",
            subject="Rescheduled: your interview with Northwind",
            body=(
                "Hi Alex,\n\nUnfortunately Sarah is out sick, so we have moved your interview "
                "originally scheduled for Tuesday, March 10 at 2pm ET. The new time is "
                "Thursday, March 12 at 3:30pm ET. The calendar invite has been updated.\n\nPriya"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == at(2026, 3, 12, 15, 30)
        assert iv.rescheduled

    def test_availability_request(self, ctx: Context) -> None:
        """Offering several slots without booking one is a scheduling request."""
        raw = mail(
            sender="Jordan Lee <jordan@acme.io>",
            subject="Next steps - Acme",
            body=(
                "Hi Alex,\n\nThe team would love to set up a first round interview. Are you "
                "available Tuesday 3/10 at 10am or Wednesday 3/11 at 2pm ET? Please let me "
                "know which works best.\n\nJordan"
            ),
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_rejection(self, ctx: Context) -> None:
        """A rejection after an interview is a rejection, not an interview."""
        raw = mail(
            sender="Northwind Careers <careers@northwind.com>",
            subject="Your application to Northwind",
            body=(
                "Dear Alex,\n\nThank you for taking the time to interview with us on Tuesday, "
                "March 10 at 2pm. After careful consideration, we have decided to move forward "
                "with other candidates whose experience more closely matches our needs.\n\n"
                "We wish you the best in your search."
            ),
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_offer(self, ctx: Context) -> None:
        """An offer mail is an offer."""
        raw = mail(
            sender="Priya Shah <priya.shah@northwind.com>",
            subject="Offer - Senior Data Engineer",
            body=(
                "Hi Alex,\n\nWe are delighted to offer you the Senior Data Engineer position at "
                "Northwind! Your offer letter is attached. Please let us know by Friday."
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.OFFER
        assert u.deadline == dt.date(2026, 3, 6)

    def test_decision_deadline(self, ctx: Context) -> None:
        """ "We'll let you know by early next week" sets a deadline."""
        raw = mail(
            sender="Dana Whitfield <dana@globex.com>",
            subject="Thanks for interviewing",
            body=(
                "Hi Alex, thanks again for interviewing with us today. We'll get back to you "
                "with a decision early next week."
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.OTHER
        assert u.deadline == dt.date(2026, 3, 10)

    def test_application_acknowledgement(self, ctx: Context) -> None:
        """An application acknowledgement with no time is other."""
        raw = mail(
            sender="Initech Careers <no-reply@myworkday.com>",
            subject="Thank you for applying to Initech",
            body=(
                "Thank you for applying for the Business Analyst position. Our recruiting team "
                "will review your application and contact you if your qualifications match."
            ),
        )
        assert understand(raw, ctx).kind is Kind.OTHER


class TestNoise:
    """Automatic mail and traps."""

    def test_out_of_office_with_return_date(self, ctx: Context) -> None:
        """An RFC 3834 auto-reply gives auto_reply, automated and the return date."""
        raw = mail(
            sender="Sarah Connor <sarah@acme.io>",
            subject="Automatic reply: Thank you",
            headers={"Auto-Submitted": "auto-replied"},
            body="I am out of the office with limited access to email. I will be back on Monday 9 March.",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.AUTO_REPLY
        assert u.automated
        assert u.return_date == dt.date(2026, 3, 9)

    def test_interview_tips_newsletter(self, ctx: Context) -> None:
        """An "interview tips" newsletter with list headers is bulk."""
        raw = mail(
            sender="CareerBoost <news@careerboost.example>",
            subject="5 interview tips for your next phone screen",
            headers={"List-Unsubscribe": "<https://careerboost.example/u>", "Precedence": "bulk"},
            body="Your interview is on Monday at 2pm? Here is how to prepare. Unsubscribe here.",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.BULK
        assert u.automated

    def test_webinar_invitation_without_headers(self, ctx: Context) -> None:
        """A webinar invitation with a time is not an interview even when it says hiring."""
        raw = mail(
            sender="HR Tech Events <events@hrtech.example>",
            subject="You're registered: Hiring in 2026 webinar",
            body=(
                "Thanks for registering! The webinar starts Thursday, March 12 at 1pm ET. "
                "Learn how top companies interview candidates."
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_garbage_never_raises(self, ctx: Context) -> None:
        """Arbitrary bytes give a result."""
        u = understand(b"\x00\xff\xfe garbage \r\r\n\n--", ctx)
        assert u.kind is Kind.OTHER


class TestNotJobInterviews:
    """The word "interview" outside hiring."""

    def test_podcast_interview(self, ctx: Context) -> None:
        """A podcast host booking an interview with a time is not a job interview."""
        raw = mail(
            sender="Kim Park <kim@techtalkpodcast.example>",
            subject="Podcast interview confirmed",
            body=(
                "Hi Alex, our podcast interview is confirmed for Thursday, March 12 at 3pm ET. "
                "We'll record for about 40 minutes."
            ),
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestMoreAts:
    """Ashby, SmartRecruiters and Workday text formats."""

    def test_ashby_two_line_date_and_interviewer_list(self, ctx: Context) -> None:
        """Date and time on separate lines plus a bulleted interviewer list."""
        raw = mail(
            sender="Acme <no-reply@ashbyhq.com>",
            subject="Your interview with Acme has been scheduled",
            body=(
                "Hi Alex,\n\nYour interview with Acme has been scheduled.\n\n"
                "Monday, March 9, 2026\n1:00 PM – 1:45 PM EDT\n\nInterviewers:\n"
                "- Jamie Rivera (Engineering Manager)\n- Chris Okafor (Senior Engineer)\n\n"
                "Join: https://meet.google.com/abc-defg-hij\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == at(2026, 3, 9, 13)
        assert iv.end == at(2026, 3, 9, 13, 45)
        assert iv.company == "Acme"
        assert [p.name for p in iv.interviewers] == ["Jamie Rivera", "Chris Okafor"]
        assert iv.meeting_url == "https://meet.google.com/abc-defg-hij"

    def test_smartrecruiters_numeric_date_and_outlook_offset(self, ctx: Context) -> None:
        """03/12/2026 with a "(GMT-05:00) Eastern Time" label; role and company from subject."""
        raw = mail(
            sender="SmartRecruiters <noreply@smartrecruiters.com>",
            subject="Interview scheduled: Marketing Manager at Hooli",
            body=(
                "Hello Alex,\nYour interview for Marketing Manager at Hooli is scheduled on "
                "03/12/2026 at 11:00 AM (GMT-05:00) Eastern Time.\nInterviewer: Gavin Belson\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.start == at(2026, 3, 12, 11)
        assert (iv.company, iv.role) == ("Hooli", "Marketing Manager")
        assert [p.name for p in iv.interviewers] == ["Gavin Belson"]

    def test_workday_invitation_single_time(self, ctx: Context) -> None:
        """An invitation to interview at one stated time is an interview."""
        raw = mail(
            sender="Initech Talent Acquisition <initech@myworkday.com>",
            subject="Interview Invitation - Financial Analyst (R-10234)",
            body=(
                "Dear Alex,\n\nWe would like to invite you to an interview for the Financial "
                "Analyst position on Wednesday, 11 March 2026 at 9:30 AM CST.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(
            2026, 3, 11, 9, 30, tzinfo=ZoneInfo("America/Chicago")
        )
        assert u.interview.role == "Financial Analyst"
