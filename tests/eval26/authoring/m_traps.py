"""Traps: meetings with times that are not job interviews, job alerts and newsletters that
quote interview times, ATS acknowledgements with no time, out-of-office replies that mention
interviews."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    ANAHERA,
    ANUSHREE,
    AUTO,
    BRONWYN,
    CALLUM,
    CONNOR,
    DEVON,
    HARRIET,
    IPHONE,
    ISHITA,
    JARROD,
    KRISTINE,
    KWAME,
    MARCUS,
    MATILDA,
    ORLA,
    RESHMA,
    SHRADDHA,
    SIENNA,
    TUNDE,
    VARUN,
    WREN,
    booking,
    bulk,
    d,
    dh,
    html_mail,
    note,
    outlook,
    person,
    raw_mail,
    vendor,
)

MESSAGES = []
add = MESSAGES.append

# Dentist reminder with a time (Sydney).
Z = MATILDA.timezone
add(
    vendor(
        MATILDA,
        "dentist-reminder-surry-hills",
        "other",
        frm=("Crown St Dental", "reminders@crownst-dental.example"),
        subject="Appointment reminder - Thursday 20 April at 8:15am",
        date=dh("2045-04-18 09:00", Z),
        body="""Hi Matilda,

This is a friendly reminder of your appointment with Dr Ellie Kouris on Thursday 20 April at
8:15am at Crown St Dental, 412 Crown St, Surry Hills.

Reply Y to confirm or call us on 02 5550 4411 to reschedule. A cancellation fee applies with
less than 24 hours' notice.

Crown St Dental""",
        label=note("A dental appointment: a time and a person, not a job interview."),
    )
)

# Parents' evening (UK).
Z = CALLUM.timezone
add(
    vendor(
        CALLUM,
        "parents-evening-booking-confirmed",
        "other",
        frm=("St Aidan's Primary School", "office@staidans-primary.example"),
        subject="Parents' Evening - your appointments are confirmed",
        date=dh("2045-05-09 15:30", Z),
        body=f"""Dear Mr Strathdee-Eze,

Thank you for booking your Parents' Evening appointments for Year 4. Your appointments on
{d("2045-05-16 16:00", "uk")} are:

16:40 - 16:50  Mrs Hargreaves (Class teacher, 4H)
16:55 - 17:00  Mr Doyle (SENCo)

Please arrive a few minutes early and wait outside the classroom.

St Aidan's Primary School Office""",
        label=note("A school parents' evening booking with teachers' names and times."),
    )
)

# The user interviews candidates for his own team (Exchange invite; the user is a panellist).
Z = DEVON.timezone
add(
    outlook(
        DEVON,
        "user-on-panel-for-own-team-toronto",
        "other",
        start="2045-05-18 14:00",
        zone="Eastern Standard Time",
        minutes=60,
        subject="Interview: Jasmine Toor - Staff Accountant (panel)",
        organizer=("Kelsey Marchand", "kelsey.marchand@example.org"),
        attendees=[("Victor Nakamura", "victor.nakamura@example.org")],
        date=dh("2045-05-12 10:40", Z),
        text="""Hi Devon and Victor,

Thanks for sitting on the panel for the Staff Accountant role. Jasmine Toor's resume and
the scorecard are attached in Workday. Please submit your feedback within 24 hours.

Kelsey Marchand
HR Business Partner""",
        label=note(
            "The user is on the interview panel for a candidate at his own employer (his own "
            "domain, example.org): not an interview for him."
        ),
    )
)

# Podcast / press interview of the user (NZ).
Z = ANAHERA.timezone
add(
    person(
        ANAHERA,
        "podcast-recording-interview-request",
        "other",
        frm=("Mikaere Poutama", "mikaere@the-flow-rate-podcast.example"),
        subject="Interview for The Flow Rate podcast - Wed 3 May, 4pm?",
        date=dh("2045-04-24 11:20", Z),
        body="""Kia ora Anahera,

I loved your talk at the Water New Zealand conference. Would you be keen to come on The Flow
Rate podcast for an interview about stormwater and climate adaptation? We record over
Riverside - how about Wed 3 May at 4pm? It takes about 45 minutes.

Ngā mihi,
Mikaere Poutama
Host, The Flow Rate""",
        label=note("A podcast interview of the user as an expert, not a job interview."),
    )
)

