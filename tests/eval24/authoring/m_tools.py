"""Applicant-tracking and scheduling tools seldom seen in the earlier sets (public shape of
their mail only): Workable, Zoho Recruit, Rippling, Gem, Paradox, HireVue, Avature,
ModernLoop, Prelude, Zoom Scheduler, Doodle, Recruiterflow, Manatal, Comeet."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    AMBROSE,
    AUGUSTINE,
    BEATA,
    COMEET,
    CORISANDE,
    DOMINIC,
    DOODLE,
    EMERSON,
    FLAVIA,
    GEM,
    HIREVUE,
    HONORA,
    IVO,
    JUNIPER,
    KIT,
    MANATAL,
    MODERNLOOP,
    PARADOX,
    PERCIVAL,
    RECRUITERFLOW,
    RIPPLING,
    ROHINI,
    SORCHA,
    TEMPERANCE,
    ULRIKE,
    VAUGHN,
    WORKABLE,
    WYNNE,
    YASMIN,
    ZEPHYR,
    ZOHO,
    ZOOM_SCHEDULER,
    ampm,
    booking,
    d,
    dh,
    html_mail,
    lab,
    note,
    t12,
    table,
    vendor,
)

MESSAGES = [
    # 1. Workable: interview scheduled with .ics.
    booking(
        ZEPHYR,
        "workable-interview-scheduled-vancouver",
        "interview",
        prodid=WORKABLE,
        start="2043-10-21 13:00",
        zone="America/Vancouver",
        minutes=45,
        summary="Interview: Zephyr Oakes-Mbeki - Mobile Engineer (Salal Apps)",
        organizer=("Salal Apps", "salal-apps@workablemail.com"),
        attendees=[("Anneke Visser-Lau", "anneke.visser@salal-apps.example")],
        date=dh("2043-10-15 12:30", "America/Vancouver"),
        frm=("Salal Apps", "salal-apps@workablemail.com"),
        reply_to=("Anneke Visser-Lau", "anneke.visser@salal-apps.example"),
        subject="Interview scheduled: Mobile Engineer at Salal Apps",
        body=f"""Hi Zephyr,

Your interview for Mobile Engineer at Salal Apps has been scheduled.

When: {d("2043-10-21", "usy")}, 1:00 PM - 1:45 PM (America/Vancouver)
Where: Video call (link in the calendar invitation)
With: Anneke Visser-Lau

Need to change something? Reply to this email.

Powered by Workable
""",
        label=lab(
            "2043-10-21 13:00",
            "America/Vancouver",
            "America/Vancouver",
            company="Salal Apps",
            role="Mobile Engineer",
            who=["Anneke Visser-Lau"],
            emails=["anneke.visser@salal-apps.example"],
            notes="Workable notification with an .ics; the IANA name is printed.",
        ),
    ),
    # 2. Zoho Recruit: interview scheduled, HTML table of rounds.
    booking(
        ROHINI,
        "zoho-recruit-two-rounds-bengaluru",
        "interview",
        prodid=ZOHO,
        start="2043-09-23 11:00",
        zone="Asia/Kolkata",
        minutes=60,
        summary="Interview - Rohini Bhattacharya-Lowe - Senior QA Engineer",
        organizer=("Tanvi Deshmukh", "tanvi.deshmukh@nandi-softworks.example"),
        attendees=[
            ("Arjun Narayanaswamy", "arjun.n@nandi-softworks.example"),
            ("Shreya Bose", "shreya.bose@nandi-softworks.example"),
        ],
        date=dh("2043-09-18 15:05", "Asia/Kolkata"),
        frm=("Nandi Softworks Careers", "notification@zohorecruit.com"),
        subject="Interview Scheduled - Senior QA Engineer - Nandi Softworks",
        body=f"""Dear Rohini,

Your interview has been scheduled.

