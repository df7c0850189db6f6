"""English mail from people: UK, US, India, Australia, New Zealand, Africa and Asia, much of
it HTML (Outlook and Gmail), from phones, or in quoted threads."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    ANDROID,
    ARABELLA,
    BARNABY,
    CORDELIA,
    DEVIKA,
    EZEKIEL,
    FINNIAN,
    GRISELDA,
    HORATIO,
    IMOGEN,
    IPHONE,
    JASPAL,
    KEZIAH,
    LYSANDER,
    MIRABEL,
    NEVILLE,
    OPHELIA,
    OUTLOOK_MOBILE,
    PRIYAMVADA,
    d,
    dh,
    gq,
    html_mail,
    lab,
    note,
    oq,
    person,
    t12,
    thread,
)

SIG_LOGO = (
    '<p style="color:#555;font-size:12px"><img src="https://{dom}/sig-logo.png" '
    'alt="{co}" width="120"><br><b>{name}</b><br>{title}<br>{co}</p>'
)

MESSAGES = [
    html_mail(
        ARABELLA,
        "outlook-html-table-invite-manchester-ancoats",
        "interview",
        frm=("Harriet Bramall", "harriet.bramall@irwell-fintech.example"),
        subject="Interview invitation – Senior Product Analyst",
        date=dh("2044-01-14 11:02", "Europe/London"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        markup=f"""<p>Dear Arabella,</p>
<p>Thank you for your application. We would like to invite you to a face-to-face interview.</p>
<table border="0" cellpadding="4">
<tr><td><b>Date:</b></td><td>{d("2044-01-20", "uky")}</td></tr>
<tr><td><b>Time:</b></td><td>10:30 – 11:45</td></tr>
<tr><td><b>Location:</b></td><td>Irwell Fintech, 4 Jersey Street, Ancoats, Manchester M4 6JB</td></tr>
<tr><td><b>Panel:</b></td><td>Oliver Grimshaw (Head of Analytics), Bethan Ackroyd (Senior PM)</td></tr>
</table>
<p>Please bring photo ID for reception. Let me know if you need any adjustments.</p>
<p>Kind regards,</p>
{SIG_LOGO.format(dom="irwell-fintech.example", co="Irwell Fintech", name="Harriet Bramall", title="Talent Partner")}""",
        label=lab(
            "2044-01-20 10:30",
            "Europe/London",
            None,
            company="Irwell Fintech",
            role="Senior Product Analyst",
            who=["Oliver Grimshaw", "Bethan Ackroyd"],
            notes="HTML-only Outlook mail: bold labels in a table, signature with a logo.",
        ),
    ),
    person(
        BARNABY,
        "iphone-short-reply-confirms-boston",
        "interview",
        frm=("Dana Kowalczyk", "dana.kowalczyk@charlesgate-bio.example"),
        subject="Re: Next steps",
        date=dh("2044-03-08 20:14", "America/New_York"),
        body=thread(
            f"""Great - Monday 3pm works. See you then!

Dana

{IPHONE}
""",
            gq(
                "2044-03-08 17:40",
                "America/New_York",
                "Barnaby Featherstone-Adu <barnaby.featherstone@example.net>",
                f"""Hi Dana,

Thanks for getting back to me. I could do {d("2044-03-14")} at 3pm or Tuesday morning.

Best,
Barnaby

> Hi Barnaby, would love to have you meet me for a 45-minute conversation next
> week at our Fenway office. What works?""",
            ),
        ),
        label=lab(
            "2044-03-14 15:00",
            "America/New_York",
            None,
            company="Charlesgate Bio",
            who=["Dana Kowalczyk"],
            emails=["dana.kowalczyk@charlesgate-bio.example"],
            notes="Phone reply 'Monday 3pm works' to the user's two options; agreed before "
            "the 13 March change, held after it (EDT). The sender is the interviewer ('meet me').",
        ),
    ),
    html_mail(
        CORDELIA,
        "gmail-html-thread-reschedule-chicago",
        "interview",
        frm=("Marcus Tillotson", "marcus.tillotson@lakeshore-freight.example"),
        subject="Re: Interview – Operations Manager",
        date=dh("2044-03-09 09:31", "America/Chicago"),
        markup=f"""<div dir="ltr">Hi Cordelia,<div><br></div><div>Apologies for the shuffle –
