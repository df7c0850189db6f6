"""Automatic answers, mass mail and traps that are not interviews (English)."""

from __future__ import annotations

from tests.eval.authoring.common import html_page, paras
from tests.eval17.authoring.kit import (
    AMANI,
    ANDREEA,
    ANGELICA,
    AUTO,
    BILAL,
    CALENDLY,
    CHUNHEI,
    ELLIOT,
    HARRIET,
    HIKARI,
    IMOGEN,
    KAVYA,
    KHOA,
    LEILANI,
    MANAIA,
    MARCUS,
    MIKKEL,
    SASKIA,
    SEOYEON,
    SIGRID,
    TATUM,
    ZAINAB,
    ZOOM,
    ampm,
    bulk,
    d,
    dh,
    exchange,
    google,
    invite,
    note,
    person,
    raw_mail,
    vendor,
    with_cal,
)

MESSAGES = []
add = MESSAGES.append

# --- Automatic answers -----------------------------------------------------------------------

add(
    raw_mail(
        MARCUS,
        "lanternfish-ooo-month-first",
        "auto_reply",
        frm=("Dana Whitlock", "dana.whitlock@lanternfish-capital.example"),
        subject="Automatic reply: Thank you - Marcus Abernathy-Lindqvist",
        date=dh("2036-10-20 09:01", "America/New_York"),
        extra=AUTO,
        body=(
            "Thanks for your email. I'm out of the office with limited access to email and "
            "will be back on 10/27. For anything urgent please contact my assistant at "
            "exec.assist@lanternfish-capital.example.\n\nDana\n"
        ),
        label=note("OOO; back 10/27 (month first)", return_date="2036-10-27"),
    )
)

add(
    raw_mail(
        KAVYA,
        "kaveri-systems-ooo-back-monday",
        "auto_reply",
        frm=("Anand Subramaniam", "anand.s@kaveri-systems.example"),
        subject="Out of Office: Application - Platform Engineer",
        date=dh("2036-10-29 11:44", "Asia/Kolkata"),
        extra=AUTO,
        body=(
            "Dear Sender,\n\nI am on leave for Diwali and will be returning to office on "
            f"{d('2036-11-03', 'uky')}. Please expect a delay in response.\n\n"
            "For urgent matters, reach out to hr@kaveri-systems.example.\n\n"
            "Regards,\nAnand Subramaniam\n"
        ),
        label=note("OOO for Diwali; returning Mon 3 Nov", return_date="2036-11-03"),
    )
)

add(
    raw_mail(
        ZAINAB,
        "falcon-ports-careers-autoresponder",
        "auto_reply",
        frm=("Falcon Ports Careers", "careers@falconports.example"),
        subject="RE: Application - Port Operations Analyst [Ref FP-3321]",
        date=dh("2036-10-05 10:03", "Asia/Dubai"),
        extra=[*AUTO, ("Precedence", "auto_reply")],
        body=(
            "Thank you for contacting Falcon Ports Careers.\n\n"
            "This is an automated acknowledgement that your email has been received. Due to "
            "the high volume of applications, only shortlisted candidates will be contacted "
            "for interview.\n\nFalcon Ports Talent Team\n"
        ),
        label=note("careers mailbox autoresponder; no return date"),
    )
)

add(
    raw_mail(
        HIKARI,
        "kumotori-robotics-jidou-henshin-jis",
        "auto_reply",
        frm=("Mori Yuki", "yuki@kumotori-robotics.example"),
        subject="【自動返信】不在のお知らせ / Out of office",
        date=dh("2036-10-15 09:00", "Asia/Tokyo"),
        extra=AUTO,
        charset="ISO-2022-JP",
        cte="7bit",
        subject_method="B",
        body=(
            "お問い合わせありがとうございます。\n"
            "10月16日から10月19日まで出張のため不在にしております。10月20日（月）より順次"
            "対応いたします。\n\n"
            "I am travelling and will be back in the office on Monday 20 October.\n\n"
            "森 由紀 / Mori Yuki\n"
        ),
        label=note("Japanese/English OOO, ISO-2022-JP; back Mon 20 Oct", return_date="2036-10-20"),
    )
)

