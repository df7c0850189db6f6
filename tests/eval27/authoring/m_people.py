"""English mail typed by recruiters, hiring managers and agencies: confirmations in every
register, reminders the day before, reschedules with the new time, cancellations."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    ABENA,
    ANDROID,
    BRONWYN,
    CASSIA,
    DECLAN,
    DEWI,
    EVANDER,
    FARHAN,
    FERGAL,
    HAMISH,
    HOLLIS,
    INES,
    IPHONE,
    JOLENE,
    KAVITHA,
    LEILANI,
    LORCAN,
    MARISA,
    MATEO,
    NALEDI,
    NGAIRE,
    RAJIV,
    ROHAN,
    SANTI,
    SEUN,
    TAMSIN,
    THEA,
    TOBIAS,
    WAMBUI,
    XIMENA,
    YUSUF,
    d,
    hand,
    lab,
    note,
    t12,
    t24,
)

S1 = "2046-07-10 14:00"
S2 = "2046-07-17 10:30"
S3 = "2046-08-07 09:00"
S4 = "2046-07-24 11:00"
S5 = "2046-08-14 15:30"
S6 = "2046-07-19 10:00"
S7 = "2046-08-22 13:00"
S8 = "2046-09-12 09:30"
S9 = "2046-07-31 16:00"
S10 = "2046-08-29 11:00"
S11 = "2046-09-05 14:00"
S12 = "2046-07-26 10:00"
S13 = "2046-09-04 10:00"
S14 = "2046-08-02 15:00"
S15 = "2046-09-19 09:00"
S16 = "2046-07-12 11:30"
S17 = "2046-08-09 14:30"
S18 = "2046-09-26 10:00"
S19 = "2046-08-16 09:30"
S20 = "2046-07-27 12:00"
S21 = "2046-09-07 11:00"
S22 = "2046-09-13 15:00"

MESSAGES = [
    hand(
        THEA,
        "terse-confirm-onsite-brooklyn",
        "interview",
        sent="2046-07-05 16:42",
        zone="America/New_York",
        frm=("Dana Whitacre", "dana.whitacre@ferrowick-labs.example"),
        subject="Re: Onsite - Ferrowick Labs",
        body=f"""Hi Thea,

Confirmed for {d(S1)} at {t12(S1, compact=True)}. 220 Wythe Ave, 4th floor - buzz Ferrowick at
the street door. You'll meet Aaron Lisowski (Eng Manager) and Priya Venkat (Staff Engineer),
about 90 min total.

Dana

--
Dana Whitacre | Technical Recruiter | Ferrowick Labs
""",
        label=lab(
            S1,
            "America/New_York",
            company="Ferrowick Labs",
            who=["Aaron Lisowski", "Priya Venkat"],
            notes="Terse recruiter confirmation; no zone named, local onsite.",
        ),
    ),
    hand(
        CASSIA,
        "chatty-hiring-manager-coffee-shoreditch",
        "interview",
        sent="2046-07-11 08:15",
        zone="Europe/London",
        frm=("Olly Breckenridge", "olly@tallowmere.example"),
        subject="Next Tuesday - looking forward to it!",
        body=f"""Hi Cassia,

Really enjoyed our call on Monday - thanks for making the time at such short notice. As promised,
here's the proper interview: {d(S2, "uk")} at {t24(S2)}, at our studio (Unit 3, 41 Rivington
Street, EC2A - the green door next to the bike shop, ring the bell marked Tallowmere).

It'll be me and our design lead, Femi Adjayi-Ross. Nothing formal to prepare - but if you
could bring two or three bits of work you're proudest of (laptop is fine, we have a screen),
that'd be perfect. Budget about an hour and a half, we'll grab a coffee at the end if
you're up for it.

Any questions before then just shout, my mobile is 07700 900431.

Cheers,
Olly

