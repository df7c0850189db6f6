"""Cancellations and scheduling requests."""

from __future__ import annotations

from .common import (
    AARAV,
    CHLOE,
    DEVON,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    SAM,
    Msg,
    attendee,
    build,
    headers,
    html_page,
    iv,
    mid,
    note,
    paras,
    personal,
    vcal,
    vevent,
    vtz_iana,
)
from .m_interviews_a import _uid_c1, _uid_g1
from .m_interviews_b import _outlook, _uid_o1, _uid_o4
from .mime import addr, attachment, cal, html, multi, text

MESSAGES: list[Msg] = []

# ===================================== cancellations ======================================

MESSAGES.append(
    _outlook(
        MEI,
        slug="outlook-canceled-meeting",
        organizer=("Bartholomew Nwosu", "bartholomew.nwosu@kestrel-mobile.example"),
        attendees=[
            ("Mei Chen", "mei.chen@example.net"),
            ("Yusuf Demir", "yusuf.demir@kestrel-mobile.example"),
        ],
        subject="Canceled: Interview: Mei Chen - Senior iOS Engineer",
        date="Mon, 09 Mar 2026 18:30:00 +0000",
        when="Tuesday, March 10, 2026 2:00 PM-3:00 PM (UTC-08:00) Pacific Time (US & Canada).",
        tzid="Pacific Standard Time",
        start="20260310T140000",
        end="20260310T150000",
        uid=_uid_o1,
        seq=1,
        stamp="20260309T183000Z",
        method="CANCEL",
        kind="interview_cancelled",
        note_text="Hi Mei, I'm so sorry - something urgent came up and I have to cancel tomorrow. Our recruiter will reach out to find a new time.\n\nBartholomew",
        label=iv(
            "2026-03-10T14:00:00-07:00",
            "America/Los_Angeles",
            company="Kestrel Mobile",
            role="Senior iOS Engineer",
            interviewers=["Bartholomew Nwosu", "Yusuf Demir"],
            emails=[
                "bartholomew.nwosu@kestrel-mobile.example",
                "yusuf.demir@kestrel-mobile.example",
            ],
            notes="METHOD:CANCEL, STATUS:CANCELLED, same UID as the Pacific invite, higher SEQUENCE.",
        ),
    )
)

_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "CANCEL",
    [
        vevent(
            "DTSTART;TZID=America/Los_Angeles:20260313T110000",
            "DTEND;TZID=America/Los_Angeles:20260313T120000",
            "DTSTAMP:20260312T170109Z",
            "ORGANIZER;CN=Hannah Bergstrom:mailto:hannah.bergstrom@tidepool-pay.example",
            f"UID:{_uid_g1}",
            attendee("mei.chen@example.net", "mei.chen@example.net", "ACCEPTED", google=True),
            "SEQUENCE:2",
            "STATUS:CANCELLED",
            "SUMMARY:Interview: Mei Chen / Software Engineer\\, Payments",
        )
    ],
    tz=[vtz_iana("America/Los_Angeles")],
)
_t = """This event has been cancelled.

Interview: Mei Chen / Software Engineer, Payments
Friday Mar 13, 2026 ⋅ 11am – 12pm (Pacific Time - Los Angeles)

Organizer
Hannah Bergstrom
hannah.bergstrom@tidepool-pay.example

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
MESSAGES.append(
    Msg(
        "google-cancelled-event",
        "interview_cancelled",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Hannah Bergstrom", "hannah.bergstrom@tidepool-pay.example"),
                subject="Cancelled event: Interview: Mei Chen / Software Engineer, Payments @ Fri Mar 13, 2026 11am - 12pm (PDT) (mei.chen@example.net)",
                date="Thu, 12 Mar 2026 10:01:09 -0700",
                msgid=mid("g1c", "google.com"),
                to="mei.chen@example.net",
                helo="mail-sor-f69.google.com",
                ip="192.0.2.69",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
            ),
            multi(
                "mixed",
                "0000000000001122334455667788",
                multi(
                    "alternative",
                    "0000000000001122334455667787",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics, method="CANCEL"),
                ),
                cal(
                    _ics,
                    method="CANCEL",
                    filename="invite.ics",
                    cte="base64",
                    ctype="application/ics",
                    charset=None,
                ),
            ),
        ),
        iv(
            "2026-03-13T11:00:00-07:00",
            "America/Los_Angeles",
            role="Software Engineer, Payments",
            interviewers=[],
            notes="Google cancellation of the updated event (SEQUENCE 2); interviewers are not listed in the cancel.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "plain-cancel-hiring-manager-ill",
        "interview_cancelled",
        frm=("Owen Lloyd", "owen.lloyd@penrose-engineering.example"),
        subject="Thursday's interview",
        date="Tue, 17 Mar 2026 08:14:00 +0000",
        mailer="outlook",
        body="""Hi Priya,

