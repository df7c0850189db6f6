"""Everything around English interview threads: requests for times and the user's answers,
declined times, rejections and offers as replies, auto-replies to the user, bulk mail, and
meetings settled the same way that are not job interviews."""

from __future__ import annotations

from tests.eval29.authoring.kit import (
    ANDROID,
    ARIA,
    AUTO,
    BRAMWELL,
    CASSIUS,
    CATHAL,
    EVANDER,
    HARUKI,
    IPHONE,
    JESSAMY,
    KIRRA,
    KOFI,
    LEANDRA,
    LOCHLAN,
    MAEVE,
    MARGUERITE,
    OLUWASEUN,
    OSRIC,
    PERCIVAL,
    PERPETUA,
    RASHA,
    ROSALIND,
    ROWENA,
    SABRINA,
    SIDDHANT,
    TAMSIN,
    THANDEKA,
    THEODORA,
    TOBIAS,
    VAISHNAVI,
    WAMBUI,
    WEIJIE,
    WILHELMINA,
    aq,
    bulk,
    d,
    dh,
    gq,
    md,
    note,
    person,
    say,
    vendor,
    who,
)


def _me(user: object) -> str:
    """The user as a quote attribution."""
    return who(user.name, user.addresses[0])  # type: ignore[attr-defined]


NY, LA = "America/New_York", "America/Los_Angeles"

# --- Requests for times, offers of times, declined times ------------------------------------
_a1 = say(
    MARGUERITE,
    "few-times-next-week-fenwick-row",
    "scheduling_request",
    other=("Cyrus Lindqvist", "cyrus.lindqvist@fenwick-row-media.example"),
    subject="Analytics Manager - Fenwick Row Media",
    when="2048-01-23 11:05",
    top="""Hi Marguerite,

Thanks for the quick reply! Could you send me a few times that work next week for a
30-minute call with our head of data, Ines Calloway? Mornings ET are easiest for her.

Cyrus""",
    quotes=(
        gq(
            "2048-01-22 20:14",
            NY,
            _me(MARGUERITE),
            "Hi Cyrus, yes, I'm very interested. Happy to talk.",
        ),
    ),
    label=note("Asks the user for times; nothing proposed or agreed."),
)

_a2 = say(
    SABRINA,
    "would-any-of-these-work-larkspur",
    "scheduling_request",
    other=("Dev Ranganathan", "dev.ranganathan@larkspur-ai.example"),
    subject="Larkspur AI - next steps",
    when="2048-02-05 16:40",
    top=f"""Hi Sabrina,

Would any of these work for a first chat with me? (all Pacific)

- {d("2048-02-11")}, 10:00am
- {d("2048-02-12")}, 2:00pm
- {d("2048-02-13")}, 4:30pm

Dev""",
    label=note(
        "Three options offered; none chosen yet.",
    ),
    reply=False,
)

_a3 = say(
    THEODORA,
    "neither-works-new-options-stuyvesant",
    "scheduling_request",
    other=("Holly Brennan-Roth", "holly.brennanroth@stuyvesant-rx.example"),
    subject="Interview availability",
    when="2048-03-02 14:25",
    top=f"""Hi Theodora,

Unfortunately neither of those works for Priya. Could you do Monday {md("2048-03-09")} at
1:00 or Tuesday {md("2048-03-10")} at 10:00 instead? Either is fine on our end.

Holly""",
    quotes=(
        gq(
            "2048-03-02 09:50",
            NY,
            _me(THEODORA),
            f"Hi Holly, I could do {d('2048-03-05')} at 3 or Friday at 11. Theodora",
        ),
    ),
    label=note("Declines the user's times and offers two others; nothing settled."),
)

_a4 = say(
    TOBIAS,
    "user-offers-tuesday-or-wednesday-morrow",
    "scheduling_request",
    other=("Lina Sarkis", "lina.sarkis@morrow-dental.example"),
    subject="Practice manager role",
    when="2048-02-09 21:02",
    mine=True,
    top=f"""Hi Lina,

Thanks for reaching out. I'm free {d("2048-02-11")} after 1pm or Wednesday morning
before 11 - let me know what suits Dr. Pham.

Best,
Tobias""",
    quotes=(
        gq(
            "2048-02-09 15:30",
            "America/Chicago",
            who("Lina Sarkis", "lina.sarkis@morrow-dental.example"),
            "Hi Tobias, Dr. Pham would like to meet. When are you available next week?",
        ),
    ),
    label=note("The user's own answer offering windows; no time agreed yet."),
)

