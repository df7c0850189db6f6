"""A second batch: an iCloud and a Webex invitation, an HTML-only Outlook thread, the user
forwarding a confirmation to her other address, an unsettled thread and an onboarding
calendar from a company domain."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    DINITHI,
    ICLOUD,
    KARIM,
    REBECCA,
    TALVI,
    TIANA,
    VIKRAM,
    WEBEX,
    Msg,
    booking,
    d,
    dh,
    fw,
    google,
    gq,
    html_mail,
    lab,
    note,
    person,
    thread,
)

MESSAGES: list[Msg] = [
    booking(
        KARIM,
        "icloud-invite-founder-beirut",
        "interview",
        prodid=ICLOUD,
        start="2041-11-06 17:00",
        zone="Asia/Beirut",
        minutes=60,
        summary="Interview - Karim / Zaatar Studio",
        organizer=("Layal Haddad-Nakhle", "layal@zaatar-studio.example"),
        attendees=[("Layal Haddad-Nakhle", "layal@zaatar-studio.example")],
        date=dh("2041-11-02 12:40", "Asia/Beirut"),
        frm=("Layal Haddad-Nakhle", "layal@zaatar-studio.example"),
        subject="Invitation: Interview - Karim / Zaatar Studio",
        location="Zaatar Studio, Mar Mikhael, 3rd floor",
        ics_mode="inline",
        body=f"""Layal Haddad-Nakhle has invited you to "Interview - Karim / Zaatar Studio".

{d("2041-11-06", "usy")}, 17:00 - 18:00 (Beirut)
Zaatar Studio, Mar Mikhael, 3rd floor

Hi Karim - looking forward to meeting you in person; it will be me and our lead developer
Sami Aoun.""",
        label=lab(
            "2041-11-06 17:00",
            "Asia/Beirut",
            "Asia/Beirut",
            company="Zaatar Studio",
            who=["Layal Haddad-Nakhle", "Sami Aoun"],
            emails=["layal@zaatar-studio.example"],
            notes="iCloud-style invitation from the founder who interviews with her lead "
            "developer; Beirut back on +02 after 27 October.",
        ),
    ),
    booking(
        TIANA,
        "webex-interview-invite-chicago",
        "interview",
        prodid=WEBEX,
        start="2041-11-13 10:00",
        zone="America/Chicago",
        minutes=45,
        summary="Interview: Tiana Brooks-Valdez - Supply Chain Analyst",
        organizer=("Grant Okonjo-Miles", "grant.okonjo@prairie-rail-freight.example"),
        attendees=[("Grant Okonjo-Miles", "grant.okonjo@prairie-rail-freight.example")],
        date=dh("2041-11-06 13:05", "America/Chicago"),
        frm=("Grant Okonjo-Miles", "messenger@webex.com"),
        reply_to=("Grant Okonjo-Miles", "grant.okonjo@prairie-rail-freight.example"),
        subject="Webex meeting invitation: Interview: Tiana Brooks-Valdez - Supply Chain Analyst",
        body=f"""Grant Okonjo-Miles invites you to join this Webex meeting.

Interview: Tiana Brooks-Valdez - Supply Chain Analyst
{d("2041-11-13", "usy")} 10:00 AM | (UTC-06:00) Central Time (US & Canada) | 45 mins

Join meeting: https://prairierail.webex.com/meet/grant.okonjo
Meeting number: 2634 118 0047
Password: Rail41