# Customer call (Teams invite).
Z = SHRADDHA.timezone
add(
    booking(
        SHRADDHA,
        "customer-escalation-call-teams",
        "other",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        start="2045-04-21 16:30",
        zone=Z,
        minutes=30,
        summary="Escalation call - Pinnacle Retail - API latency",
        organizer=("Rohit Malhotra", "rohit.malhotra@krishna-digital.example"),
        attendees=[("Dana Liu", "dana.liu@pinnacle-retail.example")],
        date=dh("2045-04-20 19:05", Z),
        frm=("Rohit Malhotra", "rohit.malhotra@krishna-digital.example"),
        subject="Escalation call - Pinnacle Retail - API latency",
        body="""Hi team,

Setting up a call with Dana from Pinnacle Retail to walk through last week's API latency
incident. Shraddha, please bring the p99 graphs.

Rohit""",
        label=note("A customer call at the user's current employer."),
    )
)

# Webinar about interviews (bulk, with a time).
Z = VARUN.timezone
add(
    html_mail(
        VARUN,
        "webinar-crack-the-system-design-interview",
        "bulk",
        frm=("TechCareer Academy", "events@techcareer-academy.example"),
        subject="Tomorrow 7 PM IST: Crack the System Design Interview (live webinar)",
        date=dh("2045-04-26 10:00", Z),
        markup="""<h2>Crack the System Design Interview</h2>
<p>Hi Varun, your seat is reserved! Join ex-FAANG interviewer <b>Rahul Bhasin</b> for a live
walkthrough of real interview questions.</p>
<p><b>When:</b> Thursday, 27 April, 7:00 PM IST<br><b>Where:</b> Online (link below)</p>
<p><a href="https://webinar.techcareer-academy.example/join/5550">Join the webinar</a></p>
<p style="font-size:11px">You are receiving this because you registered on TechCareer
Academy. <a href="https://techcareer-academy.example/unsubscribe">Unsubscribe</a></p>""",
        extra=bulk(
            "<events.techcareer-academy.example>", "https://techcareer-academy.example/u/5550"
        ),
        label=note("A webinar about interviews, sent to a list; not an interview."),
    )
)

# Mentoring coffee (other).
Z = HARRIET.timezone
add(
    person(
        HARRIET,
        "mentoring-coffee-soho",
        "other",
        frm=("Penelope Arkwright", "pen.arkwright@example.net"),
        subject="Coffee on Tuesday?",
        date=dh("2045-05-31 21:12", Z),
        body="""Harriet darling,

So glad the mentoring scheme paired us up! Shall we do coffee at Bar Italia on Tuesday at
8.30 before I head into the office? I'll tell you everything I wish I'd known about moving
into commissioning, and you can grill me about the interview process at the big houses.

Pen x

"""
        + IPHONE,
        label=note("A mentoring coffee that talks about interviews; not one."),
    )
)

# Job alert quoting a walk-in interview (bulk).
Z = ANUSHREE.timezone
add(
    html_mail(
        ANUSHREE,
        "job-alert-walk-in-drive-bengaluru",
        "bulk",
        frm=("JobsNow Alerts", "alerts@jobsnow-india.example"),
        subject="12 new jobs for 'Data Engineer' in Bengaluru - Walk-in on Saturday",
        date=dh("2045-04-12 07:30", Z),
        markup="""<p>Hi Anushree, here are new jobs matching your alert <b>Data Engineer,
Bengaluru</b>:</p>
<ul>
<li><b>Walk-in Drive: Data Engineer (3-6 yrs)</b> - Nilgiri Tech Park - Walk-in interview on
Saturday, 15th April, 9:30 AM to 3:00 PM, Whitefield</li>
<li><b>Senior Data Engineer</b> - Kaveri Analytics - Koramangala - 15-25 LPA</li>
<li><b>Data Engineer - Spark</b> - Hampi Systems - Remote</li>
</ul>
<p><a href="https://jobsnow-india.example/alerts/manage">Manage alerts</a></p>""",
        extra=bulk("<alerts.jobsnow-india.example>", "https://jobsnow-india.example/unsub/5550"),
        label=note("A job-alert digest with a walk-in drive's window; nothing booked for her."),
    )
)