Olly Breckenridge
Founder & Creative Director, Tallowmere Studio
""",
        label=lab(
            S2,
            "Europe/London",
            company="Tallowmere Studio",
            who=["Olly Breckenridge", "Femi Adjayi-Ross"],
            emails=["olly@tallowmere.example"],
            notes="Founder writes chattily and takes part himself.",
        ),
    ),
    hand(
        KAVITHA,
        "formal-panel-interview-bengaluru",
        "interview",
        sent="2046-07-30 11:05",
        zone="Asia/Kolkata",
        frm=("Talent Acquisition - Sahyadri Fintech", "careers@sahyadri-fintech.example"),
        subject="Interview Schedule: Senior Business Analyst - Round 2 (Panel)",
        body=f"""Dear Kavitha,

Greetings from Sahyadri Fintech!

With reference to your application for the position of Senior Business Analyst (Req. ID
SF-BA-2291), we are pleased to inform you that you have been shortlisted for the second
round of interviews. The details are as follows:

Date: {d(S3, "usy")}
Time: 9:00 AM IST
Mode: In-person
Venue: Sahyadri Fintech Pvt. Ltd., 7th Floor, Tower B, Prestige Orion Tech Park, Outer Ring
Road, Bellandur, Bengaluru - 560103
Panel: Mr. Sandeep Kulkarni (VP - Product) and Ms. Radhika Iyer (Head - Risk Analytics)

Kindly carry a printed copy of your updated resume, one government-issued photo ID (original)
and your last three months' salary slips. Please report at the reception 15 minutes before
the scheduled time.

Request you to confirm your availability by replying to this email.

Thanks & Regards,
Meghna Rao
Talent Acquisition Team
Sahyadri Fintech Pvt. Ltd.

This e-mail and any attachments are confidential and intended solely for the addressee. If
you have received this e-mail in error please notify the sender and delete it.
""",
        label=lab(
            S3,
            "Asia/Kolkata",
            company="Sahyadri Fintech",
            role="Senior Business Analyst",
            who=["Sandeep Kulkarni", "Radhika Iyer"],
            notes="Formal Indian invitation; IST abbreviation only, null zone.",
        ),
    ),
    hand(
        LORCAN,
        "public-sector-competency-interview-dublin",
        "interview",
        sent="2046-07-13 10:20",
        zone="Europe/Dublin",
        frm=("Recruitment Unit", "recruitment@civicworks-ie.example"),
        subject="Invitation to Interview - Campaign CW-46-118 Higher Executive Officer",
        body=f"""Dear Mr Tressider-Achebe,

Campaign: CW-46-118 Higher Executive Officer (Data Governance)

Further to your application for the above competition, I am pleased to invite you to attend
for a competency-based interview on {d(S4, "uky")} at 11.00am.

Venue: Civic Works Ireland, Ground Floor Meeting Suite, 12 Harcourt Terrace, Dublin 2.

The interview board will consist of three members. The interview will last approximately
45 minutes and will be based on the key competencies set out in the candidate booklet. You
will also be asked to give a five-minute presentation on the topic attached.

Please bring photographic identification (passport or driving licence). You will not be
admitted to the interview without it. Candidates who have a disability and require
reasonable accommodation should contact this office at least five working days in advance.

Please note that no expenses will be paid in respect of attendance at interview.

Yours sincerely,

Siobhán Ní Bhriain
Executive Officer, Recruitment Unit
""",
        label=lab(
            S4,
            "Europe/Dublin",
            company="Civic Works Ireland",
            role="Higher Executive Officer (Data Governance)",
            notes="Public-sector board; board members not named.",
        ),
    ),
    hand(
        TOBIAS,
        "agency-relays-client-slot-chicago",
        "interview",
        sent="2046-08-09 17:03",
        zone="America/Chicago",
        frm=("Kyle Brannigan", "kbrannigan@lakeshore-talent.example"),
        subject="Confirmed: Harbrook Logistics - Tues 8/14 3:30pm",
        body=f"""Tobias -

Great news, Harbrook came back and locked in the slot. Details:

Client: Harbrook Logistics
Role: Supply Chain Analyst II
When: {d(S5, "usy")}, 3:30pm Central
Where: 600 W Fulton St, Suite 1200 - check in with security in the lobby, they'll need a
photo ID. Visitor parking is on Desplaines, validated.
Who: Renata Oyelaran, Director of Network Planning, and one of her senior analysts (name TBC)