I'm really sorry, but we need to cancel Thursday's interview at 3pm - Martha Reeve, the hiring manager, is off sick this week. I'll be in touch as soon as she's back to rebook.

Apologies again,
Owen Lloyd
Recruitment Coordinator, Penrose Engineering
""",
        label=iv(
            "2026-03-19T15:00:00+00:00",
            None,
            company="Penrose Engineering",
            interviewers=["Martha Reeve"],
            notes="Cancellation in plain words; the cancelled slot is 'Thursday at 3pm' resolved from the Date header; no new time.",
        ),
    )
)

_t = """Hi Jordan,

We're writing to let you know that your interview for Site Reliability Engineer at Ironleaf Software, originally scheduled for Wednesday, March 25, 2026 at 1:00 PM EDT with Gustavo Pereira, has been cancelled.

Your recruiter, Maya Lindgren, will follow up with next steps.

Ironleaf Software
"""
MESSAGES.append(
    Msg(
        "greenhouse-interview-cancelled",
        "interview_cancelled",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Maya Lindgren", "no-reply@us.greenhouse-mail.io"),
                reply_to=addr("Maya Lindgren", "maya.lindgren@ironleaf.example"),
                subject="Interview Cancelled: Site Reliability Engineer at Ironleaf Software",
                date="Mon, 23 Mar 2026 17:30:41 -0400",
                msgid=mid("ghc", "us.greenhouse-mail.io"),
                helo="mail-a07.us.greenhouse-mail.io",
                ip="198.51.100.17",
            ),
            multi("alternative", "gh_alt_c0ffee", text(_t), html(html_page(paras(_t)))),
        ),
        iv(
            "2026-03-25T13:00:00-04:00",
            "America/New_York",
            company="Ironleaf Software",
            role="Site Reliability Engineer",
            interviewers=["Gustavo Pereira"],
            notes="ATS cancellation through the Greenhouse relay.",
        ),
    )
)

_ics = vcal(
    "-//Calendly//Calendly//EN",
    "CANCEL",
    [
        vevent(
            "DTSTAMP:20260309T201122Z",
            f"UID:{_uid_c1}",
            "DTSTART:20260311T170000Z",
            "DTEND:20260311T173000Z",
            "SUMMARY:Phone Screen between Marcus Adeyemi and Jordan Lee",
            "SEQUENCE:1",
            "STATUS:CANCELLED",
            "ORGANIZER;CN=Marcus Adeyemi:mailto:marcus.adeyemi@brightline-talent.example",
            attendee("Jordan Lee", "jordan.lee@example.net"),
        )
    ],
)
_t = """Hi Jordan Lee,

The event below has been canceled.

Event Type:
Phone Screen

Event Date/Time:
01:00pm - 01:30pm (Eastern Time - US & Canada) on Wednesday, March 11, 2026

Canceled by:
Marcus Adeyemi

Reason for canceling:
"Role has been paused by the client - so sorry Jordan, I'll be in touch."

