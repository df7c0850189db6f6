"""The rest of an English inbox: agencies, a law firm, fire service, retail, charities, and
the mail around them (acknowledgements, tests, alerts, open evenings, bounces, errands)."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ANAND,
    AUTO,
    BRONWYN,
    CADOGAN,
    DELPHINE_UK,
    DWAYNE,
    ELOWEN,
    IPHONE,
    ISLA,
    JARVIS,
    LEVI,
    MERERANGI,
    MORWENNA,
    NALEDI,
    RHODRI,
    ROSALIND,
    TIERNAN,
    bounce,
    bulk,
    d,
    dh,
    gq,
    iv,
    mail,
    msgid,
    thread,
)

L = "Europe/London"

MESSAGES = [
    iv(
        DELPHINE_UK,
        "nursing-agency-phone-interview-ward-manager",
        frm=(
            "Jade Morrissey | Meridian Healthcare Staffing",
            "jade.morrissey@meridian-staffing.example",
        ),
        subject="Telephone interview booked - Theatre Practitioner, The Abbotsbury Hospital",
        sent="2047-11-01 12:30",
        start="2047-11-05 12:15",
        zone=L,
        company="The Abbotsbury Hospital",
        role="Theatre Practitioner (Scrub)",
        who=("Graham Nettleton",),
        body=f"""Hi Philippa,

Great news - The Abbotsbury Hospital would like to speak to you about the Theatre
Practitioner (Scrub) contract. I've booked a telephone interview for {d("2047-11-05", "uk")}
at 12:15 with Graham Nettleton, Theatre Manager. He'll call your mobile, it usually takes
20-30 minutes and will be mainly clinical questions (orthopaedics and general surgery).

Once he's happy we'll need your updated DBS, immunisations and two clinical references on
file before your first shift.

Any questions give me a shout.

Jade Morrissey
Senior Consultant, Theatres & Critical Care
Meridian Healthcare Staffing""",
        notes="The agency consultant only arranges; the Theatre Manager interviews.",
    ),
    iv(
        CADOGAN,
        "law-firm-trainee-final-interview-partners",
        frm=(
            "Graduate Recruitment - Ashcombe Pell LLP",
            "graduate.recruitment@ashcombepell.example",
        ),
        subject="Training Contract 2050 - Final Round Interview",
        sent="2047-11-21 10:00",
        start="2047-12-04 09:00",
        zone=L,
        tool=True,
        company="Ashcombe Pell LLP",
        role="Trainee Solicitor (2050 intake)",
        who=("Harriet Osei-Vance", "Julian Fairbrother"),
        body=f"""Dear Cadogan,

Congratulations on progressing to the final round of our 2050 Training Contract process.

Date: {d("2047-12-04", "uky")}
Arrival: 9:00am (the day finishes at approximately 1:00pm)
Location: Ashcombe Pell LLP, 20 Gresham Yard, London EC2 - please go to the 3rd floor
reception and bring photo ID.

The morning will include a written case study (60 minutes) followed by a partner interview
with Harriet Osei-Vance (Partner, Real Estate) and Julian Fairbrother (Partner, Commercial
Litigation), and a chat with current trainees over lunch.

Please let us know of any adjustments you require.

Kind regards,
Graduate Recruitment Team""",
    ),
    iv(
        RHODRI,
        "fire-service-firefighter-interview",
        frm=(
            "Recruitment - Severn & Usk Fire and Rescue Service",
            "recruitment@severnusk-fire.example",
        ),
        subject="Wholetime Firefighter - Stage 4 Interview",
        sent="2047-11-20 14:00",
        start="2047-12-10 10:30",
        zone=L,
        tool=True,
        company="Severn & Usk Fire and Rescue Service",
        role="Wholetime Firefighter",
        who=("Gethin Probert", "Carys Llewellyn"),
        body=f"""Dear Rhodri,

Well done on passing the physical tests. You are invited to the interview stage on
{d("2047-12-10", "uky")} at 10:30 at Service Headquarters, Ffordd Tywysog, Cwmbrân.

Your panel will be Station Manager Gethin Probert and Carys Llewellyn (HR Advisor). You will
be asked questions based on the National Firefighter Selection personal qualities and
attributes, including Working with Others and Commitment to Diversity and Integrity.

