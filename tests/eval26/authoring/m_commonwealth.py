"""The ordinary month of a job seeker outside the US: invitations, confirmations and
cancellations from agencies and in-house recruiters in India, the UK, Ireland, Australia,
New Zealand, Singapore, South Africa, Nigeria, Kenya, Canada and the Philippines."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    AMIRAH,
    ANAHERA,
    CONNOR,
    ESTELLE,
    IPHONE,
    JARROD,
    KIRRA,
    KRISTINE,
    LEILANI,
    MAEVE,
    MARCUS,
    MULENGA,
    NAKATO,
    ORLA,
    OTIENO,
    RESHMA,
    SADIA,
    SHANIQUE,
    SHRADDHA,
    THANDIWE,
    TUNDE,
    VARUN,
    WREN,
    d,
    dh,
    html_mail,
    lab,
    note,
    person,
    table,
)

MESSAGES = []
add = MESSAGES.append

# Pune: Naukri-style consultancy mail, IST, "Kindly revert", venue and "Contact person".
Z = VARUN.timezone
add(
    person(
        VARUN,
        "consultancy-f2f-pune-hinjewadi",
        "interview",
        frm=("Pooja Deshmukh | Sahyadri HR Consultants", "pooja@sahyadri-hr.example"),
        subject="Interview Call Letter - Java Lead - Deccan Infosoft - 19th April",
        date=dh("2045-04-14 13:22", Z),
        body="""Dear Varun,

Greetings of the day!!

With reference to your profile and our telephonic discussion, we are pleased to inform you
that your interview has been scheduled with our client Deccan Infosoft Pvt Ltd as per the
details below:

Position : Java Lead (8-12 yrs)
Date : 19th April 2045 (Wednesday)
Time : 11:00 AM IST
Mode : Face to Face (2 technical rounds + HR)
Venue : Deccan Infosoft, Tower B, 5th Floor, Phase 2, Hinjewadi, Pune
Contact person : Mr. Nikhil Joshi (Admin) - 020 5550 4471

Please carry an updated resume, a government photo ID and your last 3 months' payslips.
Kindly revert with your confirmation at the earliest.

All the best!!

Thanks & Regards,
Pooja Deshmukh
Sr. Recruiter | Sahyadri HR Consultants
M: +91 98 5550 2716""",
        label=lab(
            "2045-04-19 11:00",
            Z,
            None,
            company="Deccan Infosoft",
            role="Java Lead",
            notes="The contact person at the venue is an admin, not an interviewer; the "
            'panel is not named. "19th April 2045 (Wednesday)" checked against the calendar.',
        ),
    )
)

# Hyderabad: HTML table of rounds, IST, the user's current employer named in passing.
Z = SHRADDHA.timezone
_rows = [
    ("Round 1 - Technical", "10:00 - 11:00 AM", "Raghav Menon, Principal Engineer"),
    ("Round 2 - System Design", "11:15 AM - 12:15 PM", "Sunita Reddy, Architect"),
    ("Round 3 - Hiring Manager", "2:00 - 2:45 PM", "Imran Siddiqui, Director of Engineering"),
]
add(
    html_mail(
        SHRADDHA,
        "hyderabad-virtual-onsite-table-ist",
        "interview",
        frm=("Godavari Cloud Careers", "careers@godavari-cloud.example"),
        subject="Your virtual onsite with Godavari Cloud - Tuesday, 25 April",
        date=dh("2045-04-19 18:02", Z),
        markup=f"""<p>Hi Shraddha,</p>