Sent from Calendly
"""
MESSAGES.append(
    Msg(
        "calendly-canceled",
        "interview_cancelled",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Calendly", "notifications@calendly.com"),
                subject="Canceled: Phone Screen with Marcus Adeyemi on Wednesday, March 11, 2026",
                date="Mon, 09 Mar 2026 16:11:22 -0400",
                msgid=mid("calc", "calendly.com"),
                helo="o7.mail.calendly.com",
                ip="198.51.100.170",
            ),
            multi(
                "mixed",
                "_----------=_177308708218850",
                multi(
                    "alternative",
                    "_----------=_177308708218851",
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
            interviewers=["Marcus Adeyemi"],
            emails=["marcus.adeyemi@brightline-talent.example"],
            notes="Calendly cancel of the earlier booking, same UID; 'paused' reason reads like a rejection but the kind is the cancellation.",
        ),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "role-on-hold-cancel",
        "interview_cancelled",
        frm=("Frauke Lindemann", "frauke.lindemann@elbtal-bank.example"),
        subject="Ihr Interview am 2. April / your interview on 2 April",
        date="Mon, 30 Mar 2026 12:00:40 +0200",
        body="""Dear Lukas,

unfortunately we have to cancel your interview scheduled for Thursday, 2 April at 11:00, as the Platform Engineer position has been put on hold following a budget review.

We will keep your documents and contact you should the position be reopened.

Kind regards
Frauke Lindemann
Recruiting, Elbtal Bank AG
""",
        label=iv(
            "2026-04-02T11:00:00+02:00",
            None,
            company="Elbtal Bank AG",
            role="Platform Engineer",
            interviewers=[],
            notes="Cancellation because the role is on hold - not a rejection of the candidate; 24-hour time, no zone.",
        ),
    )
)

MESSAGES.append(
    _outlook(
        AARAV,
        slug="teams-cancel-india",
        organizer=("Kavitha Subramanian", "kavitha.s@vistaar-fintech.example"),
        attendees=[
            ("Aarav Sharma", "aarav.sharma@example.com"),
            ("Rohan Mehta", "rohan.mehta@vistaar-fintech.example"),
            ("Ananya Krishnan", "ananya.krishnan@vistaar-fintech.example"),
        ],
        subject="Canceled: Technical Interview - Round 1 | Backend Engineer (Java) | Aarav Sharma",
        date="Fri, 20 Mar 2026 19:02:00 +0530",
        when="Monday, 23 March 2026 11:00 AM-12:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.",
        tzid="India Standard Time",
        start="20260323T110000",
        end="20260323T120000",
        uid=_uid_o4,
        seq=1,
        stamp="20260320T133200Z",
        method="CANCEL",
        kind="interview_cancelled",
        note_text="Hi Aarav, this slot is cancelled due to panel unavailability. We will share a fresh invite shortly.",
        label=iv(
            "2026-03-23T11:00:00+05:30",
            "Asia/Kolkata",
            company="Vistaar Fintech",
            role="Backend Engineer (Java)",
            interviewers=["Rohan Mehta", "Ananya Krishnan"],
            emails=[
                "rohan.mehta@vistaar-fintech.example",
                "ananya.krishnan@vistaar-fintech.example",
            ],
            notes="Teams cancellation for the India invite; promises a new invite (still a cancellation).",
        ),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "agency-cancel-dmy",
        "interview_cancelled",
        frm=("Brooke Callahan", "brooke@bluegum-recruitment.example"),
        subject="Tuesday cancelled - Tasman Freight",
        date="Fri, 20 Mar 2026 15:48:00 +1100",
        body="""Hi Sam,

Bad news I'm afraid - Tasman Freight have had to cancel Tuesday 24/03 at 10:00 with Craig Holloway. They've had an internal restructure and are reviewing the role. I'll let you know as soon as I hear more.