Please bring your driving licence and passport. Dress code: smart.

Recruitment Team""",
    ),
    iv(
        MORWENNA,
        "department-store-christmas-group-interview",
        frm=("Hathersage & Lowe Recruitment", "careers@hathersage-lowe.example"),
        subject="You're invited: group interview for Christmas Sales Associate",
        sent="2047-10-25 18:00",
        start="2047-11-02 10:00",
        zone=L,
        tool=True,
        company="Hathersage & Lowe",
        role="Christmas Sales Associate",
        body=f"""Hi Morwenna,

Thanks for applying to join us this Christmas! We'd love you to come to a group interview at
our Truro store on {d("2047-11-02", "uk")} at 10am (it lasts about 90 minutes).

Please use the staff entrance on Lemon Lane and bring your right to work documents. There
will be a few team activities and a short one-to-one chat with one of our managers.

See you there!
The Hathersage & Lowe Team""",
        notes="Group interview; sent in BST for a Saturday after the change (GMT).",
    ),
    iv(
        ISLA,
        "police-staff-thread-time-settled",
        frm=("Kirsty Dunbar", "kirsty.dunbar@northforth-police.example"),
        subject="RE: Contact Centre Advisor - interview times",
        sent="2047-11-12 15:10",
        start="2047-11-20 11:00",
        zone=L,
        company="North Forth Police Authority",
        role="Contact Centre Advisor",
        who=("Kirsty Dunbar", "Alasdair Munro"),
        in_reply_to=msgid("police-staff-user-picks-wednesday", "example.com"),
        body=thread(
            """Hi Isla,

Wednesday at 11am it is. You'll be interviewed by myself and Inspector Alasdair Munro at
Bayview Police Office - report to the front counter and we'll come and get you. Bring your
passport for vetting.

Kind regards,
Kirsty Dunbar
Resourcing Officer""",
            gq(
                "2047-11-12 13:02",
                L,
                "Isla Mackintosh-Obiora <isla.mackintosh.o@example.com>",
                f"""Hi Kirsty,
Thanks - {d("2047-11-20", "uk")} at 11 would suit me best.
Isla""",
            ),
            gq(
                "2047-11-11 16:40",
                L,
                "Kirsty Dunbar <kirsty.dunbar@northforth-police.example>",
                f"""Hi Isla,
We can offer {d("2047-11-19", "uk")} at 14:00 or {d("2047-11-20", "uk")} at 11:00 or
15:00. Please let me know which suits.
Kirsty""",
            ),
        ),
        notes="Three-message thread; the settled time is Wednesday 11:00.",
    ),
    iv(
        DWAYNE,
        "food-bank-operations-zoom-interview",
        frm=("Renee Castillo", "rcastillo@lakefront-foodbank.example"),
        subject="Zoom interview - Warehouse Operations Coordinator",
        sent="2047-11-22 10:05",
        start="2047-12-03 10:30",
        zone="America/Chicago",
        company="Lakefront Community Food Bank",
        role="Warehouse Operations Coordinator",
        who=("Renee Castillo", "Tom Beauregard"),
        body=f"""Hi Dwayne,

Thank you for applying to Lakefront Community Food Bank! Tom Beauregard (Director of
Operations) and I would love to talk with you on {d("2047-12-03")} at 10:30 AM CT over Zoom:

https://zoom.us/j/5550173311

We'll ask about inventory control, volunteer supervision and forklift certification.

Best,
Renee Castillo
People & Culture Manager""",
    ),
    iv(
        TIERNAN,
        "university-research-technician-jobs-board",
        frm=("Recruitment, Riverside University of Wales", "recruitment@riverside-wales.example"),
        subject="Invitation to Interview: Research Technician (Microbiology) - RUW-1190",
        sent="2047-11-18 12:00",
        start="2047-11-29 14:00",
        zone=L,
        sent_zone="Europe/London",
        tool=True,
        company="Riverside University of Wales",
        role="Research Technician (Microbiology)",
        who=("Dr Eleri Vaughan", "Mark Pugsley"),
        body=f"""Dear Tiernan,