_a5 = say(
    PERPETUA,
    "cannot-make-thursday-nine-sonoran-dx",
    "scheduling_request",
    other=("Tamsen Yazzie", "tamsen.yazzie@sonoran-diagnostics.example"),
    subject="Interview Thursday 9am",
    when="2048-02-24 07:55",
    mine=True,
    agent="iPhone Mail (21A5312)",
    top=f"""Hi Tamsen, unfortunately I can't make Thursday at 9, I'm in a training all day.
Would Friday morning work instead? So sorry.

Perpetua

{IPHONE}""",
    quotes=(
        aq(
            "2048-02-23 16:10",
            "America/Phoenix",
            who("Tamsen Yazzie", "tamsen.yazzie@sonoran-diagnostics.example"),
            f"Hi Perpetua, can you come in {d('2048-02-27')} at 9:00 AM for an interview with our lab director?",
        ),
    ),
    label=note("The user declines the proposed time and asks for another; nothing booked."),
)

_a6 = say(
    WILHELMINA,
    "role-back-on-can-you-do-monday-chebucto",
    "scheduling_request",
    other=("Robena MacInnis", "robena.macinnis@chebucto-marine.example"),
    subject="Interview Thursday",
    when="2048-03-23 10:15",
    top=f"""Hi Wilhelmina,

Good news, the budget came through and the role is back on. Are you still interested?
If so, could you do {d("2048-03-30")} at 10 AM Atlantic? If not, send me a couple of times
that suit you.

Robena""",
    quotes=(
        gq(
            "2048-02-10 15:05",
            WILHELMINA.timezone,
            who("Robena MacInnis", "robena.macinnis@chebucto-marine.example"),
            "I'm sorry to do this on short notice, but we need to cancel Thursday's interview.",
        ),
    ),
    label=note("Proposes a time as a question after the earlier cancellation; not agreed."),
)

_a7 = say(
    ROWENA,
    "client-wants-to-meet-when-free-avon",
    "scheduling_request",
    other=("Jake Tillotson", "jake.tillotson@severn-talent.example"),
    subject="Avonmouth Energy - Project Architect",
    when="2048-02-11 13:22",
    top="""Hi Rowena,

Good news - Avonmouth Energy would like to meet you! They're flexible next week. When are
you free? Send me two or three slots and I'll get it booked in.

Cheers,
Jake Tillotson
Severn Talent""",
    quotes=(
        gq(
            "2048-02-04 09:00",
            "Europe/London",
            _me(ROWENA),
            "Hi Jake, happy for you to put me forward for the Avonmouth role. Rowena",
        ),
    ),
    label=note("Agency asks for availability."),
)

_a8 = say(
    SIDDHANT,
    "share-availability-next-round-sahyadri",
    "scheduling_request",
    other=("Revathi Nair", "revathi.nair@sahyadri-pharma.example"),
    subject="Next round - Regulatory Affairs Associate",
    when="2048-01-28 12:40",
    top="""Dear Siddhant,

Greetings! You have cleared the first round. Kindly share your availability for the
final round with our Site Head this week (Thursday or Friday, between 10 AM and 5 PM).

Regards,
Revathi Nair
HR, Sahyadri Pharma""",
    label=note("Asks for availability for the next round."),
)

_a9 = say(
    KOFI,
    "grab-a-slot-calendly-link-akosombo",
    "scheduling_request",
    other=("Efe Oghene", "efe.oghene@akosombo-agritech.example"),
    subject="Follow-up chat",
    when="2048-02-20 17:10",
    top="""Hi Kofi, good talking on Friday. I'd like you to meet our CTO as a next step. Grab
any 45-minute slot that works here: https://calendly.com/efe-akosombo/45min

Efe""",
    quotes=(
        gq(
            "2048-02-14 18:02",
            KOFI.timezone,
            _me(KOFI),
            "Thanks Efe, I enjoyed the conversation.",
        ),
    ),
    label=note("A scheduling link sent by hand; nothing booked."),
)

