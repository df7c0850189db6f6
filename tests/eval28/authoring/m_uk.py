"""British and Irish mail: NHS trusts, councils, schools, care homes, a university."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    AUTO,
    CADOGAN,
    DELPHINE_UK,
    ELOWEN,
    IPHONE,
    ISLA,
    MORWENNA,
    RHODRI,
    SIOBHRA,
    TIERNAN,
    bulk,
    d,
    gq,
    iv,
    mail,
    msgid,
    t12,
    t24,
    thread,
)

L = "Europe/London"
D = "Europe/Dublin"

MESSAGES = [
    iv(
        ELOWEN,
        "trac-staff-nurse-ward-7b-invite",
        frm=("Pendlebury General Hospital Recruitment", "noreply@trac-recruit.example"),
        subject="Invitation to interview - Staff Nurse Band 5, Ward 7B (Ref 311-PGH-4471)",
        sent="2047-10-08 16:02",
        start="2047-10-22 10:30",
        zone=L,
        tool=True,
        company="Pendlebury General Hospital NHS Foundation Trust",
        role="Staff Nurse Band 5",
        who=("Mairead Colquhoun", "Adebola Folorunsho"),
        body=f"""Dear Elowen,

Thank you for your application for the post of Staff Nurse Band 5, Ward 7B (Acute Medicine),
reference 311-PGH-4471. We are pleased to invite you to interview.

Date: {d("2047-10-22 10:30", "uky")}
Time: {t24("2047-10-22 10:30")}
Venue: Seminar Room 2, Education Centre, Pendlebury General Hospital, Moor Lane, PB4 7QX
Panel: Sister Mairead Colquhoun (Ward Manager, 7B) and Adebola Folorunsho (Practice
Development Nurse)

Please bring photographic ID (passport or driving licence), proof of address dated within
the last three months, your NMC PIN and originals of your qualifications. If you already hold
an Enhanced DBS certificate on the Update Service, please bring it.

Parking: the visitor car park (P3) is pay and display; there is very little space after 10am,
so please allow extra time or use the Park and Ride.

You can view your application and the documents we need on Trac. If you cannot attend, please
let us know through the system as soon as possible.

Kind regards,
Recruitment Team
Pendlebury General Hospital NHS Foundation Trust""",
        notes="Trac-style invitation; 22 October is before the UK change (BST).",
    ),
    iv(
        CADOGAN,
        "jobtrain-waste-supervisor-panel-presentation",
        frm=("Harrowgate Vale Borough Council", "recruitment@harrowgatevale-council.example"),
        subject="Harrowgate Vale BC - interview invitation: Waste Services Supervisor (HVBC/0912)",
        sent="2047-10-18 11:40",
        start="2047-10-29 14:00",
        zone=L,
        tool=True,
        company="Harrowgate Vale Borough Council",
        role="Waste Services Supervisor",
        who=("Gareth Emsley", "Priti Varsani", "Cllr Jean Moorcroft"),
        body=f"""Dear Cadogan Blythe-Amadi,

Post: Waste Services Supervisor (Grade 7) - HVBC/0912

Following shortlisting, we are pleased to invite you to the next stage of the selection
process on {d("2047-10-29", "uky")} at {t24("2047-10-29 14:00")} at the Depot Offices,
Canal Road, Harrowgate Vale HV2 8LB. Please report to reception in the main block; parking
is available in the staff bays marked V.

The process has two parts:
1. A 10-minute presentation to the panel: "How would you reduce missed bin collections on
   rural rounds over the first six months?" Please bring it on a USB stick (PowerPoint).
2. A competency-based interview (about 45 minutes).

The panel will be Gareth Emsley (Operations Manager), Priti Varsani (HR Business Partner)
and Cllr Jean Moorcroft (Chair, Environment Committee).

Please bring your passport or birth certificate with National Insurance evidence for Right
to Work checks, and your driving licence (this post requires a Category C licence).

Please confirm your attendance by replying to this email.

Recruitment Team, People Services
Harrowgate Vale Borough Council

Sent via Jobtrain""",
        notes="Sent in BST, interview after the UK change of 27 October (GMT).",
    ),
    iv(
        MORWENNA,
        "primary-ta-interview-st-wenna",
        frm=("Tamsyn Roskilly", "sbm@stwenna-primary.example"),
        subject="Teaching Assistant interview - St Wenna's",
        sent="2047-10-30 15:47",
        start="2047-11-07 09:15",
        zone=L,
        company="St Wenna's Church of England Primary School",
        role="Teaching Assistant (Level 2)",
        who=("Kerensa Hocking", "Daniel Ashe"),
        body=f"""Dear Morwenna,

