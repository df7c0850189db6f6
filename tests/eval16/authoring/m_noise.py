"""Automatic answers, mass mail and other mail, with traps (English)."""

from __future__ import annotations

from tests.eval.authoring.common import Msg, headers
from tests.eval.authoring.mime import leaf, message, multi

from .kit import (
    AMA,
    AUTO,
    AVIAJA,
    BRADY,
    CEM,
    DEVIKA,
    DIMAS,
    ELEFTHERIA,
    FAISAL,
    FEMKE,
    GONZALO,
    INES,
    JARRAH,
    KEISHA,
    MATILDA,
    NILOUFAR,
    OMAR,
    OUTLOOK,
    PEISHAN,
    ROWAN,
    SABINA,
    SIPHO,
    TOBIAS,
    XINYI,
    bulk,
    d,
    dh,
    exchange,
    invite,
    lab,
    note,
    own,
    person,
    raw_mail,
    vendor,
)


def _gmail_bounce() -> Msg:
    """A Gmail delivery failure notice: multipart/report with the text Gmail writes."""
    date = dh("2035-03-06 09:12", "Asia/Kathmandu")
    hdrs = headers(
        SABINA,
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        date=date,
        msgid="<placeholder@mx.google.com>",
        helo="mail-sor-f69.google.com",
        ip="192.0.2.88",
        extra=[("Auto-Submitted", "auto-replied")],
        return_path="",
    )
    text = (
        "** Address not found **\n\n"
        "Your message wasn't delivered to careers@himalhydro-np.example because the address "
        "couldn't be found, or is unable to receive mail.\n\n"
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n550 5.1.1 The email account that you tried to reach does not "
        "exist.\n"
    )
    status = (
        "Reporting-MTA: dns; googlemail.com\nArrival-Date: " + date + "\n\n"
        "Final-Recipient: rfc822; careers@himalhydro-np.example\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried "
        "to reach does not exist.\n"
    )
    original = (
        "From: Sabina Gurung-Rai <sabina.gurung@example.net>\n"
        "To: careers@himalhydro-np.example\n"
        "Subject: Application - Hydropower Project Officer\n"
        f"Date: {date}\n"
    )
    body = multi(
        "report",
        "000000000000b7e1c4a0e1f2d3c4",
        leaf("text/plain", text, charset="UTF-8", cte="quoted-printable"),
        leaf("message/delivery-status", status, charset=None, cte="7bit"),
        leaf("text/rfc822-headers", original, charset=None, cte="7bit"),
        params="report-type=delivery-status",
    )
    return own(
        Msg(
            "gmail-bounce-application-address-not-found",
            "auto_reply",
            SABINA,
            message(hdrs, body),
            note("Gmail non-delivery report for the user's application (RFC 3464)."),
        )
    )