Interview Name : Technical + Managerial
Date : {d("2043-09-23", "uky")}
Time : 11:00 AM to 12:00 PM (Asia/Kolkata)
Interviewer(s) : Arjun Narayanaswamy, Shreya Bose
Venue : Nandi Softworks, 3rd Floor, Outer Ring Road, Bengaluru

Regards,
Tanvi Deshmukh
HR, Nandi Softworks
""",
        label=lab(
            "2043-09-23 11:00",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Nandi Softworks",
            role="Senior QA Engineer",
            who=["Arjun Narayanaswamy", "Shreya Bose"],
            emails=["arjun.n@nandi-softworks.example", "shreya.bose@nandi-softworks.example"],
            notes="Zoho Recruit's 'Interviewer(s)' line; the HR organiser is not an interviewer.",
        ),
    ),
    # 3. Rippling: self-schedule confirmed.
    booking(
        WYNNE,
        "rippling-phone-screen-edmonton",
        "interview",
        prodid=RIPPLING,
        start="2043-11-03 09:30",
        zone="America/Edmonton",
        minutes=30,
        summary="Phone screen with Cordelia Pike (Muskeg Data)",
        organizer=("Cordelia Pike", "cordelia.pike@muskeg-data.example"),
        attendees=[],
        date=dh("2043-10-29 14:45", "America/Edmonton"),
        frm=("Muskeg Data Recruiting", "no-reply@rippling.com"),
        subject="You're confirmed: Phone screen with Muskeg Data",
        body=f"""You're all set, Wynne.

Phone screen with Cordelia Pike
{d("2043-11-03", "us")} · {ampm("2043-11-03 09:30")} - {ampm("2043-11-03 10:00")} Mountain Time (Edmonton)
Cordelia will call you at the number on your application.

Position: Data Platform Engineer

Sent by Rippling on behalf of Muskeg Data
""",
        label=lab(
            "2043-11-03 09:30",
            "America/Edmonton",
            "America/Edmonton",
            company="Muskeg Data",
            role="Data Platform Engineer",
            who=["Cordelia Pike"],
            emails=["cordelia.pike@muskeg-data.example"],
            notes="Two days after the North American change (MST, UTC-7).",
        ),
    ),
    # 4. Gem: interview scheduled via Gem scheduling.
    booking(
        JUNIPER,
        "gem-scheduled-panel-winnipeg",
        "interview",
        prodid=GEM,
        start="2043-10-14 14:00",
        zone="America/Winnipeg",
        minutes=90,
        summary="Pembina Health - Engineering panel (Juniper Hale-Owusu)",
        organizer=("Pembina Health Recruiting", "recruiting@pembina-health.example"),
        attendees=[
            ("Sigrun Halldórsdóttir", "sigrun.h@pembina-health.example"),
            ("Marcus Okpara-Dunn", "marcus.okpara@pembina-health.example"),
        ],
        date=dh("2043-10-08 10:00", "America/Winnipeg"),
        frm=("Ines at Pembina Health", "ines.larocque@pembina-health.example"),
        subject="Confirmed: Engineering panel on " + d("2043-10-14", "short"),
        body=f"""Hi Juniper,

Thanks for picking a time! You're confirmed for {d("2043-10-14", "us")} from 2:00 to
3:30 PM CDT.

You'll meet:
  Sigrun Halldórsdóttir - Staff Engineer
  Marcus Okpara-Dunn - Engineering Manager

Ines Larocque
Recruiter, Pembina Health

Scheduled with Gem
""",
        label=lab(
            "2043-10-14 14:00",
            "America/Winnipeg",
            "America/Winnipeg",
            company="Pembina Health",
            who=["Sigrun Halldórsdóttir", "Marcus Okpara-Dunn"],
            emails=["sigrun.h@pembina-health.example", "marcus.okpara@pembina-health.example"],
            notes="Gem-scheduled panel; the text says only CDT, the .ics TZID names the zone.",
        ),
    ),
    # 5. Paradox/Olivia: text-style mail asking to pick a time (scheduling request).
    vendor(
        PERCIVAL,
        "paradox-olivia-pick-a-time-lagos",
        "scheduling_request",
        frm=("Olivia from Eko Retail", "olivia@paradox.ai"),
        subject="Olivia here - let's get your interview on the calendar!",
        date=dh("2043-09-11 08:03", "Africa/Lagos"),
        body="""Hi Percival! It's Olivia, the virtual recruiting assistant for Eko Retail.