I am pleased to invite you to interview for the post of Research Technician (Microbiology),
reference RUW-1190, on {d("2047-11-29", "uky")} at 14:00 in the School of Biosciences,
Room 0.14.

The panel will comprise Dr Eleri Vaughan (Principal Investigator) and Mark Pugsley (Senior
Technical Manager). You will also be shown round the Containment Level 2 laboratory.

Travel expenses (standard rail fare) will be reimbursed. Please bring your passport.

Recruitment Team""",
        notes="Irish applicant, interview in Wales (UK time).",
    ),
    iv(
        BRONWYN,
        "aged-care-working-interview-sydney-reply",
        frm=("Mel Kaczmarek", "mel.kaczmarek@wattlegrove-aged.example"),
        subject="Re: Clinical Care Coordinator - working interview",
        sent="2047-11-27 08:40",
        start="2047-12-02 09:00",
        zone="Australia/Sydney",
        company="Wattle Grove Aged Care",
        role="Clinical Care Coordinator",
        who=("Mel Kaczmarek",),
        agent=IPHONE,
        in_reply_to=msgid("bronwyn-asks-for-monday", "example.com"),
        body=thread(
            """Monday 9am is perfect Bron, see you then. Bring your AHPRA card and come to
the Banksia wing nurses station. We'll do a med round together and then sit down.

Mel
Sent from my iPhone""",
            gq(
                "2047-11-26 19:55",
                "Australia/Sydney",
                "Bronwyn Kilpatrick-Uzor <bronwyn.kilpatrick@example.com>",
                f"""Hi Mel, could we do {d("2047-12-02", "uk")} in the morning instead? Thanks, Bronwyn""",
            ),
        ),
        notes="Working interview confirmed from a phone.",
    ),
    mail(
        ELOWEN,
        "trac-application-acknowledgement",
        "other",
        frm=("Moorlands Community Health Recruitment", "noreply@trac-recruit.example"),
        subject="Application received - District Nurse Band 6 (Ref 322-MCH-1180)",
        sent="2047-10-09 21:14",
        zone=L,
        tool=True,
        notes="Application acknowledgement.",
        body="""Dear Elowen,

Thank you for applying for District Nurse Band 6 (Ref 322-MCH-1180). Shortlisting will take
place after the closing date; if you have not heard from us within 3 weeks of the closing
date, please assume you have not been shortlisted on this occasion.

Recruitment Team""",
    ),
    mail(
        LEVI,
        "pharmacy-assistant-sjt-deadline",
        "other",
        frm=("Northline Pharmacy Careers", "careers@northline-pharmacy.example"),
        subject="Next step: complete your online assessment by Friday",
        sent="2047-11-04 09:00",
        zone="America/Toronto",
        tool=True,
        notes="Online situational judgement test with a deadline: not an interview.",
        body=f"""Hi Levi,

Thanks for applying for Pharmacy Assistant. Please complete the 25-minute situational
judgement assessment by {d("2047-11-08", "usy")} at 11:59 PM:

https://assess.northline-pharmacy.example/l/7a1c

Northline Pharmacy Talent""",
    ),
    mail(
        ROSALIND,
        "school-district-pick-a-time",
        "scheduling_request",
        frm=("Alder Creek USD Classified HR", "classified@aldercreekusd.example"),
        subject="Schedule your interview - Instructional Aide, Special Education",
        sent="2047-11-13 13:20",
        zone="America/Los_Angeles",
        tool=True,
        notes="Book-a-slot link; nothing booked.",
        body="""Dear Rosalind,

You have been selected to interview for Instructional Aide, Special Education. Please choose
an interview time using the link below. Slots are available the week of November 18.

https://calendly.com/aldercreek-classified/instructional-aide

Classified Human Resources""",
    ),
    mail(
        JARVIS,
        "construction-site-manager-availability-request",
        "scheduling_request",
        frm=("Nick Theodorou", "nick@redgum-build.example"),
        subject="Site Manager role - when can you come in?",
        sent="2047-11-19 17:05",
        zone="Australia/Adelaide",
        notes="Asks for availability.",
        body="""Hi Jarvis,