add(
    raw_mail(
        IMOGEN,
        "derwent-water-parental-leave-until-january",
        "auto_reply",
        frm=("Callum Jessup", "callum.jessup@derwentwater.example"),
        subject="Auto: Re: Thank you for today",
        date=dh("2036-10-07 17:30", "Australia/Hobart"),
        extra=AUTO,
        body=(
            "Hi, thanks for your email. I'm now on parental leave and will return on "
            "Monday 5 January 2037. For anything about the graduate program please contact "
            "Dr Priya Sundaram.\n\nCallum\n"
        ),
        label=note("parental leave; returns 5 Jan 2037", return_date="2037-01-05"),
    )
)

add(
    raw_mail(
        ANGELICA,
        "coralbay-bpo-leave-oct-20-24",
        "auto_reply",
        frm=("Rhea Dizon", "rhea.dizon@coralbay-bpo.example"),
        subject="Automatic reply: Application for QA Analyst",
        date=dh("2036-10-21 08:02", "Asia/Manila"),
        extra=AUTO,
        body=(
            "Hello! I am on leave from October 20 to October 24 and will be back on October "
            "27, 2036. For urgent concerns, please email talent@coralbay-bpo.example.\n\n"
            "Thank you!\nRhea\n"
        ),
        label=note("OOO; back October 27", return_date="2036-10-27"),
    )
)

# --- Mass mail -------------------------------------------------------------------------------

add(
    vendor(
        SIGRID,
        "linkedin-job-alert-analyst-oslo",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject='30+ new jobs for "data analyst" in Oslo',
        date=dh("2036-10-12 08:10", "Europe/Oslo"),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsub"),
        body=(
            "Your job alert for data analyst in Oslo\n\n"
            "Data Analyst - Nordkapp Retail - Oslo (Hybrid) - Actively recruiting\n"
            "Senior Data Analyst - Bryggen Media - Oslo - Be an early applicant\n"
            "Analytics Engineer - Fjordlys Energi - Oslo - 2 connections work here\n\n"
            "See all jobs: https://www.linkedin.com/jobs/search/?keywords=data%20analyst\n\n"
            "Unsubscribe from job alerts\n"
        ),
        label=note("job alert"),
    )
)

add(
    vendor(
        TATUM,
        "indeed-employers-scheduling-interviews-promo",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Employers in Anchorage are scheduling interviews this week",
        date=dh("2036-10-21 06:45", "America/Anchorage"),
        extra=bulk("<marketing.indeed.com>", "https://www.indeed.com/unsubscribe?t=mk"),
        body=(
            "Tatum, employers near Anchorage, AK are scheduling interviews right now.\n\n"
            "Make sure your profile is ready:\n- Update your resume\n- Add your availability "
            "so employers can invite you to interview\n\n"
            "Update my profile: https://www.indeed.com/profile\n\nUnsubscribe\n"
        ),
        label=note("marketing mail about interviews"),
    )
)

add(
    vendor(
        BILAL,
        "mockloop-practice-interview-promo",
        "bulk",
        frm=("MockLoop", "hello@mockloop.example"),
        subject="Your first mock system design interview is on us",
        date=dh("2036-10-09 20:00", "Asia/Karachi"),
        extra=bulk("<news.mockloop.example>", "https://mockloop.example/unsubscribe/9f"),
        body=(
            "Hey Bilal,\n\nPractice makes offers. Book an anonymous mock interview with a "
            "senior engineer from a top tech company and get written feedback within 24 "
            "hours. This week only: your first session is free.\n\n"
            "Book now: https://mockloop.example/book\n\nUnsubscribe\n"
        ),
        label=note("promo for paid mock interviews"),
    )
)