Great news - the team wants to interview you for Store Operations Supervisor (Lekki).
Tap below to choose a time that works for you:

https://eko-retail.paradox.ai/schedule/Q7RXK2

Reply STOP to opt out of texts.
""",
        label=note("Paradox's assistant asks the user to choose a time; nothing is booked yet."),
    ),
    # 6. Paradox/Olivia: booked, with .ics.
    booking(
        PERCIVAL,
        "paradox-olivia-booked-lagos",
        "interview",
        prodid=PARADOX,
        start="2043-09-15 10:30",
        zone="Africa/Lagos",
        minutes=30,
        summary="Interview with Eko Retail - Store Operations Supervisor",
        organizer=("Olivia", "olivia@paradox.ai"),
        attendees=[("Bukola Adeyemi-Cole", "bukola.adeyemi@eko-retail.example")],
        date=dh("2043-09-11 09:17", "Africa/Lagos"),
        frm=("Olivia from Eko Retail", "olivia@paradox.ai"),
        subject="You're booked! Interview with Eko Retail",
        body=f"""You're booked, Percival!

Store Operations Supervisor (Lekki)
{d("2043-09-15", "us")} at {t12("2043-09-15 10:30")} (West Africa Time)
Eko Retail Lekki Phase 1, Admiralty Way
You'll meet Bukola Adeyemi-Cole, Area Manager.

Need to reschedule? Just reply to this message.
- Olivia
""",
        label=lab(
            "2043-09-15 10:30",
            "Africa/Lagos",
            "Africa/Lagos",
            company="Eko Retail",
            role="Store Operations Supervisor",
            who=["Bukola Adeyemi-Cole"],
            emails=["bukola.adeyemi@eko-retail.example"],
            notes="The assistant 'Olivia' is software, not an interviewer. 'West Africa Time' "
            "names no place, but the .ics TZID does.",
        ),
    ),
    # 7. HireVue scheduling (live interview, not one-way).
    booking(
        EMERSON,
        "hirevue-live-interview-bogota",
        "interview",
        prodid=HIREVUE,
        start="2043-10-06 08:00",
        zone=None,
        utc_zone="America/Bogota",
        minutes=45,
        summary="Live Interview - Cordillera Bank - Treasury Analyst",
        organizer=("Cordillera Bank", "noreply@hirevue.com"),
        attendees=[("Catalina Restrepo-Hale", "catalina.restrepo@cordillera-bank.example")],
        date=dh("2043-09-30 16:00", "America/Bogota"),
        frm=("Cordillera Bank via HireVue", "noreply@hirevue.com"),
        subject="Your Live Interview has been scheduled",
        body=f"""Hello Emerson,

Your Live Interview for Treasury Analyst has been scheduled.

Date: {d("2043-10-06", "usy")}
Time: 8:00 AM (GMT-05:00) Bogota, Lima, Quito
Interviewer: Catalina Restrepo-Hale

Join from a computer with a camera on the day:
https://app.hirevue.com/interviews/live/7QXN2R

This is a live conversation, not a recorded assessment.
""",
        label=lab(
            "2043-10-06 08:00",
            "America/Bogota",
            "America/Bogota",
            company="Cordillera Bank",
            role="Treasury Analyst",
            who=["Catalina Restrepo-Hale"],
            emails=["catalina.restrepo@cordillera-bank.example"],
            notes="HireVue live interview (not one-way); the .ics is in UTC; the text names "
            "Bogota.",
        ),
    ),
    # 8. HireVue one-way video - other.
    vendor(
        CORISANDE,
        "hirevue-on-demand-deadline-regina",
        "other",
        frm=("Prairie Crown Insurance via HireVue", "noreply@hirevue.com"),
        subject="Complete your video interview for Claims Adjuster",
        date=dh("2043-10-19 09:00", "America/Regina"),
        body=f"""Hi Corisande,