Thanks for sending your CV through for the Site Manager role on our Glenelg apartments job.
Keen to have a chat - what does your availability look like next week? I'm on site most
mornings, so afternoons are best, or I can meet you at the site office one morning at 7.

Cheers,
Nick Theodorou
Construction Manager, Redgum Build""",
    ),
    mail(
        ANAND,
        "hospital-hr-send-availability",
        "scheduling_request",
        frm=("Priya Sundaram", "priya.sundaram@medivale-hospitals.example"),
        subject="Interview scheduling - Nurse Educator",
        sent="2047-11-25 11:45",
        zone="Asia/Kolkata",
        notes="Asks for the candidate's availability next week.",
        body="""Dear Anand,

Your profile has been shortlisted for Nurse Educator at our Coimbatore unit. Kindly share your
availability for a video interview with our Nursing Director between 2 and 6 December, any
time between 10 AM and 5 PM IST.

Regards,
Priya Sundaram, HR Executive""",
    ),
    mail(
        MERERANGI,
        "nursing-council-newsletter",
        "bulk",
        frm=("Aotearoa Nurses Union", "news@aotearoa-nurses.example"),
        subject="Pānui: pay equity update and December member events",
        sent="2047-11-29 07:00",
        zone="Pacific/Auckland",
        tool=True,
        extra=bulk(
            "<panui.aotearoa-nurses.example>", "https://aotearoa-nurses.example/unsubscribe/33"
        ),
        notes="Union newsletter.",
        body="""Kia ora koutou,

Pay equity: the settlement vote closes on 12 December.
Events: delegate training (Wellington), new graduate evening (Christchurch).
Member profile: a night shift on a rural ward.