They like STAR answers and they WILL ask about the freight-cost model you built at your
last place, so have numbers ready. Call me after - I want to hear how it went before they
ring me.

Kyle Brannigan
Senior Recruiter | Lakeshore Talent Partners
c: 312-555-0186
""",
        label=lab(
            S5,
            "America/Chicago",
            company="Harbrook Logistics",
            role="Supply Chain Analyst II",
            who=["Renata Oyelaran"],
            notes="Agency recruiter relays the client's slot; he does not interview.",
        ),
    ),
    hand(
        HOLLIS,
        "reminder-tomorrow-phoenix-no-dst",
        "interview",
        sent="2046-07-18 13:30",
        zone="America/Phoenix",
        frm=("Marisol Quintanilla", "marisol.q@saguaro-mesa-health.example"),
        subject="Reminder: your interview tomorrow at 10",
        body="""Hi Hollis,

Just a friendly reminder about your interview tomorrow morning at 10:00 AM (Arizona time)
with Dr. Keith Amundsen and Lorraine Petit from our clinical informatics team.

We're at 2150 E Camelback Rd, Building C. Park in any spot marked "Visitor" and come up to
the 2nd floor front desk. Please bring your driver's license.

See you then!

Marisol Quintanilla
HR Coordinator | Saguaro Mesa Health
""",
        label=lab(
            S6,
            "America/Phoenix",
            "America/Phoenix",
            company="Saguaro Mesa Health",
            who=["Keith Amundsen", "Lorraine Petit"],
            notes="Day-before reminder; 'tomorrow' is relative to the Date header. "
            "Arizona time named (no DST).",
        ),
    ),
    hand(
        DECLAN,
        "sydney-winter-video-interview",
        "interview",
        sent="2046-09-06 15:48",
        zone="Australia/Sydney",
        frm=("Bec Larkins", "bec.larkins@ironbark-civil.example"),
        subject="Interview - Project Engineer (Civil) - Wed 12 Sept",
        body=f"""Hi Declan,

Thanks for chatting earlier. As discussed, you're booked in with Stuart Penhall (Construction
Manager) and Mei Lin Tran (Senior Project Engineer) on {d(S8, "uk")} at 9:30am Sydney time.

It'll be on Teams - invite to follow from Stuart's diary. Should run about 45 minutes. They'll
want to walk through the Parramatta job on your CV so have a think about the staging and the
RFIs.

Cheers,
Bec

Bec Larkins | Talent Partner
Ironbark Civil Pty Ltd
""",
        label=lab(
            S8,
            "Australia/Sydney",
            "Australia/Sydney",
            company="Ironbark Civil",
            role="Project Engineer (Civil)",
            who=["Stuart Penhall", "Mei Lin Tran"],
            notes="Southern winter: Sydney on AEST (+10:00).",
        ),
    ),
    hand(
        JOLENE,
        "reschedule-new-time-oakland",
        "interview",
        sent="2046-07-27 09:12",
        zone="America/Los_Angeles",
        frm=("Trevor Akinola", "trevor@bayline-robotics.example"),
        subject="Moving Thursday's interview",
        body=f"""Hi Jolene,

Apologies for the shuffle - Nadia got pulled into a customer escalation Thursday morning.
Could we move your interview to {d(S9, "us")} at {t12(S9)} PT instead? Same Zoom link as before:
https://zoom.us/j/93120044817

If that doesn't work, let me know and we'll find something else, but I've already pencilled
it in with Nadia Sørensen and Gabe Hollister so hopefully it's fine.

Thanks,
Trevor
""",
        label=lab(
            S9,
            "America/Los_Angeles",
            company="Bayline Robotics",
            who=["Nadia Sørensen", "Gabe Hollister"],
            notes="Reschedule to a new time with an opt-out; labelled at the new time.",
        ),
    ),
    hand(
        MARISA,
        "cancel-role-on-hold-denver",
        "interview_cancelled",
        sent="2046-08-24 12:40",
        zone="America/Denver",
        frm=("Heather Lindqvist", "heather.lindqvist@frontrange-mutual.example"),
        subject="Update on Wednesday's interview",
        body=f"""Hi Marisa,