# --- Rejections --------------------------------------------------------------------------
_r1 = say(
    EVANDER,
    "after-wednesday-another-candidate-breakwater",
    "rejection",
    other=("Fenna Mulryan", "fenna@breakwater-kinematics.example"),
    subject="Interview confirmed - Breakwater Kinematics",
    when="2048-02-11 15:30",
    top="""Hi Evander,

Thanks again for coming in on Wednesday and for the time you put into the controls
exercise. Greta and Sunil enjoyed it, but we've decided to move forward with another
candidate whose experience is closer to our motor-control stack.

I'd be glad to keep in touch for future roles.

Fenna""",
    quotes=(
        gq(
            "2048-02-02 11:20",
            LA,
            who("Fenna Mulryan", "fenna@breakwater-kinematics.example"),
            "We've moved you to Wednesday 2/5 at 3:30pm PT. Same Zoom link, same people.",
        ),
    ),
    label=note("Rejection as a reply in the interview thread; the quote holds an old time."),
)

_r2 = say(
    MARGUERITE,
    "founder-going-with-someone-lanternfish",
    "rejection",
    other=("Dana Whitcombe", "dana@lanternfish-analytics.example"),
    subject="Data engineer role at Lanternfish",
    when="2048-01-24 18:20",
    top="""Marguerite - I wanted to tell you myself: we've decided to go with someone who has
more Spark experience, which we need right away. It was a close call and Ilan and I both
really liked talking with you. If things change in the summer I'll reach out first.

Dana""",
    label=note("Founder's hand-written rejection in the same thread."),
)

_r3 = say(
    THANDEKA,
    "client-not-proceeding-agency",
    "rejection",
    other=("Kagiso Mahlangu", "kagiso.mahlangu@jacaranda-search.example"),
    subject="Interview - Group Reporting Manager",
    when="2048-02-07 11:30",
    top="""Hi Thandeka

Thank you for attending on Tuesday. Unfortunately the client has decided not to proceed
with your application; they went with an internal candidate. I'll be in touch as other
roles come in.

Regards
Kagiso""",
    label=note("Agency relays the client's no."),
)

_r4 = vendor(
    ROSALIND,
    "greenhouse-update-not-moving-forward-cordillera",
    "rejection",
    frm=("Cordillera Optics Recruiting", "no-reply@greenhouse.io"),
    subject="Your application to Cordillera Optics",
    date=dh("2048-02-24 09:05", "America/Denver"),
    body="""Hi Rosalind,

Thank you for interviewing for the Quality Engineer position and for the time you spent
with Hollis and Seo-yeon. After careful consideration, we have decided not to move
forward with your candidacy at this time.

We wish you the best in your search.

Cordillera Optics Recruiting""",
    label=note("ATS rejection after the interview."),
)

_r5 = say(
    WEIJIE,
    "regret-to-inform-merlion",
    "rejection",
    other=("Rachel Koh", "rachel.koh@merlion-payments.example"),
    subject="Interview - Risk Analyst",
    when="2048-02-06 17:50",
    top="""Hi Wei Jie,

Thank you for meeting Gerald and Priscilla last Thursday. We regret to inform you that we
will not be proceeding further with your application. We appreciate your interest in
Merlion Payments.

Best regards,
Rachel""",
    label=note("Rejection in the thread after the interview."),
)

# --- Offers -----------------------------------------------------------------------------
_o1 = say(
    OSRIC,
    "following-up-my-call-offer-corktown",
    "offer",
    other=("Amara Osterhout", "amara.osterhout@corktown-mobility.example"),
    subject="Interview Thursday",
    when="2048-02-25 17:12",
    top="""Osric,

Following up on my call: we'd love to have you join Corktown as Senior Product Manager.
The offer letter is attached: $148,000 base, 0.15% equity, start date flexible. Take the
weekend to look it over and call me with any questions.

Amara""",
    quotes=(
        gq(
            "2048-02-17 08:26",
            "America/Detroit",
            who("Amara Osterhout", "amara.osterhout@corktown-mobility.example"),
            "Actually, let's do Thursday at 4 instead.",
        ),
    ),
    label=note("Offer as a reply in the interview thread."),
)

_o2 = say(
    LEANDRA,
    "they-have-offered-ostara",
    "offer",
    other=("Priyanka Sethi", "priyanka.sethi@northgate-talent.example"),
    subject="Ostara Mutual - final interview",
    when="2048-03-26 12:02",
    top="""Leandra!! They've offered! $96,000 base plus 10% target bonus, four weeks'
vacation, start in May. Call me when you get a sec and we'll talk it through before you
give them an answer.

Priyanka""",
    label=note("Agency relays a verbal offer."),
)

