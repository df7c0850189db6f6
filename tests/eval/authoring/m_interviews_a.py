"""Interviews, part A: ATS confirmations and scheduling-tool bookings."""

from __future__ import annotations

from .common import (
    DEVON,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    Msg,
    attendee,
    build,
    headers,
    html_page,
    iv,
    mid,
    paras,
    vcal,
    vevent,
    vtz_iana,
)
from .mime import addr, attachment, cal, html, multi, text

MESSAGES: list[Msg] = []

# --- Greenhouse relay with Reply-To, DST edge -------------------------------------------
_t = """Hi Jordan,

Thank you for your interest in the Senior Data Engineer role at Acme Robotics! I'm happy to confirm your video interview with our Data Platform team.

Date: Monday, March 9, 2026
Time: 2:00 PM - 3:00 PM EDT (Eastern Time - US & Canada)
Location: Google Meet - https://meet.google.com/xqv-hdtm-kpa

You'll be meeting with:
- Sarah Kowalczyk, Engineering Manager, Data Platform
- Raj Patel, Staff Data Engineer

A quick heads-up: clocks in the US move forward on Sunday, March 8, so please double-check the time on your calendar.

If you need to reschedule, simply reply to this email and I'll find another slot.

Best,
Dana Whitfield
Recruiting Coordinator | Acme Robotics
"""
MESSAGES.append(
    Msg(
        "greenhouse-confirmation",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
                reply_to=addr("Dana Whitfield", "dana.whitfield@acme-robotics.example"),
                subject="Interview Confirmation: Senior Data Engineer at Acme Robotics",
                date="Tue, 03 Mar 2026 10:14:22 -0500",
                msgid=mid("gh1", "us.greenhouse-mail.io"),
                helo="mail-a12.us.greenhouse-mail.io",
                ip="198.51.100.14",
                return_path="bounces+41882@us.greenhouse-mail.io",
            ),
            multi("alternative", "gh_alt_7a1c9e", text(_t), html(html_page(paras(_t)))),
        ),
        iv(
            "2026-03-09T14:00:00-04:00",
            "America/New_York",
            company="Acme Robotics",
            role="Senior Data Engineer",
            interviewers=["Sarah Kowalczyk", "Raj Patel"],
            notes="Greenhouse relay sender, recruiter only in Reply-To; first Monday after US DST starts (EDT, -04:00).",
        ),
    )
)