# Newsletter with a confirmation-like subject (bulk).
Z = CONNOR.timezone
add(
    html_mail(
        CONNOR,
        "newsletter-your-interview-is-tomorrow",
        "bulk",
        frm=("The Hired Edge", "newsletter@thehirededge.example"),
        subject="Your interview is tomorrow at 9 - here's your checklist",
        date=dh("2045-06-06 06:00", Z),
        markup="""<h1>Your interview is tomorrow at 9. Now what?</h1>
<p>Every week we help 80,000 readers prepare. This issue: the night-before checklist.</p>
<ol><li>Print two copies of your resume.</li><li>Plan your route and aim to arrive 15
minutes early.</li><li>Prepare three questions for the panel.</li></ol>
<p><a href="https://thehirededge.example/archive">Read past issues</a> |
<a href="https://thehirededge.example/unsubscribe">Unsubscribe</a></p>""",
        extra=bulk("<weekly.thehirededge.example>", "https://thehirededge.example/u/5550"),
        label=note("A newsletter whose subject reads like a reminder."),
    )
)

# ATS acknowledgement, no time (Workday).
Z = TUNDE.timezone
add(
    vendor(
        TUNDE,
        "workday-application-received-lagos",
        "other",
        frm=("Niger Delta Petroleum Careers", "ndpetroleum@myworkday.com"),
        subject="Thank you for applying - Senior Process Engineer",
        date=dh("2045-04-21 13:05", Z),
        body="""Dear Babatunde,

Thank you for your application for Senior Process Engineer (R-20455). We have received your
application and our recruitment team will review your qualifications. If your profile
matches our requirements, we will contact you to arrange an interview.

You can track the status of your application in your candidate home.

Niger Delta Petroleum Talent Acquisition""",
        label=note("An acknowledgement that mentions arranging an interview, with no time."),
    )
)

# ATS acknowledgement (SmartRecruiters), Auckland? -> use Kwame.
Z = KWAME.timezone
add(
    vendor(
        KWAME,
        "smartrecruiters-application-received-accra",
        "other",
        frm=("Volta Fintech", "noreply@smartrecruiters.com"),
        subject="We've received your application for Backend Engineer",
        date=dh("2045-05-25 09:40", Z),
        body="""Hi Kwame,

Thanks for applying to Volta Fintech! We're reviewing applications and will be in touch
within two weeks if we'd like to invite you to interview.

In the meantime, learn more about life at Volta: https://jobs.smartrecruiters.com/VoltaFintech

The Volta Fintech Talent Team""",
        label=note("ATS acknowledgement, no time."),
    )
)

# Out-of-office that mentions interviews (the recruiter is out interviewing).
Z = ORLA.timezone
add(
    raw_mail(
        ORLA,
        "ooo-recruiter-at-interviews-all-day",
        "auto_reply",
        frm=("Ciarán Brennan", "ciaran.brennan@corrib-recruitment.example"),
        subject="Automatic reply: Interview with Shannonside Medical - Thursday",
        date=dh("2045-05-23 09:02", Z),
        body="""Thanks for your email. I'm out of the office today at client interviews in
Galway with limited access to email, and will be back at my desk on Wednesday 24 May.

If your query is about an interview taking place today, please call the office on
01 555 0190.

Ciarán""",
        extra=AUTO,
        label=note("Out-of-office mentioning interviews.", return_date="2045-05-24"),
    )
)

# Out-of-office from a hiring manager on leave (Australia).
Z = BRONWYN.timezone
add(
    raw_mail(
        BRONWYN,
        "ooo-hiring-manager-on-leave-brisbane",
        "auto_reply",
        frm=("Darren Lockyer-Haines", "darren.lh@redcliffe-civil.example"),
        subject="Out of Office: Site Engineer - phone chat",
        date=dh("2045-04-28 07:15", Z),
        body="""Hi,

I'm on annual leave and will return on Monday 8 May. For recruitment enquiries, including
interview scheduling, please contact Kylie Brandt at kylie.brandt@redcliffe-civil.example.

Regards,
Darren""",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        label=note("Out-of-office with a return date.", return_date="2045-05-08"),
    )
)

