"""The rest of a busy English inbox around a job search: acknowledgements, assessments and
take-home tasks, rejections in every tone, offers, out-of-office replies, alerts and
newsletters, network notifications, meetings that are not job interviews, a bounce."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AUTO,
    BRONWYN,
    CASSIA,
    DECLAN,
    EVANDER,
    FERGAL,
    GRETCHEN,
    HAMISH,
    IPHONE,
    JOLENE,
    KAVITHA,
    LEILANI,
    LORCAN,
    MATEO,
    NALEDI,
    PRISCILLA,
    RAJIV,
    ROHAN,
    SANTI,
    TAMSIN,
    THEA,
    TOBIAS,
    TOMASZ,
    WAMBUI,
    XIMENA,
    YUSUF,
    bounce,
    bulk,
    d,
    dh,
    hand,
    note,
    tool,
)

MESSAGES = [
    tool(
        THEA,
        "greenhouse-thanks-for-applying-halyard",
        "other",
        sent="2046-07-02 14:03",
        zone="America/New_York",
        frm=("Halyard Health Tech", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Halyard Health Tech",
        body="""Hi Thea,

Thanks for applying to the Analytics Engineer role at Halyard Health Tech. We've received
your application and our team will review it shortly. If your background is a match, a
member of our recruiting team will reach out about next steps.

In the meantime, learn more about life at Halyard: https://boards.greenhouse.io/halyardhealth

Best,
Halyard Talent Team
""",
        label=note("Application acknowledgement."),
    ),
    tool(
        JOLENE,
        "codesignal-assessment-deadline",
        "other",
        sent="2046-07-14 10:00",
        zone="America/Los_Angeles",
        frm=("Sundial Fintech Recruiting", "recruiting@sundial-fintech.example"),
        subject="Next step: online coding assessment (due in 5 days)",
        body=f"""Hi Jolene,

Thanks for your interest in Sundial Fintech! The next step is a 70-minute coding assessment.
You can take it any time before {d("2046-07-19", "us")} at 11:59 PM PT.

Start here: https://assessments.sundial-fintech.example/t/9c2a1

Please use a laptop with a stable connection. Once started the timer can't be paused.

Sundial Recruiting
""",
        label=note("Timed assessment with a deadline; not an interview."),
    ),
    hand(
        CASSIA,
        "take-home-case-study-brief",
        "other",
        sent="2046-07-31 12:20",
        zone="Europe/London",
        frm=("Rukhsana Malik", "rukhsana.malik@greyfriars-retail.example"),
        subject="Case study for the Product Analyst role",
        body="""Hi Cassia,

Thanks again for the chat last week. As mentioned, the next stage is a short case study.
Attached is the brief and a sample dataset (anonymised basket data).

Please send your slides (max 8) back by 9am on Monday 6 August. We don't expect more than 3-4
hours of work - please don't over-polish. If you're invited to the final stage you'll present
it to the panel.

Any questions, shout.

Rukhsana
""",
        label=note("Take-home task with a deadline; no interview booked."),
    ),
    tool(
        GRETCHEN,
        "rejection-ats-template-no-reply",
        "rejection",
        sent="2046-07-08 02:14",
        zone="America/Chicago",
        frm=("Cornbelt Foods Talent", "noreply@cornbelt-foods.example"),
        subject="Your application for Marketing Analyst",
        body="""Dear Gretchen,

Thank you for your interest in the Marketing Analyst position at Cornbelt Foods. After
careful review, we have decided to move forward with other candidates whose qualifications
more closely match our needs at this time.

We encourage you to apply for future openings that match your skills and experience.

Sincerely,
Cornbelt Foods Talent Acquisition

This is an automated message. Please do not reply.
""",
        label=note("Template rejection sent at 2am."),
    ),
    hand(
        TAMSIN,
        "warm-rejection-after-final",
        "rejection",
        sent="2046-08-24 16:48",
        zone="Europe/London",
        frm=("Joanne Treharne", "joanne.treharne@kernow-learning.example"),
        subject="Learning Designer - our decision",
        body="""Hi Tamsin,

