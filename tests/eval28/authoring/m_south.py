"""Australia, New Zealand, India, South Africa, Kenya, the Gulf, Japan, the Philippines."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ANAND,
    AUTO,
    BRONWYN,
    HYACINTH,
    JARVIS,
    KENJI,
    MARICEL,
    MERERANGI,
    NALEDI,
    RASHID,
    SUNITA,
    TAMSIN,
    THABO,
    WAMBUI,
    bulk,
    d,
    iv,
    mail,
    t12,
)

MESSAGES = [
    iv(
        BRONWYN,
        "pageup-registered-midwife-panel-sydney",
        frm=("Harbourside Local Health District Recruitment", "noreply@pageup-harbourside.example"),
        subject="Interview invitation: Registered Midwife - Birthing Suite (REQ 88412)",
        sent="2047-10-21 14:10",
        start="2047-10-29 11:00",
        zone="Australia/Sydney",
        tool=True,
        company="Harbourside Local Health District",
        role="Registered Midwife - Birthing Suite",
        who=("Kylie Pham", "Joanne Whitlam"),
        tz="Australia/Sydney",
        body=f"""Dear Bronwyn,

Thank you for your application for Registered Midwife - Birthing Suite, Permanent Full Time
(REQ 88412). You have been shortlisted and are invited to attend an interview:

When: {d("2047-10-29", "uky")} at {t12("2047-10-29 11:00", compact=True)} (Sydney time)
Where: Level 2, Women's Health Building, Harbourside Hospital, Pacific Parade
Panel: Kylie Pham (Midwifery Unit Manager) and Joanne Whitlam (Clinical Midwifery Consultant)

Please bring 100 points of identification, your AHPRA registration and evidence of your NSW
Health vaccination compliance (Category A). Parking is very limited; the hospital is a
10-minute walk from the station.

Please confirm via the candidate portal.

Regards,
Recruitment & Onboarding Services""",
        notes="Sydney in summer time (AEDT, +11).",
    ),
    iv(
        TAMSIN,
        "queensland-school-deputy-principal-brisbane",
        frm=("Mango Hill North State School", "admin@mangohillnorth-ss.example"),
        subject="Deputy Principal merit selection - interview",
        sent="2047-11-11 15:35",
        start="2047-11-18 09:00",
        zone="Australia/Brisbane",
        company="Mango Hill North State School",
        role="Deputy Principal",
        who=("Craig Lethbridge", "Moana Tupou", "Deb Fairweather"),
        body=f"""Hi Tamsin,

Following shortlisting for the Deputy Principal vacancy (merit selection), we'd like to invite
you to interview on {d("2047-11-18", "uk")} at 9am in the school's conference room (Admin
Block A). Please sign in at the office on arrival.

The panel will be Craig Lethbridge (Principal, chair), Moana Tupou (Head of Special
Education Services) and Deb Fairweather (Principal, Kallangur Creek SS, external).

You'll be given 15 minutes to prepare a response to a stimulus question before the interview.
Please bring your Blue Card and QCT registration.

Cheers,
Leanne Drury
Business Manager""",
    ),
    iv(
        JARVIS,
        "mine-site-maintenance-fitter-adelaide",
        frm=("Sam Oxley", "sam.oxley@ironbark-resources.example"),
        subject="Mechanical Fitter - interview Thursday 14/11",
        sent="2047-11-08 16:20",
        start="2047-11-14 13:30",
        zone="Australia/Adelaide",
        company="Ironbark Resources",
        role="Mechanical Fitter (FIFO 8/6)",
        who=("Sam Oxley", "Dean Kowalski"),
        tz="Australia/Adelaide",
        body="""G'day Jarvis,

Thanks for your application for the Mechanical Fitter (FIFO 8/6) role. Can you come in to
our Adelaide office, Level 5, 91 King William St, on Thursday 14/11 at 1:30pm Adelaide time?

It'll be me (Sam Oxley, Maintenance Superintendent) and Dean Kowalski (Fixed Plant
Supervisor). Bring your trade certificate, licence and any tickets (working at heights,
confined space).

If you get the job you'll need a pre-employment medical and drug & alcohol test.