our VP got pulled into a board meeting. Could we move you to <b>{d("2044-03-11")} at
1:00 PM Central</b> instead? Same place (233 S Wacker, 38th floor). Ray Okafor (VP Ops)
and I will be there.</div><div><br></div><div>If that doesn't work just say and we'll find
another slot.</div><div><br></div><div>Marcus</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 7, 2044 at 4:12 PM
Marcus Tillotson &lt;marcus.tillotson@lakeshore-freight.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Hi Cordelia, confirming your interview on {d("2044-03-10")} at 10:00 AM.</blockquote></div>""",
        label=lab(
            "2044-03-11 13:00",
            "America/Chicago",
            None,
            company="Lakeshore Freight",
            role="Operations Manager",
            who=["Ray Okafor", "Marcus Tillotson"],
            emails=["marcus.tillotson@lakeshore-freight.example"],
            notes="Gmail HTML reply moving the interview to Friday 11 March (new time stated, "
            "with an opt-out); the quoted old time is not labelled. 'Central' alone gives no "
            "zone; the start is two days before the US change of 13 March (CST).",
        ),
    ),
    person(
        DEVIKA,
        "hr-round-confirmation-bengaluru",
        "interview",
        frm=("Shalini Venkatesh", "shalini.v@hebbal-cloudworks.example"),
        subject="Interview Schedule – Technical Round 2 | Hebbal Cloudworks",
        date=dh("2044-02-05 12:45", "Asia/Kolkata"),
        html=True,
        body=f"""Dear Devika,

Greetings from Hebbal Cloudworks!

Further to our telecon, please find below the details of your Technical Round 2:

Date: {d("2044-02-08", "uky")}
Time: 11:30 AM IST
Mode: In-person – Hebbal Cloudworks, 5th Floor, Prestige Tech Park, Outer Ring Road,
Bengaluru 560103
Interviewers: Mr. Karthik Subramanian (Engineering Manager) and Ms. Ananya Hegde (Principal
Engineer)

Kindly carry a copy of your updated resume and a government ID proof. Do revert with your
confirmation at the earliest.

Thanks & Regards,
Shalini Venkatesh
Talent Acquisition
""",
        label=lab(
            "2044-02-08 11:30",
            "Asia/Kolkata",
            None,
            company="Hebbal Cloudworks",
            who=["Karthik Subramanian", "Ananya Hegde"],
            notes="Indian English ('telecon', 'Do revert', 'Kindly carry'); IST is an "
            "abbreviation, timezone null.",
        ),
    ),
    person(
        EZEKIEL,
        "lagos-interview-invite-victoria-island",
        "interview",
        frm=("Temitope Adeyemi-Cole", "temitope.adeyemi@lagoon-capital.example"),
        subject="Invitation for Interview: Credit Risk Analyst",
        date=dh("2044-01-25 14:10", "Africa/Lagos"),
        body=f"""Dear Ezekiel,

Following your application for the position of Credit Risk Analyst, you are hereby invited
for a panel interview scheduled as follows:

Date: {d("2044-01-28", "uky")}
Time: 10:00am prompt (West Africa Time)
Venue: Lagoon Capital, 12 Adeola Odeku Street, Victoria Island, Lagos

The panel will comprise Mrs. Funmilayo Bankole (Head, Risk), Mr. Chukwudi Eze (Credit
Manager) and Mr. Adewale Ogunleye (HR).

Kindly come along with your original credentials. Please acknowledge receipt of this mail.