Prairie Crown Insurance invites you to complete an on-demand video interview for Claims
Adjuster. Please complete it by {d("2043-10-26", "us")} at 11:59 PM (your local time).

You'll answer 5 recorded questions; there is no live interviewer.

Start: https://app.hirevue.com/invite/PRC-5T8MW

Good luck!
""",
        label=note(
            "A recorded one-way video interview with a deadline: no time booked with anyone, "
            "no slot to choose; 'other'. A careful reader might call it a scheduling request "
            "or an interview."
        ),
    ),
    # 9. Avature: interview invitation (HTML only with table).
    html_mail(
        IVO,
        "avature-assessment-centre-athens",
        "interview",
        frm=("Aegean Lines Careers", "careers@aegeanlines.avature.net"),
        subject="Invitation: Assessment Centre - Fleet Planning Graduate",
        date=dh("2043-10-16 12:00", "Europe/Athens"),
        markup=(
            "<p>Dear Ivo,</p><p>We are pleased to invite you to our Assessment Centre for "
            f"the <b>Fleet Planning Graduate</b> programme on <b>{d('2043-10-29', 'uky')}</b> "
            "(Athens time), at Akti Miaouli 85, Piraeus.</p>\n"
            + table(
                [
                    (
                        "09:00",
                        "Welcome and group exercise",
                        "Assessors: Eleni Vlachou, Nikos Papadimas",
                    ),
                    ("11:00", "Competency interview", "Captain Stavros Kalogeropoulos"),
                    ("12:30", "Close", "HR team"),
                ],
                ("Time", "Session", "With"),
            )
            + "\n<p>Please confirm via your candidate portal: "
            "https://aegeanlines.avature.net/portal</p><p>Aegean Lines Talent Acquisition</p>"
        ),
        label=lab(
            "2043-10-29 09:00",
            "Europe/Athens",
            "Europe/Athens",
            company="Aegean Lines",
            role="Fleet Planning Graduate",
            who=["Eleni Vlachou", "Nikos Papadimas", "Stavros Kalogeropoulos"],
            notes="Avature HTML table; assessors of the group exercise count; 'Captain' "
            "dropped; the day after the EU change Athens is UTC+2.",
        ),
    ),
    # 10. ModernLoop itinerary with .ics.
    booking(
        DOMINIC,
        "modernloop-itinerary-adelaide",
        "interview",
        prodid=MODERNLOOP,
        start="2043-10-12 10:00",
        zone="Australia/Adelaide",
        minutes=150,
        summary="Onsite interview - Dominic Ferrante-Kuffour - Torrens Defence Systems",
        organizer=("Torrens Defence Systems", "scheduling@modernloop.io"),
        attendees=[
            ("Siobhan Kirkpatrick", "siobhan.k@torrens-defence.example"),
            ("Wei Jie Tan", "weijie.tan@torrens-defence.example"),
            ("Rosa Mancini-Ward", "rosa.mancini@torrens-defence.example"),
        ],
        date=dh("2043-10-06 11:00", "Australia/Adelaide"),
        frm=("Torrens Defence Systems", "scheduling@modernloop.io"),
        subject="Your interview itinerary - Torrens Defence Systems",
        body=f"""Hi Dominic, here is your itinerary for {d("2043-10-12", "uky")} (ACDT,
Adelaide).

10:00 - 10:45  Siobhan Kirkpatrick (Systems Engineering)
10:50 - 11:35  Wei Jie Tan (Software)
11:45 - 12:30  Rosa Mancini-Ward (Hiring Manager)