I wanted to call but I know you're travelling, so I hope you don't mind an email. Thank you so
much for the time and thought you put into the process - Alun and I genuinely enjoyed meeting
you, and your storyboard exercise was one of the strongest we saw.

It was a really close decision, but we've offered the role to another candidate who has a bit
more experience with the authoring tools we use day to day.

I'd love to stay in touch - we're likely to open a second role in the new year and I'd be
delighted if you applied. Happy to give you more detailed feedback on a call if helpful.

Warmly,
Joanne
""",
        label=note("Kind rejection after the final interview."),
    ),
    hand(
        KAVITHA,
        "rejection-short-not-shortlisted-india",
        "rejection",
        sent="2046-08-27 18:30",
        zone="Asia/Kolkata",
        frm=("HR - Vindhya Analytics", "hr@vindhya-analytics.example"),
        subject="Status of your application - Lead Data Analyst",
        body="""Dear Candidate,

Thank you for applying for the position of Lead Data Analyst. We regret to inform you that
your profile has not been shortlisted for further rounds.

We wish you all the best.

Regards,
HR Team
Vindhya Analytics
""",
        label=note("Terse rejection."),
    ),
    hand(
        XIMENA,
        "rejection-after-screen-with-feedback",
        "rejection",
        sent="2046-09-14 11:00",
        zone="America/New_York",
        frm=("Corinne Belmonte", "corinne.belmonte@quarrystone-ai.example"),
        subject="Re: Interview confirmed - Tuesday Sept 4",
        body="""Hi Ximena,

Thanks for your patience while the team finished their interviews. Leo really enjoyed your
conversation, but we've decided not to move forward to the next round - the team is looking
for someone with more production experience on large-scale training infrastructure.

We'd be glad to consider you for future openings on the applied research side.

Best,
Corinne
""",
        label=note("Rejection in the same thread as an earlier confirmation."),
    ),
    hand(
        DECLAN,
        "verbal-offer-followup-email",
        "offer",
        sent="2046-09-28 16:15",
        zone="Australia/Sydney",
        frm=("Bec Larkins", "bec.larkins@ironbark-civil.example"),
        subject="Offer - Project Engineer (Civil)",
        body="""Hi Declan,

Great speaking just now - as promised, here's a summary of what Stuart offered on the phone:

- Base salary: $128,000 + super
- Vehicle allowance: $15,000 p.a.
- Start date: Monday 5 November (flexible)
- Location: Parramatta site office

The formal letter of offer will come through from our HR system tomorrow for you to sign
electronically. Have a think over the weekend and give me a call with any questions.

Congratulations!
Bec
""",
        label=note("Offer confirmed after a phone call."),
    ),
    tool(
        EVANDER,
        "offer-letter-docusign-style",
        "offer",
        sent="2046-09-13 13:00",
        zone="America/Vancouver",
        frm=("Mossgrove People Team", "people@mossgrove.example"),
        subject="Your offer from Mossgrove",
        body="""Hi Evander,

We're thrilled to offer you the position of Product Designer at Mossgrove!

Your offer letter is ready for review and signature:
https://offers.mossgrove.example/sign/ev-7781

Highlights: base salary CAD $118,000, 0.08% equity (4-year vesting, 1-year cliff), extended
health and dental, $1,500 annual learning budget. Please respond by September 20.

Welcome (we hope!),
Priya Chandran & the Mossgrove People Team
""",
        label=note("Offer with a signing link."),
    ),
    tool(
        TOBIAS,
        "out-of-office-recruiter-pto",
        "auto_reply",
        sent="2046-07-30 08:02",
        zone="America/Chicago",
        frm=("Kyle Brannigan", "kbrannigan@lakeshore-talent.example"),
        subject="Automatic reply: Harbrook - updated resume",
        extra=AUTO,
        body="""Thanks for your email. I'm out of the office on PTO through Friday, August 3 with
limited access to email. I'll respond when I'm back on Monday, August 6.

If you need immediate assistance, please contact our main line at 312-555-0100.