add(
    vendor(
        CHUNHEI,
        "meetup-interview-prep-night-digest",
        "bulk",
        frm=("Meetup", "info@meetup.example"),
        subject="New event: Product Interview Prep Night - HK Product Circle",
        date=dh("2036-10-15 12:00", "Asia/Hong_Kong"),
        extra=bulk("<groups.meetup.example>", "https://meetup.example/unsubscribe/pc"),
        body=(
            "HK Product Circle has a new event\n\n"
            f"Product Interview Prep Night\n{d('2036-10-30', 'us')}, 7:00 PM HKT\n"
            "WeWork, 18 King Wah Road, North Point\n\n"
            "Pair up and practise product-sense and estimation interview questions.\n\n"
            "RSVP: https://meetup.example/hk-product-circle/events/3021\n\n"
            "Manage email settings\n"
        ),
        label=note("meetup digest about an interview practice event"),
    )
)

add(
    vendor(
        AMANI,
        "strathcrest-careers-fair-on-site-interviews",
        "bulk",
        frm=("Alumni Career Services", "careers@alumni-strathcrest.example"),
        subject="Careers Fair Thursday: employers interviewing on site",
        date=dh("2036-10-13 08:30", "Africa/Nairobi"),
        extra=bulk(
            "<alumni-bulletin.strathcrest.example>", "https://alumni-strathcrest.example/unsub"
        ),
        body=(
            "Dear Alumni,\n\nOur Autumn Careers Fair is this Thursday in the Main Hall, "
            "9am-3pm. Over 40 employers will attend, several conducting first-round "
            "interviews on the spot - bring printed CVs!\n\n"
            "Register: https://alumni-strathcrest.example/fair\n\nAlumni Career Services\n"
        ),
        label=note("careers fair bulletin"),
    )
)

# --- Traps (other) ---------------------------------------------------------------------------

# The user interviews a candidate at her current employer (calendar present).
add(
    exchange(
        ZAINAB,
        "gulfwave-user-is-interviewer",
        "other",
        start="2036-10-16 13:00",
        zone="Arabian Standard Time",
        minutes=45,
        subject="Interview: Candidate Rohan Mehta - Junior Risk Analyst",
        organizer=("Layla Farouk", "layla.farouk@gulfwave-insurance.example"),
        attendees=[("Khalid Rahimi", "khalid.rahimi@gulfwave-insurance.example")],
        date=dh("2036-10-12 10:10", "Asia/Dubai"),
        label=note(
            "the user is on the panel interviewing a candidate at her current employer",
            company="Gulfwave Insurance",
        ),
        text=(
            "Hi Zainab,\n\nThank you for joining the panel for Rohan's interview. His CV and "
            "the scorecard are in the ATS; please submit your feedback by end of day.\n\n"
            "Layla\nTalent Acquisition"
        ),
    )
)

add(
    vendor(
        LEILANI,
        "kaimuki-vet-appointment-confirmed",
        "other",
        frm=("Kaimuki Animal Clinic", "appointments@kaimuki-vet.example"),
        subject="Appointment confirmed for Poi",
        date=dh("2036-10-24 14:00", "Pacific/Honolulu"),
        body=(
            "Aloha Leilani,\n\nPoi's appointment is confirmed:\n\n"
            f"{d('2036-10-29', 'usy')} at 9:15 AM\nAnnual exam + vaccines with Dr. Kealoha\n\n"
            "Reply C to confirm or call (808) 555-0140 to reschedule.\n"
        ),
        label=note("vet appointment"),
    )
)

add(
    person(
        HARRIET,
        "landlord-viewing-confirmed",
        "other",
        frm=("Nathan Orr | Ashgrove Lettings", "nathan@ashgrove-lettings.example"),
        subject="Viewing confirmed - Flat 3, 14 Albion Road",
        date=dh("2036-10-09 12:35", "Europe/London"),
        body=(
            "Hi Harriet,\n\nThat's you booked in to view Flat 3, 14 Albion Road on "
            f"{d('2036-10-11', 'uk')} at 10:30. I'll meet you outside.\n\n"
            "Please bring photo ID if you'd like to put an application in on the day.\n\n"
            "Nathan Orr\nLettings Negotiator\n"
        ),
        label=note("flat viewing"),
    )
)