# --- Google Calendar invitation with inline text/calendar and invite.ics ---------------
_uid_g1 = "5o2kq8r7m1v3h9d0c6t4j2a8bb@google.com"
_desc = (
    "Hi Mei, this is your technical interview for Software Engineer, Payments. You'll meet "
    "Tomás Oyelaran (Engineering Manager, Payments). Please have a code editor ready.\n\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/bcx-rtyu-pzm\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
_ics_g1 = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART;TZID=America/Los_Angeles:20260312T100000",
            "DTEND;TZID=America/Los_Angeles:20260312T110000",
            "DTSTAMP:20260305T184512Z",
            "ORGANIZER;CN=Hannah Bergstrom:mailto:hannah.bergstrom@tidepool-pay.example",
            f"UID:{_uid_g1}",
            attendee(
                "Hannah Bergstrom", "hannah.bergstrom@tidepool-pay.example", "ACCEPTED", google=True
            ),
            attendee(
                "Tomás Oyelaran", "tomas.oyelaran@tidepool-pay.example", "ACCEPTED", google=True
            ),
            attendee("mei.chen@example.net", "mei.chen@example.net", google=True),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/bcx-rtyu-pzm",
            "CREATED:20260305T184510Z",
            "DESCRIPTION:" + _desc.replace("\n", "\\n").replace(",", "\\,"),
            "LAST-MODIFIED:20260305T184510Z",
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Interview: Mei Chen / Software Engineer\\, Payments",
            "TRANSP:OPAQUE",
        )
    ],
    tz=[vtz_iana("America/Los_Angeles")],
)
_t = """You have been invited to the following event.

Interview: Mei Chen / Software Engineer, Payments
Thursday Mar 12, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

Join with Google Meet
https://meet.google.com/bcx-rtyu-pzm

Organizer
Hannah Bergstrom
hannah.bergstrom@tidepool-pay.example

Guests
Hannah Bergstrom - organizer
Tomás Oyelaran
mei.chen@example.net

Hi Mei, this is your technical interview for Software Engineer, Payments. You'll meet Tomás Oyelaran (Engineering Manager, Payments). Please have a code editor ready.

Reply for mei.chen@example.net
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW8ya3E4cjdtMXYz&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW8ya3E4cjdtMXYz&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW8ya3E4cjdtMXYz&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
MESSAGES.append(
    Msg(
        "google-calendar-invite-meet",
        "interview",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Hannah Bergstrom", "hannah.bergstrom@tidepool-pay.example"),
                subject="Invitation: Interview: Mei Chen / Software Engineer, Payments @ Thu Mar 12, 2026 10am - 11am (PDT) (mei.chen@example.net)",
                date="Thu, 05 Mar 2026 10:45:13 -0800",
                msgid=mid("g1", "google.com"),
                to="mei.chen@example.net",
                helo="mail-sor-f69.google.com",
                ip="192.0.2.69",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
                return_path="3kAXpZw0KCdQ@calendar-server.bounces.google.com",
            ),
            multi(
                "mixed",
                "000000000000a1b2c3d4e5f60718",
                multi(
                    "alternative",
                    "000000000000a1b2c3d4e5f60717",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics_g1, method="REQUEST"),
                ),
                cal(
                    _ics_g1,
                    method="REQUEST",
                    cte="base64",
                    filename="invite.ics",
                    ctype="application/ics",
                    charset=None,
                ),
            ),
        ),
        iv(
            "2026-03-12T10:00:00-07:00",
            "America/Los_Angeles",
            company=None,
            role="Software Engineer, Payments",
            interviewers=["Tomás Oyelaran"],
            emails=["tomas.oyelaran@tidepool-pay.example"],
            notes="Google invite: TZID with VTIMEZONE, inline text/calendar plus base64 invite.ics; the organiser is the recruiter, not an interviewer; the user attendee has only an address.",
        ),
    )
)

# --- Lever, HTML only, base64 -----------------------------------------------------------
_h = """<div style="max-width:600px;margin:0 auto">
<img src="https://hire.lever.co/logos/northwind-analytics.png" alt="Northwind Analytics" width="140">
<p>Hi Priya,</p>
<p>Your interview for <b>Product Analyst</b> at <b>Northwind Analytics</b> is confirmed. Here are the details:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td style="color:#666">When</td><td>Thursday, 19 March 2026<br>11:30 – 12:15 (London time, GMT)</td></tr>
<tr><td style="color:#666">Where</td><td>Microsoft Teams (link below)</td></tr>
<tr><td style="color:#666">Interviewers</td><td>Eleanor Whitcombe – Head of Analytics<br>Kwame Mensah – Senior Product Analyst</td></tr>
</table>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM0ZGEtOTI3Yy00@thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d">Join the Teams meeting</a></p>
<p>Need to change something? Reply to this email and our team will help.</p>
<p>Best wishes,<br>The Northwind Analytics Talent Team</p>
<p style="font-size:11px;color:#999">Sent via Lever &middot; <a href="https://hire.lever.co/privacy">Privacy</a></p>
</div>"""
MESSAGES.append(
    Msg(
        "lever-confirmation-html-only",
        "interview",
        PRIYA,
        build(
            headers(
                PRIYA,
                frm=addr("Northwind Analytics", "no-reply@hire.lever.co"),
                reply_to=addr("Gemma Ashworth", "gemma.ashworth@northwind-analytics.example"),
                subject="Your interview with Northwind Analytics is confirmed",
                date="Fri, 13 Mar 2026 16:20:05 +0000",
                msgid=mid("lever1", "hire.lever.co"),
                helo="o1.email.hire.lever.co",
                ip="198.51.100.40",
            ),
            html(html_page(_h), cte="base64"),
        ),
        iv(
            "2026-03-19T11:30:00+00:00",
            "Europe/London",
            company="Northwind Analytics",
            role="Product Analyst",
            interviewers=["Eleanor Whitcombe", "Kwame Mensah"],
            notes="HTML only, base64; names in a table cell with en-dash titles; London is still on GMT on 19 March.",
        ),
    )
)

# --- Workday, numeric US date, Central Time ------------------------------------------------
_h = """<table width="100%" style="background:#f3f6f9"><tr><td>
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><h2 style="color:#005cb9">Interview Scheduled</h2>
<p>Dear Devon,</p>
<p>Thank you for your continued interest in Globex Freight. We are pleased to invite you to interview for the position of <b>Financial Analyst II (R-0045821)</b>.</p>
<p><b>Interview Details</b><br>
Date: 03/24/2026<br>
Time: 9:00 AM - 10:00 AM Central Time<br>
Format: Microsoft Teams video call<br>
Interviewer(s): Marcus Delgado, FP&amp;A Manager; Irene Vasquez, Senior Financial Analyst</p>
<p>A calendar invitation with the meeting link will follow from the interview team. To view your application status, sign in to your candidate home account.</p>
<p><a href="https://globex.wd5.myworkday.com/globex_careers/userHome">Candidate Home</a></p>
<p>Sincerely,<br>Globex Freight Talent Acquisition</p>
</td></tr></table></td></tr></table>"""
MESSAGES.append(
    Msg(
        "workday-interview-scheduled",
        "interview",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Globex Freight", "globex@myworkday.com"),
                subject="Interview Scheduled - Financial Analyst II (R-0045821)",
                date="Wed, 18 Mar 2026 14:02:44 +0000",
                msgid=mid("wd1", "myworkday.com"),
                helo="smtp3.myworkday.com",
                ip="198.51.100.77",
            ),
            html(html_page(_h), cte="quoted-printable"),
            crlf=False,
        ),
        iv(
            "2026-03-24T09:00:00-05:00",
            "America/Chicago",
            company="Globex Freight",
            role="Financial Analyst II",
            interviewers=["Marcus Delgado", "Irene Vasquez"],
            notes="Workday: numeric MM/DD/YYYY date, 'Central Time' (CDT on 24 March), Date header in UTC.",
        ),
    )
)

# --- Ashby onsite with several sessions ------------------------------------------------
_t = """Hi Mei,