Thank you for applying for the TA post. I'm pleased to say you have been shortlisted and we
would like to invite you in on {d("2047-11-07", "uk")} at 9.15am.

The morning will start with you reading a story to a small group in Year 1 (about 15
minutes - bring a picture book of your choice), followed by a formal interview with our
headteacher Mrs Kerensa Hocking and our SENCo Mr Daniel Ashe. You should be finished by
about 10.45.

Please come to the main office on Chapel Street and bring photo ID and your qualification
certificates so I can take copies for safer recruitment. There is no parking on site during
drop-off, the church car park opposite is fine.

Any problems just give me a ring on the school number.

Kind regards

Tamsyn Roskilly
School Business Manager
St Wenna's CE Primary School""",
    ),
    iv(
        MORWENNA,
        "reply-confirming-st-wenna",
        frm=(MORWENNA.name, MORWENNA.addresses[0]),
        subject="Re: Teaching Assistant interview - St Wenna's",
        sent="2047-10-30 19:22",
        start="2047-11-07 09:15",
        zone=L,
        company="St Wenna's Church of England Primary School",
        role="Teaching Assistant (Level 2)",
        who=("Kerensa Hocking", "Daniel Ashe"),
        to="Tamsyn Roskilly <sbm@stwenna-primary.example>",
        in_reply_to=msgid("primary-ta-interview-st-wenna", "stwenna-primary.example"),
        body=thread(
            """Dear Tamsyn,

Thank you so much - I'd be delighted to come in on Thursday at 9.15 and I'll bring a
picture book along with my ID and certificates.

Best wishes,
Morwenna""",
            gq(
                "2047-10-30 15:47",
                L,
                "Tamsyn Roskilly <sbm@stwenna-primary.example>",
                f"""Dear Morwenna,

Thank you for applying for the TA post. I'm pleased to say you have been shortlisted and we
would like to invite you in on {d("2047-11-07", "uk")} at 9.15am, story session with a
small group in Year 1, then a formal interview with Mrs Kerensa Hocking and Mr Daniel Ashe.""",
            ),
        ),
        notes="The user's own reply accepting the time; the panel is in the quoted invitation.",
    ),
    iv(
        RHODRI,
        "care-home-trial-shift-phone",
        frm=("Bethan Rowlands", "bethan.lindenfield@example.com"),
        subject="Trial shift Saturday",
        sent="2047-11-05 21:14",
        start="2047-11-09 08:00",
        zone=L,
        company="Lindenfield Care Home",
        role="Senior Care Assistant",
        who=("Bethan Rowlands",),
        agent=IPHONE,
        body="""Hi Rhodri

Lovely to chat earlier. As discussed can you do a paid trial shift this Saturday 8am till
2pm on Cedar unit (dementia floor)? I'll be on shift so you'll be with me most of the
morning, then we'll have a proper sit down about the senior role after lunch.

Black trousers and flat black shoes, we'll give you a tunic. Bring your passport and
your DBS if you have it.

Press the buzzer at the side door on Hafod Road.

Bethan
Home Manager, Lindenfield

Sent from my iPhone""",
        notes="A paid trial shift (working interview) with the home manager; start 08:00.",
    ),
    iv(
        TIERNAN,
        "cnm2-competency-interview-dublin",
        frm=("Recruitment - Midlands & Liffey Health Region", "recruit@mlhealth.example"),
        subject="Clinical Nurse Manager 2 (Theatre) - Competency Based Interview - Campaign ML-4482",
        sent="2047-11-04 10:05",
        start="2047-11-20 11:45",
        zone=D,
        tool=True,
        company="Midlands & Liffey Health Region",
        role="Clinical Nurse Manager 2 (Theatre)",
        who=("Orla Brannelly", "Fergal Ó Súilleabháin", "Gráinne Delaney"),
        body=f"""Dear Tiernan,

Campaign ML-4482: Clinical Nurse Manager 2, Perioperative Directorate

Further to your application, you are invited to attend for a competency based interview as
follows:

Date: {d("2047-11-20", "uky")}
Time: {t24("2047-11-20 11:45")} (please arrive 15 minutes early)
Location: Boardroom, Block C, St Kevin's Road Campus, Dublin 8

The interview board will be Orla Brannelly (Director of Nursing), Fergal Ó Súilleabháin
(Assistant Director of Nursing, Perioperative) and Gráinne Delaney (HR Manager). The
competencies assessed are: Building and Maintaining Relationships, Planning and Managing
Resources, Evaluating Information and Judging Situations, and Professional Knowledge.

Please bring your NMBI registration, two forms of photo ID and your Garda vetting
reference if you have one.

Is mise le meas,
Recruitment Services""",
    ),
    iv(
        SIOBHRA,
        "lecturer-nursing-presentation-galway",
        frm=("Human Resources, Corrib Valley University", "hr-recruit@corribvalley.example"),
        subject="Interview: Lecturer in Nursing (Mental Health) - 13 December",
        sent="2047-11-26 14:30",
        start="2047-12-13 10:00",
        zone=D,
        tool=True,
        company="Corrib Valley University",
        role="Lecturer in Nursing (Mental Health)",
        who=("Niamh Ferriter", "Declan Gilsenan", "Aisling Cunnane"),
        body=f"""Dear Dr Ní Bhraonáin-Udeh,

Ref: CVU-ACAD-0377 Lecturer in Nursing (Mental Health)

I am pleased to invite you to interview for the above post on {d("2047-12-13", "uky")}
at {t24("2047-12-13 10:00")} in the Aras Comhairle Room, Main Quadrangle.

You will be asked to give a 15-minute presentation to the panel on "Embedding lived
experience in undergraduate mental health nursing education", followed by questions and
a formal interview (approx. 45 minutes).

Panel: Prof. Niamh Ferriter (Head of School, chair), Dr Declan Gilsenan (Programme Director)
and Ms Aisling Cunnane (external assessor, Tusla).

Please email your slides to hr-recruit@corribvalley.example by 5pm two working days before.
Reasonable travel expenses will be reimbursed.

Yours sincerely,
HR Recruitment, Corrib Valley University""",
    ),
    iv(
        ISLA,
        "civil-service-teams-interview",
        frm=("Civil Service Recruitment", "no-reply@csrecruit-rural.example"),
        subject="Interview invitation - Policy Adviser, Rural Payments (Ref 88120)",
        sent="2047-11-19 09:00",
        start="2047-12-02 14:30",
        zone=L,
        tool=True,
        company="Department for Rural Affairs and Fisheries",
        role="Policy Adviser, Rural Payments (HEO)",
        body=f"""Dear Isla Mackintosh-Obiora,

Vacancy reference: 88120 - Policy Adviser, Rural Payments (HEO)

Congratulations, you have been invited to interview. Your interview is booked for:

{d("2047-12-02", "uky")} at {t12("2047-12-02 14:30", compact=True)} (UK time)
Format: video interview via Microsoft Teams (the link will be sent by the vacancy holder
before the interview)

You will be assessed against the Success Profiles behaviours Making Effective Decisions and
Communicating and Influencing, and two strengths. You will also be asked to give a
5-minute presentation on the topic given in the attached brief.

If you require a reasonable adjustment, please contact the vacancy holder.

Civil Service Recruitment""",
        tz="Europe/London",
        notes="Panel not named; Teams link to follow.",
    ),
    iv(
        ELOWEN,
        "trac-staff-nurse-rescheduled",
        frm=("Pendlebury General Hospital Recruitment", "noreply@trac-recruit.example"),
        subject="Change to your interview - Staff Nurse Band 5, Ward 7B (Ref 311-PGH-4471)",
        sent="2047-10-15 12:20",
        start="2047-10-24 13:00",
        zone=L,
        tool=True,
        company="Pendlebury General Hospital NHS Foundation Trust",
        role="Staff Nurse Band 5",
        who=("Mairead Colquhoun", "Adebola Folorunsho"),
        body=f"""Dear Elowen,

Unfortunately, due to clinical pressures on the ward, the panel has had to move the interview
for Staff Nurse Band 5, Ward 7B (ref 311-PGH-4471).

Your interview was: {d("2047-10-22", "uky")} at 10:30
Your interview is now: {d("2047-10-24", "uky")} at {t24("2047-10-24 13:00")}

The venue (Seminar Room 2, Education Centre) and the panel, Sister Mairead Colquhoun and
Adebola Folorunsho, are unchanged. Please log in to Trac to confirm the new time.

We apologise for any inconvenience.

Recruitment Team""",
        notes="Reschedule: the new time is labelled.",
    ),
    iv(
        RHODRI,
        "care-home-trial-shift-cancelled",
        frm=("Bethan Rowlands", "bethan.lindenfield@example.com"),
        subject="Re: Trial shift Saturday",
        sent="2047-11-08 07:05",
        start="2047-11-09 08:00",
        zone=L,
        kind="interview_cancelled",
        company="Lindenfield Care Home",
        role="Senior Care Assistant",
        who=("Bethan Rowlands",),
        agent=IPHONE,
        body="""Morning Rhodri, really sorry but I'm going to have to cancel tomorrow - we've
got a norovirus outbreak on Cedar and the home is closed to visitors for at least 72 hours.
I'll ring you next week to sort another date.

Bethan

Sent from my iPhone""",
        notes="The trial shift of Saturday 08:00 is cancelled, no new date.",
    ),
    mail(
        DELPHINE_UK,
        "trac-rejection-after-interview-pharmacist",
        "rejection",
        frm=("Kingsmere Hospitals NHS Trust", "noreply@trac-recruit.example"),
        subject="Outcome of your interview - Rotational Pharmacist Band 6",
        sent="2047-11-14 16:45",
        zone=L,
        tool=True,
        notes="Post-interview rejection from a Trac-style system.",
        body="""Dear Philippa,

Thank you for attending interview for the post of Rotational Pharmacist Band 6.

The panel were impressed with your knowledge of medicines reconciliation, however on this
occasion we have decided to offer the post to another candidate whose experience more closely
matched the needs of the service.

If you would like feedback, please contact the recruiting manager, Harjit Sandhu, Lead
Pharmacist, on extension 4472.

We wish you every success in the future.

Recruitment Team, Kingsmere Hospitals NHS Trust""",
    ),
    mail(
        CADOGAN,
        "conditional-offer-waste-supervisor",
        "offer",
        frm=("Harrowgate Vale Borough Council", "recruitment@harrowgatevale-council.example"),
        subject="Conditional offer of employment - Waste Services Supervisor (HVBC/0912)",
        sent="2047-11-06 10:12",
        zone=L,
        tool=True,
        notes="Conditional offer subject to references, medical and licence checks.",
        body="""Dear Cadogan,

Further to your recent interview, I am pleased to offer you the post of Waste Services
Supervisor, Grade 7 (SCP 23, £33,480 per annum), subject to the following conditions:

- two satisfactory references, one of which must be from your current employer;
- a satisfactory occupational health assessment;
- verification of your Category C driving licence and CPC card;
- evidence of your right to work in the UK.

Please accept or decline this offer through your Jobtrain account within 5 working days.
Once all checks are complete, your manager will agree a start date with you.

Yours sincerely,
People Services, Harrowgate Vale Borough Council""",
    ),
    mail(
        ELOWEN,
        "reference-request-for-former-hca",
        "other",
        frm=("Pendlebury General Hospital Recruitment", "noreply@trac-recruit.example"),
        subject="Reference request: Joseph Ikwuemesi - Healthcare Assistant",
        sent="2047-11-12 09:31",
        zone=L,
        tool=True,
        notes="The user is asked to act as a referee for someone else: not about her search.",
        body="""Dear Elowen Tregarthen-Okafor,

Joseph Ikwuemesi has applied for the post of Healthcare Assistant Band 3 and has named you as
a referee. We would be grateful if you could complete the reference form using the secure
link below within 5 working days.

https://refs.trac-recruit.example/r/8b2c1f

Thank you for your help.
Recruitment Team""",
    ),
    mail(
        RHODRI,
        "dbs-application-onboarding",
        "other",
        frm=("Lindenfield Care Group HR", "hr@lindenfield-care.example"),
        subject="Action needed: complete your DBS application and starter forms",
        sent="2047-12-02 11:00",
        zone=L,
        tool=True,
        notes="Onboarding paperwork: no meeting.",
        body="""Hi Rhodri,

Welcome to Lindenfield Care Group! To get your start date confirmed we need you to:

1. Complete your Enhanced DBS (Adult Barred List) application online - link below.
2. Upload your new starter form, P45 and bank details.
3. Book your Care Certificate induction day (we will email the dates available).

https://onboarding.lindenfield-care.example/start/77412

Any questions, reply to this email.
Lindenfield HR""",
    ),
    mail(
        MORWENNA,
        "school-auto-reply-half-term",
        "auto_reply",
        frm=("Tamsyn Roskilly", "sbm@stwenna-primary.example"),
        subject="Automatic reply: Teaching Assistant application",
        sent="2047-10-28 08:00",
        zone=L,
        extra=AUTO,
        more={"return_date": "2047-11-04"},
        notes="Half-term out-of-office; back Monday 4 November.",
        body="""Thank you for your email. The school is closed for half term and I will be back in
the office on Monday 4 November. For urgent safeguarding matters please contact the Local
Authority Designated Officer.

Tamsyn Roskilly, School Business Manager""",
    ),
    mail(
        ISLA,
        "nhs-style-job-alert-weekly",
        "bulk",
        frm=("Health Jobs Alerts", "alerts@healthjobs-board.example"),
        subject="12 new jobs match your search: Band 6 administration, within 20 miles",
        sent="2047-11-10 06:30",
        zone=L,
        tool=True,
        extra=bulk(
            "<alerts.healthjobs-board.example>", "https://healthjobs-board.example/unsub/ab12"
        ),
        notes="Weekly job alert.",
        body="""Your saved search: Band 6 administration, within 20 miles of PB4

Medical Secretary - Kingsmere Hospitals NHS Trust - closes 18 Nov
Patient Access Team Leader - Pendlebury General Hospital - closes 20 Nov
Rota Coordinator - Moorlands Community Health - closes 21 Nov
... and 9 more

View all jobs: https://healthjobs-board.example/search/saved/4412
Manage alerts: https://healthjobs-board.example/alerts""",
    ),
    mail(
        CADOGAN,
        "brookside-surgery-gp-appointment",
        "other",
        frm=("Brookside Surgery", "noreply@brookside-surgery.example"),
        subject="Appointment confirmation - Brookside Surgery",
        sent="2047-11-11 13:12",
        zone=L,
        tool=True,
        notes="A GP appointment: a meeting with a time, not an interview.",
        body=f"""Your appointment is confirmed:

{d("2047-11-15", "uk")} at {t24("2047-11-15 09:40")} with Dr A Pengelly (GP)
Brookside Surgery, 2 Mill Lane

To cancel, reply CANCEL or call the surgery. Please arrive 5 minutes early.""",
    ),
    mail(
        DELPHINE_UK,
        "parents-evening-booking",
        "other",
        frm=("Thornfield Academy", "office@thornfield-academy.example"),
        subject="Year 9 Parents' Evening - your appointments",
        sent="2047-11-20 17:00",
        zone=L,
        tool=True,
        notes="Parents' evening slots for the user's child.",
        body=f"""Dear Parent/Carer,

Your appointments for Year 9 Parents' Evening on {d("2047-11-27", "uk")}:

16:30 Mr Trevithick (Maths) - Room M4
16:40 Ms Ojukwu (English) - Room E2
16:55 Mrs Carne (Science) - Lab 3

Please sign in at the main reception. Thornfield Academy""",
    ),
    mail(
        ISLA,
        "eploy-pick-an-interview-slot-housing",
        "scheduling_request",
        frm=("Clydeview Housing Association", "careers@clydeview-housing.example"),
        subject="Please book your interview slot - Housing Officer",
        sent="2047-11-13 14:00",
        zone=L,
        tool=True,
        notes="Pick a slot through a link; nothing booked yet.",
        body="""Dear Isla,

Thank you for your application for Housing Officer (Tenancy Sustainment). We would like to
invite you to interview and ask you to choose a time from the slots available on
Tuesday 26 and Wednesday 27 November through the link below. Slots are allocated on a first
come, first served basis.

https://careers.clydeview-housing.example/interview-booking/55210

Clydeview Housing Association""",
    ),
    iv(
        TIERNAN,
        "garda-vetting-reminder-cnm2-day-before",
        frm=("Recruitment - Midlands & Liffey Health Region", "recruit@mlhealth.example"),
        subject="Reminder: your interview tomorrow - Clinical Nurse Manager 2 (Theatre)",
        sent="2047-11-19 12:00",
        start="2047-11-20 11:45",
        zone=D,
        tool=True,
        company="Midlands & Liffey Health Region",
        role="Clinical Nurse Manager 2 (Theatre)",
        body="""Dear Tiernan,

This is a reminder that your interview for Clinical Nurse Manager 2 (Theatre) takes place
tomorrow at 11:45 in the Boardroom, Block C, St Kevin's Road Campus, Dublin 8.

Please remember to bring your NMBI registration and two forms of photo ID.

Recruitment Services""",
        notes="Day-before reminder (relative date 'tomorrow').",
    ),
]