Cheers,
Sam""",
        notes="Adelaide in summer time (ACDT, +10:30).",
    ),
    iv(
        MERERANGI,
        "nz-te-whatu-ora-style-kaiawhina-interview",
        frm=("Aotea Coast Health Careers", "careers@aoteacoast-health.example"),
        subject="Interview - Kaiāwhina (Health Care Assistant), Ward 3 Medical",
        sent="2047-11-25 09:10",
        start="2047-12-03 14:00",
        zone="Pacific/Auckland",
        tool=True,
        company="Aotea Coast Health",
        role="Kaiāwhina (Health Care Assistant)",
        who=("Hine Rāwiri", "Stephen Gault"),
        body=f"""Kia ora Mererangi,

Ngā mihi for your application. We would love to invite you to an interview on
{d("2047-12-03", "uky")} at 2.00pm at the Ward 3 Medical seminar room, Aotea Coast Hospital.

Your panel will be Hine Rāwiri (Charge Nurse Manager) and Stephen Gault (Nurse Educator).
You are welcome to bring whānau support with you; please let us know if you would like to
open with a mihi or karakia.

Please bring photo ID and your CV.

Ngā mihi nui,
Recruitment Team""",
    ),
    iv(
        ANAND,
        "hospital-staff-nurse-walk-in-confirmed-chennai",
        frm=("HR - Kaveripattinam Multispeciality Hospital", "hr@kmh-hospitals.example"),
        subject="Interview Call Letter - Staff Nurse (ICU) - KMH/HR/2047/311",
        sent="2047-11-02 11:00",
        start="2047-11-09 10:00",
        zone="Asia/Kolkata",
        tool=True,
        company="Kaveripattinam Multispeciality Hospital",
        role="Staff Nurse (ICU)",
        who=("Lakshmi Narayanan", "Saraswathi Rajan"),
        body=f"""Dear Mr. Anand Venkataraman-Gill,

With reference to your application, you are requested to appear for a personal interview for
the post of Staff Nurse (ICU) on {d("2047-11-09", "uky")} at 10:00 AM IST at our Anna Nagar
campus, HR Department, 4th Floor.

Interview panel: Dr. Lakshmi Narayanan (Medical Superintendent) and Mrs. Saraswathi Rajan
(Chief Nursing Officer).

Please bring: original and photocopies of B.Sc Nursing degree, TNNMC registration, 2 passport
size photographs, Aadhaar card and experience certificates. A short written test on critical
care nursing will be conducted before the interview.

Regards,
HR Department""",
        notes="Saturday interview; IST has no DST.",
    ),
    iv(
        SUNITA,
        "bank-probationary-officer-group-discussion-pune",
        frm=(
            "Recruitment Cell, Sahyadri Co-operative Bank",
            "recruitment@sahyadri-coopbank.example",
        ),
        subject="Call letter: Group Discussion & Personal Interview - Junior Officer",
        sent="2047-11-15 17:00",
        start="2047-11-23 09:30",
        zone="Asia/Kolkata",
        tool=True,
        company="Sahyadri Co-operative Bank",
        role="Junior Officer",
        body=f"""Dear Candidate,

Roll No. JO-47-10291 - Ms. Sunita Kulkarni-Reeves

You have qualified in the online examination held on 2 November 2047 and are called for Group
Discussion and Personal Interview on {d("2047-11-23", "uky")}, reporting time 09:30 AM, at
the Head Office, Shivajinagar, Pune.

Bring this call letter, a photo ID, original certificates with one set of self-attested copies
and the fee receipt. Candidates arriving after the reporting time will not be allowed.

Chief Manager (HR)""",
        notes="Reporting time 09:30 labelled; panel not named.",
    ),
    iv(
        THABO,
        "mining-engineer-competency-interview-joburg",
        frm=("Lerato Mokoena", "lerato.mokoena@highveld-platinum.example"),
        subject="Interview: Shift Boss (Underground) - Rustenburg",
        sent="2047-11-06 12:00",
        start="2047-11-13 08:00",
        zone="Africa/Johannesburg",
        company="Highveld Platinum",
        role="Shift Boss (Underground)",
        who=("Pieter Venter", "Nomsa Dube"),
        body=f"""Dear Thabo

You have been shortlisted for the Shift Boss (Underground) vacancy at Number 4 Shaft. Your
interview is on {d("2047-11-13", "uk")} at 08:00 at the Number 4 Shaft training centre
boardroom. Please report to the main security gate 20 minutes early with your ID; visitors
must pass a breathalyser test.