We're excited to host you for your virtual onsite with Lumen Health for the Staff Frontend Engineer role! Here's your schedule (all times Pacific Time):

Tuesday, March 17, 2026

10:00 AM – 10:45 AM PDT  |  System design
  Interviewer: Olusegun Bakare, Principal Engineer

11:00 AM – 11:45 AM PDT  |  Frontend architecture
  Interviewer: Ingrid Solberg, Staff Engineer

11:45 AM – 12:15 PM PDT  |  Break

12:15 PM – 1:00 PM PDT  |  Hiring manager conversation
  Interviewer: Rafael Quintero, Director of Engineering

Each session has its own Zoom link in the calendar invitations that will follow. If anything comes up, reply to this email and Kenji will help.

Good luck!
Kenji Watanabe
Recruiting Coordinator, Lumen Health
"""
MESSAGES.append(
    Msg(
        "ashby-virtual-onsite-schedule",
        "interview",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Lumen Health Recruiting", "no-reply@ashbyhq.com"),
                reply_to=addr("Kenji Watanabe", "kenji.watanabe@lumenhealth.example"),
                subject="Your virtual onsite schedule – Staff Frontend Engineer",
                date="Wed, 11 Mar 2026 09:31:00 -0700",
                msgid=mid("ashby1", "ashbyhq.com"),
                helo="mta-04.ashbyhq.com",
                ip="198.51.100.91",
            ),
            multi("alternative", "ashby-3f9b2a70", text(_t), html(html_page(paras(_t)))),
        ),
        iv(
            "2026-03-17T10:00:00-07:00",
            "America/Los_Angeles",
            company="Lumen Health",
            role="Staff Frontend Engineer",
            interviewers=["Olusegun Bakare", "Ingrid Solberg", "Rafael Quintero"],
            notes="Multi-session onsite: the start is the first session; the break is not a session.",
        ),
    )
)

# --- SmartRecruiters, 24h with CEST ---------------------------------------------------------
_t = """Dear Lukas,

thank you for your application for the position Cloud Platform Engineer (m/w/d) at Helvetia Logistik GmbH.

We would like to invite you to a first interview:

Date: Wednesday, 1 April 2026
Time: 15:00 - 16:00 CEST
Location: Online via Microsoft Teams (the link will be sent separately)
Your interview partners: Jürgen Weißhaupt (Head of Cloud Infrastructure) and Annika Brandt (HR Business Partner)

Please confirm the appointment by replying to this email.