Regards,
Temitope Adeyemi-Cole
Human Resources
""",
        label=lab(
            "2044-01-28 10:00",
            "Africa/Lagos",
            None,
            company="Lagoon Capital",
            role="Credit Risk Analyst",
            who=["Funmilayo Bankole", "Chukwudi Eze", "Adewale Ogunleye"],
            notes="Nigerian English ('10:00am prompt', 'acknowledge receipt'); the HR panel "
            "member counts; 'West Africa Time' is a region name, timezone null.",
        ),
    ),
    person(
        FINNIAN,
        "sydney-aedt-chat-barangaroo",
        "interview",
        frm=("Kirra Matthews", "kirra.matthews@harbourline-energy.example"),
        subject="Catch-up re Grid Analyst role – Thursday",
        date=dh("2044-02-15 16:20", "Australia/Sydney"),
        body=f"""Hi Finn,

Thanks for the chat earlier. As discussed, you'll meet Lachlan Pearce (our Network
Planning Lead) on {d("2044-02-18", "uk")} at 2pm Sydney time, at our office on Level 22,
Tower 2, Barangaroo. Just ask for him at reception.

He's pretty relaxed – expect a yarn about your modelling work plus a short case study.

Cheers,
Kirra
Talent Acquisition | Harbourline Energy
""",
        label=lab(
            "2044-02-18 14:00",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Harbourline Energy",
            role="Grid Analyst",
            who=["Lachlan Pearce"],
            notes="Australian ('a yarn', 'Cheers'); 'Sydney time' in summer (AEDT, UTC+11).",
        ),
    ),
    person(
        GRISELDA,
        "android-reply-time-change-oakland",
        "interview",
        frm=("Jordan Ruiz-Feld", "jordan.ruizfeld@bayhaven-robotics.example"),
        subject="Re: Onsite Friday",
        date=dh("2044-03-02 07:48", "America/Los_Angeles"),
        body=f"""Morning Griselda - small change, can we push Friday's onsite to 1:30pm instead of
11? Priya's flight lands late. Everything else the same (1400 Broadway, 9th fl). You'll
still meet Priya Natarajan and Owen Halvorsen.

Jordan

{ANDROID}
""",
        label=lab(
            "2044-03-04 13:30",
            "America/Los_Angeles",
            None,
            company="Bayhaven Robotics",
            who=["Priya Natarajan", "Owen Halvorsen"],
            notes="Short phone mail moving Friday (4 March) to 1:30pm: interview at the new "
            "time, asked as a question ('can we push'); a careful reader might hold it as "
            "still open until the user agrees.",
        ),
    ),
    person(
        HORATIO,
        "wellington-panel-nzdt",
        "interview",
        frm=("Aroha Tūhoe-Baxter", "aroha.baxter@kapiti-data.example"),
        subject="Kia ora – interview for Data Engineer",
        date=dh("2044-01-11 10:00", "Pacific/Auckland"),
        body=f"""Kia ora Horatio,

Ngā mihi for applying. We'd love to kōrero with you on {d("2044-01-15", "uk")} at
9.30am NZ time, via Teams (link to follow).

On the panel: Hemi Walker (Data Platform Lead) and Sophie Lindqvist (Senior Engineer).
It'll run for about an hour.

Ngā mihi nui,
Aroha Tūhoe-Baxter
People & Culture, Kāpiti Data
""",
        label=lab(
            "2044-01-15 09:30",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kāpiti Data",
            role="Data Engineer",
            who=["Hemi Walker", "Sophie Lindqvist"],
            notes="New Zealand English with te reo greetings; 'NZ time' in NZDT (UTC+13).",
        ),
    ),
    person(
        IMOGEN,
        "outlook-quoted-thread-settled-bristol",
        "interview",
        frm=("Gareth Pengelly", "gareth.pengelly@severnside-aero.example"),
        subject="RE: Stress engineer – availability",
        date=dh("2044-03-23 15:05", "Europe/London"),
        html=True,
        body=thread(
            """Hi Imogen,

