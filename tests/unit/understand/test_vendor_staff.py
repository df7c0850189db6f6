"""People who work at application system vendors are people; the vendors' relays are not."""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, default_lexicon, is_relay_address, understand

from .messages import mail, vevent_calendar


class TestIsRelayAddress:
    """The relay-shape test shared by the recogniser and the send path."""

    @pytest.mark.parametrize(
        "address",
        [
            "reply+8f3a2c@us.greenhouse-mail.io",
            "acme@us.greenhouse-mail.io",
            "no-reply@hire.lever.co",
            "acme@myworkday.com",
            "acme@wd5.myworkday.com",
            "8f3a9c2e+reply@mail.example.com",
            "candidate-7f3e21@jobs.example.com",
            "acme@hr.rippling.com",
        ],
    )
    def test_relay_shapes(self, address: str) -> None:
        """A relay-only host or a relay's local part is a relay."""
        assert is_relay_address(address, default_lexicon())

    @pytest.mark.parametrize(
        "address",
        [
            "sarah@rippling.com",
            "jo@greenhouse.io",
            "sam@lever.co",
            "ana@personio.de",
            "priya.shah@northwind.com",
            "",
            "not-an-address",
        ],
    )
    def test_vendor_staff_and_others_are_not_relays(self, address: str) -> None:
        """A vendor's own mail domain, an ordinary company and a non-address are not relays."""
        assert not is_relay_address(address, default_lexicon())


class TestVendorStaff:
    """Interviewers and organisers at an application system vendor's own domain."""

    def test_rippling_recruiter_with_rippling_engineers(self, ctx: Context) -> None:
        """Rippling's recruiter inviting to a Rippling interview: both engineers, with addresses."""
        ics = vevent_calendar(
            summary="Alex Morgan <> Rippling: Technical Interview",
            start="20260310T190000Z",
            end="20260310T200000Z",
            organizer="mailto:sarah.kim@rippling.com",
            organizer_cn="Sarah Kim",
            attendees=(
                ("Alex Morgan", "alex.morgan@gmail.com"),
                ("Tomas Ortega", "tomas.ortega@rippling.com"),
                ("Nina Feld", "nina.feld@rippling.com"),
            ),
            uid="rp-5c1e7a@google.com",
            description="Technical interview for the Backend Engineer role at Rippling.",
        )
        raw = mail(
            sender="Sarah Kim <sarah.kim@rippling.com>",
            subject="Interview at Rippling: Backend Engineer",
            body=(
                "Hi Alex,\n\n"
                "Thanks for your time so far. I've scheduled your technical interview for the "
                "Backend Engineer role at Rippling on Tuesday, March 10 at 3:00 PM Eastern.\n\n"
                "You'll be meeting with Tomas Ortega (Staff Engineer) and Nina Feld "
                "(Engineering Manager).\n\n"
                "Best,\nSarah Kim\nTechnical Recruiter, Rippling\n"
            ),
            ics=ics,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert [(p.name, p.email) for p in iv.interviewers] == [
            ("Tomas Ortega", "tomas.ortega@rippling.com"),
            ("Nina Feld", "nina.feld@rippling.com"),
        ]
        assert iv.organizer is not None
        assert iv.organizer.email == "sarah.kim@rippling.com"

    def test_greenhouse_relay_is_not_an_interviewer(self, ctx: Context) -> None:
        """An "Acme via Greenhouse" relay sender gives Acme's interviewers, never itself."""
        relay = "reply+8f3a2c@us.greenhouse-mail.io"
        raw = mail(
            sender=f"Acme via Greenhouse <{relay}>",
            subject="Interview Invitation: Product Analyst at Acme",
            headers={"Reply-To": f"Acme via Greenhouse <{relay}>"},
            body=(
                "Hi Alex,\n\n"
                "Your interview for the Product Analyst position at Acme is confirmed.\n\n"
                "Date: Thursday, March 12, 2026\n"
                "Time: 11:00 AM - 12:00 PM Eastern Time\n"
                "Location: Zoom https://acme.zoom.us/j/93456789012\n\n"
                "You'll be meeting with Helen Park (Analytics Lead) and Omar Reyes, "
                "Senior Analyst.\n\n"
                "Reply to this email to reach the Acme recruiting team.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert [p.name for p in iv.interviewers] == ["Helen Park", "Omar Reyes"]
        addresses = {p.email for p in iv.interviewers}
        assert relay not in addresses
        assert iv.organizer is None or iv.organizer.email != relay
        assert iv.company == "Acme"

    def test_lever_notification_gives_no_interviewer(self, ctx: Context) -> None:
        """A Lever no-reply notification is neither an interviewer nor the organiser."""
        raw = mail(
            sender="Globex <no-reply@hire.lever.co>",
            subject="Interview scheduled: Product Designer at Globex",
            body=(
                "Hi Alex,\n\n"
                "Your interview with Globex for the Product Designer role is scheduled for "
                "Wednesday, March 11, 2026 at 1:00 PM Eastern Time.\n\n"
                "This is an automated message; please do not reply.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert all(p.email != "no-reply@hire.lever.co" for p in iv.interviewers)
        assert iv.organizer is None or iv.organizer.email != "no-reply@hire.lever.co"
        assert iv.company == "Globex"

    def test_vendor_assistant_writing_for_a_customer(self, ctx: Context) -> None:
        """A vendor's address writing for another company is the system, not a person."""
        raw = mail(
            sender="Maya from Dunewood Fulfillment <maya@paradox.ai>",
            subject="You're confirmed! Interview at Dunewood Fulfillment",
            body=(
                "Hi Alex,\n\n"
                "You're confirmed for an interview at Dunewood Fulfillment on Friday, "
                "March 13, 2026 at 10:00 AM Eastern Time.\n\n"
                "You'll be meeting with Shondra Kalama, Warehouse Manager.\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        iv = u.interview
        assert iv is not None
        assert iv.company == "Dunewood Fulfillment"
        assert [p.name for p in iv.interviewers] == ["Shondra Kalama"]
        assert all(p.email != "maya@paradox.ai" for p in iv.interviewers)
        assert iv.organizer is None

    def test_ashby_notification_names_the_customer(self, ctx: Context) -> None:
        """An Ashby notification sent for another company never takes the vendor as company."""
        raw = mail(
            sender="Initech Recruiting <notifications@ashbyhq.com>",
            subject="Interview confirmed: Data Engineer at Initech",
            body=(
                "Hi Alex,\n\n"
                "Your interview for the Data Engineer role at Initech is confirmed for "
                "Monday, March 16, 2026 at 9:30 AM Eastern Time.\n\n"
                "You'll be meeting with Lena Brandt (Data Platform Lead).\n"
            ),
        )
        u = understand(raw, ctx)
        iv = u.interview
        assert iv is not None
        assert iv.company == "Initech"
        assert [p.name for p in iv.interviewers] == ["Lena Brandt"]
        assert all(p.email != "notifications@ashbyhq.com" for p in iv.interviewers)
        assert iv.organizer is None