I'm sorry to have to tell you this, but we need to cancel your interview scheduled for
{d(S10, "us")} at 11:00 AM MT. The Claims Operations Lead position has been put on hold
following an internal reorganisation, and we're not moving forward with any candidates at
this time.

I know you'd put time into preparing and I really appreciate it. If the role reopens I will
reach out to you first.

Kind regards,
Heather Lindqvist
Talent Acquisition Partner, Front Range Mutual
""",
        label=lab(
            S10,
            "America/Denver",
            company="Front Range Mutual",
            role="Claims Operations Lead",
            notes="Cancellation: role on hold.",
        ),
    ),
    hand(
        NALEDI,
        "joburg-second-interview-parking",
        "interview",
        sent="2046-08-31 10:05",
        zone="Africa/Johannesburg",
        frm=("Lindiwe Dube", "lindiwe.dube@highveld-assure.example"),
        subject="Second interview confirmation - Actuarial Analyst",
        body=f"""Good day Naledi

I trust you are well.

Thank you for confirming your availability. Your second interview is confirmed as follows:

Date: {d(S11, "uky")}
Time: 14:00 - 15:30
Venue: Highveld Assure, 3 Alice Lane, Sandton (Boardroom 2, 5th floor)
Panel: Johan Pretorius (Head of Pricing), Thandeka Nkosi (Senior Actuary)

Parking: please use the visitors' bays at the basement entrance on Fifth Street and bring
your ID book or card for security. There is a 30-minute case study at the start, so please
arrive by 13:45.

Kind regards
Lindiwe Dube
Recruitment Specialist
""",
        label=lab(
            S11,
            "Africa/Johannesburg",
            company="Highveld Assure",
            role="Actuarial Analyst",
            who=["Johan Pretorius", "Thandeka Nkosi"],
            notes="Arrive-by time 13:45 is not the start.",
        ),
    ),
    hand(
        ROHAN,
        "phone-screen-short-hyderabad",
        "interview",
        sent="2046-07-23 19:22",
        zone="Asia/Kolkata",
        frm=("Aditi Menon", "aditi.menon@tarangini-systems.example"),
        subject="Telephonic round - Thursday",
        body=f"""Hi Rohan,

As discussed over phone, your telephonic round with Vikram Reddy is fixed for Thursday
({S12[8:10]}-07-2046) at 10 AM. He will call you on your registered number +91 98xxx xx210.

Regards,
Aditi
"""
        + f"\n{IPHONE}\n",
        label=lab(
            S12,
            "Asia/Kolkata",
            company="Tarangini Systems",
            who=["Vikram Reddy"],
            notes="Numeric dmy date with weekday; phone screen.",
        ),
    ),
    hand(
        XIMENA,
        "santiago-after-dst-change-us-company",
        "interview",
        sent="2046-08-28 15:10",
        zone="America/New_York",
        frm=("Corinne Belmonte", "corinne.belmonte@quarrystone-ai.example"),
        subject="Interview confirmed - Tuesday Sept 4",
        body=f"""Hi Ximena,