The panel: Pieter Venter (Mine Overseer) and Nomsa Dube (HR Business Partner). Bring your
Mine Overseer's Certificate of Competency (if held), blasting certificate and a certified copy
of your ID.

Kind regards
Lerato Mokoena
Talent Acquisition""",
    ),
    iv(
        WAMBUI,
        "ngo-programme-officer-interview-nairobi",
        frm=("Talent Team, Mwangaza Children's Trust", "jobs@mwangaza-trust.example"),
        subject="Interview invitation - Programme Officer, Child Protection",
        sent="2047-11-27 10:30",
        start="2047-12-04 14:00",
        zone="Africa/Nairobi",
        tool=True,
        company="Mwangaza Children's Trust",
        role="Programme Officer, Child Protection",
        who=("Grace Wekesa", "Samuel Otieno", "Fatuma Abdi"),
        body=f"""Dear Wambui,

You are invited for an interview for the position of Programme Officer, Child Protection on
{d("2047-12-04", "uky")} at 2.00 pm (East Africa Time) at our office on Ngong Road, Kilimani.

The panel: Grace Wekesa (Country Director), Samuel Otieno (Head of Programmes) and
Fatuma Abdi (Safeguarding Lead). You will first complete a one-hour written exercise on a case
scenario, then the interview.

Please carry your national ID, academic certificates and a certificate of good conduct.

Regards,
Talent Team""",
    ),
    iv(
        RASHID,
        "dubai-hotel-f-and-b-manager",
        frm=("Careers - Al Sufouh Grand Resort", "careers@alsufouh-grand.example"),
        subject="Interview confirmation - Assistant F&B Manager",
        sent="2047-10-27 13:00",
        start="2047-10-31 15:00",
        zone="Asia/Dubai",
        tool=True,
        company="Al Sufouh Grand Resort",
        tz="Asia/Dubai",
        role="Assistant F&B Manager",
        who=("Marco Ferrante", "Aisha Al Hammadi"),
        body=f"""Dear Rashid,

We are pleased to confirm your interview for the position of Assistant Food & Beverage
Manager on {d("2047-10-31", "usy")} at 3:00 PM (Dubai time) at the resort, Executive Office,
Lobby Level. Please use the staff entrance at the back of the resort and mention your name to
security.

You will meet Marco Ferrante (Director of F&B) and Aisha Al Hammadi (Talent & Culture
Manager). Business attire; please bring your passport copy and Emirates ID if available.

Warm regards,
Talent & Culture""",
    ),
    iv(
        KENJI,
        "tokyo-hotel-concierge-interview",
        frm=("Ayumi Sakurada", "recruit@kioicho-palace-hotel.example"),
        subject="Interview for Guest Relations Officer - Kioicho Palace Hotel",
        sent="2047-11-19 18:00",
        start="2047-11-26 16:00",
        zone="Asia/Tokyo",
        company="Kioicho Palace Hotel",
        role="Guest Relations Officer",
        who=("Hiroshi Tanabe",),
        body=f"""Dear Mr. Oyamada-Brookes,

Thank you for your application. We would like to invite you to an interview on
{d("2047-11-26", "usy")} at 16:00 JST at our hotel (Human Resources office, B1).

The interview will be conducted in English and Japanese by Mr. Hiroshi Tanabe, Front Office
Manager. Please bring your residence card and a printed resume (rirekisho).

Best regards,
Ayumi Sakurada, Human Resources""",
        notes="The HR sender only arranges.",
    ),
    iv(
        MARICEL,
        "manila-call-centre-final-interview-cancelled",
        frm=("Tala Bay Health Insurance HR", "hr@talabay-health.example"),
        subject="Cancellation of final interview - Claims Processor",
        sent="2047-11-20 09:00",
        start="2047-11-22 14:00",
        zone="Asia/Manila",
        tool=True,
        kind="interview_cancelled",
        company="Tala Bay Health Insurance",
        role="Claims Processor",
        who=("Rowena Dizon",),
        body=f"""Dear Ms. Dimaculangan-Frost,

We regret to inform you that your final interview with Ms. Rowena Dizon on
{d("2047-11-22", "usy")} at 2:00 PM has been cancelled, as the hiring for Claims Processor has
been put on hold following a reorganization. We will contact you should the position reopen.

Thank you for your understanding.