Perfect – let's lock in option 2 then. I've sent a calendar hold. It'll be me and our
Chief Engineer, Rhiannon Tudor.

Thanks,
Gareth
""",
            oq(
                "2044-03-23 11:20",
                "Europe/London",
                "Imogen Carstairs-Bediako <imogen.carstairs@example.org>",
                "Gareth Pengelly <gareth.pengelly@severnside-aero.example>",
                "RE: Stress engineer – availability",
                """Hi Gareth, option 2 is best for me. Imogen""",
            ),
            oq(
                "2044-03-22 17:02",
                "Europe/London",
                "Gareth Pengelly <gareth.pengelly@severnside-aero.example>",
                "Imogen Carstairs-Bediako <imogen.carstairs@example.org>",
                "Stress engineer – availability",
                f"""Hi Imogen, could you do one of these at our Filton site?
1) {d("2044-03-24", "uk")}, 10:00
2) {d("2044-03-29", "uk")}, 14:00
3) {d("2044-03-30", "uk")}, 09:30""",
            ),
        ),
        label=lab(
            "2044-03-29 14:00",
            "Europe/London",
            None,
            company="Severnside Aero",
            who=["Gareth Pengelly", "Rhiannon Tudor"],
            emails=["gareth.pengelly@severnside-aero.example"],
            notes="'option 2' points into an Outlook-quoted list: Tuesday 29 March 14:00, "
            "after the UK change (BST).",
        ),
    ),
    person(
        JASPAL,
        "singapore-final-round-raffles-place",
        "interview",
        frm=("Cheryl Tan Hui Min", "cheryl.tan@straits-quant.example"),
        subject="Final round – Quant Developer",
        date=dh("2044-02-01 18:30", "Asia/Singapore"),
        body=f"""Hi Jaspal,

Congrats on making it to the final round! Details below:

{d("2044-02-03", "uky")}, 4.00pm – 6.00pm (Singapore time)
Straits Quant, 1 Raffles Place, #44-01

You'll meet Ng Wei Jie (Head of Execution) and Dr. Rachel Koh (CTO), back to back.
We'd like to make a decision the same week.

Best,
Cheryl
""",
        label=lab(
            "2044-02-03 16:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="Straits Quant",
            role="Quant Developer",
            who=["Ng Wei Jie", "Rachel Koh"],
            notes="Singapore; family-name-first 'Ng Wei Jie'; '4.00pm' with a dot.",
        ),
    ),
    person(
        KEZIAH,
        "nairobi-interview-westlands-eat",
        "interview",
        frm=("Wambui Kariuki", "wambui.kariuki@savanna-agrifin.example"),
        subject="Interview Invitation – Product Marketing Lead",
        date=dh("2044-03-01 09:15", "Africa/Nairobi"),
        body=f"""Dear Keziah,

Trust this finds you well. We are pleased to invite you for an interview on
{d("2044-03-04", "uk")} at 2.00 p.m. East Africa Time at our offices, The Mirage, Tower 2,
Westlands.

You will be interviewed by Mr. Otieno Odhiambo, CEO, and Ms. Njeri Mwangi, Head of Growth.

Kindly confirm your availability.

Best regards,
Wambui Kariuki
HR & Admin, Savanna Agrifin
""",
        label=lab(
            "2044-03-04 14:00",
            "Africa/Nairobi",
            None,
            company="Savanna Agrifin",
            role="Product Marketing Lead",
            who=["Otieno Odhiambo", "Njeri Mwangi"],
            notes="Kenyan English ('Trust this finds you well'); 'East Africa Time' is a "
            "region name, timezone null.",
        ),
    ),
    person(
        LYSANDER,
        "denver-video-interview-mt-after-change",
        "interview",
        frm=("Kelsey Brandt", "kelsey.brandt@frontrange-outdoor.example"),
        subject="Video interview confirmed – Merchandise Planner",
        date=dh("2044-03-07 13:00", "America/Denver"),
        html=True,
        body=f"""Hi Lysander,