_o3 = person(
    VAISHNAVI,
    "offer-of-employment-ctc-nandi",
    "offer",
    frm=("Deepthi Hegde", "deepthi.hegde@nandi-fintech.example"),
    subject="Offer of Employment - Senior QA Engineer",
    date=dh("2048-01-27 16:40", "Asia/Kolkata"),
    body="""Dear Vaishnavi,

Congratulations! With reference to your interviews, we are pleased to offer you the
position of Senior QA Engineer at Nandi Fintech Pvt. Ltd. with an annual CTC of INR
24,00,000. The detailed offer letter is attached; kindly sign and return it by 3rd
February.

Regards,
Deepthi Hegde
HR Executive""",
    label=note("Written offer."),
)

_o4 = say(
    LOCHLAN,
    "happy-to-offer-plus-super-yarra",
    "offer",
    other=("Nadia Petrakis", "nadia.petrakis@yarra-cold-chain.example"),
    subject="Warehouse supervisor",
    when="2048-02-18 10:30",
    top="""Hi Lochlan,

Thanks for coming out to Dandenong on Thursday. Trev and I are happy to offer you the
Warehouse Supervisor role: $92,000 plus super, Monday to Friday day shift. Contract to
follow from HR today.

Nadia""",
    label=note("Offer in the thread."),
)

# --- Auto-replies answering the user -----------------------------------------------------
_u1 = person(
    TOBIAS,
    "automatic-reply-out-until-monday-brushwood",
    "auto_reply",
    frm=("Joan Perkowski", "joan.perkowski@brushwood-logistics.example"),
    subject="Automatic reply: Next step - Brushwood Logistics",
    date=dh("2048-01-17 12:01", "America/Chicago"),
    body="""Thank you for your email. I am out of the office through Friday, January 24 with
limited access to email and will respond when I return on Monday, January 27. For urgent
scheduling questions please contact talent@brushwood-logistics.example.

Joan Perkowski""",
    extra=AUTO,
    label=note("Out of office answering the user's thread.", return_date="2048-01-27"),
)

_u2 = person(
    THEODORA,
    "vacation-responder-studio-closed",
    "auto_reply",
    frm=("Rachel Ostrowski", "rachel@gowanus-print.example"),
    subject="Re: Designer position",
    date=dh("2048-03-07 09:14", "America/New_York"),
    body="""Hi! The studio is closed for a print fair until Thursday, March 12. I'll answer
everything when we're back. - Rachel""",
    extra=AUTO,
    label=note("Gmail-style vacation responder.", return_date="2048-03-12"),
)

_u3 = person(
    CATHAL,
    "parental-leave-auto-reply-ormond",
    "auto_reply",
    frm=("Orla Kinsella", "orla@ormond-quay-labs.example"),
    subject="Auto: Chat about the support engineer job",
    date=dh("2048-02-24 10:02", "Europe/Dublin"),
    body="""Hi, I'm on parental leave and back on 6 April 2048. For hiring questions
please contact Fiachra at fiachra@ormond-quay-labs.example. Thanks!""",
    extra=AUTO,
    label=note("Parental leave auto-reply.", return_date="2048-04-06"),
)

_u4 = person(
    SIDDHANT,
    "out-of-office-site-visit-sahyadri",
    "auto_reply",
    frm=("Revathi Nair", "revathi.nair@sahyadri-pharma.example"),
    subject="Out of Office: Next round - Regulatory Affairs Associate",
    date=dh("2048-01-29 09:00", "Asia/Kolkata"),
    body="""Dear Sender,

I am out of office on a plant visit till 31st January 2048 with limited access to
email. I will revert on my return on 3rd February. For urgent matters, contact
hr.desk@sahyadri-pharma.example.

Regards,
Revathi Nair""",
    extra=AUTO,
    label=note("Out-of-office answering the user's availability reply.", return_date="2048-02-03"),
)

_u5 = person(
    ARIA,
    "away-until-monday-kauri",
    "auto_reply",
    frm=("Jess Whitford", "jess.whitford@kauri-ridge.example"),
    subject="Automatic reply: Thursday's interview - Kauri Ridge Council",
    date=dh("2048-02-13 08:30", "Pacific/Auckland"),
    body="""Kia ora, thanks for your email. I'm away until Monday 17 February and will reply
then. For anything urgent about recruitment, please call 09 555 0143.

Ngā mihi, Jess""",
    extra=AUTO,
    label=note("Out of office with a return date.", return_date="2048-02-17"),
)