AUTO_REPLIES = [
    raw_mail(
        DEVIKA,
        "northshore-recruiter-ooo-back-tuesday",
        "auto_reply",
        frm=("Priya Venkatesh", "priya.venkatesh@northshoreaudio.example"),
        subject="Automatic reply: Availability for onsite",
        date=dh("2035-03-23 10:04", "America/Vancouver"),
        body=(
            "Hi there,\n\nThanks for your note! I'm out of the office with limited access to "
            f"email and will be back on {d('2035-04-03', 'us')}. If your message is urgent, "
            "please reach out to recruiting@northshoreaudio.example.\n\nPriya\n"
        ),
        extra=[
            *AUTO,
            ("X-MS-Exchange-Inbox-Rules-Loop", "priya.venkatesh@northshoreaudio.example"),
        ],
        label=note(
            "Recruiter out-of-office with a month-first return date.", return_date="2035-04-03"
        ),
    ),
    raw_mail(
        KEISHA,
        "harrowgate-hr-parental-leave-autoreply",
        "auto_reply",
        frm=("Gwendolyn Marsh", "gmarsh@harrowgatemutual.example"),
        subject="Automatic reply: Offer letter question",
        date=dh("2035-04-05 13:30", "America/New_York"),
        body=(
            "Thank you for your email. I am currently on parental leave. For all recruiting "
            "matters please contact Talent Acquisition at talent@harrowgatemutual.example, "
            "who will be happy to help.\n\nGwendolyn\n"
        ),
        extra=AUTO,
        label=note("Out-of-office without any return date."),
    ),
    vendor(
        FEMKE,
        "polder-robotics-helpdesk-ticket-ack",
        "auto_reply",
        frm=("Polder Robotics People Support", "support@polderrobotics.zendesk.com"),
        subject="[Request received] Travel reimbursement for interview (#48213)",
        date=dh("2035-02-21 08:40", "Europe/Amsterdam"),
        body=(
            "Your request (48213) has been received and is being reviewed by our support "
            "staff.\n\nTo add additional comments, reply to this email.\n\n"
            "Femke Oosterbroek-Alami\n\nHi, could you let me know how I can claim my train "
            "ticket to Delft for yesterday's interview?\n"
        ),
        extra=[("Auto-Submitted", "auto-replied")],
        label=note("Zendesk ticket acknowledgement; the interview is in the past."),
    ),
    raw_mail(
        AMA,
        "accra-brewery-careers-autoresponder",
        "auto_reply",
        frm=("Careers - Coastline Brewing", "careers@coastlinebrewing.example"),
        subject="Re: Application - Quality Assurance Officer",
        date=dh("2035-02-19 07:02", "Africa/Accra"),
        body=(
            "Thank you for your email to Coastline Brewing Careers.\n\nThis mailbox is "
            "monitored during working hours. We read every application and will contact "
            "shortlisted candidates within three weeks. Due to the high number of "
            "applications, we are unable to respond to each one individually.\n\n"
            "This is an automated response.\n"
        ),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        label=note("Careers mailbox autoresponder."),
    ),
    _gmail_bounce(),
    raw_mail(
        XINYI,
        "jade-river-hr-ooo-chinese-english",
        "auto_reply",
        frm=("孙文迪 Wendy Sun", "wendy.sun@jaderivercap.example"),
        subject="自动回复: Final round scheduling - Quant Developer",
        date=dh("2035-04-14 09:00", "Asia/Shanghai"),
        body=(
            "您好，我目前休假中，将于2035年4月17日返回办公室。如有急事，请联系 "
            "hr@jaderivercap.example。\n\n"
            + "Hello, I am on leave and will be back in the office on 17 April 2035. For "
            "urgent matters please contact hr@jaderivercap.example.\n\nWendy\n"
        ),
        charset="GB18030",
        cte="base64",
        subject_method="B",
        name_charset="GB18030",
        name_method="B",
        extra=AUTO,
        label=note(
            "Chinese and English out-of-office (GB18030, base64).", return_date="2035-04-17"
        ),
    ),
    raw_mail(
        ROWAN,
        "lagoon-research-field-station-ooo",
        "auto_reply",
        frm=("Ewan Stackpole", "ewan.stackpole@lagoonresearch.example"),
        subject="Out of office: Field Technician interview follow-up",
        date=dh("2035-04-03 16:20", "Australia/Lord_Howe"),
        body=(
            "G'day,\n\nI'm at the Ball's Pyramid monitoring station without reception. I'll "
            f"be back in the office on {d('2035-04-16', 'uk')} and will reply then.\n\n"
            "Ewan\n"
        ),
        extra=AUTO,
        label=note("Out-of-office with a day-first return date.", return_date="2035-04-16"),
    ),
]