Tiana, I'll be interviewing you together with our logistics director, Yvonne Kaczmarek.""",
        label=lab(
            "2041-11-13 10:00",
            "America/Chicago",
            "America/Chicago",
            company="Prairie Rail Freight",
            role="Supply Chain Analyst",
            who=["Grant Okonjo-Miles", "Yvonne Kaczmarek"],
            emails=["grant.okonjo@prairie-rail-freight.example"],
            notes="Webex invitation with its .ics; the zone caption and TZID name Chicago.",
        ),
    ),
    html_mail(
        VIKRAM,
        "html-only-outlook-thread-dubai",
        "interview",
        frm=("Noura Al Marzouqi", "noura.almarzouqi@khor-fintech.example"),
        subject="RE: Head of Partnerships - final conversation",
        date=dh("2041-11-14 09:10", "Asia/Dubai"),
        markup=f"""<div>Dear Vikram,</div>
<div><br></div>
<div>{d("2041-11-19", "uk")}, 11:00 Gulf time is confirmed. You will meet our CEO,
Tariq Bin-Hamdan, and me at the DIFC office, Gate Village 4.</div>
<div><br></div>
<div>Best regards,<br>Noura Al Marzouqi<br>Chief People Officer, Khor Fintech</div>
<div><br></div>
<hr>
<div><b>From:</b> Vikram Menon-Astley &lt;vikram.menon@example.com&gt;<br>
<b>Sent:</b> Wednesday, November 13, 2041 8:02 PM<br>
<b>To:</b> Noura Al Marzouqi &lt;noura.almarzouqi@khor-fintech.example&gt;<br>
<b>Subject:</b> RE: Head of Partnerships - final conversation</div>
<div><br></div>
<div>Dear Noura, Tuesday late morning would be ideal for me. Kind regards, Vikram</div>""",
        label=lab(
            "2041-11-19 11:00",
            "Asia/Dubai",
            None,
            company="Khor Fintech",
            role="Head of Partnerships",
            who=["Tariq Bin-Hamdan", "Noura Al Marzouqi"],
            emails=["noura.almarzouqi@khor-fintech.example"],
            notes="HTML-only Outlook reply with an HTML quote header; 'Gulf time' names a region "
            "shared by several zones, so no zone label; the sender takes part.",
        ),
    ),
    person(
        REBECCA,
        "user-forwards-confirmation-to-own-address",
        "interview",
        frm=("Rebecca Adeyemi-Schultz", "radeyemi.jobs@example.com"),
        to="Rebecca Adeyemi-Schultz <rebecca.adeyemi@example.org>",
        subject="Fwd: Interview confirmed - Hudson Quay Insurance",
        date=dh("2041-11-07 21:15", "America/New_York"),
        body=thread(
            "saving this here so I don't lose it",
            "\n"
            + fw(
                "2041-11-07 16:40",
                "America/New_York",
                "Keisha Odom <keisha.odom@hudson-quay.example>",
                "Rebecca Adeyemi-Schultz <radeyemi.jobs@example.com>",
                "Interview confirmed - Hudson Quay Insurance",
                f"""Hi Rebecca,

You're confirmed for {d("2041-11-15", "us")} at 10:00 AM at 40 Wall Street, 22nd floor.
You'll meet Anthony Russo-Amankwah (VP, Pricing) and Mei-Ling Fairbanks (Actuarial Lead).

Keisha Odom
Recruiting Coordinator""",
            ),
        ),
        label=lab(
            "2041-11-15 10:00",
            "America/New_York",
            None,
            company="Hudson Quay Insurance",
            who=["Anthony Russo-Amankwah", "Mei-Ling Fairbanks"],
            notes="The user forwards a confirmation from her job-search address to her main "
            "one; the coordinator only schedules.",
        ),
    ),
    person(
        DINITHI,
        "let-me-check-with-the-panel",
        "scheduling_request",
        frm=("Ruwan Perera", "ruwan.perera@serendib-freight.example"),
        subject="Re: Operations Planner - interview time",
        date=dh("2041-10-18 12:30", "Asia/Colombo"),
        body=thread(
            """Thanks Dinithi - let me check with the panel whether Thursday afternoon works and
I'll come back to you with a confirmed time.

Ruwan""",
            gq(
                "2041-10-18 10:05",
                "Asia/Colombo",
                "Dinithi Jayasuriya-Pike <dinithi.jayasuriya@example.net>",
                f"Hi Ruwan, I can't make Monday - would {d('2041-10-24', 'uk')} after 2pm be "
                "possible instead? Dinithi",
            ),
        ),
        label=note(
            "A thread whose time is not settled: the company still has to check the user's "
            "counter-proposal.",
            company="Serendib Freight",
            role="Operations Planner",
        ),
    ),
    google(
        TALVI,
        "onboarding-walkthrough-calendar-kuura",
        "other",
        start="2041-11-20 13:00",
        zone="Europe/Helsinki",
        minutes=30,
        summary="Talvi / HR - contract and onboarding walkthrough",
        organizer=("Aino Vartiainen", "aino.vartiainen@kuura-robotics.example"),
        guests=[("Aino Vartiainen", "aino.vartiainen@kuura-robotics.example")],
        date=dh("2041-11-16 10:00", "Europe/Helsinki"),
        caption="Eastern European Time - Helsinki",
        details="Now that you've accepted, a short call to go through the contract, equipment "
        "and your first week.",
        label=note(
            "Calendar invitation from the hiring company after the offer was accepted: an "
            "onboarding call, not an interview.",
            company="Kuura Robotics",
        ),
    ),
]