<p>Thank you for making time for the virtual onsite for the <b>Senior Backend Engineer</b>
role. We understand you are currently serving notice at Krishna Digital Services and
appreciate you fitting this in.</p>
<p><b>Date:</b> {d("2045-04-25 10:00", "uky")} (all times IST)</p>
{table(_rows, ("Round", "Time", "Interviewer"))}
<p>Each round has its own Teams link in the calendar invite. Lunch break 12:15 - 2:00 PM.</p>
<p>Regards,<br>Lavanya Rao<br>Recruiting Coordinator, Godavari Cloud</p>""",
        label=lab(
            "2045-04-25 10:00",
            Z,
            None,
            company="Godavari Cloud",
            role="Senior Backend Engineer",
            who=["Raghav Menon", "Sunita Reddy", "Imran Siddiqui"],
            notes="Interviewers only in an HTML table; first round's start labelled. The "
            "user's current employer (Krishna Digital Services) is not the company.",
        ),
    )
)

# Perth: agency, "G'day", WST spelled out as "Perth time".
Z = JARROD.timezone
add(
    person(
        JARROD,
        "perth-mining-agency-fifo-interview",
        "interview",
        frm=("Shaun O'Driscoll", "shaun.odriscoll@swanriver-resourcing.example"),
        subject="Interview confirmed - Maintenance Planner (FIFO) - Hamersley Ridge Iron",
        date=dh("2045-04-20 15:10", Z),
        body=f"""G'day Jarrod,

Good news mate - Hamersley Ridge Iron want to meet you for the Maintenance Planner (FIFO 8/6) role.

When: {d("2045-04-27 09:00", "ord")}, 9:00am Perth time
Where: Level 12, 240 St Georges Tce, Perth (sign in at the front desk)
Who: Craig Mulholland (Maintenance Superintendent) and Tash Reid (HR Business Partner)

Bring your tickets and licences (originals), and wear something tidy - no need for a suit.

Let me know if you have any questions.

Cheers,
Shaun O'Driscoll
Senior Consultant - Mining & Resources
Swan River Resourcing | 08 5550 3321""",
        label=lab(
            "2045-04-27 09:00",
            Z,
            "Australia/Perth",
            company="Hamersley Ridge Iron",
            role="Maintenance Planner",
            who=["Craig Mulholland", "Tash Reid"],
            notes="Agency consultant only arranges. Anzac Day (25 April) avoided.",
        ),
    )
)

# Auckland: in-house, after the 2 April change, sent before it.
Z = ANAHERA.timezone
add(
    person(
        ANAHERA,
        "auckland-council-style-invite-before-dst-end",
        "interview",
        frm=("Hine Walker", "hine.walker@waitemata-water.example"),
        subject="Interview invitation - Asset Engineer",
        date=dh("2045-03-29 14:05", Z),
        body=f"""Kia ora Anahera,

Thank you for your application for the Asset Engineer role at Waitematā Water. We'd like to
invite you to an interview on {d("2045-04-05 13:00", "uky")} at 1pm at our Newmarket
office, 73 Remuera Road.

Your panel will be:
- Sam Fonoti, Asset Management Lead
- Dr Kiri Hetaraka, Principal Engineer

Please allow an hour. Visitor parking is available off Clovernook Road.

Ngā mihi nui,
Hine Walker
Talent Acquisition Advisor""",
        label=lab(
            "2045-04-05 13:00",
            Z,
            None,
            company="Waitematā Water",
            role="Asset Engineer",
            who=["Sam Fonoti", "Kiri Hetaraka"],
            notes="Sent in NZDT (+13:00), start in NZST (+12:00) after 2 April; no zone named.",
        ),
    )
)

# Darwin: no DST zone, half-hour offset.
Z = KIRRA.timezone
add(
    person(
        KIRRA,
        "darwin-health-phone-screen-acst",
        "interview",
        frm=("Marcus Tan", "marcus.tan@topend-health.example"),
        subject="Phone interview - Aboriginal Health Practitioner Coordinator",
        date=dh("2045-04-20 11:40", Z),
        body=f"""Hi Kirra,

Thanks for your application. I'd like to set up a phone interview for {d("2045-04-26 10:00", "uk")}
at 2.30pm Darwin time (ACST). I'll call you on 0401 555 822.

The panel will be myself and Aunty Rosalie Munkara, our Cultural Advisor.