BULK = [
    vendor(
        JARRAH,
        "linkedin-jobs-you-may-be-interested-in",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="Geotechnical Engineer at Pilbara Iron and 7 more jobs in Perth",
        date=dh("2035-03-04 07:15", "Australia/Perth"),
        body=(
            "Your job alert for geotechnical engineer in Perth, Western Australia\n\n"
            "Geotechnical Engineer - Pilbara Iron - Perth WA - Actively recruiting\n"
            "Senior Geotechnical Engineer - Mineral Sands Co - Bunbury WA\n"
            "Mine Geotechnical Engineer - Goldfields Contractors - Kalgoorlie WA\n\n"
            "See all jobs\n\nYou are receiving Job Alert emails. Unsubscribe\n"
        ),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/unsub"),
        label=note("LinkedIn job alert."),
    ),
    vendor(
        MATILDA,
        "glassdoor-interview-questions-digest",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="Product Manager interview questions people are sharing this week",
        date=dh("2035-03-11 06:45", "Australia/Sydney"),
        body=(
            "Hi Matilda,\n\nGet ready for your next interview. Here's what candidates were "
            "asked this week for Product Manager roles:\n\n"
            '"Tell me about a time you said no to a stakeholder." - Logistics company, '
            'Sydney\n"How would you price a new freight product?" - Fintech, Melbourne\n\n'
            "Read 214 interview reviews\n\nManage email preferences\n"
        ),
        extra=bulk("<digest.glassdoor.com>", "https://www.glassdoor.com/unsubscribe/9a1"),
        label=note("Interview-themed digest."),
    ),
    vendor(
        KEISHA,
        "indeed-hiring-event-interview-on-the-spot",
        "bulk",
        frm=("Indeed", "no-reply@indeed.com"),
        to="kdb.applications@example.net",
        subject=f"Hiring event near you: interview on the spot, {d('2035-03-24', 'short')}",
        date=dh("2035-03-16 12:00", "America/New_York"),
        body=(
            "Indeed Hiring Event\n\nHospitality & Guest Services Hiring Event - Baltimore\n"
            f"{d('2035-03-24', 'usy')}, 10:00 AM - 2:00 PM EDT\n\n"
            "Meet employers and interview on the spot. Register to reserve your place.\n\n"
            "Register now\n\nYou received this because you're subscribed to hiring event "
            "updates. Unsubscribe\n"
        ),
        extra=bulk("<events.indeed.com>", "https://www.indeed.com/unsubscribe/he/77"),
        label=note("Hiring event invitation to the user's second address; not an interview."),
    ),
    vendor(
        ELEFTHERIA,
        "gridwise-newsletter-the-interview-issue",
        "bulk",
        frm=("Gridwise Weekly", "newsletter@gridwise.example"),
        subject="The Interview Issue: 6 grid operators on hiring in 2035",
        date=dh("2035-03-17 08:00", "Europe/Athens"),
        body=(
            "GRIDWISE WEEKLY - Issue 212\n\nThe Interview Issue\n\nWe interviewed six "
            "transmission system operators about how they hire power systems engineers, what "
            "they ask in interviews, and which skills they can't find.\n\nRead the issue\n\n"
            "Also this week: battery storage tenders in southern Europe.\n\n"
            "You're receiving this because you subscribed at gridwise.example. Unsubscribe\n"
        ),
        extra=bulk("<weekly.gridwise.example>", "https://gridwise.example/unsubscribe?u=e41"),
        label=note("Trade newsletter whose articles are interviews."),
    ),
    vendor(
        OMAR,
        "alumni-careers-mock-interview-week",
        "bulk",
        frm=("AUC Alumni Careers", "careers-alumni@nileuniversity.example"),
        subject="Mock Interview Week starts Sunday - book your slot",
        date=dh("2035-04-05 10:00", "Africa/Cairo"),
        body=(
            "Dear alumni,\n\nOur Mock Interview Week runs from Sunday 8 April to Thursday "
            "12 April. Volunteer recruiters from 20 companies will run 30-minute practice "
            "interviews with feedback.\n\nBook a slot on the careers portal.\n\n"
            "Alumni Careers Office\n\nUnsubscribe from alumni mailings\n"
        ),
        extra=bulk("<alumni.nileuniversity.example>", "https://nileuniversity.example/u/71"),
        label=note("Alumni mailing about practice interviews."),
    ),
    vendor(
        DIMAS,
        "bootcamp-webinar-behavioral-interview",
        "bulk",
        frm=("Kodekita Academy", "events@kodekita.example"),
        subject="Live webinar: Ace your behavioural interview",
        date=dh("2035-03-12 15:00", "Asia/Jakarta"),
        body=(
            'Hi Dimas,\n\nJoin our free live webinar "Ace your behavioural interview" on '
            f"{d('2035-03-22', 'uk')} at 19:00 WIB with senior recruiters from regional tech "
            "companies.\n\nSave my seat\n\nKodekita Academy\nUnsubscribe\n"
        ),
        extra=bulk("<events.kodekita.example>", "https://kodekita.example/unsub?e=dp"),
        label=note("Webinar about interviews; not an interview."),
    ),
]

