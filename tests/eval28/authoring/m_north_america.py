"""US and Canadian mail: hospitals, a pharmacy chain, a county, schools, freight, retail."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ANDROID,
    AUTO,
    CORA,
    DWAYNE,
    HOLLIS,
    JOLENE,
    LAVERNE,
    LEVI,
    MAEVE_CA,
    MARISELA,
    ROSALIND,
    TOBIAS_US,
    bulk,
    d,
    gq,
    iv,
    mail,
    msgid,
    t12,
    thread,
)

NY = "America/New_York"
CH = "America/Chicago"
PHX = "America/Phoenix"
DEN = "America/Denver"
LA = "America/Los_Angeles"
DET = "America/Detroit"
TOR = "America/Toronto"
VAN = "America/Vancouver"
HAL = "America/Halifax"
REG = "America/Regina"

MESSAGES = [
    iv(
        MARISELA,
        "workday-rn-er-panel-phoenix",
        frm=("Mesquite Valley Medical Center", "mesquitevalley@myworkday.com"),
        subject="Interview Confirmed: Registered Nurse - Emergency Department (Nights) R-20471",
        sent="2047-11-01 09:12",
        start="2047-11-06 10:00",
        zone=PHX,
        tool=True,
        company="Mesquite Valley Medical Center",
        role="Registered Nurse - Emergency Department (Nights)",
        who=("Tricia Begaye", "Armando Ruelas"),
        tz="America/Phoenix",
        body=f"""Hi Marisela,

Your interview for Registered Nurse - Emergency Department (Nights), requisition R-20471, is
confirmed.

Date: {d("2047-11-06", "usy")}
Time: {t12("2047-11-06 10:00")} Arizona time (MST)
Location: Mesquite Valley Medical Center, 4400 E. Saguaro Pkwy, Tower B, 3rd floor conference
room 3B. Park in Lot C and check in at the Tower B information desk for a visitor badge.
Interviewers: Tricia Begaye, RN, Nurse Manager ED; Armando Ruelas, RN, Night Charge Nurse

Please bring a copy of your Arizona RN license, BLS, ACLS and PALS cards.

Thank you,
Talent Acquisition
Mesquite Valley Medical Center""",
        notes="Arizona keeps MST after the 3 November change elsewhere.",
    ),
    iv(
        LAVERNE,
        "pharmacy-district-manager-phone-screen",
        frm=("Kendra Voss", "kendra.voss@corner-drug.example"),
        subject="Pharmacy Manager role - phone interview Tues",
        sent="2047-10-30 15:20",
        start="2047-11-05 11:30",
        zone=NY,
        company="Cornerstone Drug & Wellness",
        role="Pharmacy Manager (Store #2218)",
        who=("Kendra Voss",),
        body=f"""Hi Laverne,