Regards,
Marcus Tan
Team Leader, Top End Health Service""",
        label=lab(
            "2045-04-26 14:30",
            Z,
            "Australia/Darwin",
            company="Top End Health Service",
            role="Aboriginal Health Practitioner Coordinator",
            who=["Marcus Tan", "Rosalie Munkara"],
            emails=["marcus.tan@topend-health.example"],
            notes='"Darwin time" names the zone (+09:30, no DST). "Aunty" is an honorific.',
        ),
    )
)

# Kuala Lumpur: "MYT", formal; table in text.
Z = AMIRAH.timezone
add(
    person(
        AMIRAH,
        "kl-bank-second-interview-myt",
        "interview",
        frm=("Farhana Zulkifli", "farhana.zulkifli@klang-valley-bank.example"),
        subject="Invitation to Second Interview - Risk Analyst",
        date=dh("2045-05-02 10:15", Z),
        body=f"""Dear Cik Nur Amirah,

Thank you for attending the first interview. We are pleased to invite you for the second
interview as follows:

Date    : {d("2045-05-08 10:00", "uky")}
Time    : 2.30 pm - 3.30 pm (MYT)
Venue   : Level 18, Menara Klang Valley, Jalan Tun Razak, Kuala Lumpur
Panel   : Encik Hafiz Rahman (Head, Credit Risk)
          Puan Lee Mei Fong (Senior Manager, Model Validation)

Kindly confirm your attendance by replying to this email.

Thank you.

Farhana Zulkifli
Talent Acquisition, Klang Valley Bank Berhad""",
        label=lab(
            "2045-05-08 14:30",
            Z,
            None,
            company="Klang Valley Bank",
            role="Risk Analyst",
            who=["Hafiz Rahman", "Lee Mei Fong"],
            notes="Honorifics (Encik, Puan) dropped.",
        ),
    )
)

# Manila: night-shift BPO interview; mdy user.
Z = KRISTINE.timezone
add(
    person(
        KRISTINE,
        "pasig-bpo-account-manager-initial",
        "interview",
        frm=("Jericho Villanueva", "jericho.villanueva@ortigas-outsourcing.example"),
        subject="Initial Interview - Account Manager (Healthcare)",
        date=dh("2045-05-03 16:00", Z),
        body=f"""Hi Kristine,

Good afternoon! Thank you for your application. Your initial interview is set on
{d("2045-05-09 10:00")} at 9:00 PM (Manila time) via Zoom, since the hiring manager,
Ms. Dana Whitaker, is based in Nashville.

Zoom link: https://zoom.us/j/5550183492

Please be online 10 minutes before. Kindly reply "CONFIRMED" to this email.

Thank you and have a great day!

Jericho Villanueva
Talent Acquisition, Ortigas Outsourcing Inc.""",
        label=lab(
            "2045-05-09 21:00",
            Z,
            "Asia/Manila",
            company="Ortigas Outsourcing",
            role="Account Manager (Healthcare)",
            who=["Dana Whitaker"],
            notes="Evening start in Manila for a US-based manager.",
        ),
    )
)

# Johannesburg: cancellation - role put on hold.
Z = THANDIWE.timezone
add(
    person(
        THANDIWE,
        "rosebank-cancel-role-on-hold",
        "interview_cancelled",
        frm=("Bongani Khumalo", "bongani.khumalo@jacaranda-retail.example"),
        subject="Cancellation: Interview - Category Manager - 10 May",
        date=dh("2045-05-05 12:33", Z),
        body=f"""Dear Thandiwe

I regret to let you know that we have to cancel your interview scheduled for
{d("2045-05-10 10:00", "uky")} at 10:00. The Category Manager position has been placed on hold
following an internal restructure.

We will keep your CV on file and will contact you should the role be reopened. Apologies for
the inconvenience.

Kind regards
Bongani Khumalo
Talent Acquisition Lead
Jacaranda Retail Group""",
        label=lab(
            "2045-05-10 10:00",
            Z,
            None,
            company="Jacaranda Retail Group",
            role="Category Manager",
            notes="Cancelled: role on hold.",
        ),
    )
)

# Lagos: "WAT", "by 10am prompt", formal letter in text.
Z = TUNDE.timezone
add(
    person(
        TUNDE,
        "lagos-oil-gas-assessment-centre",
        "interview",
        frm=("Recruitment - Bight of Benin Energy", "recruitment@bightofbenin-energy.example"),
        subject="INVITATION TO ASSESSMENT CENTRE AND INTERVIEW - PROCESS ENGINEER",
        date=dh("2045-05-08 08:30", Z),
        body=f"""Dear Babatunde Adeleke-Stone,

