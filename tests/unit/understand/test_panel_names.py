"""Interviewer names from panel lists, itineraries, guest lists and short replies.

Every message here was written for these tests (invented companies, people and places) to
mirror a format family; none is copied from an evaluation set. Beside each loosening sits a
trap of the same shape that must not yield a name: a signature, a cc list, a team sign-off,
a newsletter, a place in brackets, the organiser of a guest list.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail, names, vevent_calendar


def user(name: str, address: str, zone: str, order: str = "dmy") -> Context:
    """A context for one user."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


NAIROBI_USER = user("Achieng Odhiambo", "achieng.o@example.org", "Africa/Nairobi")


class TestItineraryRows:
    """Rows of an ATS reminder: a time, a session, and who runs it."""

    def reminder(self, rows: str) -> bytes:
        """A scheduling-tool reminder with the given itinerary rows."""
        return mail(
            sender="Kilele Health Recruiting <notify@goodtime.io>",
            to="Achieng Odhiambo <achieng.o@example.org>",
            subject="Reminder: your interview with Kilele Health is tomorrow",
            date="Tue, 08 Sep 2026 09:00:00 +0300",
            headers={"Reply-To": "Wambui Njeri <wambui.njeri@kilele.example>"},
            body=(
                "Hi Achieng,\n\nThis is a reminder about your upcoming interview for Data "
                "Analyst.\n\nWednesday 9 September 2026\n10:00 - 11:30 (GMT+03:00) Nairobi\n\n"
                f"{rows}\n\nGood luck!\nKilele Health Talent Team\n"
            ),
        )

    def test_session_with_hyphenated_surname(self) -> None:
        """ "SQL exercise with Yaw Owusu-Ansah": the person after "with" in a row is named."""
        u = understand(
            self.reminder(
                "10:00 - 10:45  SQL exercise with Yaw Owusu-Ansah\n"
                "10:45 - 11:30  Culture add with Njoki Mwangi"
            ),
            NAIROBI_USER,
        )
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Njoki Mwangi", "Yaw Owusu-Ansah"]

    def test_session_with_team_is_nobody(self) -> None:
        """ "Lunch with the Data Team" names no person."""
        u = understand(
            self.reminder(
                "10:00 - 10:45  SQL exercise with Yaw Owusu-Ansah\n"
                "10:45 - 11:30  Lunch with the Data Team"
            ),
            NAIROBI_USER,
        )
        assert names(u) == ["Yaw Owusu-Ansah"]

    def test_lone_time_rows_with_people_in_brackets(self) -> None:
        """ "10:30  Technical interview (Eng. A B, Eng. C D)": both, without the honorific."""
        raw = mail(
            sender="Mto Energy Careers <careers-noreply@successfactors.com>",
            to="Achieng Odhiambo <achieng.o@example.org>",
            subject="Invitation: Graduate Trainee Assessment Day",
            date="Tue, 08 Sep 2026 09:00:00 +0300",
            body=(
                "Dear Achieng,\n\nYou are invited to our assessment day for the Graduate "
                "Trainee interview.\n\nDate: Saturday 19 September 2026\n"
                "Venue: Mto Energy, Upper Hill, Nairobi\n\nProgramme (Nairobi time):\n"
                "08:00  Arrival and registration\n08:30  Welcome and group task\n"
                "10:30  Technical interview (Eng. Baraka Kiprono, Eng. Zawadi Chebet)\n"
                "12:00  Office tour (Main Building)\n13:00  Close\n\n"
                "Graduate Recruitment Team\nMto Energy\n"
            ),
        )
        u = understand(raw, NAIROBI_USER)
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Baraka Kiprono", "Zawadi Chebet"]