# --- Bulk --------------------------------------------------------------------------------
_b1 = vendor(
    EVANDER,
    "linkedin-job-alert-robotics",
    "bulk",
    frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    subject="15 new jobs for 'controls engineer' in Los Angeles",
    date=dh("2048-02-17 06:02", LA),
    body="""Your job alert for controls engineer in Los Angeles Metropolitan Area

Controls Engineer - Harbor Drive Automation - Torrance, CA (On-site)
Senior Controls Engineer - Mojave Kinetics - Lancaster, CA (Hybrid)
Robotics Controls Engineer II - Piedra Blanca Systems - Irvine, CA

See all jobs: https://www.linkedin.com/jobs/search/?alert=7720

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings""",
    extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/unsub"),
    label=note("Job alert digest."),
)

_b2 = vendor(
    MAEVE,
    "newsletter-when-are-you-free-answer",
    "bulk",
    frm=("The Shortlist", "letters@shortlist-weekly.example"),
    subject="This week: how to answer 'when are you free for an interview?'",
    date=dh("2048-02-09 07:00", "America/Winnipeg"),
    body="""THE SHORTLIST - career notes every Sunday

1. "When are you free?" Offer two or three concrete windows, with your time zone.
2. Confirm in writing: repeat the date, time and zone back to the recruiter.
3. Running late? Say so before the start, with a new time.

Read online: https://shortlist-weekly.example/issues/212
Unsubscribe: https://shortlist-weekly.example/u/9f31""",
    extra=bulk("<weekly.shortlist-weekly.example>", "https://shortlist-weekly.example/u/9f31"),
    label=note("Newsletter about interview scheduling; no meeting."),
)

_b3 = vendor(
    KIRRA,
    "indeed-alert-asset-planning-adelaide",
    "bulk",
    frm=("Indeed", "alert@indeed.com"),
    subject="New jobs for asset planner in Adelaide SA",
    date=dh("2048-03-03 07:15", "Australia/Adelaide"),
    body="""asset planner jobs in Adelaide SA

Asset Planner - Onkaparinga Water Services - Adelaide SA
Senior Asset Analyst - Fleurieu Rail - Mile End SA
Maintenance Planner - Gawler Materials - Gawler SA

View all: https://au.indeed.com/jobs?q=asset+planner&l=Adelaide
Unsubscribe: https://au.indeed.com/alert/unsubscribe""",
    extra=bulk("<alerts.indeed.com>", "https://au.indeed.com/alert/unsubscribe"),
    label=note("Job alert."),
)

_b4 = vendor(
    RASHA,
    "talent-community-newsletter-dubai",
    "bulk",
    frm=("Dune Holdings Careers", "careers-news@dune-holdings.example"),
    subject="Life at Dune Holdings - February highlights and open roles",
    date=dh("2048-02-20 10:00", "Asia/Dubai"),
    body="""Dear Rasha,

Welcome to the February edition of our talent community newsletter: meet our new
graduate cohort, read about our Abu Dhabi expansion, and browse 22 open roles.

View open roles: https://dune-holdings.example/careers
Manage preferences: https://dune-holdings.example/prefs""",
    extra=bulk("<talent.dune-holdings.example>", "https://dune-holdings.example/prefs"),
    label=note("Talent community newsletter."),
)

_b5 = vendor(
    OLUWASEUN,
    "webinar-interview-masterclass-lagos",
    "bulk",
    frm=("Careerbridge Africa", "events@careerbridge-africa.example"),
    subject="Tonight 6pm WAT: Interview Masterclass (free, live)",
    date=dh("2048-02-26 09:00", "Africa/Lagos"),
    body="""Hello Oluwaseun,

Join our free live Interview Masterclass tonight at 6pm WAT: how to handle panel
interviews, salary questions and follow-ups. 4,000+ registered.

Save your seat: https://careerbridge-africa.example/live
Unsubscribe: https://careerbridge-africa.example/unsub""",
    extra=bulk("<events.careerbridge-africa.example>", "https://careerbridge-africa.example/unsub"),
    label=note("Promotional webinar with a time; not an interview."),
)