INVITATION TO ASSESSMENT CENTRE AND INTERVIEW

Following your successful aptitude test, you are invited to our Assessment Centre and
Panel Interview for the position of Process Engineer, holding as follows:

Date: {d("2045-05-16 10:00", "uky")}
Time: 10:00am prompt (WAT)
Venue: Bight of Benin Energy House, Plot 12 Adeola Odeku Street, Victoria Island, Lagos

Please come along with the originals and photocopies of your credentials, NYSC discharge
certificate and a valid means of identification. Candidates who arrive after 10:30am will
not be admitted.

Kindly acknowledge receipt of this mail.

Yours faithfully,
For: Bight of Benin Energy Limited
Human Resources Department""",
        label=lab(
            "2045-05-16 10:00",
            Z,
            None,
            company="Bight of Benin Energy",
            role="Process Engineer",
            notes="Assessment centre and panel interview; no interviewer named.",
        ),
    )
)

# Nairobi: "EAT", reschedule from the employer with the new time.
Z = OTIENO.timezone
add(
    person(
        OTIENO,
        "nairobi-ngo-rescheduled-new-time",
        "interview",
        frm=("Grace Achieng", "grace.achieng@rift-valley-relief.example"),
        subject="RESCHEDULED: Interview for M&E Officer",
        date=dh("2045-05-12 15:44", Z),
        body=f"""Dear Brian,

Due to unforeseen circumstances, we have had to reschedule your interview originally set for
Monday 15th May. The new date and time is {d("2045-05-17 10:00", "ord")} at 11:30 am EAT,
via Google Meet (link to follow).

The panel will comprise the Programme Manager, Mr. Peter Kariuki, and the M&E Lead,
Ms. Faith Wambui.

Apologies for any inconvenience caused.

Regards,
Grace Achieng
HR & Admin Officer, Rift Valley Relief""",
        label=lab(
            "2045-05-17 11:30",
            Z,
            None,
            company="Rift Valley Relief",
            role="M&E Officer",
            who=["Peter Kariuki", "Faith Wambui"],
            notes="The new time, not the original Monday 15th May.",
        ),
    )
)

# Kampala: interview by the NGO, EAT, "kindly".
Z = NAKATO.timezone
add(
    person(
        NAKATO,
        "kampala-shortlist-oral-interview",
        "interview",
        frm=("Recruitment Committee", "jobs@lakevictoria-cooperative.example"),
        subject="Shortlisted for oral interview - Finance Officer",
        date=dh("2045-05-15 09:00", Z),
        body="""Dear Nakato,

RE: ORAL INTERVIEW - FINANCE OFFICER

You have been shortlisted for an oral interview which will take place on Tuesday 23rd May
2045 at 9:00 a.m. at our offices on Plot 44 Kampala Road.

Kindly come with your original academic documents and national ID.

Yours sincerely,
Sarah Namutebi
Secretary, Recruitment Committee
Lake Victoria Farmers' Cooperative""",
        label=lab(
            "2045-05-23 09:00",
            Z,
            None,
            company="Lake Victoria Farmers' Cooperative",
            role="Finance Officer",
            notes="The committee secretary signs and does not say she sits on the panel.",
        ),
    )
)

# Lusaka: scheduling request from a mining company, CAT.
Z = MULENGA.timezone
add(
    person(
        MULENGA,
        "lusaka-copperbelt-availability-request",
        "scheduling_request",
        frm=("Chileshe Mwale", "chileshe.mwale@copperbelt-minerals.example"),
        subject="Interview - Environmental Officer - your availability",
        date=dh("2045-05-16 11:25", Z),
        body="""Dear Mulenga,

Thank you for applying for the Environmental Officer position. We would like to invite you
for an interview at our Kitwe offices during the week of 29 May. Kindly indicate the days
and times that suit you best and whether you require accommodation.

Regards,
Chileshe Mwale
Human Resources Officer, Copperbelt Minerals""",
        label=note("Asks for availability in a given week; nothing set."),
    )
)