Kind regards
Annika Brandt
Helvetia Logistik GmbH | Talent Acquisition
"""
MESSAGES.append(
    Msg(
        "smartrecruiters-invite-cest",
        "interview",
        LUKAS,
        build(
            headers(
                LUKAS,
                frm=addr("Helvetia Logistik GmbH", "noreply@smartrecruiters.com"),
                reply_to=addr("Annika Brandt", "annika.brandt@helvetia-logistik.example"),
                subject="Interview invitation: Cloud Platform Engineer (m/w/d)",
                date="Thu, 26 Mar 2026 11:08:17 +0100",
                msgid=mid("sr1", "smartrecruiters.com"),
                helo="mail.smartrecruiters.com",
                ip="198.51.100.120",
            ),
            text(_t, charset="ISO-8859-1", cte="quoted-printable"),
        ),
        iv(
            "2026-04-01T15:00:00+02:00",
            "Europe/Berlin",
            company="Helvetia Logistik GmbH",
            role="Cloud Platform Engineer (m/w/d)",
            interviewers=["Jürgen Weißhaupt", "Annika Brandt"],
            notes="ISO-8859-1 QP body; written before the EU DST change, interview after it (CEST).",
        ),
    )
)

# --- iCIMS, numeric date with EDT -------------------------------------------------------
_t = """Hello Jordan,

Thank you for your interest in the Clinical Data Manager position (Job ID 2026-11873) at Riverbend Health Partners.

Your interview has been scheduled as follows:

Interview Date/Time: 4/7/2026 1:30 PM EDT
Duration: 45 minutes
Type: Phone Interview
Interviewer: Theodora Papadakis, Director of Clinical Operations

Theodora will call you at the number on your application. If you need to make changes, please contact Talent Acquisition at talent@riverbendhealth.example.

Regards,
Talent Acquisition
Riverbend Health Partners

This email was sent on behalf of Riverbend Health Partners by iCIMS.
"""
MESSAGES.append(
    Msg(
        "icims-phone-interview",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Riverbend Health Partners", "riverbendhealth@talent.icims.com"),
                subject="Interview Scheduled: Clinical Data Manager (2026-11873)",
                date="Wed, 01 Apr 2026 08:55:10 -0400",
                msgid=mid("icims1", "talent.icims.com"),
                helo="smtp-out2.icims.com",
                ip="198.51.100.130",
            ),
            text(_t, charset="us-ascii", cte="7bit"),
        ),
        iv(
            "2026-04-07T13:30:00-04:00",
            "America/New_York",
            company="Riverbend Health Partners",
            role="Clinical Data Manager",
            interviewers=["Theodora Papadakis"],
            notes="iCIMS: M/D/YYYY and EDT; the only address named is a team mailbox, not an interviewer.",
        ),
    )
)

# --- Teamtailor, Stockholm office, user in Berlin -----------------------------------------
_t = """Hi Lukas!

Great news – we'd love to meet you for the Backend Developer (Go) role at Fjällbacka Games.

📅 Tuesday 14 April 2026
🕙 10:00–11:00 (Stockholm time, CEST)
📍 Google Meet: https://meet.google.com/jfe-wqnu-skd

You'll talk to Linnea Sjöberg (Tech Lead) and Oskar Nyström (Engineering Manager).

See you then!
/Linnea
Fjällbacka Games – Career site powered by Teamtailor
"""
MESSAGES.append(
    Msg(
        "teamtailor-interview-stockholm",
        "interview",
        LUKAS,
        build(
            headers(
                LUKAS,
                frm=addr("Fjällbacka Games", "no-reply@teamtailor-mail.com", method="B"),
                reply_to="linnea.sjoberg@fjallbacka-games.example",
                subject="Interview with Fjällbacka Games 🎮",
                date="Tue, 07 Apr 2026 13:40:51 +0200",
                msgid=mid("tt1", "teamtailor-mail.com"),
                helo="mail.teamtailor-mail.com",
                ip="198.51.100.150",
                subject_method="B",
            ),
            multi(
                "alternative",
                "----=_Part_88123_1049.1775562051",
                text(_t, cte="base64"),
                html(html_page(paras(_t)), cte="base64"),
            ),
        ),
        iv(
            "2026-04-14T10:00:00+02:00",
            "Europe/Stockholm",
            company="Fjällbacka Games",
            role="Backend Developer (Go)",
            interviewers=["Linnea Sjöberg", "Oskar Nyström"],
            notes="RFC 2047 B-encoded sender and subject with emoji; zone given as a city; user lives in Berlin (same offset).",
        ),
    )
)

# --- Workable, GMT+1 offset style ---------------------------------------------------------
_t = """Hi Chloé,