Kyle
""",
        label=note("Out-of-office reply.", return_date="2046-08-06"),
    ),
    tool(
        NALEDI,
        "auto-reply-inbox-monitored-acknowledge",
        "auto_reply",
        sent="2046-07-11 09:00",
        zone="Africa/Johannesburg",
        frm=("Careers Highveld Assure", "careers@highveld-assure.example"),
        subject="RE: Application - Actuarial Analyst [Auto-Reply]",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        body="""Thank you for contacting Highveld Assure Careers.

This is an automated response to confirm that your email has been received. Due to the
high volume of applications, only shortlisted candidates will be contacted. If you have not
heard from us within 30 days, please consider your application unsuccessful.
""",
        label=note("Automatic answer of a careers mailbox; no return date."),
    ),
    tool(
        HAMISH,
        "ooo-hiring-manager-annual-leave",
        "auto_reply",
        sent="2046-08-13 10:44",
        zone="Europe/London",
        frm=("Euan Fraser", "euan.fraser@glenloch-software.example"),
        subject="Out of Office: Thank you - follow-up",
        extra=AUTO,
        body="""Hi,

I'm on annual leave until Monday 20th August with no access to email. For anything urgent
please contact Isla Munro (isla.munro@glenloch-software.example).

Thanks,
Euan
""",
        label=note("Out-of-office reply.", return_date="2046-08-20"),
    ),
    tool(
        ROHAN,
        "linkedin-alert-software-engineer-hyderabad",
        "bulk",
        sent="2046-07-22 07:30",
        zone="Asia/Kolkata",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="30+ new jobs for 'Software Engineer' in Hyderabad",
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"),
        body="""Your job alert for Software Engineer in Hyderabad, Telangana, India

Software Engineer II - Godavari Cloud Services - Hyderabad (Hybrid)
Actively recruiting · Easy Apply

Backend Engineer (Java) - Charminar Fintech - Hyderabad
Be an early applicant

Senior Software Engineer - Deccan Mobility - Hyderabad (On-site)
12 alumni work here

See all jobs: https://www.linkedin.com/jobs/search/?alert=1

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/jobs/alerts/unsubscribe
""",
        label=note("LinkedIn job alert."),
    ),
    tool(
        FERGAL,
        "linkedin-recruiter-inmail-notification",
        "bulk",
        sent="2046-08-08 12:15",
        zone="America/Toronto",
        frm=("LinkedIn", "messages-noreply@linkedin.com"),
        subject="Shauna sent you a new message",
        extra=bulk("<messages.linkedin.com>", "https://www.linkedin.com/comm/psettings/email"),
        body="""Shauna Kettering
Senior Technical Recruiter at Bayview Payments

"Hi Fergal - I came across your profile and think you'd be a great fit for a Staff
Engineer role on our risk platform team. Would you be open to a quick chat next week?"

View message: https://www.linkedin.com/messaging/thread/2-ZmVyZ2Fs

This email was intended for Fergal Osterley-Nwosu (Senior Software Engineer).
Unsubscribe: https://www.linkedin.com/comm/psettings/email
""",
        label=note(
            "Network notification wrapping a recruiter's first approach; nothing scheduled."
        ),
    ),
    tool(
        BRONWYN,
        "newsletter-interview-tips-webinar",
        "bulk",
        sent="2046-08-01 06:00",
        zone="Australia/Melbourne",
        frm=("Career Compass Weekly", "hello@careercompass-weekly.example"),
        subject="Free webinar: Nail your next panel interview (Thursday 7pm AEST)",
        extra=bulk(
            "<weekly.careercompass-weekly.example>", "https://careercompass-weekly.example/u"
        ),
        body=f"""This week at Career Compass

FREE WEBINAR - Nail your next panel interview
{d("2046-08-09", "uk")}, 7pm AEST, online. Register: https://careercompass-weekly.example/panel

Also in this issue:
- 5 questions to ask at the end of every interview
- Salary bands in Victorian local government, 2046 edition
- Reader Q&A: "How do I explain a career break?"