# Dublin: Irish agency, "half ten", Irish courtesy.
Z = ORLA.timezone
add(
    person(
        ORLA,
        "dublin-agency-half-ten-grand",
        "interview",
        frm=("Ciarán Brennan", "ciaran.brennan@corrib-recruitment.example"),
        subject="Interview with Shannonside Medical - Thursday",
        date=dh("2045-05-22 17:02", Z),
        body="""Hi Orla,

Hope you're keeping well. Grand news - Shannonside Medical have come back and would love to
meet you for the Regulatory Affairs Specialist role on Thursday the 25th at half ten, in
their Sandyford office (Block C, Beacon Court).

You'll be meeting Fiona Moriarty, Head of Regulatory, and possibly one of her team. It's
quite informal, about an hour.

Give me a shout after and let me know how you got on.

Talk soon,
Ciarán

Ciarán Brennan | Corrib Recruitment | 01 555 0193""",
        label=lab(
            "2045-05-25 10:30",
            Z,
            None,
            company="Shannonside Medical",
            role="Regulatory Affairs Specialist",
            who=["Fiona Moriarty"],
            notes='"half ten" is 10:30; "possibly one of her team" is unnamed.',
        ),
    )
)

# Dhaka: "BST" (Bangladesh), formal, walk-in style but for the user.
Z = SADIA.timezone
add(
    person(
        SADIA,
        "dhaka-garments-viva-board",
        "interview",
        frm=("HR Department - Buriganga Apparels", "hr@buriganga-apparels.example"),
        subject="Viva Board Invitation - Merchandiser",
        date=dh("2045-05-24 12:00", Z),
        body="""Dear Sadia Chowdhury-Barnes,

With reference to your application, you are requested to appear before the viva board for
the post of Merchandiser on 31 May 2045 (Wednesday) at 3:00 PM at our head office,
House 18, Road 11, Banani, Dhaka.

Please bring your original certificates and two copies of recent passport size
photographs.

Regards,
Md. Rafiqul Islam
Manager, HR & Compliance""",
        label=lab(
            "2045-05-31 15:00",
            Z,
            None,
            company="Buriganga Apparels",
            role="Merchandiser",
            notes='"viva board" is the interview panel; nobody on it named.',
        ),
    )
)

# Dubai: Gulf recruiter, GST, "Inshallah"-free formal; Teams.
Z = RESHMA.timezone
add(
    person(
        RESHMA,
        "dubai-hospitality-teams-gst",
        "interview",
        frm=("Ahmed Al Marzooqi", "ahmed.almarzooqi@creekside-hotels.example"),
        subject="Interview Schedule - Revenue Manager - Creekside Hotels",
        date=dh("2045-05-29 10:10", Z),
        body=f"""Dear Reshma,

Thank you for your interest in Creekside Hotels. Please find your interview details below:

Date: {d("2045-06-01 10:00")}
Time: 4:00 PM (UAE time)
Mode: Microsoft Teams (link to follow)
Interviewer: Ms. Rania Haddad, Director of Revenue, Middle East

Should you need any assistance, please do not hesitate to contact me.

Best Regards,
Ahmed Al Marzooqi
Talent Acquisition Specialist""",
        label=lab(
            "2045-06-01 16:00",
            Z,
            "Asia/Dubai",
            company="Creekside Hotels",
            role="Revenue Manager",
            who=["Rania Haddad"],
            notes='"UAE time" names the zone (Asia/Dubai).',
        ),
    )
)

# St. John's: half-hour zone, NDT.
Z = MAEVE.timezone
add(
    person(
        MAEVE,
        "stjohns-offshore-video-ndt",
        "interview",
        frm=("Gerard Hickey", "gerard.hickey@avalonshelf-offshore.example"),
        subject="Video interview - HSE Advisor",
        date=dh("2045-05-30 13:45", Z),
        body=f"""Hi Maeve,

Thanks for chatting with me yesterday. I've set up a video interview with Krista Dwyer (HSE
Manager) for {d("2045-06-06 10:00")} at 10:30 a.m. Newfoundland time. Teams link to follow in
a separate invitation.

Best regards,
Gerard Hickey
HR Generalist, Avalon Shelf Offshore""",
        label=lab(
            "2045-06-06 10:30",
            Z,
            "America/St_Johns",
            company="Avalon Shelf Offshore",
            role="HSE Advisor",
            who=["Krista Dwyer"],
            notes='"Newfoundland time" names the zone (-02:30 in summer).',
        ),
    )
)