Thanks for sending your availability. We've booked you with Leo Harada (Head of ML) on
{d(S13, "usy")} at 10:00 AM Santiago time (that's 9:00 AM Eastern for us). Google Meet link:
https://meet.google.com/qzr-hbnt-wkd

Note that Chile moves its clocks forward on the weekend before, so please double-check your
calendar shows the right time.

Best,
Corinne Belmonte
Recruiting Coordinator, Quarrystone AI
""",
        label=lab(
            S13,
            "America/Santiago",
            "America/Santiago",
            company="Quarrystone AI",
            who=["Leo Harada"],
            notes="Sent before Chile's change of 2 September; start on -03:00 (10:00 Santiago "
            "= 09:00 EDT).",
        ),
    ),
    hand(
        MATEO,
        "asuncion-english-call-paraguay",
        "interview",
        sent="2046-07-28 09:40",
        zone="America/Asuncion",
        frm=("Lucy Harrowgate", "lucy@pampero-payments.example"),
        subject="Call with our VP Engineering",
        body=f"""Hey Mateo,

Locking in {d(S14, "us")} at 3pm Asunción time for your chat with Ben Ostrowski, our VP
Engineering. He'll send a Zoom link directly. About 45 min, mostly system design around
payouts.

Lucy
""",
        label=lab(
            S14,
            "America/Asuncion",
            "America/Asuncion",
            company="Pampero Payments",
            who=["Ben Ostrowski"],
            notes="Paraguay on permanent UTC-3.",
        ),
    ),
    hand(
        FERGAL,
        "toronto-cancel-interviewer-sick",
        "interview_cancelled",
        sent="2046-09-18 07:55",
        zone="America/Toronto",
        frm=("Amrita Gill", "amrita.gill@lakeview-credit.example"),
        subject="Cancelling tomorrow's 9am - will rebook",
        body=f"""Morning Fergal,

Unfortunately Paul is off sick today and won't be back tomorrow, so I have to cancel your
9:00 AM interview on {d(S15, "us")}. I'll reach out early next week with new times - sorry
for the late notice.

Amrita

Sent from my phone
""",
        label=lab(
            S15,
            "America/Toronto",
            company="Lakeview Credit",
            notes="Cancelled; a new time will follow.",
        ),
    ),
    hand(
        WAMBUI,
        "nairobi-interview-westlands",
        "interview",
        sent="2046-07-09 08:30",
        zone="Africa/Nairobi",
        frm=("Caroline Wekesa", "cwekesa@savanna-agritech.example"),
        subject="Interview Invitation - Monitoring & Evaluation Officer",
        body=f"""Dear Wambui,

Following your application for the position of Monitoring & Evaluation Officer, we are glad
to invite you for an interview on {d(S16, "uky")} at 11:30am EAT at our offices on
the 3rd floor, Westlands Square, Ring Road Westlands, Nairobi.

You will meet Dr. Otieno Barasa (Programmes Director) and Grace Mutua (M&E Lead).

Kindly carry copies of your academic certificates and your national ID.

Regards,
Caroline Wekesa
HR & Administration, Savanna Agritech
""",
        label=lab(
            S16,
            "Africa/Nairobi",
            company="Savanna Agritech",
            role="Monitoring & Evaluation Officer",
            who=["Otieno Barasa", "Grace Mutua"],
            notes="EAT abbreviation only.",
        ),
    ),
    hand(
        YUSUF,
        "dubai-interview-difc",
        "interview",
        sent="2046-08-06 12:14",
        zone="Asia/Dubai",
        frm=("Reem Al Suwaidi", "reem.alsuwaidi@khor-capital.example"),
        subject="Interview - Associate, Treasury - Thursday",
        body=f"""Dear Yusuf,

Further to our conversation, I am pleased to confirm your interview for the Associate,
Treasury role on {d(S17, "uk")} at 2:30pm (UAE time) at our office in Gate Village 4, Level 2,
DIFC.

You will be meeting Mr. Tarek Haddadin, Head of Treasury. Please bring your Emirates ID.

Best regards,
Reem Al Suwaidi
Human Capital | Khor Capital
""",
        label=lab(
            S17,
            "Asia/Dubai",
            "Asia/Dubai",
            company="Khor Capital",
            role="Associate, Treasury",
            who=["Tarek Haddadin"],
            notes="UAE time read as Asia/Dubai.",
        ),
    ),
    hand(
        NGAIRE,
        "auckland-panel-before-nz-change",
        "interview",
        sent="2046-09-20 11:30",
        zone="Pacific/Auckland",
        frm=("Hemi Paraone", "hemi.paraone@kauri-energy.example"),
        subject="Interview - Wed 26 Sept, 10am",
        body=f"""Kia ora Ngaire,

Thanks for your patience. Your interview for the Grid Analyst role is on {d(S18, "uk")} at
10am at Level 6, 155 Fanshawe Street, Auckland CBD. Sign in at reception on the ground floor
and they'll bring you up.

On the panel: Aroha Te Kani (Network Planning Manager), Stephen Lyttle (Principal Engineer) and
me.

Ngā mihi,
Hemi Paraone
People & Capability Advisor, Kauri Energy
""",
        label=lab(
            S18,
            "Pacific/Auckland",
            company="Kauri Energy",
            role="Grid Analyst",
            who=["Aroha Te Kani", "Stephen Lyttle", "Hemi Paraone"],
            emails=["hemi.paraone@kauri-energy.example"],
            notes="Still NZST (+12:00): NZ daylight time starts 30 September. The sender sits "
            "on the panel.",
        ),
    ),
    hand(
        RAJIV,
        "singapore-hm-reply-iphone",
        "interview",
        sent="2046-08-13 21:02",
        zone="Asia/Singapore",
        frm=("Wong Mei Ling", "meiling.wong@straitsgrid.example"),
        subject="Re: Availability",
        body=f"""Thurs 9.30am works. See you at our office, 1 Fusionopolis Way #12-03. Ask for me at
the lobby.

Mei Ling
{IPHONE}

On 13 Aug 2046, at 18:44, Rajiv Sethuraman-Doyle <rajiv.sethuraman@example.net> wrote:

> Hi Mei Ling, thanks for getting back to me. I'm free Thursday morning (9.30 or 11) or
> Friday after 2pm. Let me know what suits.
> Rajiv
""",
        label=lab(
            S19,
            "Asia/Singapore",
            company="Straitsgrid",
            who=["Wong Mei Ling"],
            emails=["meiling.wong@straitsgrid.example"],
            notes="Hiring manager's phone reply picks Thursday 9.30 (16 August); the company "
            "is read from the domain.",
        ),
    ),
    hand(
        SEUN,
        "lagos-cancel-position-filled",
        "interview_cancelled",
        sent="2046-07-25 14:00",
        zone="Africa/Lagos",
        frm=("Ifeoma Chukwu", "ifeoma.chukwu@lagoon-freight.example"),
        subject="Re: Interview on Friday",
        body=f"""Dear Oluwaseun,

Please accept our apologies. We have to cancel the interview slated for {d(S20, "uk")} by
12 noon. The position has now been filled internally.

We will keep your CV on file for future openings.

Warm regards,
Ifeoma Chukwu
HR Officer, Lagoon Freight Ltd
""",
        label=lab(
            S20,
            "Africa/Lagos",
            company="Lagoon Freight",
            notes="Cancellation: filled internally.",
        ),
    ),
    hand(
        HAMISH,
        "agency-relays-with-dial-in-edinburgh",
        "interview",
        sent="2046-09-03 16:20",
        zone="Europe/London",
        frm=("Fiona McAvoy", "fiona.mcavoy@thistle-search.example"),
        subject="Interview confirmed - Caledon Water, Friday 11am",
        body=f"""Hi Hamish,

Just off the phone with Caledon Water - they'd like to see you on {d(S21, "uk")} at 11am.
It's a video interview on Teams, but if your connection's dodgy there is a dial-in:
+44 20 7946 0321, conference ID 481 227 903#.

You'll be speaking with Morag Kinnear (Asset Manager) and Callum Reid (Senior Hydraulic
Modeller). Expect a technical discussion on the network models and one or two
competency questions on stakeholder management.