Your video interview for UX Researcher at Maison Verdier has been scheduled.

Fri, Mar 27, 2026 at 16:00 (GMT+1)
Duration: 30 minutes
Interviewer: Baptiste Fournier

Join: https://meet.google.com/pqa-zzmx-trn

Add to calendar · Reschedule

Good luck!
Maison Verdier hiring team
Powered by Workable
"""
from .common import CHLOE  # noqa: E402

MESSAGES.append(
    Msg(
        "workable-video-interview-offset",
        "interview",
        CHLOE,
        build(
            headers(
                CHLOE,
                frm=addr("Maison Verdier", "noreply@candidates.workablemail.com"),
                subject="Interview scheduled: UX Researcher at Maison Verdier",
                date="Mon, 23 Mar 2026 17:02:33 +0000",
                msgid=mid("wk1", "workablemail.com"),
                helo="mta1.workablemail.com",
                ip="198.51.100.160",
            ),
            multi("alternative", "b1_6a0f9e8d7c", text(_t), html(html_page(paras(_t)))),
        ),
        iv(
            "2026-03-27T16:00:00+01:00",
            None,
            company="Maison Verdier",
            role="UX Researcher",
            interviewers=["Baptiste Fournier"],
            notes="Only a GMT+1 offset is given (no IANA zone); the user's name in the greeting is accented.",
        ),
    )
)

# --- Calendly booking confirmation with invite.ics ----------------------------------------
_uid_c1 = "d8c1f3a2-71e4-4c8b-9f0e-5a6b7c8d9e01"
_ics = vcal(
    "-//Calendly//Calendly//EN",
    "REQUEST",
    [
        vevent(
            "DTSTAMP:20260305T152211Z",
            f"UID:{_uid_c1}",
            "DTSTART:20260311T170000Z",
            "DTEND:20260311T173000Z",
            "SUMMARY:Phone Screen between Marcus Adeyemi and Jordan Lee",
            "DESCRIPTION:Event Name: Phone Screen\\n\\nMarcus will call you at +1 646-555-0187.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/d8c1f3a2\\nReschedule: https://calendly.com/reschedulings/d8c1f3a2",
            "ORGANIZER;CN=Marcus Adeyemi:mailto:marcus.adeyemi@brightline-talent.example",
            attendee("Jordan Lee", "jordan.lee@example.net"),
            "LOCATION:+1 646-555-0187",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
        )
    ],
)
_t = """Hi Jordan Lee,

A new event has been scheduled.

Event Type:
Phone Screen

Invitee:
Jordan Lee
jordan.lee@example.net

Event Date/Time:
01:00pm - 01:30pm (Eastern Time - US & Canada) on Wednesday, March 11, 2026

Location:
Marcus Adeyemi will call you at +1 646-555-0187

Description:
Intro call with Marcus from Brightline Talent about the Senior Product Designer opening at Orchard & Pine.

View event in Calendly: https://calendly.com/events/d8c1f3a2/invitee