# Regina: Saskatchewan, no DST; "Sask time".
Z = ESTELLE.timezone
add(
    person(
        ESTELLE,
        "regina-crown-corp-panel-sask",
        "interview",
        frm=("Tanya Lepage", "tanya.lepage@qu-appelle-power.example"),
        subject="Interview - Regulatory Analyst - Qu'Appelle Power",
        date=dh("2045-06-05 14:20", Z),
        body=f"""Good afternoon Estelle,

We'd like to invite you to a panel interview for the Regulatory Analyst position on
{d("2045-06-12 10:00", "usy")} at 1:30 p.m. Saskatchewan time, at 2025 Victoria Avenue, Regina.

Panel: Doug Friesen (Manager, Rates), Alana Bird (Senior Analyst) and Tanya Lepage (HR).

Please confirm by replying to this email.

Thank you,
Tanya Lepage
Human Resources Consultant""",
        label=lab(
            "2045-06-12 13:30",
            Z,
            "America/Regina",
            company="Qu'Appelle Power",
            role="Regulatory Analyst",
            who=["Doug Friesen", "Alana Bird", "Tanya Lepage"],
            emails=["tanya.lepage@qu-appelle-power.example"],
            notes='"Saskatchewan time" resolves to America/Regina (no DST). The HR sender '
            "sits on the panel.",
        ),
    )
)

# Calgary (ymd user): ISO dates in text.
Z = CONNOR.timezone
add(
    person(
        CONNOR,
        "calgary-energy-iso-date-mt",
        "interview",
        frm=("Priyanka Sandhu", "priyanka.sandhu@bowriver-energy.example"),
        subject="Interview confirmation 2045-06-08",
        date=dh("2045-06-01 09:30", Z),
        body="""Hi Connor,

Confirming your interview for the Reservoir Engineer (EIT) role:

Date: 2045-06-08
Time: 09:00-10:30 MT
Location: Bow River Energy, 25th floor, 500 Centre St SE, Calgary
Interviewers: Glen Halvorson (Chief Reservoir Engineer), Mei Chen (Senior Reservoir Engineer)

Please bring your APEGA registration number.

Regards,
Priyanka Sandhu
Talent Acquisition""",
        label=lab(
            "2045-06-08 09:00",
            Z,
            None,
            company="Bow River Energy",
            role="Reservoir Engineer (EIT)",
            who=["Glen Halvorson", "Mei Chen"],
            notes="ISO date; MT is an abbreviation.",
        ),
    )
)

# Kingston: the recruiter cancels because the user's own employer... (cancelled by company).
Z = SHANIQUE.timezone
add(
    person(
        SHANIQUE,
        "kingston-interview-cancelled-weather",
        "interview_cancelled",
        frm=("Tricia Gayle", "tricia.gayle@blue-mountain-coffee-co.example"),
        subject="Cancelled - Interview Friday 9 June",
        date=dh("2045-06-07 16:05", Z),
        body="""Good afternoon Ms. Bogle-Ferris,

Please note that Friday's interview for the Export Coordinator position (Friday 9 June at
11:00 a.m.) has been cancelled as our office will be closed due to the tropical storm
warning. We will be in touch next week to reschedule.

Regards,
Tricia Gayle
HR Officer, Blue Mountain Coffee Traders""",
        label=lab(
            "2045-06-09 11:00",
            Z,
            None,
            company="Blue Mountain Coffee Traders",
            role="Export Coordinator",
            notes="Cancelled for the weather; a new time is not given.",
        ),
    )
)