Good luck, and ring me straight after!

Fiona McAvoy
Principal Consultant - Engineering
Thistle Search Ltd | 0131 496 0728
Thistle Search Ltd is registered in Scotland, No. SC000000. Registered office: 1 Rose Street,
Edinburgh.
""",
        label=lab(
            S21,
            "Europe/London",
            company="Caledon Water",
            who=["Morag Kinnear", "Callum Reid"],
            notes="Agency relays the client's slot, with a dial-in.",
        ),
    ),
    hand(
        DEWI,
        "jakarta-hr-interview-wib",
        "interview",
        sent="2046-09-10 09:15",
        zone="Asia/Jakarta",
        frm=("Rina Pratiwi", "rina.pratiwi@nusantara-logistik.example"),
        subject="Undangan Interview / Interview Invitation - Data Analyst",
        body=f"""Dear Dewi Anggraini,

Thank you for your interest in Nusantara Logistik. We would like to invite you to a user
interview:

Day/Date: {d(S22, "usy")}
Time: 15:00 - 16:00 WIB
Location: Online via Zoom (link below)
Interviewer: Bapak Hendra Wijaya (Head of Data)

https://zoom.us/j/98830015522

Please confirm your attendance by replying to this email.

Regards,
Rina Pratiwi
Talent Acquisition
""",
        label=lab(
            S22,
            "Asia/Jakarta",
            company="Nusantara Logistik",
            role="Data Analyst",
            who=["Hendra Wijaya"],
            notes="WIB abbreviation only.",
        ),
    ),
    hand(
        SANTI,
        "bogota-remote-us-startup-cot",
        "interview",
        sent="2046-08-20 16:02",
        zone="America/Bogota",
        frm=("Jess Albright", "jess@copperleaf-health.example"),
        subject="Tech interview booked",
        body="""Hi Santiago!