Location: Lot Fourteen, North Terrace, Adelaide. Bring photo ID for the security desk.

Scheduled with ModernLoop
""",
        label=lab(
            "2043-10-12 10:00",
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Torrens Defence Systems",
            who=["Siobhan Kirkpatrick", "Wei Jie Tan", "Rosa Mancini-Ward"],
            emails=[
                "siobhan.k@torrens-defence.example",
                "weijie.tan@torrens-defence.example",
                "rosa.mancini@torrens-defence.example",
            ],
            notes="A ModernLoop itinerary; one event for the whole block; Adelaide on "
            "daylight time (UTC+10:30) after 4 October.",
        ),
    ),
    # 11. Prelude: scheduling link (request).
    vendor(
        AMBROSE,
        "prelude-choose-times-manila",
        "scheduling_request",
        frm=("Bayani Pay Recruiting", "scheduling@prelude.co"),
        subject="Share your availability: Bayani Pay - Risk Engineer onsite",
        date=dh("2043-10-02 10:15", "Asia/Manila"),
        body="""Hi Ambrose,

The Bayani Pay team would like to schedule your virtual onsite (four 45-minute sessions).
Please share your availability for the next two weeks:

https://app.prelude.co/availability/bayani-pay/k3T9ZQ

Times are shown in your local time zone.

Sent via Prelude
""",
        label=note("Prelude availability request: no time yet."),
    ),
    # 12. Zoom Scheduler booking (with .ics).
    booking(
        YASMIN,
        "zoom-scheduler-booking-dubai",
        "interview",
        prodid=ZOOM_SCHEDULER,
        start="2043-11-09 11:00",
        zone="Asia/Dubai",
        minutes=30,
        summary="Intro interview: Yasmin Rahimi-Holt <> Khalid Al-Mansoori",
        organizer=("Khalid Al-Mansoori", "khalid.almansoori@falaj-ventures.example"),
        attendees=[],
        date=dh("2043-11-04 19:40", "Asia/Dubai"),
        frm=("Zoom", "no-reply@zoom.us"),
        subject="Confirmed: Intro interview with Khalid Al-Mansoori",
        body=f"""Your appointment is confirmed.

Intro interview (Investment Associate, Falaj Ventures)
Host: Khalid Al-Mansoori
{d("2043-11-09", "usy")} 11:00 AM - 11:30 AM (GMT+4:00) Dubai

Join Zoom Meeting
https://zoom.us/j/96314785201

Zoom Scheduler
""",
        label=lab(
            "2043-11-09 11:00",
            "Asia/Dubai",
            "Asia/Dubai",
            company="Falaj Ventures",
            role="Investment Associate",
            who=["Khalid Al-Mansoori"],
            emails=["khalid.almansoori@falaj-ventures.example"],
            notes="Zoom Scheduler booking; Dubai named.",
        ),
    ),
    # 13. Doodle poll invite: pick slots (scheduling request).
    vendor(
        HONORA,
        "doodle-poll-panel-helsinki",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Sanna Kärkinen-Obi", "sanna.karkinen@kalevala-games.example"),
        subject='Sanna Kärkinen-Obi invited you to "Interview - Level Designer (Honora)"',
        date=dh("2043-09-17 13:00", "Europe/Helsinki"),
        body="""Sanna Kärkinen-Obi invited you to a Doodle group poll.

Interview - Level Designer (Honora)
"Please tick every slot that suits you; the whole panel will then pick one."

Participate now: https://doodle.com/group-poll/participate/e7mQ2nXv

