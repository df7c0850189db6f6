"""Applicant-tracking and scheduling tools: notifications, confirmations, reminders,
availability requests and assessments in the shape each service sends (English)."""

from __future__ import annotations

from tests.eval23.authoring import kit
from tests.eval23.authoring.kit import (
    AMARA,
    CELESTE,
    DEV,
    ELOISE,
    HOLLIS,
    JORAH,
    JOSIAH,
    KAVYA,
    LOWRI,
    LUCA,
    MARGOT,
    MINH,
    NAVEEN,
    OBI,
    PENELOPE,
    RASHIDA,
    RUBY,
    TAMSIN,
    THEO,
    URSULA,
    VIOLETA,
    ampm,
    booking,
    d,
    dh,
    lab,
    note,
    t12,
    t24,
    vendor,
)

MESSAGES = [
    booking(
        TAMSIN,
        "teamtailor-interview-booked-perth",
        "interview",
        prodid=kit.TEAMTAILOR,
        start="2042-02-25 10:30",
        zone="Australia/Perth",
        minutes=45,
        summary="Interview: Tamsin Cheung-Holbrook / Quokka Freight",
        organizer=("Quokka Freight", "quokkafreight@teamtailor-mail.com"),
        attendees=[("Ruairi Blackwood", "ruairi.blackwood@quokka-freight.example")],
        date=dh("2042-02-18 14:02", "Australia/Perth"),
        frm=("Quokka Freight", "quokkafreight@teamtailor-mail.com"),
        subject="Your interview with Quokka Freight is booked",
        location="https://meet.google.com/qfr-hbnd-owp",
        body=f"""
Hi Tamsin,

Thanks for booking a time. Here are the details of your interview for Fleet Planning
Analyst:

{d("2042-02-25", "uky")}, {t24("2042-02-25 10:30")} - {t24("2042-02-25 11:15")}
(GMT+08:00) Perth
Google Meet: https://meet.google.com/qfr-hbnd-owp

You will meet: Ruairi Blackwood

Need to change the time? Use the link below and pick another slot.
https://quokkafreight.teamtailor.com/meetings/8c1f0a2e/reschedule

Kind regards,
Quokka Freight

Powered by Teamtailor
""",
        label=lab(
            "2042-02-25 10:30",
            "Australia/Perth",
            "Australia/Perth",
            company="Quokka Freight",
            role="Fleet Planning Analyst",
            who=["Ruairi Blackwood"],
            emails=["ruairi.blackwood@quokka-freight.example"],
            notes="Teamtailor booking with an .ics; '(GMT+08:00) Perth'.",
        ),
    ),
    booking(
        LUCA,
        "personio-interview-invitation-across-eu-change",
        "interview",
        prodid=kit.PERSONIO,
        start="2042-04-02 10:00",
        zone="Europe/Berlin",
        minutes=60,
        summary="Interview Luca Brennan-Osei - Site Reliability Engineer",
        organizer=("Klara Hoffmeister", "klara.hoffmeister@spreewerk-cloud.example"),
        attendees=[
            ("Klara Hoffmeister", "klara.hoffmeister@spreewerk-cloud.example"),
            ("Yusuf Demirtaş", "yusuf.demirtas@spreewerk-cloud.example"),
        ],
        date=dh("2042-03-26 16:31", "Europe/Berlin"),
        frm=("Spreewerk Cloud GmbH", "noreply@personio.de"),
        reply_to=("Klara Hoffmeister", "klara.hoffmeister@spreewerk-cloud.example"),
        subject="Interview invitation: Site Reliability Engineer at Spreewerk Cloud",
        location="Spreewerk Cloud, Köpenicker Str. 70, 10179 Berlin",
        body=f"""
Hello Luca,

we would like to invite you to an interview for the position Site Reliability Engineer.

Date: {d("2042-04-02", "uky")}
Time: {t24("2042-04-02 10:00")} - {t24("2042-04-02 11:00")} (Europe/Berlin)
Location: Spreewerk Cloud, Köpenicker Str. 70, 10179 Berlin

Participants: Klara Hoffmeister (Engineering Manager), Yusuf Demirtaş (SRE)

Please confirm or decline the appointment here:
https://spreewerk-cloud.jobs.personio.de/appointment/5c3e9d

Best regards
Your Spreewerk Cloud recruiting team
""",
        label=lab(
            "2042-04-02 10:00",
            "Europe/Berlin",
            "Europe/Berlin",
            company="Spreewerk Cloud",
            role="Site Reliability Engineer",
            who=["Klara Hoffmeister", "Yusuf Demirtaş"],
            emails=[
                "klara.hoffmeister@spreewerk-cloud.example",
                "yusuf.demirtas@spreewerk-cloud.example",
            ],
            notes="Sent on CET, held on CEST (EU change of 30 March): +02:00.",
        ),
    ),
    booking(
        JORAH,
        "recruitee-self-scheduled-confirmation",
        "interview",
        prodid=kit.RECRUITEE,
        start="2042-03-25 15:00",
        zone="Europe/Amsterdam",
        minutes=30,
        summary="Intro call: Jorah Pennington-Ude & Lindeboom Mobility",
        organizer=("Femke Roodbeen", "femke@lindeboom-mobility.example"),
        attendees=[("Femke Roodbeen", "femke@lindeboom-mobility.example")],
        date=dh("2042-03-19 20:47", "Europe/Amsterdam"),
        frm=("Lindeboom Mobility", "no-reply@mail.recruitee.com"),
        subject="Interview confirmed: Intro call with Lindeboom Mobility",
        body=f"""
Hi Jorah,

Your interview has been scheduled.

Intro call - Growth Marketer
{d("2042-03-25", "usy")}
{t24("2042-03-25 15:00")} - {t24("2042-03-25 15:30")} Europe/Amsterdam
With: Femke Roodbeen
Video call: https://lindeboom.whereby.example/femke

Add it to your calendar with the attached file.

Lindeboom Mobility
Sent with Recruitee - https://recruitee.com
""",
        label=lab(
            "2042-03-25 15:00",
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Lindeboom Mobility",
            role="Growth Marketer",
            who=["Femke Roodbeen"],
            emails=["femke@lindeboom-mobility.example"],
            notes="Recruitee confirmation of a slot the user picked (CET, before 30 March).",
        ),
    ),
    booking(
        JOSIAH,
        "jazzhr-phone-screen-scheduled",
        "interview",
        prodid=kit.JAZZHR,
        start="2042-02-10 13:00",
        zone="America/Chicago",
        minutes=30,
        summary="Phone Screen - Warehouse Supervisor (Josiah Mbeki-Carrow)",
        organizer=("Lorraine Kowalczyk", "lorraine.k@bur-oak-supply.example"),
        attendees=[("Lorraine Kowalczyk", "lorraine.k@bur-oak-supply.example")],
        date=dh("2042-02-06 10:12", "America/Chicago"),
        frm=("Bur Oak Supply Co.", "notifications@applytojob.com"),
        reply_to=("Lorraine Kowalczyk", "lorraine.k@bur-oak-supply.example"),
        subject="Interview Scheduled: Warehouse Supervisor at Bur Oak Supply Co.",
        body=f"""
Hello Josiah,

Your interview for Warehouse Supervisor has been scheduled.

Date: {d("2042-02-10", "usy")}
Time: {t12("2042-02-10 13:00")} - {t12("2042-02-10 13:30")} Central Time (US & Canada)
Type: Phone Screen
Interviewer: Lorraine Kowalczyk

Lorraine will call you at the phone number on your application.

View the job: https://burreoaksupply.applytojob.com/apply/Q8x2Lm/Warehouse-Supervisor

Bur Oak Supply Co.
""",
        label=lab(
            "2042-02-10 13:00",
            "America/Chicago",
            None,
            company="Bur Oak Supply Co.",
            role="Warehouse Supervisor",
            who=["Lorraine Kowalczyk"],
            emails=["lorraine.k@bur-oak-supply.example"],
            notes="JazzHR (applytojob.com) notification; 'Central Time (US & Canada)' is a "
            "region caption, not a place.",
        ),
    ),
    vendor(
        HOLLIS,
        "jobvite-reminder-day-before",
        "interview",
        frm=("Marrowbone Health Careers", "notifications@jobvite.com"),
        subject="Reminder: Your interview tomorrow with Marrowbone Health",
        date=dh("2042-03-18 09:00", "America/New_York"),
        body=f"""
Hi Hollis,

This is a friendly reminder of your upcoming interview.

Position: Clinical Data Manager
When: {d("2042-03-19", "usy")} at {t12("2042-03-19 11:00")} (GMT-04:00) Eastern Time
Where: Microsoft Teams (link in your calendar invitation)
Interviewers: Dr. Yolanda Fairclough-Obi, Patrick Szymanski

If you need to reschedule, please reply to this email.

Thank you,
Marrowbone Health Talent Acquisition

Powered by Jobvite | https://www.jobvite.com
""",
        label=lab(
            "2042-03-19 11:00",
            "America/New_York",
            None,
            company="Marrowbone Health",
            role="Clinical Data Manager",
            who=["Yolanda Fairclough-Obi", "Patrick Szymanski"],
            notes="Jobvite reminder the day before; 'Eastern Time' with an offset, no place.",
        ),
    ),
    booking(
        VIOLETA,
        "successfactors-interview-scheduling-bucharest",
        "interview",
        prodid=kit.SUCCESSFACTORS,
        start="2042-03-12 11:00",
        zone="Europe/Bucharest",
        minutes=60,
        summary="Interview: Financial Controller - Violeta Dragan-Ashford",
        organizer=("Interview Scheduling", "noreply@successfactors.eu"),
        attendees=[
            ("Ciprian Moldovanu", "ciprian.moldovanu@carpatina-foods.example"),
            ("Ilinca Vasilescu", "ilinca.vasilescu@carpatina-foods.example"),
        ],
        date=dh("2042-03-05 13:22", "Europe/Bucharest"),
        frm=("Carpatina Foods Recruiting", "noreply@successfactors.eu"),
        subject="Interview Confirmation - Financial Controller (Req 40217)",
        body=f"""
Dear Violeta Dragan-Ashford,

Thank you for selecting your interview time. Your interview is confirmed as follows:

Job Requisition: Financial Controller (40217)
Date: {d("2042-03-12", "uky")}
Time: {t24("2042-03-12 11:00")} - {t24("2042-03-12 12:00")} (GMT+02:00) Eastern European
Time (Europe/Bucharest)
Location: Carpatina Foods, Bd. Iuliu Maniu 7, Bucharest
Interviewers: Ciprian Moldovanu; Ilinca Vasilescu

To view or change your interview, sign in to the career site:
https://career5.successfactors.eu/career?company=carpatinaP

This is an automated message. Please do not reply.
""",
        label=lab(
            "2042-03-12 11:00",
            "Europe/Bucharest",
            "Europe/Bucharest",
            company="Carpatina Foods",
            role="Financial Controller",
            who=["Ciprian Moldovanu", "Ilinca Vasilescu"],
            emails=[
                "ciprian.moldovanu@carpatina-foods.example",
                "ilinca.vasilescu@carpatina-foods.example",
            ],
            notes="SAP SuccessFactors interview scheduling confirmation with an .ics.",
        ),
    ),
    vendor(
        THEO,
        "taleo-interview-confirmation-athens",
        "interview",
        frm=("Aegean Ferries Careers", "careers@aegean-ferries.example"),
        subject="Interview Confirmation - Fleet Operations Engineer (2200417)",
        date=dh("2042-02-09 12:31", "Europe/Athens"),
        body=f"""
Dear Theo Papadakis-Grant,

Thank you for your interest in Aegean Ferries. We are pleased to confirm your interview
for the position of Fleet Operations Engineer (Requisition 2200417).

Date: {d("2042-02-17", "uky")}
Time: {t24("2042-02-17 10:00")} (Athens time)
Location: Aegean Ferries Head Office, Akti Miaouli 51, Piraeus
Interviewers: Stavros Kyriakou-Bell, Technical Director; Eleni Maragkou, HR Business
Partner

Please bring a valid ID.

You can review your application at any time:
https://aegeanferries.taleo.net/careersection/ext/jobdetail.ftl?job=2200417

Aegean Ferries Talent Acquisition
""",
        label=lab(
            "2042-02-17 10:00",
            "Europe/Athens",
            "Europe/Athens",
            company="Aegean Ferries",
            role="Fleet Operations Engineer",
            who=["Stavros Kyriakou-Bell", "Eleni Maragkou"],
            notes="Oracle Taleo confirmation ('Athens time').",
        ),
    ),
    vendor(
        URSULA,
        "oracle-recruiting-schedule-your-interview",
        "scheduling_request",
        frm=("Selangor Petrochem Careers", "no-reply@selangor-petrochem.example"),
        subject="Action required: Schedule your interview for Process Safety Engineer",
        date=dh("2042-03-02 09:15", "Asia/Kuala_Lumpur"),
        body="""
Dear Ursula,

Congratulations! You have been selected to interview for Process Safety Engineer
(Requisition 8812).

Please choose an interview time that suits you from the available slots. Slots are
offered on a first-come, first-served basis and the link expires in 5 days.

Schedule your interview:
https://eeho.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile/interviews

If none of the times work for you, please reply to this email.

Regards,
Talent Acquisition, Selangor Petrochem
""",
        label=note(
            "Oracle Recruiting Cloud self-scheduling link; no time booked yet.",
            company="Selangor Petrochem",
            role="Process Safety Engineer",
        ),
    ),
    vendor(
        AMARA,
        "pinpoint-interview-booked-london",
        "interview",
        frm=("Greywether Homes", "notifications@pinpointhq.com"),
        subject="Interview booked: Land Acquisition Manager",
        date=dh("2042-03-20 11:06", "Europe/London"),
        body=f"""
Hi Amara,

Your interview for Land Acquisition Manager at Greywether Homes is booked.

{d("2042-04-01", "uky")}
{t24("2042-04-01 14:00")} - {t24("2042-04-01 15:00")} (London)
In person: Greywether Homes, 2 Kingsway, Cardiff CF10 3FD

Interviewers
Gethin Llewellyn-Achebe - Regional Land Director
Ffion ap Rhys - Planning Manager

Manage your interview:
https://greywether.pinpointhq.com/en/candidates/interviews/7f0c2

Greywether Homes
""",
        label=lab(
            "2042-04-01 14:00",
            "Europe/London",
            "Europe/London",
            company="Greywether Homes",
            role="Land Acquisition Manager",
            who=["Gethin Llewellyn-Achebe", "Ffion ap Rhys"],
            notes="Pinpoint booking, after the UK change (BST); a Welsh name with 'ap'.",
        ),
    ),
    vendor(
        PENELOPE,
        "homerun-pick-a-time",
        "scheduling_request",
        frm=("Birkely Studio", "birkely-studio@homerun.co"),
        subject="Pick a time for your interview with Birkely Studio",
        date=dh("2042-03-09 10:44", "Europe/Copenhagen"),
        body="""
Hi Penelope,

Nice to meet you! We'd love to have a first conversation about the Interior Architect
position.

Pick a time that works for you:
https://birkely-studio.homerun.co/interview/schedule/a81d2

The conversation takes about 45 minutes and will be with Asger Lunde, our studio lead.

See you soon,
Team Birkely Studio
""",
        label=note(
            "Homerun asks the candidate to pick a slot; nothing booked.",
            company="Birkely Studio",
            role="Interior Architect",
        ),
    ),
    booking(
        RASHIDA,
        "breezy-interview-confirmation-chicago",
        "interview",
        prodid=kit.BREEZY,
        start="2042-03-26 15:30",
        zone="America/Chicago",
        minutes=45,
        summary="Interview: Rashida Oyelowo-Pratt for Account Executive",
        organizer=("Brennan Oduya", "brennan@larkspur-labs.example"),
        attendees=[
            ("Brennan Oduya", "brennan@larkspur-labs.example"),
            ("Kaitlyn Moravec", "kaitlyn@larkspur-labs.example"),
        ],
        date=dh("2042-03-23 08:20", "America/Chicago"),
        frm=("Larkspur Labs via Breezy", "notifications@breezy.hr"),
        subject="Interview Confirmed: Account Executive at Larkspur Labs",
        body=f"""
Hi Rashida,

Thanks for confirming! Your interview is all set.

Account Executive - Larkspur Labs
{d("2042-03-26", "us")} at {ampm("2042-03-26 15:30")} (America/Chicago)
Duration: 45 minutes
Video: https://larkspur-labs.zoom.us/j/88127730512

You'll be meeting with Brennan Oduya and Kaitlyn Moravec.

A calendar invite is attached.

Powered by Breezy HR
""",
        label=lab(
            "2042-03-26 15:30",
            "America/Chicago",
            "America/Chicago",
            company="Larkspur Labs",
            role="Account Executive",
            who=["Brennan Oduya", "Kaitlyn Moravec"],
            emails=["brennan@larkspur-labs.example", "kaitlyn@larkspur-labs.example"],
            notes="Breezy HR confirmation with an .ics.",
        ),
    ),
    booking(
        NAVEEN,
        "microsoft-bookings-confirmed-toronto",
        "interview",
        prodid=kit.BOOKINGS,
        start="2042-03-13 09:30",
        zone=None,
        utc_zone="America/Toronto",
        minutes=30,
        summary="Candidate screening call",
        organizer=("Talent Team - Juniper Transit", "talent@juniper-transit.example"),
        attendees=[("Avery Lachance-Osei", "avery.lachance@juniper-transit.example")],
        date=dh("2042-03-06 15:03", "America/Toronto"),
        frm=("Talent Team - Juniper Transit", "talent@juniper-transit.example"),
        subject="Your booking is confirmed: Candidate screening call",
        body=f"""
Hi Naveen Sastry-Colborne,

Your booking is confirmed.

Candidate screening call
{d("2042-03-13", "usy")} {t12("2042-03-13 09:30")} (UTC-04:00) Eastern Time (US & Canada)
30 minutes
Staff: Avery Lachance-Osei

Join your appointment online:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_bk72f1%40thread.v2/0

Need to make changes? Manage your booking:
https://outlook.office365.com/owa/calendar/JuniperTransitTalent@juniper-transit.example/bookings/

Juniper Transit
""",
        label=lab(
            "2042-03-13 09:30",
            "America/Toronto",
            None,
            company="Juniper Transit",
            who=["Avery Lachance-Osei"],
            emails=["avery.lachance@juniper-transit.example"],
            notes="Microsoft Bookings confirmation (UTC times in the .ics); after the "
            "North American change, EDT -04.",
        ),
    ),
    booking(
        LOWRI,
        "youcanbookme-confirmed-cardiff",
        "interview",
        prodid=kit.YCBM,
        start="2042-02-24 16:00",
        zone="Europe/London",
        minutes=30,
        summary="Interview - Lowri Pryce-Abiodun",
        organizer=("Nia Bevan-Okeke", "nia@taffside-media.example"),
        attendees=[("Nia Bevan-Okeke", "nia@taffside-media.example")],
        date=dh("2042-02-17 21:14", "Europe/London"),
        frm=("Taffside Media", "noreply@youcanbook.me"),
        reply_to=("Nia Bevan-Okeke", "nia@taffside-media.example"),
        subject="Booking confirmed: Interview - Monday 24 February 16:00",
        body="""
Hi Lowri,

Thanks, your booking is confirmed.

Interview - Junior Producer
Monday 24 February 2042, 16:00 - 16:30 (Europe/London)
Where: Taffside Media, Bute Street, Cardiff

Nia Bevan-Okeke will meet you at reception.

To cancel or change, use this link:
https://taffsidemedia.youcanbook.me/service/jsps/cal.jsp?ref=2f8c

Powered by YouCanBookMe
""",
        label=lab(
            "2042-02-24 16:00",
            "Europe/London",
            "Europe/London",
            company="Taffside Media",
            role="Junior Producer",
            who=["Nia Bevan-Okeke"],
            emails=["nia@taffside-media.example"],
            notes="YouCanBookMe confirmation with an .ics.",
        ),
    ),
    booking(
        DEV,
        "cal-com-booking-confirmed-la",
        "interview",
        prodid=kit.CALCOM,
        start="2042-03-05 11:00",
        zone="America/Los_Angeles",
        minutes=45,
        summary="45 min Technical Interview between Ines Oyarzun-Grey and Dev Raghunathan-Pike",
        organizer=("Ines Oyarzun-Grey", "ines@quartzline.example"),
        attendees=[],
        date=dh("2042-02-27 17:55", "America/Los_Angeles"),
        frm=("Cal.com", "noreply@cal.com"),
        reply_to=("Ines Oyarzun-Grey", "ines@quartzline.example"),
        subject="Confirmed: 45 min Technical Interview between Ines Oyarzun-Grey and Dev "
        "Raghunathan-Pike",
        body=f"""
Your event has been scheduled

We sent an email with a calendar invitation with the details to everyone.

What
45 min Technical Interview between Ines Oyarzun-Grey and Dev Raghunathan-Pike

When
{d("2042-03-05", "usy")} {ampm("2042-03-05 11:00")} - {ampm("2042-03-05 11:45")}
(America/Los_Angeles)

Who
Ines Oyarzun-Grey - Organizer
ines@quartzline.example
Dev Raghunathan-Pike
dev.raghunathan@example.com

Where
Cal Video: https://app.cal.com/video/q7Rk2mXa

Need to make a change? Reschedule or Cancel
https://app.cal.com/booking/q7Rk2mXa
""",
        label=lab(
            "2042-03-05 11:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Quartzline",
            who=["Ines Oyarzun-Grey"],
            emails=["ines@quartzline.example"],
            notes="Cal.com booking; the organiser runs the technical interview.",
        ),
    ),
    vendor(
        OBI,
        "greenhouse-availability-request-onsite-loop",
        "scheduling_request",
        frm=("Hawthorne Robotics Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Sadie Kowalski", "sadie.kowalski@hawthorne-robotics.example"),
        subject="Hawthorne Robotics: Please share your availability",
        date=dh("2042-03-03 14:41", "America/New_York"),
        body="""
Hi Obinna,

Thanks again for your time on the phone. The team would like to bring you in for the
onsite loop for Controls Engineer.

Please let us know your availability over the next two weeks using the link below. The
loop lasts about four hours, so please pick blocks of at least that length.

https://app.greenhouse.io/availability/1f0d2e7a9b

Thanks,
Sadie Kowalski
Recruiting Coordinator, Hawthorne Robotics
""",
        label=note(
            "Greenhouse availability request.",
            company="Hawthorne Robotics",
            role="Controls Engineer",
        ),
    ),
    booking(
        MARGOT,
        "lever-confirmation-day-after-switch-vancouver",
        "interview",
        prodid=kit.LEVER,
        start="2042-03-10 13:00",
        zone="America/Vancouver",
        minutes=60,
        summary="Interview with Cedarline Games - Margot Ellery-Nakamura",
        organizer=("Anouk Visser-Blake", "anouk@cedarline-games.example"),
        attendees=[
            ("Anouk Visser-Blake", "anouk@cedarline-games.example"),
            ("Tomasz Wróblewski", "tomasz@cedarline-games.example"),
        ],
        date=dh("2042-03-04 12:10", "America/Vancouver"),
        frm=("Anouk Visser-Blake", "anouk@cedarline-games.example"),
        sender="no-reply@hire.lever.co",
        subject="Interview with Cedarline Games on Monday, March 10",
        body=f"""
Hi Margot,

Looking forward to talking on {d("2042-03-10", "us")} at {t12("2042-03-10 13:00")}
Pacific Time. You'll be speaking with me and Tomasz Wróblewski, our lead gameplay
engineer.

Note: this is the Monday right after the clocks spring forward.

Video link: https://meet.google.com/cdl-ngpm-qrv

Anouk Visser-Blake
Engineering Director, Cedarline Games
""",
        label=lab(
            "2042-03-10 13:00",
            "America/Vancouver",
            None,
            company="Cedarline Games",
            who=["Anouk Visser-Blake", "Tomasz Wróblewski"],
            emails=["anouk@cedarline-games.example", "tomasz@cedarline-games.example"],
            notes="Sent through Lever on PST, held the day after the change (PDT, -07); "
            "'Pacific Time' is a region word.",
        ),
    ),
    booking(
        KAVYA,
        "workday-interview-scheduled-kolkata",
        "interview",
        prodid=kit.WORKDAY,
        start="2042-02-26 15:00",
        zone="Asia/Kolkata",
        minutes=60,
        summary="Interview: Senior Business Analyst (R-118204)",
        organizer=("Workday", "tidewater-bank@myworkday.com"),
        attendees=[("Saurabh Kulkarni-Fenn", "saurabh.kulkarni@tidewater-bank.example")],
        date=dh("2042-02-19 11:36", "Asia/Kolkata"),
        frm=("Tidewater Bank", "tidewater-bank@myworkday.com"),
        subject="Interview scheduled for Senior Business Analyst",
        body=f"""
Dear Kavya,

An interview has been scheduled for you for the Senior Business Analyst position.

Interview Date: {d("2042-02-26", "uky")}
Start Time: {t12("2042-02-26 15:00")} India Standard Time
Interviewer: Saurabh Kulkarni-Fenn
Location: Microsoft Teams

Please check your candidate home page for updates:
https://wd3.myworkday.com/tidewater/d/home.htmld

Regards,
Tidewater Bank Talent Acquisition
""",
        label=lab(
            "2042-02-26 15:00",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Tidewater Bank",
            role="Senior Business Analyst",
            who=["Saurabh Kulkarni-Fenn"],
            emails=["saurabh.kulkarni@tidewater-bank.example"],
            notes="Workday notification; the calendar TZID names Asia/Kolkata.",
        ),
    ),
    booking(
        ELOISE,
        "ashby-self-schedule-confirmed-denver",
        "interview",
        prodid=kit.ASHBY,
        start="2042-03-17 10:00",
        zone="America/Denver",
        minutes=60,
        summary="Eloise Fairweather-Diaz <> Basalt Climate: Hiring Manager Interview",
        organizer=("Basalt Climate Recruiting", "recruiting@basalt-climate.example"),
        attendees=[("Priyamvada Solberg", "priyamvada@basalt-climate.example")],
        date=dh("2042-03-11 16:03", "America/Denver"),
        frm=("Basalt Climate", "no-reply@ashbyhq.com"),
        subject="Interview Confirmed: Hiring Manager Interview at Basalt Climate",
        body=f"""
Hi Eloise,

You're confirmed for your Hiring Manager Interview with Basalt Climate.

{d("2042-03-17", "us")}
{t12("2042-03-17 10:00")} - {t12("2042-03-17 11:00")} MDT (America/Denver)

Interviewers
Priyamvada Solberg - Head of Carbon Markets

Meeting link: https://basalt-climate.zoom.us/j/95120044871

Need to reschedule? https://jobs.ashbyhq.com/basalt-climate/interview/resched/3bc1

Powered by Ashby
""",
        label=lab(
            "2042-03-17 10:00",
            "America/Denver",
            "America/Denver",
            company="Basalt Climate",
            who=["Priyamvada Solberg"],
            emails=["priyamvada@basalt-climate.example"],
            notes="Ashby confirmation of a self-scheduled slot.",
        ),
    ),
    vendor(
        MINH,
        "one-way-video-assessment-deadline",
        "other",
        frm=("Lotus Grid Energy Recruitment", "noreply@smartrecruiters.com"),
        subject="Next step: complete your video interview for Grid Analyst",
        date=dh("2042-03-02 08:30", "Asia/Ho_Chi_Minh"),
        body="""
Dear Quốc Bảo,

Thank you for applying for Grid Analyst at Lotus Grid Energy. The next step is a short
recorded video interview.

You will be asked 4 questions and have up to 2 minutes to record each answer. There is
no live interviewer - you can complete it whenever suits you before the deadline.

Deadline: 9 March 2042, 23:59 (Asia/Ho_Chi_Minh)

Start your video interview:
https://jobs.smartrecruiters.com/LotusGridEnergy/assessment/video/77c1

Good luck!
Lotus Grid Energy Talent Team
""",
        label=note(
            "A one-way recorded video assessment with only a deadline: no booked time "
            "with anyone, so not an interview; no slot to choose either.",
            company="Lotus Grid Energy",
            role="Grid Analyst",
        ),
    ),
    booking(
        CELESTE,
        "icims-interview-invitation-chicago",
        "interview",
        prodid=kit.ICIMS,
        start="2042-02-18 09:00",
        zone="America/Chicago",
        minutes=90,
        summary="Interview - Supply Chain Planner",
        organizer=("Ravenswood Medical Careers", "careers@ravenswood-medical.example"),
        attendees=[
            ("Graciela Montoya-Hurst", "gmontoya@ravenswood-medical.example"),
            ("Terrence Ubah", "tubah@ravenswood-medical.example"),
        ],
        date=dh("2042-02-11 15:48", "America/Chicago"),
        frm=("Ravenswood Medical", "ravenswood-medical@talent.icims.com"),
        subject="Interview Invitation - Supply Chain Planner (Job ID 2042-1187)",
        body=f"""
Dear Celeste,

We are pleased to invite you to interview for the Supply Chain Planner position.

Date: {d("2042-02-18", "usy")}
Time: {t12("2042-02-18 09:00")} - {t12("2042-02-18 10:30")} Central Time
Location: 4400 N Ravenswood Ave, Chicago, IL (Building C, Suite 210)

You will meet with:
Graciela Montoya-Hurst, Director, Supply Chain
Terrence Ubah, Senior Planner

Please accept the attached calendar invitation to confirm.

Ravenswood Medical Talent Acquisition
https://careers-ravenswoodmedical.icims.com
""",
        label=lab(
            "2042-02-18 09:00",
            "America/Chicago",
            None,
            company="Ravenswood Medical",
            role="Supply Chain Planner",
            who=["Graciela Montoya-Hurst", "Terrence Ubah"],
            emails=["gmontoya@ravenswood-medical.example", "tubah@ravenswood-medical.example"],
            notes="iCIMS invitation with an .ics; 'Central Time' is a region word.",
        ),
    ),
    booking(
        RUBY,
        "goodtime-itinerary-after-nz-change",
        "interview",
        prodid=kit.GOODTIME,
        start="2042-04-08 09:30",
        zone="Pacific/Auckland",
        minutes=150,
        summary="Onsite Interview: Ruby Tamaki-Ellwood (Senior Product Manager)",
        organizer=("Kōwhai Pay Recruiting", "recruiting@kowhai-pay.example"),
        attendees=[
            ("Tāne Horomona", "tane.horomona@kowhai-pay.example"),
            ("Lucy McAlister-Obi", "lucy.mcalister@kowhai-pay.example"),
            ("Rangi Pōtae", "rangi.potae@kowhai-pay.example"),
        ],
        date=dh("2042-04-01 13:27", "Pacific/Auckland"),
        frm=("Kōwhai Pay Recruiting", "scheduling@goodtime.io"),
        reply_to=("Kōwhai Pay Recruiting", "recruiting@kowhai-pay.example"),
        subject="Your interview itinerary with Kōwhai Pay",
        body=f"""
Kia ora Ruby,

Here is your itinerary for your onsite interview for Senior Product Manager.

{d("2042-04-08", "uky")} (NZST, Pacific/Auckland)

{t24("2042-04-08 09:30")} - {t24("2042-04-08 10:15")}  Product sense - Tāne Horomona
{t24("2042-04-08 10:15")} - {t24("2042-04-08 11:00")}  Execution - Lucy McAlister-Obi
{t24("2042-04-08 11:00")} - {t24("2042-04-08 12:00")}  Leadership - Rangi Pōtae

Location: Level 5, 21 Queen Street, Auckland. Ask for the Kōwhai Pay reception.

Ngā mihi,
Kōwhai Pay Recruiting

Scheduled with GoodTime
""",
        label=lab(
            "2042-04-08 09:30",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kōwhai Pay",
            role="Senior Product Manager",
            who=["Tāne Horomona", "Lucy McAlister-Obi", "Rangi Pōtae"],
            emails=[
                "tane.horomona@kowhai-pay.example",
                "lucy.mcalister@kowhai-pay.example",
                "rangi.potae@kowhai-pay.example",
            ],
            notes="GoodTime itinerary; sent on NZDT, held after the 6 April change (NZST +12).",
        ),
    ),
]