You're all set for the technical interview on Thursday 8/23 at 11:00am Bogotá time (12pm ET).
You'll pair with Marcus Obi on a small refactoring exercise - bring your own editor setup,
we'll use Tuple for screen sharing.

Jess
Copperleaf Health - People Ops
""",
        label=lab(
            "2046-08-23 11:00",
            "America/Bogota",
            "America/Bogota",
            company="Copperleaf Health",
            who=["Marcus Obi"],
            notes="Numeric mdy date with weekday.",
        ),
    ),
    hand(
        INES,
        "lima-english-final-interview",
        "interview",
        sent="2046-09-21 10:00",
        zone="America/Lima",
        frm=("Gonzalo Vidaurre", "gvidaurre@andean-copper.example"),
        subject="Final interview - Mine Planning Engineer",
        body=f"""Dear Inés,

We are pleased to confirm your final interview for the Mine Planning Engineer position on
{d("2046-09-25 09:00", "usy")} at 9:00 a.m. (Lima time), at Av. Javier Prado Este 4200, 9th
floor, Surco. Please register at the lobby with your DNI.

Interviewers: Ms. Carla Benavides (Planning Superintendent) and Mr. Douglas Whyte (COO).

Best regards,
Gonzalo Vidaurre
Human Resources, Andean Copper S.A.
""",
        label=lab(
            "2046-09-25 09:00",
            "America/Lima",
            "America/Lima",
            company="Andean Copper",
            role="Mine Planning Engineer",
            who=["Carla Benavides", "Douglas Whyte"],
            notes="English mail from a Lima employer.",
        ),
    ),
    hand(
        EVANDER,
        "vancouver-cancel-candidate-withdrew-reply",
        "interview_cancelled",
        sent="2046-07-20 11:15",
        zone="America/Vancouver",
        frm=("Hannah Okafor-Liu", "hannah.okaforliu@cascadia-games.example"),
        subject="Re: Withdrawing my application",
        body=f"""Hi Evander,

Totally understand, and congrats on the new role! I've cancelled your interview on
{d("2046-07-24 13:00", "us")} at 1pm and let the team know.

All the best,
Hannah

On Fri, Jul 20, 2046 at 9:02 AM Evander Quillfeldt-Asiamah <evander.q@example.com> wrote:

> Hi Hannah,
> I've accepted another offer and would like to withdraw from the process. Sorry for any
> inconvenience, and thank you for your time.
> Evander
""",
        label=lab(
            "2046-07-24 13:00",
            "America/Vancouver",
            company="Cascadia Games",
            notes="Cancelled after the user withdrew.",
        ),
    ),
    hand(
        FARHAN,
        "karachi-interview-pkt",
        "interview",
        sent="2046-08-01 12:00",
        zone="Asia/Karachi",
        frm=("Sana Javed", "sana.javed@indus-telecom.example"),
        subject="Interview Call Letter - Network Planning Engineer",
        body=f"""Dear Mr. Farhan Qureshi,

