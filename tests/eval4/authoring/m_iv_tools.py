"""Interviews confirmed by applicant-tracking systems and scheduling tools."""

from __future__ import annotations

from .kit import (
    ALEJANDRO,
    BRONWYN,
    CALCOM,
    CALLUM,
    COLTON,
    EVAN,
    HARUTO,
    HINEMOA,
    MAUDE,
    NALEDI,
    OUTLOOK,
    PRABIN,
    RUI,
    SIDDHARTH,
    SIOBHAN,
    TAMIKA,
    ZHANG,
    Msg,
    conv,
    d,
    dh,
    event,
    html_page,
    iso,
    iv,
    mail,
    paras,
    plus,
    t12,
    t24,
    uid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse: virtual onsite itinerary, relay sender, PDT -----------------------------------
S = "2027-03-18 09:30"
rows = [
    (S, 45, "Coding: data structures", "Anneliese Vukovic", "Software Engineer"),
    (plus(S, 60), 45, "System design", "Kwabena Asante-Darko", "Staff Engineer"),
    (
        plus(S, 120),
        30,
        "Hiring manager conversation",
        "Lorraine Castellanos",
        "Engineering Manager",
    ),
]
table = "\n".join(
    f"{t12(s)} - {t12(plus(s, m))} PDT  {title}  with {who}, {job}"
    for s, m, title, who, job in rows
)
add(
    mail(
        EVAN,
        "greenhouse-quarrystone-virtual-onsite",
        "interview",
        frm=("Quarrystone", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Jenna Kowalczyk-Reyes", "jenna.kr@quarrystone.example"),
        subject="Your virtual onsite with Quarrystone is confirmed",
        date=dh("2027-03-12 13:07:00", "America/Los_Angeles"),
        body=f"""Hi Evan,

Thanks again for your interest in the Software Engineer, Payments Infrastructure role at Quarrystone! Your virtual onsite is confirmed for {d(S, "usy")}. Here's your itinerary (all times Pacific):

{table}

Each session has its own Zoom link in the calendar invitation you'll receive separately. You'll use CoderPad for the coding session; no setup needed.

If anything comes up, reply to this email and I'll sort it out.

Best,
Jenna Kowalczyk-Reyes
Recruiting Coordinator, Quarrystone
""",
        html_auto=True,
        label=iv(
            iso(S, "America/Los_Angeles"),
            None,
            company="Quarrystone",
            role="Software Engineer, Payments Infrastructure",
            interviewers=["Anneliese Vukovic", "Kwabena Asante-Darko", "Lorraine Castellanos"],
            notes="Greenhouse relay with the coordinator in Reply-To; three sessions, starts at the first; PDT after the US switch.",
        ),
    )
)

# --- Lever: confirmation with invite.ics (UTC) ----------------------------------------------
S = "2027-03-11 16:00"
add(
    mail(
        TAMIKA,
        "lever-confirm-northhollow-media",
        "interview",
        frm=("Northhollow Media", "no-reply@hire.lever.co"),
        reply_to=("Ama Boateng", "ama.boateng@northhollowmedia.example"),
        subject="Interview confirmed: Northhollow Media - Director, Audience Development",
        date=dh("2027-03-05 10:22:00", "America/New_York"),
        rich=html_page(
            paras(f"""Hi Tamika,

Your interview for Director, Audience Development at Northhollow Media is confirmed.

{d(S, "usy")}
{t12(S)} - {t12(plus(S, 60))} Eastern Time (US & Canada)

Interviewer: Graham Pettigrew-Lowe, SVP Audience
Location: Zoom (link in the attached invitation)

Need to reschedule? Reply to this email and Ama will help.

Northhollow Media Recruiting""")
        ),
        ics=event(
            uid=uid("lever-northhollow", "lever.co"),
            start=S,
            zone=None,
            utc_zone="America/New_York",
            minutes=60,
            summary="Interview: Tamika Jefferson <> Graham Pettigrew-Lowe (Northhollow Media)",
            organizer=("Ama Boateng", "ama.boateng@northhollowmedia.example"),
            attendees=[
                ("Tamika Jefferson", "tamika.jefferson@example.com"),
                ("Graham Pettigrew-Lowe", "graham.pl@northhollowmedia.example"),
            ],
            location="https://northhollowmedia.zoom.us/j/93321874056",
            prodid="-//Lever//Lever Hire//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Northhollow Media",
            role="Director, Audience Development",
            interviewers=["Graham Pettigrew-Lowe"],
            emails=["graham.pl@northhollowmedia.example"],
            notes="Lever HTML-only body plus .ics in UTC; the week before the US switch (EST).",
        ),
    )
)

# --- Workday: Japanese numeric ymd date --------------------------------------------------------
S = "2027-03-16 14:00"
add(
    mail(
        HARUTO,
        "workday-kasumi-electronics-ymd",
        "interview",
        frm=("Kasumi Electronics Recruiting", "kasumi@myworkday.com"),
        subject="Interview Scheduled: Embedded Software Engineer (R-20417)",
        date=dh("2027-03-08 11:00:00", "Asia/Tokyo"),
        rich=html_page(
            paras(f"""Dear Haruto Sasaki,

Thank you for applying to Kasumi Electronics. An interview has been scheduled for the following position.

Job Requisition: R-20417 Embedded Software Engineer
Interview Type: Technical Interview (Online)
Date: 2027/03/16
Time: {t24(S)} - {t24(plus(S, 60))} (GMT+09:00) Japan Standard Time
Interviewers: Kobayashi Ren (Manager, Firmware Development); Okafor-Matsuda Chidi (Senior Engineer)

The meeting link will be sent by the recruiter one day before the interview.

To view details, sign in to the candidate home page:
https://wd3.myworkday.com/kasumi/d/home.htmld

This is a system-generated message. Please do not reply.""")
        ),
        label=iv(
            iso(S, "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Kasumi Electronics",
            role="Embedded Software Engineer",
            interviewers=["Kobayashi Ren", "Okafor-Matsuda Chidi"],
            notes="Workday HTML only; year-first numeric date for a ymd user; names family-name first.",
        ),
    )
)

# --- Ashby: confirmation with .ics in UTC, Sydney before AEDT ends -----------------------------
S = "2027-03-31 11:30"
add(
    mail(
        BRONWYN,
        "ashby-confirm-lyrebird-health",
        "interview",
        frm=("Lyrebird Health", "no-reply@ashbyhq.com"),
        reply_to=("Ngaio Whitlam", "ngaio@lyrebirdhealth.example"),
        subject="Interview Confirmed: Operations Lead at Lyrebird Health",
        date=dh("2027-03-24 09:48:00", "Australia/Sydney"),
        body=f"""Hi Bronwyn,

Your interview has been scheduled. We've attached a calendar invitation.

Operations Lead - Interview with Caspar Lindgren-Ward
{d(S, "uky")}
{t12(S, compact=True)} - {t12(plus(S, 45), compact=True)} AEDT (Australia/Sydney)
Google Meet: https://meet.google.com/sgh-eprz-fnu

About your interviewer: Caspar Lindgren-Ward is our COO and will be your manager.

Need to make changes? Contact ngaio@lyrebirdhealth.example.

Powered by Ashby
""",
        ics=event(
            uid=uid("ashby-lyrebird", "ashbyhq.com"),
            start=S,
            zone=None,
            utc_zone="Australia/Sydney",
            minutes=45,
            summary="Operations Lead - Interview with Caspar Lindgren-Ward",
            organizer=("Lyrebird Health", "no-reply@ashbyhq.com"),
            attendees=[
                ("Bronwyn McAllister", "bronwyn.mcallister@example.net"),
                ("Caspar Lindgren-Ward", "caspar@lyrebirdhealth.example"),
            ],
            location="https://meet.google.com/sgh-eprz-fnu",
            prodid="-//Ashby//Ashby Scheduling//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Lyrebird Health",
            role="Operations Lead",
            interviewers=["Caspar Lindgren-Ward"],
            emails=["caspar@lyrebirdhealth.example"],
            notes="Ashby; UTC calendar; Sydney still on AEDT (+11:00) until 4 April.",
        ),
    )
)

# --- SmartRecruiters: Lisbon, WET before the EU switch --------------------------------------
S = "2027-03-24 11:00"
add(
    mail(
        RUI,
        "smartrecruiters-marebravo-lisbon",
        "interview",
        frm=("Mare Bravo Hotels via SmartRecruiters", "noreply@smartrecruiters.com"),
        reply_to=("Inês Valadares", "ines.valadares@marebravohotels.example"),
        subject="Interview invitation: Revenue Manager - Mare Bravo Hotels",
        date=dh("2027-03-17 15:30:00", "Europe/Lisbon"),
        body=f"""Dear Rui,

We are pleased to invite you to an interview for the Revenue Manager position.

Date: {d(S, "uky")}
Time: {t24(S)} (Lisbon time)
Duration: 60 minutes
Format: Microsoft Teams (link below)
Interviewers: Inês Valadares (Talent Acquisition) and Duarte Sampaio (Director of Revenue, Iberia)

https://teams.microsoft.com/l/meetup-join/19%3ameeting_MareBravo%40thread.v2/0

Please confirm your attendance using the button in your candidate portal.

Kind regards,
Mare Bravo Hotels Talent Team
""",
        html_auto=True,
        label=iv(
            iso(S, "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Mare Bravo Hotels",
            role="Revenue Manager",
            interviewers=["Inês Valadares", "Duarte Sampaio"],
            notes="Lisbon is on WET (+00:00) until 28 March; the recruiter interviews too.",
        ),
    )
)

# --- iCIMS: numeric US date, Arizona -----------------------------------------------------------
S = "2027-03-23 13:00"
add(
    mail(
        COLTON,
        "icims-copperline-utilities-az",
        "interview",
        frm=("Copperline Utilities Talent Acquisition", "careers-copperlineutil@talent.icims.com"),
        subject="Copperline Utilities: Interview Confirmation - Field Operations Supervisor",
        date=dh("2027-03-16 08:12:00", "America/Phoenix"),
        body="""Colton,

Your interview for Field Operations Supervisor (Req #2027-1184) has been confirmed.

Date: 3/23/2027
Time: 1:00 PM - 2:30 PM MST (Arizona)
Location: Copperline Utilities, Operations Center, 4400 E Van Buren St, Phoenix, AZ 85008
Interview Team: Ramon Villalobos (Operations Manager), Kristen Oyelaran-Tate (Safety Director)

Please bring a valid driver's license. Steel-toe boots are required for the yard walk.

Thank you,
Copperline Utilities Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
""",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Copperline Utilities",
            role="Field Operations Supervisor",
            interviewers=["Ramon Villalobos", "Kristen Oyelaran-Tate"],
            notes="iCIMS 'not monitored' footer on a real confirmation; 3/23/2027; MST (Arizona) after the US switch.",
        ),
    )
)

# --- Teamtailor: Johannesburg -----------------------------------------------------------------
S = "2027-03-18 10:00"
add(
    mail(
        NALEDI,
        "teamtailor-fynbos-energy-jhb",
        "interview",
        frm=("Fynbos Energy", "no-reply@teamtailor-mail.com"),
        reply_to=("Zanele Khumalo", "zanele.khumalo@fynbosenergy.example"),
        subject="Interview booked – Sustainability Analyst",
        date=dh("2027-03-11 12:15:00", "Africa/Johannesburg"),
        body=f"""Hi Naledi!

Your interview for Sustainability Analyst is booked.

When: {d(S, "uk")}, {t24(S)}–{t24(plus(S, 45))} (Africa/Johannesburg)
Where: Video call – https://app.teamtailor.com/meetings/fynbos-energy/8c1f2a
With: Zanele Khumalo, Pieter du Plessis

Add to calendar: the attached file works with Google, Outlook and Apple.

See you soon!
Fynbos Energy
""",
        ics=event(
            uid=uid("teamtailor-fynbos", "teamtailor.com"),
            start=S,
            zone="Africa/Johannesburg",
            minutes=45,
            summary="Interview: Naledi Mokoena – Sustainability Analyst",
            organizer=("Zanele Khumalo", "zanele.khumalo@fynbosenergy.example"),
            attendees=[
                ("Naledi Mokoena", "naledi.mokoena@example.org"),
                ("Pieter du Plessis", "pieter.duplessis@fynbosenergy.example"),
            ],
            location="https://app.teamtailor.com/meetings/fynbos-energy/8c1f2a",
            prodid="-//Teamtailor//Meetings//EN",
            method="PUBLISH",
        ),
        ics_mode="attach",
        ics_method="PUBLISH",
        ics_name="interview.ics",
        label=iv(
            iso(S, "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Fynbos Energy",
            role="Sustainability Analyst",
            interviewers=["Zanele Khumalo", "Pieter du Plessis"],
            emails=["zanele.khumalo@fynbosenergy.example", "pieter.duplessis@fynbosenergy.example"],
            notes="Teamtailor booking with a PUBLISH .ics; 24-hour time, no year in the text.",
        ),
    )
)

# --- Recruitee: Shanghai, Beijing time --------------------------------------------------------
S = "2027-03-17 14:00"
add(
    mail(
        ZHANG,
        "recruitee-jadeharbor-shanghai",
        "interview",
        frm=("Jade Harbor Logistics", "jobs@jadeharbor.recruitee.com"),
        reply_to=("Chen Xiaoling", "xiaoling.chen@jadeharbor.example"),
        subject="Interview scheduled: Senior Operations Analyst",
        date=dh("2027-03-12 09:40:00", "Asia/Shanghai"),
        body=f"""Dear Zhang Yiming,

Thank you for your application. We would like to invite you to a video interview.

Date: {d(S, "usy")}
Time: {t12(S)} (GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi
Interviewers: Chen Xiaoling (HR Manager), Marcus Teo (Head of Network Planning)
Video link: https://meet.google.com/qre-kbdn-xva

Please reply to confirm.

Best regards,
Chen Xiaoling
Jade Harbor Logistics
""",
        label=iv(
            iso(S, "Asia/Shanghai"),
            "Asia/Shanghai",
            company="Jade Harbor Logistics",
            role="Senior Operations Analyst",
            interviewers=["Chen Xiaoling", "Marcus Teo"],
            emails=["xiaoling.chen@jadeharbor.example"],
            notes="Recruitee; Windows display name '(GMT+08:00) Beijing, ...' for China Standard Time.",
        ),
    )
)

# --- BambooHR: phone screen, Newfoundland time, no calendar ------------------------------------
S = "2027-03-10 14:00"
add(
    mail(
        SIOBHAN,
        "bamboohr-phone-screen-tidewater-ferries",
        "interview",
        frm=("Tidewater Ferries", "notifications@tidewaterferries.bamboohr.com"),
        reply_to=("Bernadette Kavanagh", "bkavanagh@tidewaterferries.example"),
        subject="Phone interview - Marine Scheduling Coordinator",
        date=dh("2027-03-05 11:22:00", "America/St_Johns"),
        body=f"""Hi Siobhan,

Thanks for applying to the Marine Scheduling Coordinator position at Tidewater Ferries. I'd like to set up a quick phone interview.

I'll call you at the number on your application on {d(S, "us")} at {t12(S, compact=True)} Newfoundland time. It should take about 20 minutes.

Talk soon,
Bernadette Kavanagh
HR Generalist
Tidewater Ferries
""",
        label=iv(
            iso(S, "America/St_Johns"),
            "America/St_Johns",
            company="Tidewater Ferries",
            role="Marine Scheduling Coordinator",
            interviewers=["Bernadette Kavanagh"],
            emails=["bkavanagh@tidewaterferries.example"],
            notes="BambooHR phone screen; the caller is the interviewer; NST (-03:30), four days before the switch.",
        ),
    )
)

# --- JazzHR (applytojob): phone screen with a time in Pacific ----------------------------------
S = "2027-03-19 10:00"
add(
    mail(
        EVAN,
        "jazzhr-phone-screen-hollis-outdoor",
        "interview",
        frm=("Hollis Outdoor Co.", "noreply@applytojob.com"),
        reply_to=("Trent Okamura", "trent.okamura@hollisoutdoor.example"),
        subject="Phone Screen Confirmation: E-commerce Merchandising Manager",
        date=dh("2027-03-15 16:05:00", "America/Los_Angeles"),
        body=f"""Hello Evan,

This confirms your phone screen for the E-commerce Merchandising Manager position at Hollis Outdoor Co.

Interviewer: Trent Okamura, Talent Partner
When: {d(S, "short")} {t12(S, compact=True)} PT
How: Trent will call you at (206) 555-0133

If you need to reschedule, please reply at least 24 hours in advance.

Hollis Outdoor Co. | Powered by JazzHR
""",
        label=iv(
            iso(S, "America/Los_Angeles"),
            None,
            company="Hollis Outdoor Co.",
            role="E-commerce Merchandising Manager",
            interviewers=["Trent Okamura"],
            notes="JazzHR phone screen; 'PT' abbreviation only; caller is the interviewer.",
        ),
    )
)

# --- Jobvite: Toronto, year-first user receiving an English mail -------------------------------
S = "2027-03-18 13:00"
add(
    mail(
        MAUDE,
        "jobvite-ashgrove-pharma-toronto",
        "interview",
        frm=("Ashgrove Pharma Careers", "notifications@jobvite.com"),
        reply_to=("Kendra Villeneuve", "kendra.villeneuve@ashgrovepharma.example"),
        subject="Interview Confirmation - Regulatory Affairs Specialist",
        date=dh("2027-03-11 15:18:00", "America/Toronto"),
        body=f"""Hi Maude,

Thank you for scheduling your interview with Ashgrove Pharma.

Position: Regulatory Affairs Specialist (Bilingual)
Date: {d(S, "usy")}
Time: {t12(S)} ET
Location: 5100 Spectrum Way, Mississauga, ON - Lobby B
Interviewers: Kendra Villeneuve, Talent Acquisition; Dr. Amrit Saini, Director, Regulatory Affairs

Part of the interview will be conducted in French.

Regards,
Ashgrove Pharma Talent Acquisition
""",
        label=iv(
            iso(S, "America/Toronto"),
            None,
            company="Ashgrove Pharma",
            role="Regulatory Affairs Specialist (Bilingual)",
            interviewers=["Kendra Villeneuve", "Amrit Saini"],
            notes="Jobvite; 'ET' only; EDT after the 14 March switch.",
        ),
    )
)

# --- Oracle Recruiting Cloud: Pune, day-month-year with month abbreviation ----------------------
S = "2027-02-25 11:00"
add(
    mail(
        SIDDHARTH,
        "oracle-recruiting-sahyadri-bank",
        "interview",
        frm=("Sahyadri Bank Careers", "sahyadribank@fa.oraclecloud.com"),
        subject="Interview Scheduled for Senior Manager - Credit Risk Analytics (Req 88213)",
        date=dh("2027-02-19 18:30:00", "Asia/Kolkata"),
        body="""Dear Siddharth Kulkarni,

We are pleased to inform you that your interview has been scheduled as below.

Requisition: 88213 - Senior Manager - Credit Risk Analytics
Interview Date: 25-Feb-2027
Interview Time: 11:00 AM India Standard Time
Location: Sahyadri Bank, Corporate Office, Senapati Bapat Road, Pune 411016
Interviewers: Shalini Deshmukh (Chief Risk Officer), Aditya Raghavan (Head - Retail Risk)

Kindly carry a printed copy of your resume, PAN card and a passport-size photograph.

Regards,
Talent Acquisition Team
Sahyadri Bank Ltd.

This is a system generated email. Please do not reply.
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            "Asia/Kolkata",
            company="Sahyadri Bank",
            role="Senior Manager - Credit Risk Analytics",
            interviewers=["Shalini Deshmukh", "Aditya Raghavan"],
            notes="Oracle Recruiting Cloud; '25-Feb-2027'; 'India Standard Time' names the zone.",
        ),
    )
)

# --- Calendly: booking confirmed in Nepal time --------------------------------------------------
S = "2027-03-03 19:45"
HOST = conv(S, "Asia/Kathmandu", "Europe/Berlin")
add(
    mail(
        PRABIN,
        "calendly-confirmed-dachwerk-kathmandu",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Felix Hartmann-Osei", "felix.ho@dachwerk-software.example"),
        subject=f"Confirmed: Technical Interview (45 min) with Felix Hartmann-Osei on {d(S, 'us')}, 2027",
        date=dh("2027-02-26 14:03:00", "Asia/Kathmandu"),
        body=f"""Hi Prabin Shrestha,

A new event has been scheduled.

Event Type:
Technical Interview (45 min)

Invitee:
Prabin Shrestha

Event Date/Time:
{t12(S, compact=True)} - {t12(plus(S, 45), compact=True)} (Nepal Time) - {d(S, "us")}, 2027

Location:
This is a Google Meet web conference. https://meet.google.com/pxo-gvtd-kcq

Host:
Felix Hartmann-Osei (Dachwerk Software, Berlin)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8f2b0e1a-7c3d
Reschedule: https://calendly.com/reschedulings/8f2b0e1a-7c3d

Powered by Calendly.com
""",
        ics=event(
            uid=uid("calendly-dachwerk", "calendly.com"),
            start=S,
            zone=None,
            utc_zone="Asia/Kathmandu",
            minutes=45,
            summary="Technical Interview (45 min) between Felix Hartmann-Osei and Prabin Shrestha",
            organizer=("Felix Hartmann-Osei", "felix.ho@dachwerk-software.example"),
            attendees=[("Prabin Shrestha", "prabin.shrestha@example.net")],
            location="https://meet.google.com/pxo-gvtd-kcq",
            prodid="-//Calendly//Calendly//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Asia/Kathmandu"),
            "Asia/Kathmandu",
            company="Dachwerk Software",
            role=None,
            interviewers=["Felix Hartmann-Osei"],
            emails=["felix.ho@dachwerk-software.example"],
            notes=f"Calendly in the invitee's zone (Nepal Time, +05:45); {HOST[11:]} in Berlin for the host.",
        ),
    )
)

# --- GoodTime: reminder the day before -------------------------------------------------------
S = "2027-03-24 14:00"
add(
    mail(
        TAMIKA,
        "goodtime-reminder-verrazano-health",
        "interview",
        frm=("Verrazano Health Recruiting", "scheduling@goodtime.io"),
        reply_to=("Delia Marchetti-Owens", "dmarchettiowens@verrazanohealth.example"),
        subject="Reminder: Your interview with Verrazano Health is tomorrow",
        date=dh("2027-03-23 14:00:00", "America/New_York"),
        body=f"""Hi Tamika,

This is a friendly reminder of your interview tomorrow.

Position: Director, Patient Access Compliance
Date: {d(S, "usy")}
Time: {t12(S)} - {t12(plus(S, 90))} EDT

Schedule
{t12(S)}  Kelechi Amadi-Brooks, VP Revenue Cycle
{t12(plus(S, 45))}  Hannah Lieberman, Associate General Counsel

Join: https://verrazanohealth.zoom.us/j/96600112233

Good luck!
Sent via GoodTime on behalf of Verrazano Health
""",
        html_auto=True,
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Verrazano Health",
            role="Director, Patient Access Compliance",
            interviewers=["Kelechi Amadi-Brooks", "Hannah Lieberman"],
            notes="GoodTime reminder; 'tomorrow' plus a full date; EDT abbreviation only.",
        ),
    )
)

# --- ModernLoop: onsite agenda with breaks ---------------------------------------------------
S = "2027-04-07 09:00"
add(
    mail(
        MAUDE,
        "modernloop-onsite-portage-analytics",
        "interview",
        frm=("Portage Analytics via ModernLoop", "no-reply@modernloop.io"),
        reply_to=("Samira Haddad", "samira.haddad@portageanalytics.example"),
        subject="Your onsite interview schedule - Portage Analytics",
        date=dh("2027-03-31 16:44:00", "America/Toronto"),
        body=f"""Hi Maude,

We're excited to host you at our Toronto office on {d(S, "usy")}! Here's your schedule (Eastern Time):

8:45 AM  Arrive at 200 Wellington St W, 9th floor. Ask for Samira at reception.
9:00 AM  Product sense - Liam O'Shaughnessy, Group Product Manager
10:00 AM  Analytics deep dive - Yuki Hamasaki-Grant, Data Science Lead
11:00 AM  Break
11:15 AM  Stakeholder role-play - Danielle Ouellette, Director of Customer Success
12:15 PM  Lunch with the team (not evaluated)

Please bring a laptop for the deep dive.

Samira Haddad
Recruiting, Portage Analytics
""",
        html_auto=True,
        label=iv(
            iso(S, "America/Toronto"),
            None,
            company="Portage Analytics",
            role=None,
            interviewers=["Liam O'Shaughnessy", "Yuki Hamasaki-Grant", "Danielle Ouellette"],
            notes="Onsite day starts at the first session (9:00), not the 8:45 arrival; lunch is not an interview.",
        ),
    )
)

# --- Cal.com: Auckland, after NZ summer time ends --------------------------------------------
S = "2027-04-08 10:30"
add(
    mail(
        HINEMOA,
        "calcom-booking-kowhai-labs",
        "interview",
        frm=("Cal.com", "hello@cal.com"),
        reply_to=("Ruby Tamatea", "ruby@kowhailabs.example"),
        subject=f"Confirmed: Interview: Product Lead between Ruby Tamatea and Hinemoa Parata @ {t24(S)} - {d(S, 'uky')}",
        date=dh("2027-04-02 19:10:00", "Pacific/Auckland"),
        body=f"""This meeting is scheduled

What: Interview: Product Lead between Ruby Tamatea and Hinemoa Parata
When: {d(S, "uky")} | {t24(S)} - {t24(plus(S, 45))} (Pacific/Auckland)
Who: Ruby Tamatea - Organizer (ruby@kowhailabs.example)
     Hinemoa Parata (hinemoa.parata@example.com)
Where: Cal Video https://app.cal.com/video/3ZzqkNfR8vTbKw
Description: Interview for the Product Lead role at Kowhai Labs with our CEO.

Need to make a change? Reschedule or Cancel
""",
        ics=event(
            uid=uid("calcom-kowhai", "cal.com"),
            start=S,
            zone=None,
            utc_zone="Pacific/Auckland",
            minutes=45,
            summary="Interview: Product Lead between Ruby Tamatea and Hinemoa Parata",
            organizer=("Ruby Tamatea", "ruby@kowhailabs.example"),
            attendees=[("Hinemoa Parata", "hinemoa.parata@example.com")],
            location="https://app.cal.com/video/3ZzqkNfR8vTbKw",
            prodid=CALCOM,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Kowhai Labs",
            role="Product Lead",
            interviewers=["Ruby Tamatea"],
            emails=["ruby@kowhailabs.example"],
            notes="Cal.com; NZST (+12:00) after summer time ended on 4 April; sent while still NZDT.",
        ),
    )
)

# --- YouCanBook.me: London assessment slot -----------------------------------------------------
S = "2027-04-13 14:15"
add(
    mail(
        CALLUM,
        "youcanbookme-quaystone-university",
        "interview",
        frm=("Quaystone University Recruitment", "noreply@youcanbook.me"),
        reply_to=("Research Recruitment", "research.recruitment@quaystone-uni.example"),
        subject=f"Booking confirmed: Research Software Engineer interview, {d(S, 'abbr')} {t24(S)}",
        date=dh("2027-04-06 10:05:00", "Europe/London"),
        body=f"""Dear Callum Fraser,

Your booking is confirmed.

Research Software Engineer - interview panel
{d(S, "uky")}, {t24(S)} - {t24(plus(S, 45))} (Europe/London)
Room 2.14, Hawthorn Building, Quaystone University

Panel: Professor Adaeze Nwachukwu (Chair), Dr Morgan Pryce-Evans, Ms Lindiwe Hartley (HR)

To cancel or change this booking, use the link in your confirmation.
""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Quaystone University",
            role="Research Software Engineer",
            interviewers=["Adaeze Nwachukwu", "Morgan Pryce-Evans", "Lindiwe Hartley"],
            notes="YouCanBook.me; titles (Professor, Dr, Ms) before names; BST.",
        ),
    )
)

# --- Microsoft Bookings: Lima in 'SA Pacific Standard Time' -------------------------------------
S = "2027-03-09 09:00"
add(
    mail(
        ALEJANDRO,
        "ms-bookings-andean-re-lima",
        "interview",
        frm=("Andean Reinsurance Recruiting", "recruiting@andeanre.example"),
        subject="Your booking is confirmed: Interview - Actuarial Analyst",
        date=dh("2027-03-03 17:20:00", "America/Lima"),
        body=f"""Your booking is confirmed

Interview - Actuarial Analyst
{d(S, "usy")} {t12(S)} (UTC-05:00) Bogota, Lima, Quito, Rio Branco
Staff: Gabriela Montoya Ríos

Join your appointment online: https://teams.microsoft.com/l/meetup-join/19%3ameeting_AndeanRe%40thread.v2/0

Need to make changes? Manage your booking.
""",
        ics=event(
            uid=uid("bookings-andean", "outlook"),
            start=S,
            zone="SA Pacific Standard Time",
            minutes=45,
            summary="Interview - Actuarial Analyst",
            organizer=("Andean Reinsurance Recruiting", "recruiting@andeanre.example"),
            attendees=[
                ("Alejandro Castillo Vega", "alejandro.castillo@example.net"),
                ("Gabriela Montoya Ríos", "gabriela.montoya@andeanre.example"),
            ],
            location="Microsoft Teams Meeting",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "America/Bogota"),
            "America/Bogota",
            company="Andean Reinsurance",
            role="Actuarial Analyst",
            interviewers=["Gabriela Montoya Ríos"],
            emails=["gabriela.montoya@andeanre.example"],
            notes="Microsoft Bookings; Windows 'SA Pacific Standard Time' (CLDR: Bogota), Lima named in text; same -05:00.",
        ),
    )
)

# --- HubSpot meetings: sales role -----------------------------------------------------------
S = "2027-03-26 15:30"
add(
    mail(
        COLTON,
        "hubspot-meeting-mesquite-saas",
        "interview",
        frm=("Nolan Brightwell", "nolan.brightwell@mesquitecloud.example"),
        sender="HubSpot Meetings <meetings-noreply@hubspot.com>",
        subject=f"Meeting confirmed: Account Executive interview - Colton / Nolan on {d(S, 'us')}",
        date=dh("2027-03-22 12:01:00", "America/Phoenix"),
        body=f"""You're booked with Nolan Brightwell

Account Executive interview - Colton / Nolan
{d(S, "usy")}
{t12(S)} - {t12(plus(S, 30))} (GMT-7) Mountain Time - Arizona

Nolan will call you at the number you provided.

Add to calendar | Reschedule | Cancel

Powered by HubSpot
""",
        ics=event(
            uid=uid("hubspot-mesquite", "hubspot.com"),
            start=S,
            zone=None,
            utc_zone="America/Phoenix",
            minutes=30,
            summary="Account Executive interview - Colton / Nolan",
            organizer=("Nolan Brightwell", "nolan.brightwell@mesquitecloud.example"),
            attendees=[("Colton Yazzie", "colton.yazzie@example.org")],
            prodid="-//HubSpot//Meetings//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Mesquite Cloud",
            role="Account Executive",
            interviewers=["Nolan Brightwell"],
            emails=["nolan.brightwell@mesquitecloud.example"],
            notes="HubSpot meetings link booked by the candidate; 'Mountain Time - Arizona' (GMT-7) in late March.",
        ),
    )
)

# --- Paradox-style assistant: hourly warehouse interview ----------------------------------------
S = "2027-03-25 10:00"
add(
    mail(
        COLTON,
        "paradox-assistant-dunewood-fulfilment",
        "interview",
        frm=("Maya from Dunewood Fulfillment", "maya@paradox.ai"),
        subject="You're confirmed! Interview at Dunewood Fulfillment",
        date=dh("2027-03-20 18:33:00", "America/Phoenix"),
        body=f"""Hi Colton! It's Maya, the virtual recruiting assistant for Dunewood Fulfillment. 🎉

Your interview for Warehouse Shift Lead is confirmed:
📅 {d(S, "short")}
⏰ {t12(S)}
📍 Dunewood PHX3, 6850 W Buckeye Rd, Phoenix, AZ 85043 - use the visitor entrance

You'll meet Shondra Kalama, Site Operations Manager.

Reply RESCHEDULE to change your time or text me at (602) 555-0118.
""",
        html_auto=True,
        label=iv(
            iso(S, "America/Phoenix"),
            None,
            company="Dunewood Fulfillment",
            role="Warehouse Shift Lead",
            interviewers=["Shondra Kalama"],
            notes="Conversational assistant on paradox.ai; emoji; no zone, the user's (Arizona).",
        ),
    )
)

# --- Pinpoint: HTML only, base64, Stellenbosch --------------------------------------------------
S = "2027-02-23 08:30"
add(
    mail(
        NALEDI,
        "pinpoint-html-b64-karoo-wines",
        "interview",
        frm=("Karoo Ridge Wines Careers", "noreply@pinpointhq.com"),
        reply_to=("Elmarie Botha", "elmarie.botha@karooridgewines.example"),
        subject="Your interview has been scheduled",
        date=dh("2027-02-17 16:10:00", "Africa/Johannesburg"),
        rich=html_page(
            f"""<table role="presentation" width="100%"><tr><td style="padding:24px">
<h2 style="margin:0 0 12px">Interview scheduled</h2>
<p>Hi Naledi,</p>
<p>Thank you for your application for <b>Export Compliance Coordinator</b>. Your interview is scheduled for:</p>
<table style="border:1px solid #ddd;padding:8px">
<tr><td><b>Date</b></td><td>{d(S, "uky")}</td></tr>
<tr><td><b>Time</b></td><td>{t24(S, "h")} SAST</td></tr>
<tr><td><b>Location</b></td><td>Karoo Ridge Wines, Stellenbosch (Main Road R44), Admin Building</td></tr>
<tr><td><b>With</b></td><td>Elmarie Botha (Export Manager) &amp; Thabo Mahlangu (Logistics Lead)</td></tr>
</table>
<p>Please let us know if you need directions.</p>
<p style="color:#888;font-size:12px">Sent with Pinpoint</p>
</td></tr></table>"""
        ),
        cte="base64",
        label=iv(
            iso(S, "Africa/Johannesburg"),
            None,
            company="Karoo Ridge Wines",
            role="Export Compliance Coordinator",
            interviewers=["Elmarie Botha", "Thabo Mahlangu"],
            notes="Pinpoint; HTML-only, base64, table layout; '08h30 SAST' South African time style.",
        ),
    )
)