# --- Other: meetings settled the same way that are not the user's job interviews ---------
_x1 = say(
    PERPETUA,
    "coffee-thursday-mill-ave-networking",
    "other",
    other=("Gabe Montoya", "gabe.montoya@example.org"),
    subject="Coffee?",
    when="2048-02-04 20:45",
    top=f"""Great, Thursday at 8 at Cartel on Mill Ave. I'll tell you everything I know
about the credit union world (it won't take long).

Gabe

{ANDROID}""",
    quotes=(
        gq(
            "2048-02-04 19:10",
            "America/Phoenix",
            _me(PERPETUA),
            f"Hi Gabe, Joanna said you'd be up for a coffee. Would {d('2048-02-06')} early morning work?",
        ),
    ),
    label=note("Networking coffee settled in a thread; not a job interview."),
)

_x2 = say(
    BRAMWELL,
    "candidate-confirms-user-interviews-him",
    "other",
    other=("Dominic Ferreira", "dominic.ferreira@example.net"),
    subject="Junior signal technician - interview",
    when="2048-02-05 12:15",
    top="""Hi Mr. Easterby-Ogbu,

Thank you, confirming Tuesday at 2 PM at the Jackson Street office. I'll bring my
certifications. Looking forward to meeting you and your team.

Dominic Ferreira""",
    quotes=(
        gq(
            "2048-02-04 17:00",
            "America/Chicago",
            _me(BRAMWELL),
            f"Dominic, I'd like to interview you for the junior technician opening on my team. Does {d('2048-02-11')} at 2 PM work?",
        ),
    ),
    label=note("The user is the interviewer: a candidate confirms the user's interview of him."),
)

_x3 = say(
    CASSIUS,
    "client-kickoff-wednesday-freelance",
    "other",
    other=("Harpreet Gill", "harpreet@fraser-ridge-cider.example"),
    subject="Website rebuild kickoff",
    when="2048-01-20 10:40",
    top="""Let's do Wednesday at 10am for the kickoff then. I'll bring the brand guide and
the Shopify logins. See you at the cidery.

Harpreet
Fraser Ridge Cider""",
    quotes=(
        gq(
            "2048-01-19 21:00",
            "America/Vancouver",
            _me(CASSIUS),
            f"Hi Harpreet, contract signed and attached. I'm free {d('2048-01-22')} or Thursday for a kickoff.",
        ),
    ),
    label=note("A client meeting for freelance work; not a job interview."),
)

_x4 = say(
    JESSAMY,
    "reference-call-thursday-about-former-colleague",
    "other",
    other=("Nathan Kowalski", "nathan.kowalski@snake-river-health.example"),
    subject="Reference for Corinne Abbott",
    when="2048-03-10 09:45",
    top="""Perfect, thank you. I'll call you at 4:00 on Thursday, Mountain time. It should
take about 15 minutes.

Nathan Kowalski
Talent Acquisition, Snake River Health""",
    quotes=(
        gq(
            "2048-03-09 18:30",
            JESSAMY.timezone,
            _me(JESSAMY),
            "Hi Nathan, happy to be a reference for Corinne. Thursday afternoon after 3 works.",
        ),
    ),
    label=note("The user gives a reference for someone else; not her interview."),
)

_x5 = say(
    WAMBUI,
    "podcast-recording-friday-eleven",
    "other",
    other=("Muthoni Gachanja", "muthoni@tujenge-podcast.example"),
    subject="Tujenge Podcast - recording",
    when="2048-03-04 14:30",
    top="""Hi Wambui, we're set for the recording on Friday at 11am EAT at our Kilimani
studio. It's a relaxed 40-minute interview about women in actuarial science; I'll send
the questions on Wednesday.

Muthoni""",
    quotes=(
        gq(
            "2048-03-03 20:20",
            WAMBUI.timezone,
            _me(WAMBUI),
            "Hi Muthoni, I'd love to be on the show. Friday morning works.",
        ),
    ),
    label=note("Podcast recording where the user is interviewed; not a job interview."),
)

_x6 = say(
    SABRINA,
    "design-exercise-due-friday-arroyo",
    "other",
    other=("Nikhila Rao", "nikhila.rao@arroyo-health.example"),
    subject="Arroyo Health - Product Designer",
    when="2048-03-18 15:20",
    top=f"""Hi Sabrina,

Thanks for yesterday! The team would like you to do a short take-home exercise (brief
attached). Please send it back by {d("2048-03-27")} at 5pm PT. Plan on 3-4 hours; don't
polish it.

Nikhila""",
    label=note("Assessment with a deadline; no meeting scheduled."),
)