add(
    vendor(
        SASKIA,
        "stokes-hill-workday-application-received",
        "other",
        frm=("Stokes Hill Water Careers", "stokeshill@myworkday.com"),
        subject="Thanks for applying - Asset Engineer",
        date=dh("2036-10-03 20:14", "Australia/Adelaide"),
        body=(
            "Dear Saskia,\n\nThank you for applying for the Asset Engineer role (JR-4410). We "
            "have received your application and our team will review it shortly. If your "
            "experience matches our needs, we will contact you to arrange an interview.\n\n"
            "Stokes Hill Water Talent Acquisition\n"
        ),
        label=note("application acknowledgement", company="Stokes Hill Water"),
    )
)

add(
    invite(
        KHOA,
        "zoom-webinar-negotiating-offers-registration",
        "other",
        start="2036-10-25 19:00",
        zone="Asia/Ho_Chi_Minh",
        minutes=60,
        summary="Negotiating Your Tech Offer - live webinar",
        organizer=("Saigon Dev Community", "no-reply@zoom.us"),
        prodid=ZOOM,
        uid_style="zoom.us",
        ics_mode="attach",
        frm=("Saigon Dev Community", "no-reply@zoom.us"),
        subject="Negotiating Your Tech Offer Confirmation",
        date=dh("2036-10-11 21:40", "Asia/Ho_Chi_Minh"),
        body=(
            'Hi Trần Minh Khoa,\n\nThank you for registering for "Negotiating Your Tech '
            'Offer".\n\n'
            "Date Time: Oct 25, 2036 07:00 PM Bangkok, Hanoi, Jakarta\n\n"
            "Join from a PC, Mac, iPad, or Android: https://us02web.zoom.us/w/88120044551\n\n"
            "Add to calendar: attached.\n"
        ),
        label=note("webinar registration with a calendar file"),
    )
)

add(
    person(
        MANAIA,
        "cousin-good-luck-tuesday",
        "other",
        frm=("Losa Toleafoa", "losa.toleafoa@example.net"),
        subject="good luck!!!",
        date=dh("2036-09-29 21:12", "Pacific/Auckland"),
        agent="iPhone Mail (22A3354)",
        body=(
            "Heard from Mum you've got the Karaka interview tomorrow at 9!! You're going to "
            "smash it cuz. Dinner on me after 🥳\n\nLosa\n"
        ),
        label=note("family good-luck note"),
    )
)

add(
    google(
        ANDREEA,
        "current-job-quarterly-check-in",
        "other",
        start="2036-10-09 15:00",
        zone="Europe/Bucharest",
        minutes=30,
        summary="Q3 check-in: Andreea / Mihai",
        organizer=("Mihai Constantinescu", "mihai.constantinescu@carpati-soft.example"),
        guests=[("Mihai Constantinescu", "mihai.constantinescu@carpati-soft.example")],
        date=dh("2036-10-06 09:30", "Europe/Bucharest"),
        caption="Eastern European Time - Bucharest",
        details="Regular quarterly 1:1 - goals, feedback, training budget.",
        label=note("quarterly check-in with the current manager"),
    )
)

add(
    vendor(
        ELLIOT,
        "checkr-background-check-consent",
        "other",
        frm=("Checkr on behalf of Kelpworks", "no-reply@checkr.com"),
        subject="Kelpworks has requested a background check",
        date=dh("2036-10-16 10:05", "America/Los_Angeles"),
        body=(
            "Hi Elliot,\n\nKelpworks uses Checkr to conduct background checks. Please review "
            "the disclosures and provide your consent to begin.\n\n"
            "Start: https://candidate.checkr.com/invitations/1b2c\n\n"
            "Questions? Visit https://help.checkr.com\n"
        ),
        label=note("background check request after an offer", company="Kelpworks"),
    )
)

