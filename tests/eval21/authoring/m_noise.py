"""Automatic answers, mass mail and look-alikes that are not the user's interviews (English)."""

from __future__ import annotations

from .kit import (
    AIBEK,
    AMARI,
    ANJALI,
    AROHA,
    AUTO,
    BODHI,
    COLETTE,
    DAKOTA,
    HARLAN,
    IMOGEN,
    KAIMANA,
    KEISHA,
    LACHLAN,
    LEYLA,
    MADDOX,
    MARIAMA,
    MARISOL,
    MINJAE,
    NIAMH,
    SAID,
    SHUFEN,
    SIOSAIA,
    TENDAI,
    TISHA,
    booking,
    bounce,
    bulk,
    d,
    dh,
    google,
    html_mail,
    note,
    outlook,
    person,
    raw_mail,
    vendor,
)

AUTOS = [
    raw_mail(
        KEISHA,
        "ooo-recruiter-back-monday",
        "auto_reply",
        frm=("Dana Whitfield", "dana.whitfield@gulfcoasttalent.example"),
        subject="Automatic reply: Supply Chain Analyst - my availability",
        date=dh("2040-06-29 08:12", "America/Chicago"),
        body=(
            "Thank you for your email. I am out of the office with limited access to email "
            f"and will return on {d('2040-07-09')}.\n\n"
            "For urgent recruiting questions please contact recruiting@gulfcoasttalent.example."
            "\n\nDana Whitfield"
        ),
        extra=[*AUTO, ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
        label=note("Out-of-office answer with a return date.", return_date="2040-07-09"),
    ),
    raw_mail(
        TENDAI,
        "zambezi-careers-automated-response",
        "auto_reply",
        frm=("Zambezi Solar Careers", "careers@zambezisolar.example"),
        subject="Re: Application - Field Data Officer",
        date=dh("2040-06-20 22:41", "Africa/Harare"),
        body=(
            "This is an automated response. Thank you for contacting Zambezi Solar Careers. "
            "Your email has been received and will be reviewed by our recruitment team. Due "
            "to the high volume of applications, only shortlisted candidates will be "
            "contacted for interviews.\n\nPlease do not reply to this message."
        ),
        extra=AUTO,
        label=note("Autoresponder of a careers mailbox.", company="Zambezi Solar"),
    ),
    bounce(
        SAID,
        "bounce-reply-to-old-recruiter-address",
        reporter="MAILER-DAEMON@mx.example.org",
        date=dh("2040-07-05 09:02", "Asia/Muscat"),
        text=(
            "This is the mail system at host mx.example.org.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "<maryam.b@sohargateway-old.example>: host mx.sohargateway-old.example said:\n"
            "    550 5.1.1 User unknown (in reply to RCPT TO command)\n"
        ),
        status=(
            "Reporting-MTA: dns; mx.example.org\n\n"
            "Final-Recipient: rfc822; maryam.b@sohargateway-old.example\n"
            "Action: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
        ),
        original=(
            "From: Said Al-Harthy Monroe <said.alharthy@example.net>\n"
            "To: maryam.b@sohargateway-old.example\n"
            "Subject: Re: Interview - Port Planning Lead\n"
            "Date: " + dh("2040-07-05 09:01", "Asia/Muscat") + "\n"
        ),
        label=note("Bounce of the user's own reply."),
    ),
    raw_mail(
        AROHA,
        "ooo-hiring-manager-parental-leave",
        "auto_reply",
        frm=("Marama Eruera", "marama.eruera@kapitiwater.example"),
        subject="Out of office: Re: Interview follow-up",
        date=dh("2040-06-24 10:10", "Pacific/Auckland"),
        body=(
            "Kia ora, I'm on parental leave until Monday 3 September 2040. For anything about "
            "the Asset Planner recruitment please contact Sam Thorne (sam.thorne@kapitiwater."
            "example).\n\nNgā mihi, Marama"
        ),
        extra=AUTO,
        label=note("Out-of-office with a return date.", return_date="2040-09-03"),
    ),
    raw_mail(
        AMARI,
        "away-conducting-interviews-autoreply",
        "auto_reply",
        frm=("Pete Lindgren", "pete.lindgren@wolverinemfg.example"),
        subject="Auto: Re: Follow-up on my application",
        date=dh("2040-07-23 13:55", "America/Detroit"),
        body=(
            "Hi, I'm away at our Grand Rapids plant conducting interviews this week and "
            f"back in the office on {d('2040-07-30')}. I'll reply as soon as I can.\n\nPete"
        ),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        label=note(
            "Auto-reply that mentions the sender conducting interviews; not the user's.",
            return_date="2040-07-30",
        ),
    ),
]

MASS = [
    vendor(
        MADDOX,
        "linkedin-interview-prep-newsletter",
        "bulk",
        frm=("LinkedIn News", "news@linkedin.com"),
        subject="5 questions to expect in your next product interview",
        date=dh("2040-07-07 06:30", "America/Los_Angeles"),
        body=(
            "Career Tips Weekly\n\n"
            "Got an interview coming up? Here are the five questions hiring managers ask most "
            "for product roles, and how to structure your answers.\n\n"
            "1. Tell me about a product you love\n2. How would you prioritise this roadmap?\n"
            "3. Walk me through a launch that failed\n...\n\n"
            "Read more: https://www.linkedin.com/news/story/product-interview-questions\n\n"
            "Unsubscribe: https://www.linkedin.com/e/unsubscribe"
        ),
        to="maddox.jobs@example.com",
        extra=bulk("<career-tips.linkedin.com>", "https://www.linkedin.com/e/unsubscribe"),
        label=note("Newsletter about interviews."),
    ),
    vendor(
        DAKOTA,
        "indeed-supply-planner-alert-louisville",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Hiring now - interviews this week: 14 new Supply Planner jobs near Louisville, KY",
        date=dh("2040-07-16 07:02", "America/Kentucky/Louisville"),
        body=(
            "Supply Planner - Derby City Foods - Louisville, KY\nInterviewing now · Easily apply"
            "\n\nInventory Analyst - Bluegrass Parts Co. - Jeffersontown, KY\nHiring multiple "
            "candidates\n\n...\n\nSee all jobs: https://www.indeed.com/jobs?q=supply+planner\n\n"
            "Unsubscribe: https://www.indeed.com/alerts/unsubscribe"
        ),
        extra=bulk("<jobalerts.indeed.com>", "https://www.indeed.com/alerts/unsubscribe"),
        label=note("Job alert with 'interviewing now' badges."),
    ),
    booking(
        LACHLAN,
        "registered-free-webinar-three-interviewers",
        "bulk",
        prodid="-//Harbour Careers Co//Events//EN",
        start="2040-07-26 12:30",
        zone="Australia/Sydney",
        minutes=60,
        summary="Webinar: Ace your panel interview",
        organizer=("Harbour Careers Co", "events@harbourcareers.example"),
        attendees=[],
        date=dh("2040-07-19 08:00", "Australia/Sydney"),
        frm=("Harbour Careers Co", "events@harbourcareers.example"),
        subject="You're registered: Ace your panel interview (free webinar)",
        body=(
            "Thanks for registering!\n\n"
            f"Ace your panel interview - {d('2040-07-26', 'uk')}, 12:30pm AEST\n\n"
            "Our coaches will walk through how to handle three interviewers at once, with live "
            "Q&A. Add the attached event to your calendar.\n\n"
            "You're receiving this because you signed up at harbourcareers.example. "
            "Unsubscribe: https://harbourcareers.example/unsub"
        ),
        extra=bulk("<webinars.harbourcareers.example>", "https://harbourcareers.example/unsub"),
        label=note("Webinar registration about interviews, with a calendar."),
    ),
    vendor(
        IMOGEN,
        "alumni-careers-mock-interview-clinics",
        "bulk",
        frm=("Alumni Careers Service", "careers@stheliercollege.example"),
        subject="Summer mock interview clinics - book your place",
        date=dh("2040-06-11 09:00", "Europe/Jersey"),
        body=(
            "Dear alumni,\n\n"
            "Our summer mock interview clinics run every Tuesday in July. Practise with a "
            "volunteer employer and get written feedback.\n\n"
            "Book: https://stheliercollege.example/careers/mock-interviews\n\n"
            "You are receiving this as a member of the alumni network."
        ),
        extra=bulk(
            "<alumni-careers.stheliercollege.example>",
            "https://stheliercollege.example/unsubscribe",
        ),
        label=note("Alumni mass mail about practice interviews."),
    ),
    vendor(
        NIAMH,
        "agency-newsletter-hot-roles-galway",
        "bulk",
        frm=("Atlantic Technical Recruitment", "news@atlantictech-rec.example"),
        subject="This week's hot roles in the West + our interview checklist",
        date=dh("2040-07-16 07:45", "Europe/Dublin"),
        body=(
            "Hi Niamh,\n\nThis week's hot roles:\n- Validation Engineer, Ballybrit\n"
            "- Quality Lead, Oranmore\n- Process Engineer, Parkmore\n\n"
            "Plus: download our one-page interview checklist.\n\n"
            "Unsubscribe: https://atlantictech-rec.example/unsubscribe"
        ),
        extra=bulk(
            "<news.atlantictech-rec.example>", "https://atlantictech-rec.example/unsubscribe"
        ),
        label=note("Agency newsletter."),
    ),
    html_mail(
        SHUFEN,
        "hirevue-marketing-interviewing-at-scale",
        "bulk",
        frm=("HireVue", "marketing@hirevue.com"),
        subject="Interview smarter: the 2040 candidate experience report",
        date=dh("2040-08-14 21:00", "Asia/Kuching"),
        markup=(
            "<h2>The 2040 Candidate Experience Report</h2>\n"
            "<p>How do candidates feel about video interviews? We asked 12,000 of them.</p>\n"
            '<p><a href="https://www.hirevue.com/resources/report-2040">Download the report</a>'
            "</p>\n"
            '<p style="font-size:10px"><a href="https://www.hirevue.com/unsubscribe">'
            "Unsubscribe</a></p>"
        ),
        extra=bulk("<marketing.hirevue.com>", "https://www.hirevue.com/unsubscribe"),
        label=note("Vendor marketing about interviews."),
    ),
]

LOOKALIKES = [
    outlook(
        ANJALI,
        "user-on-interview-panel-at-work",
        "other",
        start="2040-07-12 14:00",
        zone="Eastern Standard Time",
        minutes=45,
        subject="Interview: Jamal Reed - Clinical Data Coordinator (you are interviewing)",
        organizer=("Priscilla Vo", "priscilla.vo@empirestateclinical.example"),
        attendees=[("Tom Haskins", "tom.haskins@empirestateclinical.example")],
        date=dh("2040-07-09 12:30", "America/New_York"),
        label=note("The user sits on her current employer's panel to interview a candidate."),
        text=(
            "Hi Anjali and Tom,\n\nPlease interview Jamal Reed for the Clinical Data "
            "Coordinator opening. His resume and the scorecard are in the hiring folder. "
            "Anjali, please cover SQL and data-quality questions.\n\nPriscilla\nRecruiting"
        ),
    ),
    person(
        TISHA,
        "journalist-wants-to-interview-you",
        "other",
        frm=("Marcus Joseph", "marcus.joseph@helenstar.example"),
        subject="Interview request - women in renewable energy feature",
        date=dh("2040-07-02 11:15", "America/St_Lucia"),
        body=(
            "Dear Ms Joseph-Augustin,\n\n"
            "I'm a reporter with The Helen Star. We're running a feature on women in renewable "
            "energy in St Lucia and I'd love to interview you about your solar cooperative "
            f"work. Would {d('2040-07-06', 'uk')} at 3pm work for a 30-minute phone "
            "interview?\n\nBest,\nMarcus Joseph\nBusiness Reporter"
        ),
        label=note("A journalist asks to interview the user for an article."),
    ),
    raw_mail(
        COLETTE,
        "riverview-dental-cleaning-reminder",
        "other",
        frm=("Riverview Dental", "reminders@riverviewdental.example"),
        subject="Appointment reminder: Thursday, June 28 at 8:40 AM",
        date=dh("2040-06-26 09:00", "America/Moncton"),
        body=(
            "Hi Colette,\n\nThis is a reminder of your appointment with Dr. Leger on "
            f"{d('2040-06-28')} at 8:40 AM (cleaning and check-up).\n\n"
            "Reply C to confirm or call 506-555-0142 to reschedule.\n\nRiverview Dental"
        ),
        label=note("Dentist reminder."),
    ),
    person(
        MARISOL,
        "mortgage-advisor-meeting-confirmed",
        "other",
        frm=("Luis Navarro", "luis.navarro@baysidecu.example"),
        subject="Confirmed: mortgage consultation Friday",
        date=dh("2040-07-23 14:00", "America/New_York"),
        body=(
            "Hi Marisol,\n\nYou're confirmed for your mortgage pre-approval consultation on "
            f"{d('2040-07-27')} at 12:30 PM at our Coral Way branch. Please bring two recent "
            "pay stubs and your last two tax returns.\n\nLuis Navarro\nMortgage Loan Officer, "
            "Bayside Credit Union"
        ),
        label=note("Bank appointment, not an interview."),
    ),
    vendor(
        LEYLA,
        "visa-interview-appointment-consulate",
        "other",
        frm=("Visa Appointment Service", "noreply@visas.example"),
        subject="Appointment Confirmation - Nonimmigrant Visa Interview",
        date=dh("2040-06-12 10:00", "Asia/Baku"),
        body=(
            "Applicant: LEYLA MAMMADOVA-PRICE\n"
            "Appointment type: Nonimmigrant Visa Interview\n"
            f"Date: {d('2040-06-29', 'usy')}\nTime: 08:15\n"
            "Location: Consular Section, 111 Example Avenue, Baku\n\n"
            "Bring your passport, the DS-160 confirmation page and this letter."
        ),
        label=note("Consular visa interview; not a job interview."),
    ),
    person(
        LACHLAN,
        "mate-asks-hows-the-pairing-go",
        "other",
        frm=("Josh Barrett", "josh.barrett@example.net"),
        subject="how'd it go??",
        date=dh("2040-07-23 18:20", "Australia/Sydney"),
        body=(
            "Oi, how'd the pairing interview go this morning? Did they make you do the "
            "whiteboard thing? Beers at the Lord Nelson Friday if you want to debrief.\n\nJosh"
        ),
        label=note("A friend asks how an interview went; proposes drinks."),
    ),
    vendor(
        MARIAMA,
        "application-received-if-shortlisted",
        "other",
        frm=("Freetown Port Authority Recruitment", "recruitment@freetownport.example"),
        subject="Application received - Marine Operations Officer",
        date=dh("2040-06-15 12:00", "Africa/Freetown"),
        body=(
            "Dear Mariama Kamara-Whitfield,\n\n"
            "We acknowledge receipt of your application for the position of Marine Operations "
            "Officer. If you are shortlisted, we will contact you to arrange an interview.\n\n"
            "Recruitment Unit"
        ),
        label=note("Application acknowledgement.", company="Freetown Port Authority"),
    ),
    person(
        KAIMANA,
        "thanks-for-interviewing-yesterday",
        "other",
        frm=("Leilani Fukuda", "leilani.fukuda@alohagrid.example"),
        subject="Thank you!",
        date=dh("2040-06-29 10:05", "Pacific/Honolulu"),
        body=(
            "Hi Kaimana,\n\nThank you for interviewing with us yesterday; Keoni and I both "
            "enjoyed the conversation. We're finishing interviews this week and will be in "
            "touch by next Friday at the latest.\n\nLeilani"
        ),
        label=note(
            "Past-tense thanks after the interview; no outcome yet.",
            company="Aloha Grid Cooperative",
        ),
    ),
    google(
        HARLAN,
        "quarterly-one-on-one-current-job",
        "other",
        start="2040-07-11 15:00",
        zone="America/Chicago",
        minutes=30,
        summary="Harlan / Mike 1:1 - Q3 check-in",
        organizer=("Mike Dvorak", "mike.dvorak@northstarcold.example"),
        guests=[],
        date=dh("2040-07-06 09:00", "America/Chicago"),
        caption="Central Time - Chicago",
        details="Quarterly check-in: goals, training budget, on-call rota.",
        meet="nsc-oneo-nsq",
        label=note("A one-to-one at the user's current job."),
    ),
    person(
        MINJAE,
        "podcast-guest-recording-invite",
        "other",
        frm=("Yuna Baek", "yuna@seoulbuilds.example"),
        subject="Guest on Seoul Builds podcast?",
        date=dh("2040-07-18 20:10", "Asia/Seoul"),
        body=(
            "Hi Min-jae,\n\nI host Seoul Builds, a podcast about engineers at Korean "
            "startups. Would you be up for an interview episode about your payments work? We "
            "usually record on Tuesday evenings, 8pm, in our studio in Seongsu.\n\nYuna"
        ),
        label=note("Podcast guest invitation; the user would be interviewed as a guest."),
    ),
    person(
        BODHI,
        "search-firm-staff-platform-outreach",
        "other",
        frm=("Lexi Moran", "lexi.moran@summitsearchpartners.example"),
        subject="Staff Platform Engineer - Salt Lake City",
        date=dh("2040-06-19 10:40", "America/Denver"),
        body=(
            "Hi Bodhi,\n\nI'm working with a well-funded climate analytics company in Salt Lake "
            "City that's building out its platform team. Given your Kubernetes background I "
            "think you'd be a great fit.\n\nIf you're open to hearing more, reply and I'll "
            "send over the details.\n\nLexi Moran\nSummit Search Partners"
        ),
        label=note("Cold outreach without any interview or time."),
    ),
    person(
        AIBEK,
        "thanks-will-revert-on-timing",
        "other",
        frm=("Nurlan Abdrakhmanov", "nurlan@alatoo-analytics.example"),
        subject="Re: Data Engineer application",
        date=dh("2040-06-26 12:30", "Asia/Bishkek"),
        body=(
            "Hi Aibek,\n\nThanks for your note and the portfolio link. I'll check with the "
            "team on timing and revert to you next week.\n\nBest,\nNurlan\nAla-Too Analytics"
        ),
        label=note("A human reply without any time or booking.", company="Ala-Too Analytics"),
    ),
    person(
        SIOSAIA,
        "take-home-case-due-friday",
        "other",
        frm=("Lesieli Tonga", "lesieli@vavaucoconut.example"),
        subject="Take-home case study - Marketing Coordinator",
        date=dh("2040-08-06 10:00", "Pacific/Tongatapu"),
        body=(
            "Malo e lelei Siosaia,\n\nAs the next step please complete the attached case "
            "study (a launch plan for our virgin coconut oil in New Zealand) and send it back "
            "by Friday at 5pm. We will review all submissions before deciding who to invite "
            "for interviews.\n\nLesieli\nVava'u Coconut Co."
        ),
        label=note("A take-home deadline, not an interview.", company="Vava'u Coconut Co."),
    ),
]

MESSAGES = AUTOS + MASS + LOOKALIKES