Read online: https://aotearoa-nurses.example/panui/2047-11""",
    ),
    mail(
        NALEDI,
        "university-open-evening-teaching-pgce",
        "bulk",
        frm=("Highveld University Admissions", "events@highveld-uni.example"),
        subject="Open evening: become a teacher with our PGCE - 4 December",
        sent="2047-11-18 12:00",
        zone="Africa/Johannesburg",
        tool=True,
        extra=bulk("<events.highveld-uni.example>", "https://highveld-uni.example/events/unsub/19"),
        notes="Open evening invitation sent to a list.",
        body=f"""Join us on {d("2047-12-04", "uk")} from 17:30 to 19:00 at the Education Campus, Auckland
Park, to meet lecturers and find out about funding, school placements and applications for the
2048 PGCE. Register: https://highveld-uni.example/events/pgce-open-evening""",
    ),
    mail(
        ELOWEN,
        "linkedin-nurse-jobs-digest",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="Staff Nurse: 8 new jobs in Greater Manchester",
        sent="2047-11-16 08:00",
        zone=L,
        tool=True,
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"),
        notes="Job alert digest.",
        body="""Staff Nurse - Acute Medicine - Pendlebury General Hospital
Staff Nurse - Cardiology - Kingsmere Hospitals NHS Trust
Registered Nurse (Nights) - Linden Lea Nursing Home

See all jobs: https://www.linkedin.com/jobs/search/?keywords=staff%20nurse""",
    ),
    mail(
        DWAYNE,
        "cdl-webinar-careers-in-logistics",
        "bulk",
        frm=("Midwest Freight Academy", "events@midwestfreight-academy.example"),
        subject="Free webinar Thursday: how to land your first warehouse supervisor role",
        sent="2047-11-11 09:30",
        zone="America/Chicago",
        tool=True,
        extra=bulk(
            "<webinars.midwestfreight-academy.example>",
            "https://midwestfreight-academy.example/u/881",
        ),
        notes="Webinar marketing with a time: not an interview.",
        body=f"""Join our live webinar on {d("2047-11-14")} at 6 PM CT: interview tips from three
DC managers, resume do's and don'ts, and Q&A. Register:
https://midwestfreight-academy.example/webinars/supervisor""",
    ),
    mail(
        CADOGAN,
        "van-service-booking-confirmation",
        "other",
        frm=("Ashbourne Road Motors", "service@ashbourneroad-motors.example"),
        subject="Booking confirmed: MOT and service",
        sent="2047-11-18 16:30",
        zone=L,
        tool=True,
        notes="A vehicle service appointment.",
        body=f"""Your vehicle (Ford Transit, reg. KV27 XTR) is booked in for an MOT and full service on
{d("2047-11-22", "uk")} at 08:15. Please drop the keys at reception. We will call you when
it's ready for collection.""",
    ),
    bounce(
        TIERNAN,
        "bounce-application-to-old-address",
        reporter="MAILER-DAEMON@mx1.example.net",
        date=dh("2047-11-06 14:05", "Europe/Dublin"),
        text="""This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<hr@stbrigids-nursinghome.example>: host mail.stbrigids-nursinghome.example[198.51.100.23]
    said: 550 5.1.1 <hr@stbrigids-nursinghome.example>: Recipient address rejected: User
    unknown in virtual mailbox table
""",
        status="""Reporting-MTA: dns; mx1.example.net
Arrival-Date: Wed, 6 Nov 2047 14:05:02 +0000

Final-Recipient: rfc822; hr@stbrigids-nursinghome.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stbrigids-nursinghome.example
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""",
        original="""From: Tiernan Mac Giolla-Bassey <tiernan.macgiolla@example.com>
To: hr@stbrigids-nursinghome.example
Subject: Application - Clinical Nurse Manager 1 (Nights)
Date: Wed, 6 Nov 2047 14:04:51 +0000
""",
        label={"notes": "Delivery failure of the user's application (a bounce)."},
    ),
    mail(
        JARVIS,
        "agency-consultant-out-of-office",
        "auto_reply",
        frm=("Kath Brennan", "kath.brennan@southern-cross-labour.example"),
        subject="Out of Office: Re: Boilermaker shutdown work",
        sent="2047-11-22 12:00",
        zone="Australia/Adelaide",
        extra=AUTO,
        more={"return_date": "2047-12-02"},
        notes="Agency consultant away; back Monday 2 December.",
        body="""Thanks for your email. I'm on leave and back on Monday 2 December. For urgent
shutdown bookings please call the Adelaide branch on the main number.

Kath""",
    ),
    mail(
        CADOGAN,
        "law-firm-training-contract-offer",
        "offer",
        frm=(
            "Graduate Recruitment - Ashcombe Pell LLP",
            "graduate.recruitment@ashcombepell.example",
        ),
        subject="Offer of a Training Contract - Ashcombe Pell LLP",
        sent="2047-12-09 17:00",
        zone=L,
        tool=True,
        notes="Offer subject to academic and background checks.",
        body="""Dear Cadogan,

Following your final round interview, we are delighted to offer you a Training Contract
commencing in September 2050, with a starting salary of £52,000 and sponsorship of the SQE
and LLM. The offer is subject to satisfactory academic results, references and background
screening. Your offer letter and acceptance form are attached; please respond within four
weeks.

Graduate Recruitment Team""",
    ),
    mail(
        MORWENNA,
        "retail-rejection-short",
        "rejection",
        frm=("Hathersage & Lowe Recruitment", "careers@hathersage-lowe.example"),
        subject="Your application with Hathersage & Lowe",
        sent="2047-11-05 10:00",
        zone=L,
        tool=True,
        notes="Rejection after the group interview.",
        body="""Hi Morwenna,

Thank you for coming to our group interview. Unfortunately we won't be offering you a
Christmas role this time. We'd love you to apply again in the new year.

The Hathersage & Lowe Team""",
    ),
    mail(
        RHODRI,
        "fitness-test-booking-not-interview",
        "other",
        frm=(
            "Recruitment - Severn & Usk Fire and Rescue Service",
            "recruitment@severnusk-fire.example",
        ),
        subject="Stage 3: practical tests - booking confirmation",
        sent="2047-10-30 11:00",
        zone=L,
        tool=True,
        notes="Physical tests (ladder climb, casualty evacuation, bleep test) - an assessment, not an interview.",
        body=f"""Dear Rhodri,

Your practical tests are booked for {d("2047-11-16", "uky")} at 08:30 at the Training
Centre, Llantarnam. Bring sports kit, water and photo ID. Results will be given on the day.

Recruitment Team""",
    ),
]
