"""Automatic answers, mass mail and traps that talk about interviews without booking one."""

from __future__ import annotations

from tests.eval.authoring.common import note
from tests.eval4.authoring import kit as k4
from tests.eval4.authoring.kit import AUTO, bulk, d

from .kit import (
    BOOKED,
    BRODIE,
    BRYNN,
    CHIDERA,
    DARNELL,
    FATOU,
    HAEUN,
    HUMAIRA,
    ISLA,
    JERICHO,
    KAIYING,
    LINNEA,
    LUANA,
    MAKENNA,
    RAMI,
    SANJANA,
    SORA,
    TAMATI,
    TANVIR,
    WEBEX,
    YASMINE,
    ZOFIA,
    bounce,
    dh,
    outlook,
    person,
    vendor,
    with_cal,
)

MESSAGES = [
    # --- automatic answers ---------------------------------------------------------------
    person(
        ZOFIA,
        "vistula-ooo-conference-return",
        "auto_reply",
        frm=("Agnieszka Drozd", "agnieszka.drozd@vistulaquant.example"),
        subject="Automatic reply: Thank you for the interview",
        date=dh("2034-10-27 08:03", "Europe/Warsaw"),
        body=(
            "Thank you for your email. I am out of the office at a conference and will "
            f"return on {d('2034-11-06', 'uky')}. I will have limited access to email.\n\n"
            "For urgent matters please contact Bartosz Kędzierski.\n"
        ),
        extra=[*AUTO, ("X-MS-Exchange-Inbox-Rules-Loop", "agnieszka.drozd@vistulaquant.example")],
        label=note(
            "Exchange out-of-office with RFC 3834 headers and a return date.",
            return_date="2034-11-06",
        ),
    ),
    person(
        RAMI,
        "ooo-plain-no-date",
        "auto_reply",
        frm=("Karim Tannous", "karim.tannous@qadishadata.example"),
        subject="Out of office",
        date=dh("2034-11-01 10:12", "Asia/Beirut"),
        body=(
            "Hi,\n\nI'm currently travelling with limited access to email and will reply as "
            "soon as I can after I'm back. If your message is about recruitment, please "
            "write to Nour Abi Saab.\n\nKarim\n"
        ),
        label=note("Out-of-office without RFC 3834 headers and without a return date."),
    ),
    person(
        HUMAIRA,
        "helpdesk-ticket-ack",
        "auto_reply",
        frm=("Sindhu Ledgerworks Candidate Support", "support@sindhu-ledgerworks.example"),
        subject="[Ticket #48213] We've received your request",
        date=dh("2034-11-09 09:30", "Asia/Karachi"),
        body=(
            "Hello,\n\nThis is an automated message to confirm that we have received your "
            'request ("Question about my interview"). A member of our team will respond '
            "within 2 business days.\n\nTicket number: 48213\n\nSindhu Ledgerworks Candidate "
            "Support\n"
        ),
        extra=[("Auto-Submitted", "auto-generated")],
        label=note("Helpdesk acknowledgement that quotes an interview subject."),
    ),
    bounce(
        BRYNN,
        "postfix-bounce-wrong-address",
        reporter="MAILER-DAEMON@mx.prairielantern.example",
        date=dh("2034-10-26 08:14", "America/Regina"),
        text=(
            "This is the mail system at host mx.prairielantern.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to "
            "one or more recipients. It's attached below.\n\n"
            "                   The mail system\n\n<josie.lemaigre@prairielantern.example>: "
            "host mail.prairielantern.example[192.0.2.61] said:\n    550 5.1.1 User unknown "
            "(in reply to RCPT TO command)\n"
        ),
        status=(
            "Reporting-MTA: dns; mx.prairielantern.example\n\n"
            "Final-Recipient: rfc822; josie.lemaigre@prairielantern.example\n"
            "Action: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
        ),
        original=(
            "From: Brynn Kowalchuk-Dube <brynn.kowalchuk@example.org>\n"
            "To: josie.lemaigre@prairielantern.example\n"
            "Subject: Re: Phone screen - Member Experience Analyst\n"
            "Date: Thu, 26 Oct 2034 08:13:40 -0600\n"
        ),
        label=note(
            "Postfix non-delivery report (multipart/report, RFC 3464) for the user's "
            "reply about a phone screen."
        ),
    ),
    person(
        DARNELL,
        "ooo-returning-mdy",
        "auto_reply",
        frm=("Scott Brandvold", "scott.brandvold@corvina-logistics.example"),
        to="Darnell Okonkwo-Briggs <darnell.jobs@example.com>",
        subject="Automatic reply: Thank you",
        date=dh("2034-11-10 07:45", "America/Chicago"),
        body=(
            "I'm out of the office through Friday and returning 11/20. For anything urgent, "
            "please reach out to Ines Carvalho-Park.\n\nThanks,\nScott\n"
        ),
        extra=AUTO,
        label=note("Month-first return date for a US user.", return_date="2034-11-20"),
    ),
    person(
        CHIDERA,
        "ooo-parental-leave",
        "auto_reply",
        frm=("Tolulope Bankole-Ajayi", "tolulope.ba@ikoyihealth.example"),
        subject="Auto: Re: Data Protection Officer interview",
        date=dh("2034-11-16 11:20", "Africa/Lagos"),
        body=(
            "Thank you for your message. I am on parental leave until early next year and "
            "am not monitoring this mailbox. For recruitment matters please contact "
            "people@ikoyihealth.example.\n"
        ),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        label=note("Out-of-office with only a vague return ('early next year')."),
    ),
    person(
        SORA,
        "ooo-japanese-ymd-return",
        "auto_reply",
        frm=("Ishiguro Kenta", "k.ishiguro@hakobune-mobility.example"),
        subject="不在通知 / Out of office",
        date=dh("2034-10-30 09:00", "Asia/Tokyo"),
        body=(
            "お問い合わせありがとうございます。\n2034年10月30日（月）から11月3日（金）まで出張のため不在にしております。\n"
            "11月6日（月）より順次対応いたします。\n\n"
            "Thank you for your email. I am on a business trip and will be back in the office "
            "on 2034/11/06 (Mon).\n\nIshiguro Kenta\n"
        ),
        extra=AUTO,
        charset="ISO-2022-JP",
        cte="7bit",
        subject_method="B",
        label=note(
            "Japanese and English out-of-office, year-first return date.", return_date="2034-11-06"
        ),
    ),
    # --- mass mail -------------------------------------------------------------------------
    vendor(
        JERICHO,
        "linkedin-job-alert-interview-tips",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="30+ new Data Analyst jobs in Metro Manila",
        date=dh("2034-10-14 07:05", "Asia/Manila"),
        body=(
            "Your job alert for Data Analyst in Metro Manila\n\n"
            "Data Analyst – Pasig Bay Retail – Taguig (Hybrid)\nActively recruiting\n\n"
            "Junior Data Analyst – Intramuros Health – Manila\nBe an early applicant\n\n"
            "Prepare for your interview: practise with AI-powered interview prep on LinkedIn "
            "Premium.\n\nSee all jobs\nUnsubscribe: https://www.linkedin.com/comm/psettings/"
            "email-unsubscribe\n"
        ),
        extra=bulk(
            "<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe"
        ),
        label=note("Job alert advertising interview prep."),
    ),
    vendor(
        MAKENNA,
        "indeed-application-viewed-digest",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Your application was viewed + 5 tips for your next interview",
        date=dh("2034-10-22 06:30", "America/Los_Angeles"),
        body=(
            "Good news, Makenna! Your application for Frontend Engineer at Redwood Tiles "
            "was viewed by the employer.\n\nGet ready for the interview:\n1. Research the "
            "company\n2. Practise the STAR method\n3. Prepare questions\n\n"
            "Jobs you may like: Senior UI Engineer – Presidio Labs – San Francisco\n\n"
            "Unsubscribe: https://www.indeed.com/unsubscribe\n"
        ),
        extra=bulk("<digest.indeed.com>", "https://www.indeed.com/unsubscribe"),
        label=note("Job-board digest with interview advice."),
    ),
    vendor(
        ISLA,
        "careerpulse-newsletter-questions",
        "bulk",
        frm=("CareerPulse Weekly", "hello@careerpulse.example"),
        subject="5 questions to ask at the end of every interview",
        date=dh("2034-10-07 07:00", "Australia/Melbourne"),
        body=(
            "This week in CareerPulse:\n\n- 5 questions to ask at the end of every interview\n"
            "- Salary bands in Australian tech, 2034 edition\n- Reader story: how I "
            "negotiated a four-day week\n\nRead online: https://careerpulse.example/issue/212\n"
            "Unsubscribe: https://careerpulse.example/unsubscribe\n"
        ),
        extra=bulk("<weekly.careerpulse.example>", "https://careerpulse.example/unsubscribe"),
        label=note("Career newsletter about interviews."),
        html_only=True,
    ),
    vendor(
        KAIYING,
        "greenhouse-marketing-structured-interviews",
        "bulk",
        frm=("Greenhouse", "events@greenhouse.io"),
        subject="Webinar: Running structured interviews at scale (Nov 8)",
        date=dh("2034-10-25 22:00", "Asia/Hong_Kong"),
        body=(
            "Join us on Wednesday, November 8 for a live webinar on running structured "
            "interviews at scale: scorecards, calibrated interviewers and fair hiring.\n\n"
            "Register now: https://www.greenhouse.io/webinars/structured-interviews\n\n"
            "Unsubscribe: https://www.greenhouse.io/unsubscribe\n"
        ),
        extra=bulk("<marketing.greenhouse.io>", "https://www.greenhouse.io/unsubscribe"),
        label=note("Vendor marketing webinar about interviewing (to a candidate)."),
    ),
    vendor(
        TANVIR,
        "alumni-career-fair-newsletter",
        "bulk",
        frm=("BUET Alumni Careers", "careers@alumni.buet-alumni.example"),
        subject="Alumni Career Fair 2034: meet 40 employers, on-the-spot interviews",
        date=dh("2034-10-08 18:00", "Asia/Dhaka"),
        body=(
            "Dear alumni,\n\nOur annual career fair returns on Saturday, 18 November 2034 at "
            "the Alumni Centre. Over 40 employers will attend and several will hold "
            "on-the-spot interviews. Bring printed CVs!\n\nRegister: https://alumni.buet-"
            "alumni.example/fair\nUnsubscribe: https://alumni.buet-alumni.example/unsub\n"
        ),
        extra=bulk(
            "<careers.alumni.buet-alumni.example>", "https://alumni.buet-alumni.example/unsub"
        ),
        label=note("Career fair promotion; 'on-the-spot interviews' book nothing."),
    ),
    vendor(
        LUANA,
        "calendly-product-news",
        "bulk",
        frm=("Calendly", "newsletter@calendly.com"),
        subject="New: round-robin interview scheduling for recruiting teams",
        date=dh("2034-09-27 11:00", "America/Sao_Paulo"),
        body=(
            "Hi Luana,\n\nRecruiting teams can now route candidate interviews across "
            "interviewer pools with new round-robin rules, plus automatic reminders the day "
            "before.\n\nSee what's new: https://calendly.com/blog/recruiting-2034\n\n"
            "Unsubscribe: https://calendly.com/unsubscribe\n"
        ),
        extra=bulk("<news.calendly.com>", "https://calendly.com/unsubscribe"),
        label=note("Scheduling product newsletter about interviews."),
    ),
    # --- other: traps ------------------------------------------------------------------------
    outlook(
        SANJANA,
        "user-interviews-candidate-current-job",
        "other",
        start="2034-10-16 14:00",
        zone="Arabian Standard Time",
        minutes=45,
        subject="Interview: Junior Analyst candidate – Omar Al-Hashimi",
        organizer=("Ritu Khanna", "ritu.khanna@sandbar-consulting.example"),
        attendees=[("Omar Al-Hashimi", "omar.alhashimi@example.net")],
        date=dh("2034-10-12 11:00", "Asia/Dubai"),
        text="Hi Sanjana,\n\nThanks for agreeing to be on the panel for the Junior Analyst "
        "role. Please focus on Excel modelling; the scorecard is in Greenhouse. The candidate "
        "is Omar Al-Hashimi.\n\nRitu\nTalent team",
        label=note(
            "The user interviews a candidate at their current job (not their own interview)."
        ),
    ),
    with_cal(
        FATOU,
        "acuity-visa-photo-appointment",
        "other",
        frm=("Studio Lumière Dakar", "no-reply@studio-lumiere.example"),
        subject="Appointment confirmed: Visa photo session",
        date=dh("2034-10-05 12:00", "Africa/Dakar"),
        body=(
            "Hi Fatou,\n\nYour appointment is confirmed.\n\nVisa photo session\n"
            f"{d('2034-10-09', 'usy')} 11:00am\nStudio Lumière, Rue Carnot, Dakar\n\n"
            "Need to make a change? Reschedule or cancel from the link in this email.\n\n"
            "Powered by Acuity Scheduling\n"
        ),
        event={
            "start": "2034-10-09 11:00",
            "zone": "Africa/Dakar",
            "minutes": 20,
            "summary": "Visa photo session",
            "organizer": ("Studio Lumière Dakar", "no-reply@studio-lumiere.example"),
            "location": "Studio Lumière, Rue Carnot, Dakar",
            "prodid": BOOKED,
            "method": "PUBLISH",
        },
        ics_mode="attach",
        style="acuity",
        label=note("Appointment booking with a calendar (not an interview)."),
    ),
    vendor(
        HAEUN,
        "hangang-workday-applied-ack",
        "other",
        frm=("Hangang Bio", "hangangbio@myworkday.com"),
        subject="Thank you for applying to Hangang Bio",
        date=dh("2034-09-30 22:10", "Asia/Seoul"),
        body=(
            "Dear Jeong Ha-eun,\n\nThank you for applying for Bioinformatics Engineer "
            "(JR-3310). Our recruiting team will review your application, and if your "
            "qualifications match our needs, we will contact you to schedule an interview.\n\n"
            "Hangang Bio Talent Acquisition\n"
        ),
        label=note("Application acknowledgement; an interview only conditionally mentioned."),
    ),
    with_cal(
        TAMATI,
        "webex-webinar-registration",
        "other",
        frm=("Webex Events", "messenger@webex.com"),
        subject="Registration confirmed: Navigating technical interviews in 2034",
        date=dh("2034-09-19 13:00", "Pacific/Auckland"),
        body=(
            'Hi Tamati,\n\nYou\'re registered for "Navigating technical interviews in 2034", '
            "hosted by Aotearoa Devs.\n\n"
            f"{d('2034-09-28', 'usy')} 12:30 PM | (UTC+13:00) Auckland, Wellington\n\n"
            "Join link: https://aotearoadevs.webex.com/weblink/register/r7c2\n"
        ),
        event={
            "start": "2034-09-28 12:30",
            "zone": "Pacific/Auckland",
            "minutes": 60,
            "summary": "Navigating technical interviews in 2034",
            "organizer": ("Aotearoa Devs", "events@aotearoadevs.example"),
            "location": "https://aotearoadevs.webex.com/weblink/register/r7c2",
            "prodid": WEBEX,
            "method": "PUBLISH",
        },
        ics_mode="attach",
        style="webex.com",
        label=note("Webinar registration with a calendar (not an interview)."),
    ),
    person(
        BRODIE,
        "brother-asks-about-saltbush",
        "other",
        frm=("Mitch Kennett", "mitch.kennett@example.net"),
        subject="how'd it go??",
        date=dh("2034-10-03 18:20", "Australia/Adelaide"),
        body=(
            "Oi! How was the Saltbush interview this morning? Did they make you solder "
            "anything? Call me tonight if you want to debrief, I'm home after 7.\n\nMitch\n"
        ),
        label=note("A brother asks about a past interview; proposes a personal call."),
    ),
    person(
        LINNEA,
        "norrsken-referee-call-former-colleague",
        "other",
        frm=("Tove Engström", "tove.engstrom@norrsken-bank.example"),
        subject="Reference for Elias Nordqvist",
        date=dh("2034-10-10 14:00", "Europe/Stockholm"),
        body=(
            "Hi Linnea,\n\nElias Nordqvist has applied for a role with us and listed you as a "
            "reference from your time together at Fjällvind. Would you have 15 minutes for a "
            f"short reference call on {d('2034-10-12', 'uk')} at 14:00?\n\nBest regards,\n"
            "Tove Engström\nRecruiter, Norrsken Bank\n"
        ),
        label=note("The user is the referee, not the candidate."),
    ),
    person(
        YASMINE,
        "delta-data-podcast-guest",
        "other",
        frm=("Hany Ragab", "hany@deltadata-podcast.example"),
        subject="Podcast interview - Delta Data episode 88",
        date=dh("2034-10-03 20:00", "Africa/Cairo"),
        body=(
            "Hi Yasmine,\n\nWe loved your talk at PyCon Egypt and would love to interview you "
            "for episode 88 of the Delta Data podcast. Recording would be "
            f"{d('2034-10-15', 'uk')} at 19:00 Cairo time, about 45 minutes, remote.\n\n"
            "Let me know if that works!\nHany\n"
        ),
        label=note("Media interview with the user as guest (not a job interview)."),
    ),
    with_cal(
        ZOFIA,
        "google-1on1-current-manager",
        "other",
        frm=("Marek Sobczak (Google Calendar)", "calendar-notification@google.com"),
        reply_to=("Marek Sobczak", "marek.sobczak@wislabyte.example"),
        subject="Invitation: Zofia / Marek 1:1 @ Mon 16 Oct 2034 10am - 10:30am (CEST)",
        date=dh("2034-10-13 16:00", "Europe/Warsaw"),
        body=(
            "Marek Sobczak has invited you to an event\n\nZofia / Marek 1:1\n\nWhen\n"
            f"{d('2034-10-16', 'uky')} ⋅ 10am – 10:30am (Central European Time - Warsaw)\n\n"
            "Details\nQuarterly goals and the analytics roadmap.\n"
        ),
        event={
            "start": "2034-10-16 10:00",
            "zone": "Europe/Warsaw",
            "minutes": 30,
            "summary": "Zofia / Marek 1:1",
            "organizer": ("Marek Sobczak", "marek.sobczak@wislabyte.example"),
            "attendees": [("Zofia Wierzbicka-Onu", "zofia.wierzbicka@example.org")],
            "prodid": k4.GOOGLE,
        },
        ics_mode="both",
        style="google",
        label=note("A 1:1 with the current manager at work (not an interview)."),
    ),
    person(
        KAIYING,
        "flat-viewing-confirmed",
        "other",
        frm=("Harbourview Lettings", "viewings@harbourview-lettings.example"),
        subject="Viewing confirmed: Flat 12B, Tai Hang",
        date=dh("2034-10-20 12:30", "Asia/Hong_Kong"),
        body=(
            "Dear Kai-ying,\n\nYour viewing of Flat 12B, 8 Tai Hang Road is confirmed for "
            f"{d('2034-10-24', 'uk')} at 6:30 pm. Our agent Mr. Cheung will meet you in the "
            "lobby.\n\nHarbourview Lettings\n"
        ),
        label=note("Flat viewing appointment."),
    ),
    vendor(
        TANVIR,
        "veripath-screening-consent-form",
        "other",
        frm=("VeriPath Screening", "no-reply@veripath-screening.example"),
        subject="Action required: consent for your background check (Meghna Fintech Labs)",
        date=dh("2034-11-12 13:00", "Asia/Dhaka"),
        body=(
            "Hello Tanvir,\n\nMeghna Fintech Labs has requested a background check as part of "
            "your application. Please review and sign the consent form within 5 days.\n\n"
            "Start: https://veripath-screening.example/consent/7fa2\n\nVeriPath Screening\n"
        ),
        label=note("Background check request after interviews."),
    ),
    person(
        RAMI,
        "will-be-in-touch-about-interviews",
        "other",
        frm=("Nour Abi Saab", "nour.abisaab@qadishadata.example"),
        subject="Re: Analytics Engineer application",
        date=dh("2034-10-17 15:40", "Asia/Beirut"),
        body=(
            "Dear Rami,\n\nThank you for your interest. I've shared your CV with Karim, our "
            "Data Platform Lead. If he'd like to proceed, I'll be in touch to arrange an "
            "interview, most likely for the week after next.\n\nBest,\nNour\n"
        ),
        label=note("Mentions a possible interview; books nothing and asks nothing."),
    ),
    vendor(
        DARNELL,
        "us-visa-interview-appointment",
        "other",
        frm=("US Visa Appointment Service", "no-reply@visa-appointments.example"),
        subject="Appointment Confirmation - Visa Interview",
        date=dh("2034-10-04 10:00", "America/Chicago"),
        body=(
            "Appointment Confirmation\n\nApplicant: OKONKWO-BRIGGS, DARNELL\nVisa class: H-1B "
            "(renewal)\nPost: Lagos\nInterview date: 11/28/2034\nTime: 08:15\n\n"
            "Please bring this confirmation, your passport and the DS-160 barcode page to "
            "your visa interview.\n"
        ),
        label=note("Consular visa interview (not a job interview)."),
    ),
    vendor(
        HUMAIRA,
        "sindhu-interview-feedback-survey",
        "other",
        frm=("Sindhu Ledgerworks Talent", "survey@sindhu-ledgerworks.example"),
        subject="How was your interview experience?",
        date=dh("2034-11-15 10:00", "Asia/Karachi"),
        body=(
            "Dear Humaira,\n\nThank you for interviewing with Sindhu Ledgerworks. We'd value two "
            "minutes of your feedback on the process - it is anonymous and has no effect on "
            "your application.\n\nTake the survey: https://sindhu-ledgerworks.example/survey/cx\n"
        ),
        label=note("Candidate survey after the interview."),
    ),
]