Doodle
""",
        label=note("A Doodle poll asking the user to tick slots: a scheduling request."),
    ),
    # 14. Doodle booking page confirmation (interview).
    booking(
        HONORA,
        "doodle-booking-confirmed-helsinki",
        "interview",
        prodid=DOODLE,
        start="2043-09-24 14:00",
        zone="Europe/Helsinki",
        minutes=60,
        summary="Interview - Level Designer (Honora)",
        organizer=("Sanna Kärkinen-Obi", "sanna.karkinen@kalevala-games.example"),
        attendees=[
            ("Aleksi Heikkinen", "aleksi.heikkinen@kalevala-games.example"),
            ("Jaana Lundström", "jaana.lundstrom@kalevala-games.example"),
        ],
        date=dh("2043-09-19 10:30", "Europe/Helsinki"),
        frm=("Doodle", "mailer@doodle.com"),
        subject="Final option chosen: Interview - Level Designer (Honora)",
        body=f"""Sanna Kärkinen-Obi has chosen the final option for
"Interview - Level Designer (Honora)":

{d("2043-09-24", "usy")}, 2:00 PM - 3:00 PM (Europe/Helsinki)

Participants: Sanna Kärkinen-Obi, Aleksi Heikkinen, Jaana Lundström, Honora Quinlan-Attah

Add to calendar: invitation attached.
""",
        label=lab(
            "2043-09-24 14:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Kalevala Games",
            role="Level Designer",
            who=["Sanna Kärkinen-Obi", "Aleksi Heikkinen", "Jaana Lundström"],
            emails=[
                "sanna.karkinen@kalevala-games.example",
                "aleksi.heikkinen@kalevala-games.example",
                "jaana.lundstrom@kalevala-games.example",
            ],
            notes="The poll's organiser is one of the panel (she picked a slot 'the whole "
            "panel' suits); the company comes only from the domain.",
        ),
    ),
    # 15. Recruiterflow: agency interview confirmation.
    booking(
        AUGUSTINE,
        "recruiterflow-agency-client-interview-johannesburg",
        "interview",
        prodid=RECRUITERFLOW,
        start="2043-10-08 10:00",
        zone="Africa/Johannesburg",
        minutes=60,
        summary="Client interview: Highveld Mutual - Actuarial Analyst",
        organizer=("Thando Mokoena", "thando@jacaranda-search.example"),
        attendees=[("Pieter du Plessis", "pieter.duplessis@highveld-mutual.example")],
        date=dh("2043-10-02 14:00", "Africa/Johannesburg"),
        frm=("Thando Mokoena", "thando@jacaranda-search.example"),
        subject="Interview confirmed with Highveld Mutual",
        body=f"""Hi Augustine,

Great news - Highveld Mutual would like to meet you. Details:

Date: {d("2043-10-08", "uky")}
Time: 10:00 SAST
Where: 14 Fricker Road, Illovo, Johannesburg
With: Pieter du Plessis (Head of Pricing)

I won't be joining, but call me straight after!

Thando Mokoena
Senior Consultant, Jacaranda Search

Sent with Recruiterflow
""",
        label=lab(
            "2043-10-08 10:00",
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Highveld Mutual",
            role="Actuarial Analyst",
            who=["Pieter du Plessis"],
            emails=["pieter.duplessis@highveld-mutual.example"],
            notes="An agency consultant arranges through Recruiterflow and does not take part; "
            "the company is the client, not the agency.",
        ),
    ),
    # 16. Manatal: interview scheduled, Kuala Lumpur.
    booking(
        KIT,
        "manatal-interview-kuala-lumpur",
        "interview",
        prodid=MANATAL,
        start="2043-09-29 15:00",
        zone="Asia/Kuala_Lumpur",
        minutes=60,
        summary="Interview - Kit Somerville-Asare - Regional Finance Manager",
        organizer=("Nurul Aisyah Rahman", "aisyah@petaling-talent.example"),
        attendees=[("Dato' Lim Chee Keong", "cheekeong.lim@tualang-holdings.example")],
        date=dh("2043-09-24 11:00", "Asia/Kuala_Lumpur"),
        frm=("Petaling Talent", "no-reply@manatal.com"),
        reply_to=("Nurul Aisyah Rahman", "aisyah@petaling-talent.example"),
        subject="Interview invitation - Regional Finance Manager (Tualang Holdings)",
        body=f"""Dear Kit,