Sorry mate,
Brooke
Bluegum Recruitment
""",
        label=iv(
            "2026-03-24T10:00:00+11:00",
            None,
            company="Tasman Freight",
            interviewers=["Craig Holloway"],
            notes="Agency cancellation with a day-first numeric date (24/03) and no zone (AEDT).",
        ),
    )
)

# =================================== scheduling requests ===================================

MESSAGES.append(
    personal(
        JORDAN,
        "send-your-availability",
        "scheduling_request",
        frm=("Imani Clarke", "imani.clarke@veridian-health.example"),
        subject="Next steps - Analytics Engineer",
        date="Tue, 10 Mar 2026 11:02:00 -0400",
        body="""Hi Jordan,

Thanks for applying to the Analytics Engineer role at Veridian Health - the team enjoyed reading your application!

We'd like to set up a 45-minute video interview with our Analytics Manager, Felipe Ortega. Could you please send over your availability for next week (Mon-Thu, 9am-5pm ET)?

Best,
Imani Clarke
Recruiter, Veridian Health
""",
        label=note("Asks for availability; a time window but nothing booked."),
    )
)

MESSAGES.append(
    personal(
        MEI,
        "calendly-link-to-book",
        "scheduling_request",
        frm=("Garrett Yoon", "garrett.yoon@arcadia-robotics.example"),
        subject="Let's chat - Robotics Software Engineer",
        date="Wed, 11 Mar 2026 13:20:00 -0700",
        body="""Hi Mei,

I'm the hiring manager for Robotics Software Engineer at Arcadia Robotics and I'd love to have a 30 minute intro call. Please grab any slot that works for you on my Calendly: https://calendly.com/garrett-yoon-arcadia/30min

Talk soon,
Garrett
""",
        label=note("Calendly booking link; no time chosen yet."),
    )
)

_t = """Hi Devon,

Thanks for your interest in Summit Outdoor Co.! We'd like to schedule your next interview for Senior Product Manager.

Please submit your availability using the link below. Choose as many times as you can over the next 5 business days.

Submit your availability: https://app.greenhouse.io/schedule/availability/8f2c1a4e-3b5d?token=Yz9xQm

Times are shown in your local time zone.

Thanks,
Summit Outdoor Co. Recruiting
"""
MESSAGES.append(
    Msg(
        "greenhouse-availability-request",
        "scheduling_request",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Talia Morgan", "no-reply@us.greenhouse-mail.io"),
                reply_to=addr("Talia Morgan", "talia.morgan@summit-outdoor.example"),
                subject="Please submit your availability - Senior Product Manager at Summit Outdoor Co.",
                date="Thu, 19 Mar 2026 10:00:00 -0500",
                msgid=mid("ghav", "us.greenhouse-mail.io"),
                helo="mail-a09.us.greenhouse-mail.io",
                ip="198.51.100.19",
            ),
            multi("alternative", "gh_alt_av11", text(_t), html(html_page(paras(_t)))),
        ),
        note("Greenhouse availability request; 'next 5 business days' is no interview time."),
    )
)

_h = """<p>Hi Chloé,</p>
<p>Congratulations on moving forward in the process for <b>Data Product Manager</b> at Lumio!</p>
<p>Please choose a time for your <b>45-minute interview with the Product team</b>. Available slots start on Monday, 16 March 2026.</p>
<p><a href="https://app.goodtime.io/self-schedule/5d1e2f3a?candidate=chloe">Choose your interview time</a></p>
<p>This link expires in 72 hours.</p>
<p>Lumio Talent Team · Scheduled with GoodTime</p>"""
MESSAGES.append(
    Msg(
        "goodtime-self-schedule",
        "scheduling_request",
        CHLOE,
        build(
            headers(
                CHLOE,
                frm=addr("Lumio Talent Team", "scheduling@goodtime.io"),
                subject="Action required: choose your interview time with Lumio",
                date="Thu, 12 Mar 2026 15:22:10 +0100",
                msgid=mid("gtself", "goodtime.io"),
                helo="mail.goodtime.io",
                ip="198.51.100.180",
            ),
            html(html_page(_h), cte="base64"),
        ),
        note("Self-schedule link with a date the slots start on; nothing booked."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "two-slots-offered-not-booked",
        "scheduling_request",
        frm=("Declan Byrne", "declan.byrne@shannon-analytics.example"),
        subject="Interview - Data Engineer",
        date="Fri, 06 Mar 2026 14:00:00 +0000",
        mailer="outlook",
        body="""Hi Priya,