You're receiving this because you subscribed at careercompass-weekly.example.
Unsubscribe: https://careercompass-weekly.example/u
""",
        label=note("Newsletter with a webinar about interviews; nothing booked for the user."),
    ),
    hand(
        LORCAN,
        "user-on-interview-panel-own-team",
        "other",
        sent="2046-07-16 11:30",
        zone="Europe/Dublin",
        frm=("Aoife Kinsella", "aoife.kinsella@quayline-media.example"),
        subject="Can you sit on the interview panel Thursday?",
        body=f"""Hi Lorcan,

We've got two candidates in for the Junior Analyst role on {d("2046-07-19", "uk")} - 10am and
2pm. Could you sit on the panel with me for both? You'd cover the SQL questions. I'll send
the CVs this afternoon.

Thanks a million,
Aoife

Aoife Kinsella
Head of Insights, Quayline Media
""",
        label=note("The user interviews candidates for his own employer: not his interview."),
    ),
    hand(
        WAMBUI,
        "podcast-interview-recording",
        "other",
        sent="2046-08-02 13:10",
        zone="Africa/Nairobi",
        frm=("Brian Otieno", "brian@thegreenledger-podcast.example"),
        subject="Podcast interview - recording Tuesday 3pm",
        body=f"""Hi Wambui,

Thanks for agreeing to come on The Green Ledger! We'll record your interview on
{d("2046-08-07", "us")} at 3pm EAT over Riverside - I'll send the link the day before.
Plan for about 45 minutes; we'll chat about your work on smallholder water projects.

Asante!
Brian
Host, The Green Ledger
""",
        label=note("A podcast interview of the user, not a job interview."),
    ),
    hand(
        PRISCILLA,
        "dental-appointment-reminder-tokyo",
        "other",
        sent="2046-07-26 09:00",
        zone="Asia/Tokyo",
        frm=("Azabu Dental Clinic", "reception@azabu-dental.example"),
        subject="Appointment reminder / ご予約確認",
        body=f"""Dear Ms. Tamworth-Nakamura,

This is a reminder of your appointment at Azabu Dental Clinic on {d("2046-07-30", "usy")}
at 17:30 with Dr. Ishikawa.

If you need to change your appointment, please call 03-0000-0000 at least 24 hours before.

Azabu Dental Clinic
""",
        label=note("Dentist appointment."),
    ),
    hand(
        SANTI,
        "apartment-viewing-landlord",
        "other",
        sent="2046-08-15 19:40",
        zone="America/Bogota",
        frm=("Patricia Londoño", "plondono.inmuebles@chapinero-rentas.example"),
        subject="Apartment viewing Saturday 10am",
        body="""Hi Santiago,

Confirming the viewing of the apartment on Calle 63 this Saturday at 10am. Ask the doorman
for me, I'll be waiting in the lobby. Please bring a copy of your ID and a recent pay slip
if you'd like to apply the same day.

Patricia
"""
        + f"\n{IPHONE}\n",
        label=note("Landlord viewing, not a job interview."),
    ),
    hand(
        RAJIV,
        "customer-demo-not-interview",
        "other",
        sent="2046-08-27 09:20",
        zone="Asia/Singapore",
        frm=("Melissa Goh", "melissa.goh@harbourfront-insure.example"),
        subject="Demo of your platform - Thursday 2pm",
        body=f"""Hi Rajiv,

Thanks for reaching out. Our claims and IT teams would be happy to see a demo of your
document-processing platform on {d("2046-08-30", "uk")} at 2pm at our office (level 14).
Please plan for 60 minutes including Q&A and let me know if you need a screen with HDMI.

Best regards,
Melissa Goh
Head of Claims Operations, Harbourfront Insurance
""",
        label=note("A sales demo the user gives in his current job."),
    ),
    hand(
        MATEO,
        "networking-coffee-informal",
        "other",
        sent="2046-07-19 18:05",
        zone="America/Asuncion",
        frm=("Diego Benítez", "diego.benitez@gmail.com"),
        subject="Coffee next week?",
        body="""Hey Mateo!

Great to reconnect at the meetup. I'd be happy to tell you more about how the data team works
here - no formal process, just a coffee. How about Wednesday at 8:30 at the Café Dolce on
Mariscal López?