You're confirmed for a video interview on {d("2044-03-15", "usy")} at 9:00 AM Mountain
Time with Tess Ridgeway (Director of Planning). Zoom link:
https://zoom.us/j/93158820417

Heads-up: the clocks spring forward this weekend, so double-check your calendar.

Thanks!
Kelsey Brandt | Recruiting Coordinator | FrontRange Outdoor
""",
        label=lab(
            "2044-03-15 09:00",
            "America/Denver",
            None,
            company="FrontRange Outdoor",
            role="Merchandise Planner",
            who=["Tess Ridgeway"],
            notes="Sent in MST, held in MDT after the change of 13 March; 'Mountain Time' is a region word, "
            "timezone null. The coordinator only arranges.",
        ),
    ),
    person(
        MIRABEL,
        "joburg-cancelled-role-on-hold",
        "interview_cancelled",
        frm=("Thandiwe Mahlangu", "thandiwe.mahlangu@highveld-insure.example"),
        subject="Interview on Tuesday – cancelled",
        date=dh("2044-02-12 16:40", "Africa/Johannesburg"),
        body=f"""Hi Mirabel,

I'm sorry to let you know that we need to cancel your interview on {d("2044-02-16", "uk")}
at 11:00. The Actuarial Analyst role has been put on hold pending a restructure.

I'll be in touch if it reopens. Apologies for the inconvenience.

Kind regards,
Thandiwe Mahlangu
Talent, Highveld Insure
""",
        label=lab(
            "2044-02-16 11:00",
            "Africa/Johannesburg",
            None,
            company="Highveld Insure",
            role="Actuarial Analyst",
            notes="Cancelled, role on hold: interview_cancelled at the old time.",
        ),
    ),
    person(
        NEVILLE,
        "brisbane-no-dst-vs-sydney-panel",
        "interview",
        frm=("Maddison O'Rourke", "maddison.orourke@moreton-civil.example"),
        subject="Interview – Senior Civil Engineer (Brisbane)",
        date=dh("2044-01-27 08:40", "Australia/Brisbane"),
        body=f"""G'day Neville,