You have been scheduled for an interview with our client Tualang Holdings.

Date/Time: {d("2043-09-29", "uky")}, 3:00 PM (GMT+8, Kuala Lumpur)
Interviewer: Dato' Lim Chee Keong, CFO
Venue: Menara Tualang, Jalan Sultan Ismail

Best regards,
Nurul Aisyah Rahman
Petaling Talent (sent via Manatal)
""",
        label=lab(
            "2043-09-29 15:00",
            "Asia/Kuala_Lumpur",
            "Asia/Kuala_Lumpur",
            company="Tualang Holdings",
            role="Regional Finance Manager",
            who=["Lim Chee Keong"],
            emails=["cheekeong.lim@tualang-holdings.example"],
            notes="Malaysian honorific 'Dato'' dropped; family name first; agency coordinator "
            "left out.",
        ),
    ),
    # 17. Comeet: interview invite, Tel Aviv company, Warsaw user.
    booking(
        BEATA,
        "comeet-interview-warsaw",
        "interview",
        prodid=COMEET,
        start="2043-10-22 11:00",
        zone="Europe/Warsaw",
        minutes=60,
        summary="Interview with Vistula Cyber - Security Researcher",
        organizer=("Vistula Cyber", "notifications@comeet.com"),
        attendees=[
            ("Yonatan Friedman", "yonatan.friedman@vistula-cyber.example"),
            ("Agnieszka Zielińska-Tal", "agnieszka.zielinska@vistula-cyber.example"),
        ],
        date=dh("2043-10-16 10:00", "Europe/Warsaw"),
        frm=("Vistula Cyber", "notifications@comeet.com"),
        subject="Interview invitation: Security Researcher at Vistula Cyber",
        body=f"""Hi Beata,

You are invited to an interview for the Security Researcher position.

{d("2043-10-22", "usy")}, 11:00-12:00 (Europe/Warsaw)
Interviewers: Yonatan Friedman, Agnieszka Zielińska-Tal
Location: Google Meet (link in invitation)

Please confirm: https://www.comeet.com/candidate/confirm/VC-8812

Vistula Cyber Recruiting Team
""",
        label=lab(
            "2043-10-22 11:00",
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Vistula Cyber",
            role="Security Researcher",
            who=["Yonatan Friedman", "Agnieszka Zielińska-Tal"],
            emails=[
                "yonatan.friedman@vistula-cyber.example",
                "agnieszka.zielinska@vistula-cyber.example",
            ],
            notes="Comeet invitation; three days before the EU change (CEST).",
        ),
    ),
    # 18. Zoho Recruit cancellation.
    booking(
        FLAVIA,
        "zoho-recruit-cancelled-karachi",
        "interview_cancelled",
        prodid=ZOHO,
        method="CANCEL",
        sequence=1,
        start="2043-10-19 12:00",
        zone="Asia/Karachi",
        minutes=45,
        summary="Interview - Flavia Onwuka-Ridley - Brand Manager",
        organizer=("Hira Qadir", "hira.qadir@indus-consumer.example"),
        attendees=[("Faisal Rehman", "faisal.rehman@indus-consumer.example")],
        date=dh("2043-10-15 16:20", "Asia/Karachi"),
        frm=("Indus Consumer Careers", "notification@zohorecruit.com"),
        subject="Interview Cancelled - Brand Manager - Indus Consumer",
        body=f"""Dear Flavia,

We regret to inform you that your interview scheduled on {d("2043-10-19", "uky")} at
12:00 PM (PKT) with Faisal Rehman has been cancelled. The recruiter will contact you about
next steps.