You are hereby invited for a technical interview for the post of Network Planning Engineer
on {d("2046-08-08 11:00", "usy")} at 11:00 AM PKT.

Venue: Indus Telecom Head Office, Plot 5, Block 4, Clifton, Karachi.

Panel: Engr. Asif Mahmood (GM RF Planning), Ms. Nida Farooq (Manager Transmission).

Please bring your original CNIC, educational documents and two passport-size photographs.

Regards,
Sana Javed
HR Department
""",
        label=lab(
            "2046-08-08 11:00",
            "Asia/Karachi",
            company="Indus Telecom",
            role="Network Planning Engineer",
            who=["Asif Mahmood", "Nida Farooq"],
            notes="PKT abbreviation only.",
        ),
    ),
    hand(
        LEILANI,
        "honolulu-scheduling-request-send-times",
        "scheduling_request",
        sent="2046-07-16 10:20",
        zone="Pacific/Honolulu",
        frm=("Kalani Medeiros", "kalani@papahana-resorts.example"),
        subject="Next step - Guest Experience Manager",
        body="""Aloha Leilani,

Thank you for applying for our Guest Experience Manager opening. Our GM would like to meet
you in person next week. Could you send me two or three times that work for you between
Tuesday and Thursday? Mornings are best for her.

Mahalo,
Kalani Medeiros
Human Resources, Papahana Resorts
""",
        label=note("Asks for availability; nothing booked."),
    ),
    hand(
        ABENA,
        "halifax-pick-a-slot-plain",
        "scheduling_request",
        sent="2046-08-02 09:45",
        zone="America/Halifax",
        frm=("Pierre Arsenault", "pierre.arsenault@bluenose-marine.example"),
        subject="Interview times - Marine Electrician",
        body=f"""Hi Abena,

We'd like to bring you in for an interview for the Marine Electrician position. Would any of
these work?

- {d("2046-08-07", "us")}, 10:00 AM
- {d("2046-08-08", "us")}, 2:00 PM
- {d("2046-08-10", "us")}, 9:00 AM

All times Atlantic. Reply with your pick and I'll send directions to the yard.

Pierre Arsenault
Operations Manager, Bluenose Marine Services
""",
        label=note("Three options offered; none chosen yet."),
    ),
    hand(
        BRONWYN,
        "melbourne-cancel-and-no-rebook",
        "interview_cancelled",
        sent="2046-08-20 17:35",
        zone="Australia/Melbourne",
        frm=("Sharon Kettle", "sharon.kettle@yarra-valley-wines.example"),
        subject="Interview Thursday - cancelled",
        body=f"""Hi Bronwyn,

I'm afraid we need to cancel your interview for {d("2046-08-23 14:00", "uk")} at 2pm.
After a review of the budget the Cellar Door Supervisor role won't be going ahead this
season.

Sorry to be the bearer of bad news and thanks so much for your interest.

Sharon
""",
        label=lab(
            "2046-08-23 14:00",
            "Australia/Melbourne",
            company="Yarra Valley Wines",
            role="Cellar Door Supervisor",
            notes="Cancelled: budget. Southern winter (+10:00).",
        ),
    ),
    hand(
        TAMSIN,
        "hm-android-quick-confirm-bristol",
        "interview",
        sent="2046-07-02 18:55",
        zone="Europe/London",
        frm=("Gareth Pengelly", "gareth.pengelly@severnside-housing.example"),
        subject="Re: Interview",
        body=f"""Thursday 2pm is great. Come to reception at Temple Quay House and ask for me.

Gareth
{ANDROID}

-------- Original message --------
From: Tamsin Polwhele-Nyambura <tamsin.polwhele@example.org>
Date: 02/07/2046 17:31
Subject: Re: Interview

Thanks Gareth - Thursday 2pm or Friday 10am both work for me.
""",
        label=lab(
            "2046-07-05 14:00",
            "Europe/London",
            company="Severnside Housing",
            who=["Gareth Pengelly"],
            emails=["gareth.pengelly@severnside-housing.example"],
            notes="Phone reply picks Thursday (5 July) 2pm from the user's options.",
        ),
    ),
]