Thanks for your application - we'd like to invite you to a first interview with myself and Orla Keane (Lead Data Engineer).

Would either Tuesday 10 March at 2pm or Wednesday 11 March at 10am work for you? Let me know and I'll send over a calendar invite.

Kind regards,
Declan Byrne
Engineering Manager, Shannon Analytics
""",
        label=note(
            "Offers two concrete slots and asks the user to pick: nothing booked yet, so not an interview."
        ),
    )
)

_t = """Hi Aarav,

Thanks for applying to Zenfold! Please pick a time for your recruiter screen using the link below:

https://jobs.ashbyhq.com/zenfold/interview-scheduling/7e3f2a91?token=eyJhbGciOi

The call is 30 minutes with Swati Joshi from our Talent team.

Best,
Zenfold Recruiting
"""
MESSAGES.append(
    Msg(
        "ashby-self-schedule-link",
        "scheduling_request",
        AARAV,
        build(
            headers(
                AARAV,
                frm=addr("Zenfold Recruiting", "no-reply@ashbyhq.com"),
                reply_to="swati.joshi@zenfold.example",
                subject="Schedule your recruiter screen with Zenfold",
                date="Wed, 18 Mar 2026 10:40:00 +0000",
                msgid=mid("ashself", "ashbyhq.com"),
                helo="mta-04.ashbyhq.com",
                ip="198.51.100.91",
            ),
            multi("alternative", "ashby-9c1d", text(_t), html(html_page(paras(_t)))),
        ),
        note("Ashby self-scheduling link; interviewer named but no time."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "agency-availability-week-commencing",
        "scheduling_request",
        frm=("Hannah Jepson", "hannah.jepson@thameside-tech.example"),
        subject="Cobalt Payments want to meet you!",
        date="Wed, 11 Mar 2026 09:30:00 +0000",
        body="""Morning Priya,

Good news - Cobalt Payments loved your CV and want to meet you for a first stage. What's your availability w/c 16/03? They're flexible on mornings, ideally 9-12.

Speak soon,
Hannah
Thameside Tech Recruitment
""",
        label=note("Agency asks for availability for the week commencing 16/03 (day-first)."),
    )
)

_t = """Hi Lukas,

Thank you for your interest in Helios Grid. We'd like to schedule your interview for Site Reliability Engineer.

Schedule your interview: https://hire.lever.co/interviews/schedule/4d2b9e1f-83aa

Available times are between Monday, March 23 and Friday, March 27.

Best,
Helios Grid Talent
"""
MESSAGES.append(
    Msg(
        "lever-schedule-your-interview",
        "scheduling_request",
        LUKAS,
        build(
            headers(
                LUKAS,
                frm=addr("Helios Grid", "no-reply@hire.lever.co"),
                subject="Schedule your interview with Helios Grid",
                date="Thu, 19 Mar 2026 09:10:00 +0000",
                msgid=mid("levsched", "hire.lever.co"),
                helo="o1.email.hire.lever.co",
                ip="198.51.100.40",
            ),
            multi("alternative", "lever-alt-4d2b", text(_t), html(html_page(paras(_t)))),
        ),
        note("Lever scheduling link with a date range; nothing booked."),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "google-booking-page-link",
        "scheduling_request",
        frm=("Matilda Cho", "matilda.cho@gumtree-analytics.example"),
        subject="Book a time for your interview",
        date="Mon, 13 Apr 2026 08:55:00 +1000",
        body="""Hi Sam,

Thanks for your patience! Please book a 45 minute slot for your technical interview on my booking page - anything this week or next is fine:

https://calendar.google.com/calendar/appointments/schedules/AcZssZ3Xq8Lr2v?gv=true

Matilda Cho
Engineering Lead, Gumtree Analytics
""",
        label=note("Google appointment schedule link (the booking page, not a booking)."),
    )
)