Regards,
Hira Qadir
""",
        label=lab(
            "2043-10-19 12:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="Indus Consumer",
            role="Brand Manager",
            who=["Faisal Rehman"],
            emails=["faisal.rehman@indus-consumer.example"],
            notes="Zoho Recruit cancellation with METHOD:CANCEL; no new time.",
        ),
    ),
    # 19. Workable rejection.
    vendor(
        ULRIKE,
        "workable-rejection-after-interview-copenhagen",
        "rejection",
        frm=("Øresund Mobility", "oresund-mobility@workablemail.com"),
        subject="Your application for Growth Marketer at Øresund Mobility",
        date=dh("2043-10-30 15:10", "Europe/Copenhagen"),
        body="""Hi Ulrike,

Thank you for taking the time to interview with us for the Growth Marketer role. After
careful consideration, we have decided to move forward with other candidates whose
experience more closely matches our current needs.

We'll keep your details on file and wish you every success.

Best,
The Øresund Mobility team
""",
        label=note("Workable rejection after an interview.", company="Øresund Mobility"),
    ),
    # 20. Gem reschedule with new time (update -> interview).
    booking(
        TEMPERANCE,
        "gem-rescheduled-new-time-sao-paulo",
        "interview",
        prodid=GEM,
        sequence=1,
        start="2043-11-10 15:00",
        zone="America/Sao_Paulo",
        minutes=60,
        summary="Rescheduled: Interview - Temperance Boyle-Amoah - Payments PM",
        organizer=("Ipê Pay Recruiting", "recruiting@ipe-pay.example"),
        attendees=[("Rafael Tanaka Souza", "rafael.tanaka@ipe-pay.example")],
        date=dh("2043-11-05 09:00", "America/Sao_Paulo"),
        frm=("Ipê Pay Recruiting", "recruiting@ipe-pay.example"),
        subject="Rescheduled: your interview with Ipê Pay",
        body=f"""Hi Temperance,

Your interview with Rafael Tanaka Souza has been moved.

Previously: {d("2043-11-09", "us")}, 10:00 AM
Now: {d("2043-11-10", "us")}, 3:00 PM (São Paulo time, BRT)

The updated invitation is attached. Scheduled with Gem.
""",
        label=lab(
            "2043-11-10 15:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Ipê Pay",
            role="Payments PM",
            who=["Rafael Tanaka Souza"],
            emails=["rafael.tanaka@ipe-pay.example"],
            notes="Reschedule with old and new time; the new one is labelled.",
        ),
    ),
    # 21. Avature scheduling self-serve link (request) + Anchorage.
    vendor(
        VAUGHN,
        "avature-self-schedule-anchorage",
        "scheduling_request",
        frm=("Kenai Energy Talent", "talent@kenaienergy.avature.net"),
        subject="Action required: select your interview time - Pipeline Integrity Engineer",
        date=dh("2043-10-26 08:00", "America/Anchorage"),
        body="""Dear Vaughn,

Congratulations on progressing to interview for Pipeline Integrity Engineer. Please select a
time from the available slots on your candidate portal within 48 hours:

https://kenaienergy.avature.net/interviewscheduling/7781

Kenai Energy Talent Acquisition
""",
        label=note("Avature self-scheduling link with a deadline: a scheduling request."),
    ),
    # 22. ModernLoop reschedule request (no new time) -> scheduling_request.
    vendor(
        SORCHA,
        "modernloop-need-to-reschedule-galway",
        "scheduling_request",
        frm=("Corrib Medical Devices", "scheduling@modernloop.io"),
        subject="We need to reschedule part of your interview",
        date=dh("2043-11-02 11:30", "Europe/Dublin"),
        body=f"""Hi Sorcha,

One of your interviewers is no longer available on {d("2043-11-05", "uk")}. Please pick a
new time for the "Quality Systems deep-dive" session using the link below; your other
sessions are unchanged.

https://app.modernloop.io/candidate/reschedule/cmd-22fa

Corrib Medical Devices Recruiting
""",
        label=note(
            "One session must be moved and the user is asked to pick a new time: a scheduling "
            "request (the other sessions stand, but none is stated here)."
        ),
    ),
]