OTHER = [
    vendor(
        CEM,
        "cem-on-panel-greenhouse-interview-kit",
        "other",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        subject="You're interviewing Arda Kılıç for Backend Engineer tomorrow",
        date=dh("2035-03-06 17:00", "Europe/Istanbul"),
        body=(
            "Hi Cem,\n\nYou're scheduled to interview Arda Kılıç for Backend Engineer "
            f"(Payments) on {d('2035-03-07', 'usy')} at 2:00 PM (GMT+03:00) Istanbul.\n\n"
            "Your focus: System design - Payments ledger\n\nView interview kit\n"
            "Please submit your scorecard within 24 hours of the interview.\n"
        ),
        label=note("The user interviews someone at his current job."),
    ),
    vendor(
        TOBIAS,
        "dentist-appointment-reminder",
        "other",
        frm=("Marylebone Dental Care", "appointments@marylebonedental.example"),
        subject="Appointment reminder",
        date=dh("2035-03-12 09:00", "Europe/London"),
        body=(
            "Dear Tobias,\n\nThis is a reminder of your appointment with Dr. Amrit Sethi on "
            f"{d('2035-03-15', 'uk')} at 8:20am.\n\nPlease reply C to confirm or call us on "
            "020 7946 0321 to rearrange. A fee applies to missed appointments.\n\n"
            "Marylebone Dental Care\n"
        ),
        label=note("Dentist appointment."),
    ),
    vendor(
        MATILDA,
        "rental-routine-inspection-notice",
        "other",
        frm=("Harbourside Property Management", "pm@harboursideproperty.example"),
        subject="Notice of routine inspection - Unit 4/22 Ocean St",
        date=dh("2035-03-26 11:10", "Australia/Sydney"),
        body=(
            "Dear Matilda,\n\nWe will carry out a routine inspection of your property on "
            f"{d('2035-04-12', 'uk')} between 10:00am and 11:00am. You do not need to be "
            "home.\n\nKind regards,\nHarbourside Property Management\n"
        ),
        label=note("Rental inspection."),
    ),
    invite(
        KEISHA,
        "user-interviews-research-session-confirmed",
        "other",
        start="2035-03-22 15:00",
        zone="America/New_York",
        minutes=60,
        summary="Research session: remote work tools study",
        organizer=("User Interviews", "sessions@userinterviews.com"),
        attendees=[("Keisha Delacroix-Burns", "keisha.delacroix@example.com")],
        prodid=OUTLOOK,
        ics_mode="attach",
        frm=("User Interviews", "sessions@userinterviews.com"),
        subject="You're confirmed! Research session on Thursday",
        date=dh("2035-03-18 14:22", "America/New_York"),
        body=(
            "You're confirmed for a research session!\n\nStudy: Remote work tools study\n"
            f"When: {d('2035-03-22', 'usy')}, 3:00 PM ET (60 minutes)\n"
            "Incentive: $90 gift card\n\nThe researcher will send a video link. Please join "
            "from a quiet place with a working webcam.\n\nUser Interviews\n"
        ),
        label=note("A paid user-research session ('User Interviews'), not a job interview."),
    ),
    vendor(
        FAISAL,
        "tuwaiq-water-power-taleo-application-received",
        "other",
        frm=("Tuwaiq Water & Power Careers", "tuwaiqwp@taleo.net"),
        subject="Application received - Senior Reliability Engineer (35-0412)",
        date=dh("2035-03-25 10:14", "Asia/Riyadh"),
        body=(
            "Dear Faisal Al-Mutairi Grant,\n\nThank you for applying for the position of "
            "Senior Reliability Engineer. Your application has been received and will be "
            "reviewed by our recruitment team. Shortlisted candidates will be contacted for "
            "an interview.\n\nRegards,\nTalent Acquisition\n"
        ),
        label=note("Application acknowledgement that only promises interviews."),
    ),
    person(
        SIPHO,
        "friend-mock-interview-saturday",
        "other",
        frm=("Thabo Mokoena", "thabo.mokoena@example.org"),
        subject="mock interview sat?",
        date=dh("2035-02-22 21:30", "Africa/Johannesburg"),
        body=(
            "Hey bru, still keen to do a mock interview before your Karoo thing? I can do "
            "Saturday 10am at the coffee place in Parkhurst. I'll grill you on system design "
            "haha\n\nT\n"
        ),
        label=note("A friend offers a practice interview."),
    ),
    vendor(
        NILOUFAR,
        "caspian-analytics-take-home-assignment",
        "other",
        frm=("Caspian Analytics Hiring", "hiring@caspiananalytics.example"),
        subject="Next step: take-home assignment",
        date=dh("2035-03-10 12:30", "Asia/Tehran"),
        body=(
            "Dear Niloufar,\n\nThank you for your interest. As the next step, please complete "
            "the attached take-home case study on regulatory submissions and return it "
            "within five working days. We'll review it and contact you about the interview "
            "stage.\n\nBest regards,\nCaspian Analytics Hiring\n"
        ),
        label=note("Take-home assignment; no interview set."),
    ),
    exchange(
        PEISHAN,
        "current-job-performance-review",
        "other",
        start="2035-03-29 10:00",
        zone="Taipei Standard Time",
        minutes=60,
        subject="Annual performance review - Pei-shan",
        organizer=("Wu Chia-hao", "chiahao.wu@keelungsemi.example"),
        attendees=[],
        date=dh("2035-03-19 09:30", "Asia/Taipei"),
        text="Hi Pei-shan, let's go through your annual review and goals for next year.\n\nChia-hao",
        label=note("Review meeting with the current manager."),
    ),
    person(
        DEVIKA,
        "informational-chat-coffee",
        "other",
        frm=("Harpreet Bains", "harpreet.bains@example.org"),
        subject="Re: Coffee chat about producing",
        date=dh("2035-04-02 08:50", "America/Vancouver"),
        body=(
            "Hi Devika! Happy to chat - I'm not hiring, but glad to share what I know about "
            "the studios here. How about Friday at 8:30 at Revolver on Cambie?\n\nHarpreet\n"
        ),
        label=note("An informational chat with a stranger in the industry, not an interview."),
    ),
    person(
        BRADY,
        "aspen-ridge-thanks-for-coming-in",
        "other",
        frm=("Felix Abernathy", "fabernathy@aspenridgelabs.example"),
        subject="Thanks for today",
        date=dh("2035-03-19 15:10", "America/Denver"),
        body=(
            "Brady, thanks for taking the time today - really enjoyed the conversation about "
            "your warehouse routing work. Nadia will be in touch about next steps.\n\nFelix\n"
        ),
        label=note("Thank-you after the interview; no new time."),
    ),
    vendor(
        INES,
        "workday-application-under-review",
        "other",
        frm=("Tejo Energia Careers", "tejoenergia@myworkday.com"),
        subject="Your application status has changed",
        date=dh("2035-03-05 14:00", "Europe/Lisbon"),
        body=(
            "Dear Inês,\n\nThe status of your application for Energy Trading Analyst "
            "(R-20351) has changed to: Under Review.\n\nSign in to your candidate home to "
            "see details.\n\nTejo Energia Talent Acquisition\n"
        ),
        label=note("Workday status update."),
    ),
    person(
        AVIAJA,
        "sister-asks-about-flights-home",
        "other",
        frm=("Naja Lynge", "naja.lynge@example.com"),
        subject="Easter?",
        date=dh("2035-03-10 19:40", "America/Nuuk"),
        body=(
            "Hi Aviaja, are you coming to Ilulissat for Easter? Mum wants to know. Also good "
            "luck with the job applications, tell me if you get an interview!\n\nNaja\n"
        ),
        label=note("Family mail mentioning interviews in general."),
    ),
    person(
        GONZALO,
        "conference-talk-interview-speaker",
        "other",
        frm=("Mining Tech Summit Lima", "speakers@miningtechsummit.example"),
        subject="Speaker interview for our blog",
        date=dh("2035-03-28 11:00", "America/Lima"),
        body=(
            "Dear Gonzalo,\n\nThank you for speaking at Mining Tech Summit. Our editorial "
            "team would like to publish a short written interview with you ahead of the "
            "event. Could you answer the five questions below by email before April 10?\n\n"
            "Best regards,\nSummit Editorial Team\n"
        ),
        label=note("Media interview by email with the user as speaker."),
    ),
]

_ = (JARRAH, lab)
MESSAGES = AUTO_REPLIES + BULK + OTHER