# Chicago (US): HTML-only with signature image reference.
Z = MARCUS.timezone
add(
    html_mail(
        MARCUS,
        "chicago-html-only-onsite-loop-ct",
        "interview",
        frm=("Rachel Zimmerman", "rachel.zimmerman@lakeshore-logix.example"),
        subject="Onsite interview details - Supply Chain Manager",
        date=dh("2045-06-08 11:12", Z),
        markup=f"""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Marcus,</p>
<p>We're excited to host you onsite on <b>{d("2045-06-15 09:00", "usy")}</b>. Here is the
plan (Central Time):</p>
{
            table(
                [
                    ("9:00 AM", "Tom Brzezinski", "VP Operations"),
                    ("10:00 AM", "Keisha Lumpkin", "Director, Procurement"),
                    ("11:00 AM", "Lunch with the team", ""),
                ],
                ("Time", "Name", "Title"),
            )
        }
<p>Please check in at the 2nd floor reception, 333 W Wacker Dr.</p>
<p>Best,<br><b>Rachel Zimmerman</b><br>Senior Recruiter | Lakeshore Logix<br>
<img src="cid:logo-lakeshore" alt="Lakeshore Logix"></p></div>""",
        label=lab(
            "2045-06-15 09:00",
            Z,
            None,
            company="Lakeshore Logix",
            role="Supply Chain Manager",
            who=["Tom Brzezinski", "Keisha Lumpkin"],
            notes='HTML-only; "Central Time" is a region word (timezone null).',
        ),
    )
)

# Los Angeles: the hiring manager invites for coffee - it IS an interview (informal).
Z = WREN.timezone
add(
    person(
        WREN,
        "la-informal-coffee-interview",
        "interview",
        frm=("Teddy Okonkwo", "teddy@silverlake-studio.example"),
        subject="coffee next week?",
        date=dh("2045-06-09 20:14", Z),
        body="""hey Wren - loved your portfolio. want to grab coffee and talk about the senior
motion designer role? how's Wednesday at 10 at Intelligentsia on Sunset? my treat

teddy
creative director, silverlake studio

"""
        + IPHONE,
        label=lab(
            "2045-06-14 10:00",
            Z,
            None,
            company="Silverlake Studio",
            role="Senior Motion Designer",
            who=["Teddy Okonkwo"],
            emails=["teddy@silverlake-studio.example"],
            notes="An informal interview proposed as a question by the hiring manager "
            "(Wednesday = 14 June). A careful reader might call it a scheduling request; "
            "labelled as the interview he proposes.",
        ),
    )
)

# Honolulu: HST, no DST.
Z = LEILANI.timezone
add(
    person(
        LEILANI,
        "honolulu-hotel-group-interview-hst",
        "interview",
        frm=("Kainoa Alapai", "kainoa.alapai@makai-resorts.example"),
        subject="Aloha - Interview for Guest Experience Manager",
        date=dh("2045-06-12 08:40", Z),
        body=f"""Aloha Leilani,

Mahalo for applying! We would like to invite you to interview for the Guest Experience
Manager position on {d("2045-06-16 10:00")} at 10:00 AM HST at the Makai Waikiki, 2300
Kalakaua Ave (please check in with the concierge).

You will meet with Noelani Kahale (Director of Rooms) and me.

Mahalo,
Kainoa Alapai
Talent Acquisition, Makai Resorts""",
        label=lab(
            "2045-06-16 10:00",
            Z,
            None,
            company="Makai Resorts",
            role="Guest Experience Manager",
            who=["Noelani Kahale", "Kainoa Alapai"],
            emails=["kainoa.alapai@makai-resorts.example"],
            notes="The sender says he meets her too.",
        ),
    )
)

# Pune again: the company cancels by one-liner in reply.
Z = VARUN.timezone
add(
    person(
        VARUN,
        "pune-second-round-postponed-no-date",
        "interview_cancelled",
        frm=("Pooja Deshmukh | Sahyadri HR Consultants", "pooja@sahyadri-hr.example"),
        subject="RE: Interview Call Letter - Java Lead - Deccan Infosoft - 2nd round",
        date=dh("2045-04-24 17:55", Z),
        body="""Hi Varun,

Client has informed that tomorrow's 2nd round at 3 PM stands cancelled as the panel
member is on leave. They will share new slots by next week. Will update you.

Regards,
Pooja""",
        label=lab(
            "2045-04-25 15:00",
            Z,
            None,
            company="Deccan Infosoft",
            role="Java Lead",
            notes='"tomorrow" relative to the Date header (Mon 24 April); the company is '
            "named only in the subject. No new time.",
        ),
    )
)