# Out-of-office (India style).
Z = ISHITA.timezone
add(
    raw_mail(
        ISHITA,
        "ooo-on-leave-indian-style",
        "auto_reply",
        frm=("Arnab Sengupta", "arnab.sengupta@ganga-edtech.example"),
        subject="Out of Office: Re: Content Strategy Lead - discussion",
        date=dh("2045-05-02 10:30", Z),
        body="""Dear Sender,

I am on leave from 2nd May to 5th May 2045 with limited access to mails. I shall respond on
my return. For urgent matters, kindly reach out to hr@ganga-edtech.example.

Thanks & Regards,
Arnab""",
        extra=AUTO,
        label=note(
            "Out-of-office; back on the 8th (Monday) in practice, but the text gives "
            "the last day of leave, so no return date is labelled."
        ),
    )
)

# Visa biometrics appointment (VFS-like) - other.
Z = KRISTINE.timezone
add(
    vendor(
        KRISTINE,
        "visa-biometrics-appointment-manila",
        "other",
        frm=("Visa Application Centre", "noreply@vac-manila.example"),
        subject="Appointment Confirmation - Biometrics - Reference MNL5550912",
        date=dh("2045-05-11 14:00", Z),
        body=f"""Dear KRISTINE MACARAEG-UY,

Your appointment at the Visa Application Centre Manila has been confirmed.

Date: {d("2045-05-22 10:00", "usy")}
Time: 10:15 AM
Address: 5th Floor, Ecoplaza Building, Makati City

Please bring your passport, this confirmation and the printed application form. Late
arrivals will be rescheduled.

This is a system-generated email. Please do not reply.""",
        label=note("A visa biometrics appointment (possibly for a job abroad), not an interview."),
    )
)

# Mortgage adviser (Ireland) - other.
Z = ORLA.timezone
add(
    person(
        ORLA,
        "mortgage-adviser-meeting-dublin",
        "other",
        frm=("Declan Furey", "declan.furey@liffey-building-society.example"),
        subject="Your mortgage appointment - Friday 2 June",
        date=dh("2045-05-26 12:00", Z),
        body="""Hi Orla,

Just confirming your mortgage appointment with me on Friday 2 June at 12.30 in our Dame
Street branch. Please bring your last three payslips, six months of bank statements and a
letter from your employer - if you're starting a new job, the contract or offer letter will
do.

Kind regards,
Declan Furey
Mortgage Adviser, Liffey Building Society""",
        label=note("A bank appointment that mentions a new job; not an interview."),
    )
)

# Telehealth appointment (Canada) - other.
Z = CONNOR.timezone
add(
    vendor(
        CONNOR,
        "telehealth-physio-calgary",
        "other",
        frm=("Chinook Physio", "bookings@chinook-physio.example"),
        subject="Booking confirmed: Virtual physiotherapy 2045-05-19 07:30",
        date=dh("2045-05-15 18:00", Z),
        body="""Hi Connor,

Your virtual physiotherapy session with Amanda Skjonsberg is booked for 2045-05-19 at 07:30
(Mountain Time). You'll receive a video link 10 minutes before.

Chinook Physio""",
        label=note("A health appointment."),
    )
)

# Mass "urgent requirement" agency mail (bulk).
Z = SHRADDHA.timezone
add(
    raw_mail(
        SHRADDHA,
        "urgent-requirement-mass-mail-interviews-today",
        "bulk",
        frm=("Staffing Desk", "staffing@quickhire-consultancy.example"),
        subject="URGENT REQUIREMENT || Backend Developer || Virtual interviews today 2-6 PM",
        date=dh("2045-04-28 10:05", Z),
        body="""Hi,

Hope you are doing well.

We have an urgent requirement for Backend Developer (Java/Go) for our client. Virtual
interviews are happening TODAY between 2 PM to 6 PM IST. Interested candidates please share
your updated CV with CTC, ECTC and notice period.

Thanks & Regards,
Staffing Desk, QuickHire Consultancy

To unsubscribe from this list reply REMOVE.""",
        extra=bulk(
            "<candidates.quickhire-consultancy.example>",
            "mailto:remove@quickhire-consultancy.example",
        ),
        label=note("Mass mail announcing a window of interviews to anyone who applies."),
    )
)