Sent from Calendly
"""
MESSAGES.append(
    Msg(
        "calendly-booked-phone-screen",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Calendly", "notifications@calendly.com"),
                reply_to=addr("Marcus Adeyemi", "marcus.adeyemi@brightline-talent.example"),
                subject="Confirmed: Phone Screen with Marcus Adeyemi on Wednesday, March 11, 2026",
                date="Thu, 05 Mar 2026 10:22:11 -0500",
                msgid=mid("cal1", "calendly.com"),
                helo="o7.mail.calendly.com",
                ip="198.51.100.170",
            ),
            multi(
                "mixed",
                "_----------=_177272413118850",
                multi(
                    "alternative",
                    "_----------=_177272413118851",
                    text(_t),
                    html(html_page(paras(_t))),
                ),
                attachment(cal(_ics, method=None).body, "text/calendar", "invite.ics"),
            ),
        ),
        iv(
            "2026-03-11T13:00:00-04:00",
            "America/New_York",
            company="Orchard & Pine",
            role="Senior Product Designer",
            interviewers=["Marcus Adeyemi"],
            emails=["marcus.adeyemi@brightline-talent.example"],
            notes="Calendly booking (agency recruiter's phone screen); ICS in UTC; text gives 'Eastern Time - US & Canada' after DST.",
        ),
    )
)

# --- GoodTime panel with titles ------------------------------------------------------------
_h = """<p>Hi Devon,</p>
<p>Your interview with <strong>Copperline Energy</strong> is confirmed.</p>
<table style="border:1px solid #ddd;padding:12px">
<tr><td><strong>Position</strong></td><td>Senior Data Scientist</td></tr>
<tr><td><strong>Date</strong></td><td>Thursday, March 26, 2026</td></tr>
<tr><td><strong>Time</strong></td><td>1:00 PM – 4:00 PM CDT</td></tr>
<tr><td><strong>Location</strong></td><td>Copperline Energy HQ, 400 W Lake St, Suite 1200, Chicago, IL 60606 – ask for Reception on the 12th floor</td></tr>
</table>
<h3>Your panel</h3>
<ul>
<li>1:00 PM – Priyanka Iyer, Principal Data Scientist</li>
<li>1:45 PM – Thomas Whitaker, VP Analytics</li>
<li>2:30 PM – Grace Oduya, Senior Machine Learning Engineer</li>
<li>3:15 PM – Daniel Kim, Recruiter (wrap-up)</li>
</ul>
<p>Please bring a photo ID for building security.</p>
<p>Questions? Contact Daniel Kim at <a href="mailto:daniel.kim@copperline-energy.example">daniel.kim@copperline-energy.example</a>.</p>
<p style="color:#888;font-size:11px">Scheduled with GoodTime</p>"""
MESSAGES.append(
    Msg(
        "goodtime-onsite-panel",
        "interview",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Copperline Energy Recruiting", "scheduling@goodtime.io"),
                reply_to="daniel.kim@copperline-energy.example",
                subject="Interview Confirmation - Senior Data Scientist - Copperline Energy",
                date="Fri, 20 Mar 2026 15:44:09 -0500",
                msgid=mid("goodtime1", "goodtime.io"),
                helo="mail.goodtime.io",
                ip="198.51.100.180",
            ),
            multi(
                "alternative",
                "--goodtime-5c2e",
                text(
                    "Your interview with Copperline Energy is confirmed. Please view this message in an HTML-capable mail client."
                ),
                html(html_page(_h)),
            ),
        ),
        iv(
            "2026-03-26T13:00:00-05:00",
            "America/Chicago",
            company="Copperline Energy",
            role="Senior Data Scientist",
            interviewers=["Priyanka Iyer", "Thomas Whitaker", "Grace Oduya", "Daniel Kim"],
            notes="Details only in HTML (the text part is a stub); in-person panel with titles; the recruiter runs the wrap-up so is also an interviewer.",
        ),
    )
)

# --- ModernLoop invite with ICS and Zoom ----------------------------------------------------
_uid_ml = "ml-4b1f0c9e2d7a4e8f@modernloop.io"
_ics = vcal(
    "-//ModernLoop//Scheduling//EN",
    "REQUEST",
    [
        vevent(
            f"UID:{_uid_ml}",
            "SEQUENCE:0",
            "DTSTAMP:20260309T201500Z",
            "DTSTART;TZID=America/Chicago:20260313T083000",
            "DTEND;TZID=America/Chicago:20260313T091500",
            "SUMMARY:Devon Brooks <> Halcyon Bank | Technical Screen",
            "LOCATION:https://halcyonbank.zoom.us/j/93051846271?pwd=Tk9xR2VqZ1F",
            "DESCRIPTION:Interviewer: Ngozi Adebayo-Clarke (Lead Software Engineer)\\nJoin Zoom: https://halcyonbank.zoom.us/j/93051846271?pwd=Tk9xR2VqZ1F",
            "ORGANIZER;CN=Halcyon Bank Recruiting:mailto:recruiting-scheduling@halcyonbank.example",
            attendee("Devon Brooks", "devon.brooks@example.com"),
            attendee(
                "Ngozi Adebayo-Clarke", "ngozi.adebayo-clarke@halcyonbank.example", "ACCEPTED"
            ),
            "STATUS:CONFIRMED",
        )
    ],
    tz=[vtz_iana("America/Chicago")],
)
_t = """Hi Devon,

You're confirmed for a Technical Screen with Halcyon Bank.