Human Resources""",
    ),
    mail(
        NALEDI,
        "sa-teacher-sace-documents-onboarding",
        "other",
        frm=("Sunnyridge Preparatory School", "bursar@sunnyridge-prep.example"),
        subject="Appointment paperwork - Grade R teacher",
        sent="2047-12-05 10:00",
        zone="Africa/Johannesburg",
        notes="Onboarding documents after an appointment.",
        body="""Dear Naledi

Welcome to Sunnyridge! Before you start in January we need: a certified copy of your ID,
SACE registration certificate, a police clearance certificate, Form 30 (Child Protection
Register) and your banking details on a bank letterhead.

Please drop these at the bursary or email scans to bursar@sunnyridge-prep.example.

Regards
Mrs H. van Wyk, Bursar""",
    ),
    mail(
        HYACINTH,
        "kingston-hospital-rejection-warm",
        "rejection",
        frm=("Andrea Pottinger", "andrea.pottinger@blue-mountain-health.example"),
        subject="Your interview for Ward Administrator",
        sent="2047-11-21 14:40",
        zone="America/Jamaica",
        notes="Warm post-interview rejection with feedback offer.",
        body="""Dear Hyacinth,

Thank you for coming in last week - the panel really enjoyed meeting you. It was a very close
decision, but we have offered the Ward Administrator role to a candidate with more experience
of the patient administration system.

I would be happy to give you feedback by phone, and I'd encourage you to apply for the Medical
Records Supervisor post we will advertise in January.

Warm regards,
Andrea Pottinger
Human Resources Manager""",
    ),
    mail(
        BRONWYN,
        "seek-style-job-alert-midwife",
        "bulk",
        frm=("JobsHarbour", "alerts@jobsharbour.example"),
        subject="New midwifery jobs for you in Sydney NSW",
        sent="2047-11-03 06:00",
        zone="Australia/Sydney",
        tool=True,
        extra=bulk("<alerts.jobsharbour.example>", "https://jobsharbour.example/alerts/unsub/771"),
        notes="Job-board alert.",
        body="""Registered Midwife - Northern Beaches Maternity - Full time
Clinical Midwife Educator - Western Harbour Health - Contract
Midwife - Continuity of Care - Illawarra Coast LHD - Part time

View all 23 new jobs: https://jobsharbour.example/jobs/midwife/in-sydney""",
    ),
    mail(
        WAMBUI,
        "ngo-pick-interview-slot-email",
        "scheduling_request",
        frm=("Caleb Njoroge", "caleb.njoroge@tujenge-water.example"),
        subject="Interview availability - WASH Field Coordinator",
        sent="2047-11-08 11:20",
        zone="Africa/Nairobi",
        notes="Asks for availability; nothing fixed.",
        body="""Dear Wambui,

Thank you for applying for the WASH Field Coordinator role in Kitui. We would like to
interview you next week. Could you let me know which of these times suit you (EAT)?

- Tuesday 12 November, 10:00 or 15:00
- Wednesday 13 November, 11:00
- Friday 15 November, 09:00

The interview would be on Zoom with our Programme Manager and me.

Best regards,
Caleb Njoroge, HR Officer""",
    ),
    mail(
        THABO,
        "mine-medical-appointment-not-interview",
        "other",
        frm=("Occupational Health Centre", "ohc-bookings@highveld-platinum.example"),
        subject="Pre-employment medical booking",
        sent="2047-11-20 09:00",
        zone="Africa/Johannesburg",
        tool=True,
        notes="Pre-employment medical: a timed appointment, not an interview.",
        body=f"""Dear Thabo Mahlangu-Pritchard

Your pre-employment medical examination (including lung function, audiometry and drug test)
is booked for {d("2047-11-25", "uk")} at 07:00 at the Occupational Health Centre, Number 4
Shaft. Fast from midnight; bring your ID and spectacles if you wear them.

OHC Bookings""",
    ),
    mail(
        KENJI,
        "auto-reply-japan-hotel-hr-holiday",
        "auto_reply",
        frm=("Ayumi Sakurada", "recruit@kioicho-palace-hotel.example"),
        subject="Automatic reply: Interview for Guest Relations Officer",
        sent="2047-11-22 09:00",
        zone="Asia/Tokyo",
        extra=AUTO,
        more={"return_date": "2047-11-25"},
        notes="Back on 25 November.",
        body="""Thank you for your message. I am away until November 24 and will reply after I return
on November 25. For urgent matters please contact the HR office.

Ayumi Sakurada""",
    ),
]