class TestPanelSentences:
    """A hiring manager's own mail naming the panel in a sentence."""

    def test_the_panel_is_with_multi_part_name_and_me(self) -> None:
        """ "The panel is A (X), Mei Ling Tan (Y) and me": three people, the writer included."""
        raw = mail(
            sender="Harriet Coombe <harriet.coombe@saltbush.example>",
            to="Lachlan Pryor <lachlan.pryor@example.net>",
            subject="Your interview on Thursday",
            date="Mon, 12 Oct 2026 09:10:00 +1030",
            body=(
                "Hi Lachlan,\n\nThanks for confirming. Your interview for Cellar Manager is on "
                "Thursday 15 October at 10:00am Adelaide time at our Barossa office.\n\n"
                "The panel is Ewan Marsh (Operations Director), Mei Ling Tan (Quality) and "
                "me.\n\nKind regards,\nHarriet Coombe\nPeople Manager, Saltbush Estates\n"
            ),
        )
        u = understand(raw, user("Lachlan Pryor", "lachlan.pryor@example.net", "UTC"))
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Ewan Marsh", "Harriet Coombe", "Mei Ling Tan"]

    def test_q_and_a_with_dutch_particles(self) -> None:
        """ "followed by Q&A with Daan van der Meer (X) and Ilse de Wit (Y)"."""
        raw = mail(
            sender="Dijkhuis <noreply@workablemail.com>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Interview scheduled: UX Researcher at Dijkhuis",
            date="Mon, 02 Nov 2026 10:00:00 +0100",
            headers={"Reply-To": "Noor Visser <noor.visser@dijkhuis.example>"},
            body=(
                "Hi Alex,\n\nYour interview with Dijkhuis has been scheduled.\n\n"
                "UX Researcher\nThursday 12 November 2026, 14:00 - 15:00 (Europe/Amsterdam)\n"
                "Case presentation (20 minutes) followed by Q&A with Daan van der Meer "
                "(Research Lead) and Ilse de Wit (Product Director)\n\n"
                "Best regards,\nNoor Visser\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "Europe/Amsterdam"))
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Daan van der Meer", "Ilse de Wit"]

    def test_polite_form_before_a_name_is_dropped(self) -> None:
        """ "Ma'am Luzviminda Reyes (Ops Head) will join us": the name without "Ma'am"."""
        raw = mail(
            sender="Paolo Dizon <paolo.dizon@bayanihan-cx.example>",
            to="Kristine Abad <kristine.abad@example.com>",
            subject="Re: Site Supervisor final interview",
            date="Wed, 04 Nov 2026 20:00:00 +0800",
            headers={"In-Reply-To": "<x1@example.com>", "References": "<x1@example.com>"},
            body=(
                "Confirmed po! tmrw 10am Manila time at our Ortigas office. "
                "Ma'am Luzviminda Reyes (Ops Head) will join us.\n\nPaolo\n\n"
                "Sent from my iPhone\n\n"
                "> On 4 Nov 2026, at 19:00, Kristine Abad <kristine.abad@example.com> wrote:\n"
                "> Hi Paolo, Thursday morning works for the final interview. Thanks!\n"
            ),
        )
        u = understand(raw, user("Kristine Abad", "kristine.abad@example.com", "Asia/Manila"))
        assert u.kind is Kind.INTERVIEW
        assert "Luzviminda Reyes" in names(u)
        assert not any("Ma'am" in n for n in names(u))

    def test_signature_and_cc_and_team_sign_off_are_not_interviewers(self) -> None:
        """A signature's name, a cc'd colleague and "Team Talent" are not on the panel."""
        raw = mail(
            sender="Talent Team <talent@harbourline.example>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Interview confirmed: Harbourline",
            date="Mon, 02 Mar 2026 15:04:00 -0500",
            headers={"Cc": "Priscilla Oduya <priscilla.oduya@harbourline.example>"},
            body=(
                "Hi Alex,\n\nYour interview is confirmed for Tuesday 10 March 2026 at 2:00pm "
                "ET. You'll meet with Ikenna Obi (Engineering Manager).\n\n"
                "Kind regards,\nTeam Talent\n\n--\nMarguerite Chastain\n"
                "Talent Acquisition, Harbourline\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"))
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Ikenna Obi"]

    def test_newsletter_names_are_not_interviewers(self) -> None:
        """A newsletter quoting "an interview with <name>" is bulk, with no interview."""
        raw = mail(
            sender="Harbourline News <news@harbourline.example>",
            subject="This month at Harbourline",
            headers={"List-Unsubscribe": "<https://harbourline.example/unsub>"},
            body=(
                "Read our interview with Oksana Petrenko (Head of Design) on building "
                "accessible products, recorded on Tuesday 10 March 2026 at 2:00pm ET.\n\n"
                "You are receiving this newsletter because you subscribed. Unsubscribe.\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"))
        assert u.kind is not Kind.INTERVIEW
        assert u.interview is None


class TestCalendarGuestText:
    """Google Calendar mail lists the guests in its text; the organiser is marked."""

    BODY = (
        "You have been invited to the following event.\n\n"
        "Interview: Alex Morgan / Platform Engineer\n"
        "Tuesday Mar 10, 2026 \u22c5 2pm \u2013 3pm (Eastern Time - New York)\n\n"
        "Guests\nRosalind Achterberg - organizer\nGwen Okafor-Hale\nalex.morgan@gmail.com\n\n"
        "{note}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n"
    )

    def raw(self, note: str) -> bytes:
        """An invitation from the organiser, with calendar data."""
        ics = vevent_calendar(
            summary="Interview: Alex Morgan / Platform Engineer",
            start="20260310T140000",
            end="20260310T150000",
            tzid="America/New_York",
            organizer="mailto:rosalind.achterberg@corvid.example",
            organizer_cn="Rosalind Achterberg",
            attendees=(
                ("Rosalind Achterberg", "rosalind.achterberg@corvid.example"),
                ("Gwen Okafor-Hale", "gwen.okafor-hale@corvid.example"),
                ("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        )
        return mail(
            sender="Rosalind Achterberg <rosalind.achterberg@corvid.example>",
            subject="Invitation: Interview: Alex Morgan / Platform Engineer",
            body=self.BODY.format(note=note),
            ics=ics,
        )

    def test_organizer_of_guest_list_is_left_out(self) -> None:
        """The guest marked "organizer" coordinates; the other guest interviews."""
        u = understand(
            self.raw("This is your systems interview."),
            user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"),
        )
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Gwen Okafor-Hale"]

    def test_organizer_named_in_text_by_first_name_interviews(self) -> None:
        """ "You'll pair with Rosalind and Gwen": the organiser takes part, by full name."""
        u = understand(
            self.raw("This is your systems interview. You'll pair with Rosalind and Gwen."),
            user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"),
        )
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Gwen Okafor-Hale", "Rosalind Achterberg"]
        by_name = {p.name: p.email for p in u.interview.interviewers}  # type: ignore[union-attr]
        assert by_name["Rosalind Achterberg"] == "rosalind.achterberg@corvid.example"

    def test_notification_loop_line(self) -> None:
        """A calendar notification's "Onsite loop: A (CTO), B (Lead)" line names both."""
        raw = mail(
            sender="Google Calendar <calendar-notification@google.com>",
            to="Alex Morgan <alex.morgan@gmail.com>",
            subject="Notification: Onsite interview - Brzoza Games @ Wed Mar 11, 2026 10am",
            body=(
                "This is a notification for:\n\nTitle: Onsite interview - Brzoza Games\n"
                "Gameplay Engineer loop: Jarosław Kowal (CTO), Zofia Wrona-Bąk (Design Lead)\n"
                "When: Wed Mar 11, 2026 10am \u2013 1pm Eastern Time - New York\n"
                "Calendar: alex.morgan@gmail.com\n\nInvitation from Google Calendar\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"))
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Jarosław Kowal", "Zofia Wrona-Bąk"]


class TestWritersAndShorthand:
    """The writer naming themself, a panel after a comma, mobile shorthand."""

    def test_writer_who_will_interview_themself(self) -> None:
        """ "As agreed, I will interview you myself": the sender, never a person called "I"."""
        raw = mail(
            sender="Teodoro Valdés <teodoro.valdes@casa-mirador.example>",
            subject="Interview - Front Office Manager",
            body=(
                "Hola Alex,\n\nAs agreed, I will interview you myself for the Front Office "
                "Manager position. Confirmed for Tuesday 10 March 2026 at 11:00 AM Mexico "
                "City time.\n\nSaludos,\nTeodoro Valdés\nDirector de Operaciones\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/Mexico_City"))
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Teodoro Valdés"]

    def test_interviews_then_comma_with_people(self) -> None:
        """ "two case interviews of about 45 minutes each, with A (X) and B (Y)"."""
        raw = mail(
            sender="Ines Halvorsen <ines.halvorsen@fjordline-advisory.example>",
            subject="Case interview round",
            body=(
                "Dear Alex,\n\nWe are pleased to invite you to the case interview round.\n\n"
                "Date: Wednesday 11 March 2026\nTime: 9:30 AM - 11:30 AM ET\n\n"
                "You will have two case interviews of about 45 minutes each, with Ragnhild "
                "Sæther (Partner) and Oluwaseun Adebayo (Engagement Manager).\n\n"
                "Warm regards,\nInes Halvorsen\nRecruiting Coordinator\n"
            ),
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"))
        assert u.kind is Kind.INTERVIEW
        assert sorted(names(u)) == ["Oluwaseun Adebayo", "Ragnhild Sæther"]

    def test_first_names_completed_from_cc(self) -> None:
        """ "you'll meet Kipchoge and Faith": full names come from the Cc line that pairs them."""
        raw = mail(
            sender="Otieno Mutua <otieno.mutua@jua-logistics.example>",
            to="Achieng Odhiambo <achieng.o@example.org>",
            subject="Interview on Thursday",
            date="Mon, 07 Sep 2026 09:00:00 +0300",
            headers={
                "Cc": "Kipchoge Rotich <kipchoge.rotich@jua-logistics.example>, "
                "Faith Wairimu <faith.wairimu@jua-logistics.example>"
            },
            body=(
                "Hi Achieng,\n\nConfirmed: your interview is on Thursday 10 September 2026 at "
                "2:00 PM EAT at our Westlands office. You'll meet Kipchoge and Faith.\n\n"
                "Regards,\nOtieno Mutua\nHead of Operations\n"
            ),
        )
        u = understand(raw, NAIROBI_USER)
        assert u.kind is Kind.INTERVIEW
        assert {"Faith Wairimu", "Kipchoge Rotich"} <= set(names(u))

    def test_mobile_tomorrow_with(self) -> None:
        """ "tmrw 10am ... w/ Dolores Manalo": the person after the shorthand."""
        raw = mail(
            sender="Paolo Dizon <paolo.dizon@bayanihan-cx.example>",
            to="Kristine Abad <kristine.abad@example.com>",
            subject="Re: Site Supervisor final interview",
            date="Wed, 04 Nov 2026 20:00:00 +0800",
            headers={"In-Reply-To": "<x2@example.com>", "References": "<x2@example.com>"},
            body=(
                "Confirmed! Final interview tmrw 10am Manila time at Ortigas, w/ Dolores "
                "Manalo.\n\nSent from my iPhone\n"
            ),
        )
        u = understand(raw, user("Kristine Abad", "kristine.abad@example.com", "Asia/Manila"))
        assert u.kind is Kind.INTERVIEW
        assert "Dolores Manalo" in names(u)


class TestCalendarAttendeeForms:
    """Attendee shapes of Apple and Exchange calendars."""

    ICS = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//iCloud Calendar//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nUID:5D1C7A55-0001\nDTSTAMP:20260301T000000Z\n"
        "DTSTART;TZID=America/New_York:20260310T140000\n"
        "DTEND;TZID=America/New_York:20260310T150000\n"
        "SUMMARY:Final interview - Alex Morgan\n"
        "ORGANIZER;CN=Wren Castellane:mailto:wren.castellane@tidewater.example\n"
        "ATTENDEE;CN=Wren Castellane;PARTSTAT=ACCEPTED:mailto:wren.castellane@tidewater.example\n"
        'ATTENDEE;CN="Nakashima, Reiko";EMAIL=reiko.nakashima@tidewater.example;'
        "PARTSTAT=NEEDS-ACTION:urn:uuid:9a1b2c3d-0000-4000-8000-000000000001\n"
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )

    def test_email_parameter_and_family_first_name(self) -> None:
        """A urn:uuid attendee takes EMAIL's address; "Family, Given" reads "Given Family"."""
        raw = mail(
            sender="Wren Castellane <wren.castellane@tidewater.example>",
            subject="Invitation: Final interview - Alex Morgan",
            body='Wren Castellane has invited you to "Final interview - Alex Morgan".\n',
            ics=self.ICS,
        )
        u = understand(raw, user("Alex Morgan", "alex.morgan@gmail.com", "America/New_York"))
        assert u.kind is Kind.INTERVIEW
        people = {p.name: p.email for p in u.interview.interviewers}  # type: ignore[union-attr]
        assert people.get("Reiko Nakashima") == "reiko.nakashima@tidewater.example"
        assert "Alex Morgan" not in people