# Career fair (bulk).
Z = TUNDE.timezone
add(
    html_mail(
        TUNDE,
        "career-fair-lagos-registration-open",
        "bulk",
        frm=("Lagos Graduate Careers Fair", "hello@lagos-careers-fair.example"),
        subject="On-the-spot interviews with 40+ employers - Sat 20 May, Eko Convention Centre",
        date=dh("2045-05-08 08:00", Z),
        markup="""<h2>Lagos Graduate Careers Fair 2045</h2>
<p>Meet 40+ employers and get interviewed on the spot!</p>
<p><b>Saturday 20 May, 9am - 4pm</b>, Eko Convention Centre, Victoria Island.</p>
<p><a href="https://lagos-careers-fair.example/register">Register free</a></p>
<p><small><a href="https://lagos-careers-fair.example/unsubscribe">Unsubscribe</a></small></p>""",
        extra=bulk(
            "<news.lagos-careers-fair.example>", "https://lagos-careers-fair.example/u/5550"
        ),
        label=note("A careers fair announcement with on-the-spot interviews; bulk."),
    )
)

# Radio interview of the user (Perth) - other.
Z = JARROD.timezone
add(
    person(
        JARROD,
        "abc-radio-style-interview-fifo-story",
        "other",
        frm=("Kate Lindgren", "kate.lindgren@westcoast-radio.example"),
        subject="Radio interview - FIFO families segment",
        date=dh("2045-05-04 13:40", Z),
        body="""Hi Jarrod,

Thanks for agreeing to chat with us about life as a FIFO worker. We'd love to do a pre-record
interview by phone on Tuesday at 11am Perth time - about ten minutes, for Thursday's
Drive program. I'll call you on the number you gave me.

Cheers,
Kate Lindgren
Producer, West Coast Radio""",
        label=note("A radio interview of the user; not a job interview."),
    )
)

# Greenhouse: "You're scheduled to interview X" sent to the user as an interviewer.
Z = WREN.timezone
add(
    vendor(
        WREN,
        "greenhouse-you-are-interviewing-candidate",
        "other",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        subject="Interview kit: Rosa Delgado - Motion Designer - Fri, Jun 2 at 11:00 AM PDT",
        date=dh("2045-05-31 09:00", Z),
        body="""Hi Wren,

You're scheduled to interview Rosa Delgado for Motion Designer at Pacific Pixel Works on
Fri, Jun 2 at 11:00 AM PDT.

Focus attributes: Animation craft, Collaboration
Open your interview kit: https://app.greenhouse.io/guides/5550/people/5551

Please submit your scorecard within 24 hours.""",
        label=note(
            "The user (currently at Pacific Pixel Works) interviews a candidate; not her own "
            "interview."
        ),
    )
)

# Candidate survey after an interview (other).
Z = SIENNA.timezone
add(
    vendor(
        SIENNA,
        "candidate-experience-survey-adelaide",
        "other",
        frm=("Torrens Health Network", "survey@torrens-health.example"),
        subject="How was your interview with Torrens Health Network?",
        date=dh("2045-06-07 10:00", Z),
        body="""Hi Sienna,

Thank you for interviewing with us on Monday. We'd love to hear about your experience - the
survey takes three minutes and is anonymous:

https://survey.torrens-health.example/cx/5550

Torrens Health Network Talent Team""",
        label=note("A survey after the interview."),
    )
)

# Dubai: a gym induction at a time (other) with "consultation".
Z = RESHMA.timezone
add(
    person(
        RESHMA,
        "personal-trainer-consultation-jlt",
        "other",
        frm=("Coach Omar", "omar@jlt-fitness.example"),
        subject="Your free consultation - Sunday 6:30pm",
        date=dh("2045-06-02 12:00", Z),
        body="""Hi Reshma,

Looking forward to your free fitness consultation this Sunday at 6:30pm at JLT Cluster D.
We'll do a short assessment and talk about your goals. Bring water and a towel!

Coach Omar
JLT Fitness""",
        label=note("A fitness consultation."),
    )
)

# Chicago: Ticketmaster-ish? no - a LinkedIn-style InMail about an "informational interview"
# that the user asked for, with a time set: the user is learning, not applying.
Z = MARCUS.timezone
add(
    person(
        MARCUS,
        "informational-interview-career-advice",
        "other",
        frm=("Janet Kowalski", "janet.kowalski@example.net"),
        subject="Re: informational interview?",
        date=dh("2045-05-19 12:40", Z),
        body="""Hi Marcus,

Happy to do an informational interview - I remember how useful those were when I moved into
supply chain. Thursday at 4:30 works; I'll call you. To be clear, we don't have any openings
on my team right now, but I'm glad to share what I know.

Janet""",
        label=note(
            "An informational interview for career advice with no opening; a careful reader "
            "might weigh it as an interview, but no hiring is involved."
        ),
    )
)