Thanks for your interest in the Pharmacy Manager opening at our Yonkers store (#2218). I'd
like to set up a 30-minute phone interview for {d("2047-11-05")} at 11:30 AM ET. I'll
call you at the number on your application.

We'll talk about your PIC experience, inventory/controlled substance audits and how you
staff a 9-to-9 store. If the time doesn't work, just reply with a couple of alternatives.

Kendra Voss
District Manager, Hudson Valley District
Cornerstone Drug & Wellness""",
        notes="ET after the 3 November change (EST).",
    ),
    iv(
        LAVERNE,
        "pharmacy-phone-screen-reply-from-android",
        frm=(LAVERNE.name, LAVERNE.addresses[0]),
        subject="Re: Pharmacy Manager role - phone interview Tues",
        sent="2047-10-30 18:02",
        start="2047-11-05 11:30",
        zone=NY,
        company="Cornerstone Drug & Wellness",
        role="Pharmacy Manager (Store #2218)",
        who=("Kendra Voss",),
        to="Kendra Voss <kendra.voss@corner-drug.example>",
        agent=ANDROID,
        in_reply_to=msgid("pharmacy-district-manager-phone-screen", "corner-drug.example"),
        body=thread(
            """Hi Kendra, 11:30 Tuesday works great, talk then. My cell is the best number.
Thanks! Laverne""",
            gq(
                "2047-10-30 15:20",
                NY,
                "Kendra Voss <kendra.voss@corner-drug.example>",
                f"""Hi Laverne,
I'd like to set up a 30-minute phone interview for {d("2047-11-05")} at 11:30 AM ET.
Kendra Voss, District Manager""",
            ),
        ),
        notes="Short phone reply accepting.",
    ),
    iv(
        DWAYNE,
        "warehouse-shift-supervisor-site-tour",
        frm=("Great Lakes Cold Chain", "recruiting@glcoldchain.example"),
        subject="Interview + site walk: 2nd Shift Warehouse Supervisor - Joliet DC",
        sent="2047-10-28 14:05",
        start="2047-11-04 15:00",
        zone=CH,
        tool=True,
        company="Great Lakes Cold Chain",
        role="2nd Shift Warehouse Supervisor",
        who=("Marcus Twardowski", "Lena Okafor-Strand"),
        body=f"""Hi Dwayne,

You're confirmed for an in-person interview at our Joliet Distribution Center on
{d("2047-11-04", "usy")} at 3:00 PM Central.

Address: 2100 Channahon Rd, Joliet, IL - use the visitor entrance by the flagpoles, NOT the
truck gate. Steel-toe shoes are required for the floor walk (we'll provide a hi-vis vest and a
freezer jacket - the freezer side is -10°F).

Agenda:
- 3:00 walk of the dock and freezer with Marcus Twardowski (Operations Manager)
- 3:45 interview with Marcus and Lena Okafor-Strand (HR Generalist)

Bring a photo ID; you'll sign in with security.

Great Lakes Cold Chain Recruiting""",
        notes="Starts after the 3 November change (CST).",
    ),
    iv(
        TOBIAS_US,
        "usajobs-style-structured-interview-denver",
        frm=("Rocky Front Range Water Authority HR", "hr-staffing@rfrwa.example"),
        subject="Structured Interview Scheduled - Maintenance Mechanic WG-10, Announcement RFR-47-118",
        sent="2047-11-13 08:30",
        start="2047-11-19 09:00",
        zone=DEN,
        tool=True,
        company="Rocky Front Range Water Authority",
        role="Maintenance Mechanic WG-10",
        who=("Dale Fenwick", "Yolanda Archuleta", "Perry Nakashima"),
        body=f"""Dear Applicant,

You have been referred to the selecting official and are scheduled for a structured interview
for Announcement RFR-47-118, Maintenance Mechanic WG-4749-10.

Date/Time: {d("2047-11-19", "usy")}, 9:00 AM Mountain Time
Location: Treatment Plant No. 2, Administration Building, 800 Clear Creek Way, Golden CO.
Report to the gatehouse with a REAL ID-compliant identification.

The interview panel will consist of Dale Fenwick (Plant Maintenance Supervisor),
Yolanda Archuleta (Electrical Shop Lead) and Perry Nakashima (Safety Officer). All candidates are
asked the same questions and rated against the same benchmarks.

A practical component (reading a P&ID and a pump alignment question) is included.

Veterans' preference has been applied. Do not reply to this message.

Human Resources - Staffing Branch""",
    ),
    iv(
        ROSALIND,
        "school-district-counselor-panel",
        frm=("Alder Creek Unified School District", "hr@aldercreekusd.example"),
        subject="Interview - School Counselor (Middle School) - Alder Creek USD",
        sent="2047-12-02 10:00",
        start="2047-12-10 15:45",
        zone=LA,
        tool=True,
        company="Alder Creek Unified School District",
        role="School Counselor (Middle School)",
        who=("Sonia Melgar", "Ken Ishikawa"),
        body=f"""Dear Ms. Vantongeren-Ajayi,

Thank you for applying through EdJoin. You are invited to a panel interview for the School
Counselor position at Redwood Middle School on {d("2047-12-10", "usy")} at 3:45 PM (after
student dismissal) in the library.

Panel: Dr. Sonia Melgar, Principal; Ken Ishikawa, Director of Student Services; and a
counselor and a parent representative.

You will be given a scenario 10 minutes before the interview. Please bring a copy of your PPS
credential and a list of three references.

Human Resources, Alder Creek USD""",
        notes="Two panel members named; the others are unnamed.",
    ),
    iv(
        CORA,
        "bank-branch-manager-teams-detroit",
        frm=("Heartland Thrift & Savings", "talent@heartlandthrift.example"),
        subject="Your interview with Heartland Thrift & Savings - Branch Manager, Royal Oak",
        sent="2047-10-29 11:00",
        start="2047-11-01 13:00",
        zone=DET,
        tool=True,
        company="Heartland Thrift & Savings",
        role="Branch Manager, Royal Oak",
        who=("Gail Przybylski",),
        body=f"""Hello Cora,

Your virtual interview is scheduled for {d("2047-11-01", "usy")} at 1:00 PM Eastern with
Gail Przybylski, Regional Retail Director. The interview will take place on Microsoft Teams;
a link will arrive in a separate calendar invitation.

Please have ready an example of coaching a teller team to sales and service goals.

Heartland Thrift & Savings Talent Acquisition""",
        notes="1 November is before the US change (EDT).",
    ),
    iv(
        LEVI,
        "ontario-hospital-ward-clerk-taleo",
        frm=("Lakeshore Regional Health Centre", "careers@lakeshore-rhc.example"),
        subject="Interview Invitation - Unit Clerk, 6 West (Posting 47-2210)",
        sent="2047-11-14 16:15",
        start="2047-11-21 13:30",
        zone=TOR,
        tool=True,
        company="Lakeshore Regional Health Centre",
        role="Unit Clerk, 6 West",
        who=("Priya Balasingam", "Tom Kerrigan"),
        body=f"""Dear Levi,

Thank you for applying to posting 47-2210, Unit Clerk (Temporary Full-Time), 6 West
Medicine. We would like to invite you to interview on {d("2047-11-21", "usy")} at 1:30 p.m.

Location: Lakeshore Regional Health Centre, 120 Harbour St., Room 6W-114 (take the B
elevators to the 6th floor). Paid parking is available in the P1 garage.

Your interviewers will be Priya Balasingam (Patient Care Manager) and Tom Kerrigan (Clinical
Resource Leader). Please arrive 10 minutes early to complete a 15-minute typing and medical
terminology test before the interview.

As a condition of employment you will need a Vulnerable Sector Check and proof of
immunizations.

Talent Acquisition
Lakeshore Regional Health Centre""",
    ),
    iv(
        MAEVE_CA,
        "hotel-front-office-manager-group-interview",
        frm=("Tessa Lam", "tessa.lam@harbourline-hotel.example"),
        subject="Front Office Manager - next step at Harbourline Hotel",
        sent="2047-11-05 12:40",
        start="2047-11-12 10:00",
        zone=VAN,
        company="Harbourline Hotel Vancouver",
        role="Front Office Manager",
        who=("Tessa Lam", "Rajveer Sidhu"),
        body=f"""Hi Maeve,

Great speaking with you on Monday! I'd like to invite you for an in-person interview on
{d("2047-11-12")} at 10:00 a.m. (Pacific) at the hotel, 1180 West Cordova Street.

You'll meet me (Tessa Lam, Director of Rooms) and our General Manager, Rajveer Sidhu. After
the interview we'll do a short walk-through of the front desk and a role-play of a guest
complaint at check-in, so business attire please.

Ask for me at the front desk; we'll validate parking in the hotel garage.

Tessa""",
    ),
    iv(
        HOLLIS,
        "halifax-teacher-substitute-interview-cancelled",
        frm=("Chebucto Regional Centre for Education", "hr-staffing@chebucto-rce.example"),
        subject="CANCELLED: Interview - Grade 4 Term Teacher, Fairview Heights Elementary",
        sent="2047-11-25 08:15",
        start="2047-11-27 14:00",
        zone=HAL,
        tool=True,
        kind="interview_cancelled",
        company="Chebucto Regional Centre for Education",
        role="Grade 4 Term Teacher",
        who=("Anne-Marie Dauphinee",),
        body=f"""Dear Hollis,

We regret to inform you that your interview scheduled for {d("2047-11-27", "usy")} at 2:00
p.m. (Atlantic) with Principal Anne-Marie Dauphinee has been cancelled, as the term position
at Fairview Heights Elementary has been filled through the internal seniority process.

Your application remains active for other term postings this school year.

Staffing Services""",
    ),
    iv(
        JOLENE,
        "regina-insurance-adjuster-assessment-centre",
        frm=("Prairie Mutual Insurance Careers", "careers@prairiemutual.example"),
        subject="Assessment Centre Invitation - Claims Adjuster Trainee",
        sent="2047-11-28 10:00",
        start="2047-12-06 08:30",
        zone=REG,
        tool=True,
        company="Prairie Mutual Insurance",
        role="Claims Adjuster Trainee",
        who=("Colleen Wasylenko", "Harpreet Gill"),
        tz="America/Regina",
        body=f"""Hi Jolene,

Congratulations - you've been selected for our Claims Adjuster Trainee assessment centre on
{d("2047-12-06", "usy")} from 8:30 a.m. to 12:30 p.m. Saskatchewan time (CST, no daylight
saving).

Location: Prairie Mutual head office, 2200 Albert Street, Regina, 4th floor Training Room.

The morning includes a group exercise, a written claim-file exercise and a one-on-one
behavioural interview with Colleen Wasylenko (Claims Manager) or Harpreet Gill (Senior
Adjuster).

Please bring a government-issued photo ID and a valid Class 5 licence.

Prairie Mutual Talent Team""",
        notes="Assessment centre with an interview part; starts 08:30.",
    ),
    mail(
        DWAYNE,
        "store-manager-rejection-retail",
        "rejection",
        frm=("Prairie Co-op Grocers", "no-reply@prairiecoop-careers.example"),
        subject="Update on your application - Assistant Store Manager, Naperville",
        sent="2047-11-18 19:30",
        zone=CH,
        tool=True,
        notes="Templated rejection without an interview.",
        body="""Dear Dwayne,

Thank you for your interest in the Assistant Store Manager position at our Naperville store.
After careful review, we have decided to move forward with other candidates whose
qualifications more closely align with our needs at this time.

We encourage you to apply for future openings.

Prairie Co-op Grocers Talent Acquisition""",
    ),
    mail(
        MARISELA,
        "conditional-offer-rn-background-check",
        "offer",
        frm=("Mesquite Valley Medical Center", "mesquitevalley@myworkday.com"),
        subject="Your offer from Mesquite Valley Medical Center",
        sent="2047-11-12 15:00",
        zone=PHX,
        tool=True,
        notes="Contingent offer (background check, drug screen, fingerprint clearance card).",
        body="""Hi Marisela,

We are thrilled to extend you a contingent offer for Registered Nurse - Emergency Department
(Nights) at $46.80/hour plus a $6.00/hour night differential, with a $7,500 sign-on bonus.

This offer is contingent on a background check, a 10-panel drug screen, an Arizona DPS
fingerprint clearance card and verification of your license and certifications.

Please review and accept your offer letter in Workday by November 15. Your recruiter will
follow up with your Nursing Orientation start date.

Talent Acquisition""",
    ),
    mail(
        TOBIAS_US,
        "background-check-authorization-request",
        "other",
        frm=(
            "ClearPath Screening on behalf of Rocky Front Range Water Authority",
            "noreply@clearpath-screening.example",
        ),
        subject="Action Required: Authorize your background check",
        sent="2047-12-03 09:00",
        zone=DEN,
        tool=True,
        notes="Background-check form; no meeting.",
        body="""Hello Thaddeus,

Rocky Front Range Water Authority has requested a background screening as part of your
employment process. Please complete the disclosure and authorization forms within 72 hours:

https://portal.clearpath-screening.example/c/98f3a

ClearPath Screening""",
    ),
    mail(
        ROSALIND,
        "district-hr-out-of-office-thanksgiving",
        "auto_reply",
        frm=("Sonia Melgar", "smelgar@aldercreekusd.example"),
        subject="Out of Office: Re: Interview - School Counselor (Middle School)",
        sent="2047-11-26 15:02",
        zone=LA,
        extra=AUTO,
        more={"return_date": "2047-12-02"},
        notes="Thanksgiving break; back Monday 2 December.",
        body="""I am out of the office for Thanksgiving break and will return on Monday, December 2.
If this is an emergency, please call the Redwood Middle School front office.""",
    ),
    mail(
        CORA,
        "bank-appointment-mortgage-review",
        "other",
        frm=("Lakeside Community Credit Union", "appointments@lakeside-ccu.example"),
        subject="Appointment confirmed: mortgage review",
        sent="2047-11-07 12:00",
        zone=DET,
        tool=True,
        notes="A bank appointment as a customer: not an interview.",
        body=f"""Hi Cora, your appointment is confirmed.

{d("2047-11-13", "usy")} at 5:30 PM with Tyrell Banks, Mortgage Loan Officer
Lakeside Community Credit Union - Ferndale branch

Need to reschedule? Use the link in your online banking.""",
    ),
    mail(
        LEVI,
        "indeed-style-nursing-job-alert",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="15 new Unit Clerk jobs in Toronto, ON",
        sent="2047-11-09 07:00",
        zone=TOR,
        tool=True,
        extra=bulk("<jobalert.indeed.com>", "https://www.indeed.com/alert/unsubscribe?id=ab9"),
        notes="Job alert.",
        body="""Unit Clerk - Lakeshore Regional Health Centre - Toronto, ON
Health Records Clerk - Don Valley Community Hospital - Toronto, ON
Ward Clerk (casual) - Humber Bay Long Term Care - Etobicoke, ON

See all jobs: https://www.indeed.com/jobs?q=unit+clerk&l=Toronto""",
    ),
    mail(
        HOLLIS,
        "user-interviews-candidate-for-own-store",
        "other",
        frm=("Brent Oickle", "brent.oickle@maritime-hardware.example"),
        subject="Candidates for Saturday - cashier openings",
        sent="2047-11-20 20:10",
        zone=HAL,
        notes="The user interviews candidates for his employer: not his own interview.",
        body="""Hollis,

Can you sit in on the cashier interviews Saturday morning? I've booked three candidates at
9, 9:30 and 10 in the lunchroom. Resumes are in the blue folder in my office. Just ask about
availability, weekends and the till.

Thanks, Brent""",
    ),
]