Locking in your interview for {d("2044-02-02", "uk")} at 10am Brisbane time (that's 11am
for Siobhan, who's dialling in from our Sydney office).

Panel: Siobhan Kearney (Regional Director, on video) and Dale Whitlock (Principal Engineer,
in the room at 300 Queen St).

Cheers,
Maddison
""",
        label=lab(
            "2044-02-02 10:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Moreton Civil",
            role="Senior Civil Engineer",
            who=["Siobhan Kearney", "Dale Whitlock"],
            notes="Brisbane (no DST) beside Sydney (AEDT): both times given, the user's is "
            "labelled.",
        ),
    ),
    person(
        OPHELIA,
        "toronto-phone-screen-outlook-mobile",
        "interview",
        frm=("Devon Achterberg", "devon.achterberg@humber-analytics.example"),
        subject="Phone screen tomorrow",
        date=dh("2044-03-10 16:55", "America/Toronto"),
        body=f"""Hi Ophelia - confirming I'll call you tomorrow ({d("2044-03-11", "short")}) at
10:15am ET on the number on your resume. Should take 20-25 min.

Devon Achterberg, Recruiter, Humber Analytics

{OUTLOOK_MOBILE}
""",
        label=lab(
            "2044-03-11 10:15",
            "America/Toronto",
            None,
            company="Humber Analytics",
            who=["Devon Achterberg"],
            emails=["devon.achterberg@humber-analytics.example"],
            notes="Recruiter phone screen from Outlook for iOS; 'ET' abbreviation, null; the "
            "recruiter makes the call, so counts.",
        ),
    ),
    person(
        PRIYAMVADA,
        "pune-walk-in-drive-not-timed",
        "other",
        frm=("Careers – Sahyadri Infotech", "careers@sahyadri-infotech.example"),
        subject="Walk-in Drive for Java Developers – Saturday",
        date=dh("2044-02-22 10:00", "Asia/Kolkata"),
        extra=[("Precedence", "bulk")],
        body=f"""Dear Candidate,

Sahyadri Infotech is conducting a Walk-in Drive for Java Developers (3-6 yrs) on
{d("2044-02-27", "uky")} from 10 AM to 3 PM at our Hinjewadi Phase 2 campus, Pune.

Interested candidates may walk in with their updated resume. No prior registration needed.

Regards,
Talent Acquisition Team
""",
        label=note(
            "Mass-mailed walk-in drive announcement with a time window, sent to many: not an "
            "interview booked for the user. A careful reader might call it bulk; labelled "
            "other."
        ),
    ),
    person(
        PRIYAMVADA,
        "offer-letter-release-hyderabad",
        "offer",
        frm=("Rohan Kulkarni", "rohan.kulkarni@deccan-medtech.example"),
        subject="Offer Letter – Senior QA Engineer – Deccan Medtech",
        date=dh("2044-03-18 19:05", "Asia/Kolkata"),
        body="""Dear Priyamvada,

Congratulations! We are delighted to release your offer for the position of Senior QA
Engineer with a total CTC of INR 28,00,000 per annum. The detailed offer letter is
attached in the portal.

Kindly accept the offer by 25th March 2044 and share your tentative date of joining.

Warm regards,
Rohan Kulkarni
HR Business Partner
""",
        label=note(
            "Indian offer ('release your offer', CTC, 'date of joining').", company="Deccan Medtech"
        ),
    ),
    person(
        ARABELLA,
        "rejection-after-final-round-leeds",
        "rejection",
        frm=("Naomi Firth", "naomi.firth@aire-valley-games.example"),
        subject="Your application – Lead Game Designer",
        date=dh("2044-02-26 17:30", "Europe/London"),
        body="""Hi Arabella,

Thank you so much for coming in on Tuesday and for the thought you put into the design
exercise – the panel really enjoyed it.

Unfortunately, on this occasion we've decided to go with another candidate whose
experience with live-service titles is a closer match. I know that's disappointing news.

I'd be happy to share feedback on a quick call if useful.

Best wishes,
Naomi
""",
        label=note(
            "Rejection after the final round, offers feedback.", company="Aire Valley Games"
        ),
    ),
    person(
        BARNABY,
        "scheduling-request-calendly-link-nyc",
        "scheduling_request",
        frm=("Priya Sandoval", "priya.sandoval@gowanus-media.example"),
        subject="Next step – 30 min with our Head of Content",
        date=dh("2044-01-19 11:20", "America/New_York"),
        html=True,
        body="""Hi Barnaby,

Thanks for your time yesterday! Next step is a 30-minute conversation with our Head of
Content. Please grab whatever works on her calendar:
https://calendly.com/gowanus-media/content-interview

Best,
Priya
""",
        label=note("Booking link; no time set.", company="Gowanus Media"),
    ),
    person(
        CORDELIA,
        "interview-cancelled-chair-unwell-milwaukee",
        "interview_cancelled",
        frm=("Tyler Nieminen", "tyler.nieminen@cream-city-brewing.example"),
        subject="Cancelling tomorrow's interview",
        date=dh("2044-01-12 15:50", "America/Chicago"),
        body=f"""Hi Cordelia,

Unfortunately our hiring manager is out sick, so we need to cancel tomorrow's
interview ({d("2044-01-13", "us")} at {t12("2044-01-13 10:00")}). I'll reach out with new
times once she's back.

Sorry about this!
Tyler
""",
        label=lab(
            "2044-01-13 10:00",
            "America/Chicago",
            None,
            company="Cream City Brewing",
            notes="Cancelled with only a promise of new times: interview_cancelled at the old "
            "time.",
        ),
    ),
]