add(
    person(
        MIKKEL,
        "reference-call-for-former-colleague",
        "other",
        frm=("Ida Vestergaard", "ida.vestergaard@skagen-analytics.example"),
        subject="Reference for Jonas Lund - Thursday 15:00?",
        date=dh("2036-10-20 10:25", "Europe/Copenhagen"),
        body=(
            "Hi Mikkel,\n\nJonas Lund has given your name as a reference for a senior role at "
            "Skagen Analytics. Would a 15-minute call on Thursday at 15:00 work? I'll ring "
            "the number Jonas gave me.\n\nThanks a lot,\nIda Vestergaard\nRecruiter\n"
        ),
        label=note("the user is asked to give a reference for someone else"),
    )
)

add(
    vendor(
        AMANI,
        "visa-interview-appointment-confirmation",
        "other",
        frm=("Visa Appointment Service", "no-reply@visa-appointments.example"),
        subject="Appointment Confirmation - Visa Interview",
        date=dh("2036-10-02 13:00", "Africa/Nairobi"),
        body=(
            "Dear AMANI CHEBET ROTICH,\n\nYour visa interview appointment has been scheduled.\n\n"
            f"Date: {d('2036-10-28', 'usy')}\nTime: 07:45\n"
            "Location: Consular Section, United Nations Avenue, Gigiri, Nairobi\n\n"
            "Please bring your passport, the DS-160 confirmation page and this letter.\n"
        ),
        label=note("consular visa interview, not a job interview"),
    )
)

add(
    person(
        SEOYEON,
        "recruiter-cold-outreach-open-to-roles",
        "other",
        frm=("Choi Min-jun", "minjun.choi@hanriver-talent.example"),
        subject="Backend roles in Pangyo - open to a chat?",
        date=dh("2036-10-22 11:20", "Asia/Seoul"),
        body=(
            "Hi Ha-rin,\n\nI came across your GitHub and thought you might be interested in "
            "a few backend roles I'm working on with fintech companies in Pangyo. No "
            "pressure at all - if you're open to hearing more, just reply and I'll send "
            "details.\n\nBest,\nChoi Min-jun\nHan River Talent\n"
        ),
        label=note("cold recruiter outreach; no interview yet"),
    )
)

# A paid mock-interview session with a career coach, booked through Calendly.
_body = (
    "Hi Saskia Vandermolen-Tuck,\n\nA new event has been scheduled.\n\n"
    "Event Type:\nMock Interview + Feedback (60 min)\n\n"
    f"Event Date/Time:\n{ampm('2036-10-06 18:00')} - {d('2036-10-06', 'usy')} "
    "(Australia/Adelaide)\n\n"
    "Host:\nMarnie Coutts - Career Coach\n\n"
    "Questions:\nWhich role are you preparing for? Asset Engineer at a water utility\n\n"
    "Powered by Calendly.com\n"
)
add(
    with_cal(
        SASKIA,
        "career-coach-calendly-mock-interview",
        "other",
        event={
            "start": "2036-10-06 18:00",
            "zone": None,
            "utc_zone": "Australia/Adelaide",
            "minutes": 60,
            "summary": "Mock Interview + Feedback between Marnie Coutts and Saskia Vandermolen-Tuck",
            "organizer": ("Marnie Coutts", "marnie@couttscoaching.example"),
            "attendees": [("Saskia Vandermolen-Tuck", "saskia.vandermolen@example.org")],
            "prodid": CALENDLY,
            "method": "REQUEST",
        },
        date=dh("2036-10-02 20:31", "Australia/Adelaide"),
        style="calendly.com",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Marnie Coutts", "marnie@couttscoaching.example"),
        subject=f"Confirmed: Mock Interview + Feedback with Marnie Coutts on {d('2036-10-06', 'usy')}",
        body=_body,
        rich=html_page(paras(_body)),
        ics_mode="attach",
        label=note("paid mock interview with a career coach, not a job interview"),
    )
)