Diego
""",
        label=note("Networking coffee offered by a friend; not an interview and nothing firm."),
    ),
    hand(
        LEILANI,
        "school-parent-teacher-conference",
        "other",
        sent="2046-09-05 15:30",
        zone="Pacific/Honolulu",
        frm=("Mrs. Keala Santos", "ksantos@manoa-elementary.example"),
        subject="Parent-teacher conference - Kaimana",
        body=f"""Aloha Ms. Kahananui-Brooks,

I'd like to schedule a short parent-teacher conference about Kaimana's first weeks in 3rd
grade. I have {d("2046-09-12", "us")} at 2:45 PM available in Room 14. Please let me know if
that works.

Mahalo,
Keala Santos
""",
        label=note("School meeting."),
    ),
    bounce(
        YUSUF,
        "bounce-mistyped-recruiter-address",
        reporter="MAILER-DAEMON@mx.example.com",
        date=dh("2046-08-06 12:31", "Asia/Dubai"),
        text="""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<reem.alsuwaidy@khor-capital.example>: host mail.khor-capital.example[192.0.2.88]
    said: 550 5.1.1 <reem.alsuwaidy@khor-capital.example>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
        status="""Reporting-MTA: dns; mx.example.com
Arrival-Date: Mon,  6 Aug 2046 08:31:02 +0000 (UTC)

Final-Recipient: rfc822; reem.alsuwaidy@khor-capital.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.khor-capital.example
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
        original="""From: Yusuf Al-Haddad Penrice <yusuf.penrice@example.com>
To: reem.alsuwaidy@khor-capital.example
Subject: Re: Interview - Associate, Treasury - Thursday
Date: Mon, 6 Aug 2046 12:30:58 +0400
""",
        label=note("Bounce of the user's reply to a recruiter (mistyped address)."),
    ),
    tool(
        TOMASZ,
        "webinar-registration-confirmation-interviewing",
        "bulk",
        sent="2046-09-03 10:00",
        zone="Europe/Warsaw",
        frm=("DevCareer Academy", "events@devcareer-academy.example"),
        subject="You're registered: System Design Interviews - Live Q&A",
        extra=bulk("<events.devcareer-academy.example>", "https://devcareer-academy.example/unsub"),
        body=f"""Hi Tomasz,

You're registered for System Design Interviews - Live Q&A.

When: {d("2046-09-10", "uky")}, 18:00 CEST
Where: online - join link https://devcareer-academy.example/live/sd-qa

Add to calendar: https://devcareer-academy.example/live/sd-qa.ics

See you there!
DevCareer Academy
Unsubscribe: https://devcareer-academy.example/unsub
""",
        label=note("Webinar registration about interviews: mass mail, not an interview."),
    ),
    tool(
        JOLENE,
        "bayline-candidate-experience-survey",
        "bulk",
        sent="2046-08-02 10:00",
        zone="America/Los_Angeles",
        frm=("Bayline Robotics Talent", "surveys@bayline-robotics.example"),
        subject="How was your interview experience?",
        extra=bulk("<surveys.bayline-robotics.example>", "https://bayline-robotics.example/optout"),
        body="""Hi Jolene,

Thanks for interviewing with Bayline Robotics. We'd love to hear how it went - this
3-minute survey is anonymous and helps us improve.

Take the survey: https://bayline-robotics.example/survey/cx-2046

Bayline Robotics Talent Team
""",
        label=note("Candidate survey after an interview."),
    ),
    hand(
        NALEDI,
        "offer-retracted-no-kidding",
        "rejection",
        sent="2046-09-24 12:00",
        zone="Africa/Johannesburg",
        frm=("Lindiwe Dube", "lindiwe.dube@highveld-assure.example"),
        subject="Actuarial Analyst - outcome",
        body="""Good day Naledi

Thank you for attending the second interview and for the case study you completed.
Unfortunately you have not been successful on this occasion. The panel was impressed with
your technical skills, and we encourage you to apply for future vacancies.

Kind regards
Lindiwe Dube
Recruitment Specialist
""",
        label=note("Rejection after a second interview."),
    ),
]