Friday, March 13, 2026
8:30 AM – 9:15 AM (CDT)

Interviewer: Ngozi Adebayo-Clarke, Lead Software Engineer
Zoom: https://halcyonbank.zoom.us/j/93051846271?pwd=Tk9xR2VqZ1F

A calendar invitation is attached.

Halcyon Bank Recruiting · via ModernLoop
"""
MESSAGES.append(
    Msg(
        "modernloop-technical-screen",
        "interview",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Halcyon Bank Recruiting", "recruiting-scheduling@halcyonbank.example"),
                subject="Confirmed: Technical Screen with Halcyon Bank – Fri, Mar 13",
                date="Mon, 09 Mar 2026 15:15:00 -0500",
                msgid=mid("ml1", "modernloop.io"),
                helo="outbound.modernloop.io",
                ip="198.51.100.190",
            ),
            multi(
                "mixed",
                "ModernLoop_Boundary_77",
                text(_t),
                cal(_ics, method="REQUEST", filename="invite.ics", cte="base64"),
            ),
        ),
        iv(
            "2026-03-13T08:30:00-05:00",
            "America/Chicago",
            company="Halcyon Bank",
            role=None,
            interviewers=["Ngozi Adebayo-Clarke"],
            emails=["ngozi.adebayo-clarke@halcyonbank.example"],
            notes="ModernLoop: hyphenated surname, ICS attachment with IANA TZID, sender is a scheduling mailbox.",
        ),
    )
)

# --- Google Calendar appointment schedule booking -----------------------------------------
_uid_ap = "1qv8h2m0s7d3k5l9p4b6n1c2x7@google.com"
_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART:20260316T190000Z",
            "DTEND:20260316T193000Z",
            "DTSTAMP:20260310T141822Z",
            "ORGANIZER;CN=Farah Qureshi:mailto:farah.qureshi@saltmarsh-studios.example",
            f"UID:{_uid_ap}",
            attendee(
                "Farah Qureshi", "farah.qureshi@saltmarsh-studios.example", "ACCEPTED", google=True
            ),
            attendee("Jordan Lee", "jordan.lee@example.net", "ACCEPTED", google=True),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/uyt-kkow-fbc",
            "DESCRIPTION:Booked by Jordan Lee <jordan.lee@example.net>\\n\\nRecruiter screen – Content Strategist\\n\\nJoin with Google Meet: https://meet.google.com/uyt-kkow-fbc",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Recruiter screen (Jordan Lee)",
        )
    ],
    extra=["X-WR-TIMEZONE:America/New_York"],
)
_t = """Appointment booked

Recruiter screen (Jordan Lee)
Monday, March 16 · 3:00 – 3:30pm
Time zone: America/New_York

Booked by
Jordan Lee
jordan.lee@example.net

Recruiter screen – Content Strategist
Farah Qureshi, Talent Partner at Saltmarsh Studios

Google Meet joining info
Video call link: https://meet.google.com/uyt-kkow-fbc

Invitation from Google Calendar
"""
MESSAGES.append(
    Msg(
        "google-appointment-schedule-booked",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Google Calendar", "calendar-notification@google.com"),
                subject="Appointment booked: Recruiter screen (Jordan Lee) @ Mon Mar 16, 2026 3pm - 3:30pm (EDT)",
                date="Tue, 10 Mar 2026 10:18:22 -0400",
                msgid=mid("gap1", "google.com"),
                helo="mail-sor-f73.google.com",
                ip="192.0.2.73",
                return_path="3rGqwa@calendar-server.bounces.google.com",
            ),
            multi(
                "mixed",
                "000000000000f0e1d2c3b4a59687",
                multi(
                    "alternative",
                    "000000000000f0e1d2c3b4a59686",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics),
                ),
                cal(
                    _ics,
                    method="REQUEST",
                    filename="invite.ics",
                    cte="base64",
                    ctype="application/ics",
                    charset=None,
                ),
            ),
        ),
        iv(
            "2026-03-16T15:00:00-04:00",
            "America/New_York",
            company="Saltmarsh Studios",
            role="Content Strategist",
            interviewers=["Farah Qureshi"],
            emails=["farah.qureshi@saltmarsh-studios.example"],
            notes="Google appointment schedule: DTSTART in UTC with X-WR-TIMEZONE; no year in the body text; the booker is the user.",
        ),
    )
)