_x7 = say(
    ROWENA,
    "thank-you-note-after-interview-saltmarsh",
    "other",
    other=("Tom Fairbairn", "tom.fairbairn@saltmarsh-studio.example"),
    subject="Thank you",
    when="2048-01-22 18:10",
    mine=True,
    reply=False,
    top="""Dear Tom and Nell,

Thank you for your time this morning and for the tour of the studio. I really enjoyed
hearing about the Harbourside scheme and would love to be part of it.

Best wishes,
Rowena""",
    label=note("The user's thank-you note after the interview."),
)

_x8 = say(
    TAMSIN,
    "journalist-interview-for-article",
    "other",
    other=("Fergus Lamb", "fergus.lamb@harbour-business-review.example"),
    subject="Interview for our piece on super funds",
    when="2048-02-18 11:05",
    top="""Hi Tamsin, thanks for agreeing to chat for the piece. Shall we say Friday at 12:30
by phone? I'll only need 20 minutes and will send quotes for checking before we publish.

Fergus Lamb
Harbour Business Review""",
    label=note("A journalist's interview of the user for an article; not a job interview."),
    reply=False,
)

_x9 = say(
    JESSAMY,
    "thanks-for-applying-in-touch",
    "other",
    other=("Carla Vinton", "carla.vinton@treasure-valley-ag.example"),
    subject="Operations coordinator",
    when="2048-02-06 13:00",
    top="""Hi Jessamy, thanks for applying! I'm reviewing applications this week and will be
in touch by next Wednesday either way.

Carla""",
    quotes=(
        gq(
            "2048-02-05 19:20",
            JESSAMY.timezone,
            _me(JESSAMY),
            "Hi Carla, please find my resume attached for the operations coordinator role.",
        ),
    ),
    label=note("Acknowledgement by hand; no interview yet."),
)

_x10 = say(
    KOFI,
    "mentoring-session-saturday",
    "other",
    other=("Adwoa Mensah", "adwoa.mensah@example.com"),
    subject="Mentoring",
    when="2048-01-29 21:10",
    top="""Saturday at 10 at Osu then. Bring your CV and the two job descriptions and we'll
go through them line by line.

Adwoa""",
    quotes=(
        gq(
            "2048-01-29 19:02",
            KOFI.timezone,
            _me(KOFI),
            "Auntie Adwoa, thank you for offering. Is Saturday morning okay?",
        ),
    ),
    label=note("Mentoring session settled in a thread."),
)

_x11 = say(
    HARUKI,
    "informational-call-alumnus",
    "other",
    other=("Daniel Whitfield", "daniel.whitfield@example.org"),
    subject="Informational chat",
    when="2048-02-12 22:30",
    zone="America/Los_Angeles",
    top="""Hi Haruki, happy to chat about firmware roles in the Bay Area. How about your
Friday 9am JST (my Thursday 4pm)? I'll send a Zoom.

Daniel""",
    reply=False,
    label=note("An informational call with an alumnus; not an interview."),
)

_x12 = say(
    PERCIVAL,
    "agency-registration-meeting-hartwell",
    "other",
    other=("Hattie Brennan", "hattie.brennan@hartwell-crane.example"),
    subject="Registering with Hartwell & Crane",
    when="2048-01-06 10:15",
    top="""Hi Percival,

Lovely to speak earlier. As discussed, could you pop into our office on Wednesday at
9:30 for a registration chat so I can get to know you before putting you forward? Bring
photo ID for the right-to-work check.

Hattie""",
    reply=False,
    label=note("Agency registration meeting with the consultant, not an employer interview."),
)

MESSAGES = [
    _a1,
    _r1,
    _o1,
    _u1,
    _b1,
    _x1,
    _a2,
    _r2,
    _o2,
    _u2,
    _b2,
    _x2,
    _a3,
    _r3,
    _o3,
    _u3,
    _b3,
    _x3,
    _a4,
    _r4,
    _o4,
    _u4,
    _b4,
    _x4,
    _a5,
    _r5,
    _u5,
    _b5,
    _x5,
    _a6,
    _x6,
    _a7,
    _x7,
    _a8,
    _x8,
    _a9,
    _x9,
    _x10,
    _x11,
    _x12,
]
