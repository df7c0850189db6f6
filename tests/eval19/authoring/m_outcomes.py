"""Cancellations, scheduling requests, rejections, offers and automatic answers (English)."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AIGERIM,
    APPLE,
    AUTO,
    CHILIPIPER,
    DARIUS,
    DEVIKA,
    HOLLIS,
    IOANA,
    JIHO,
    KADRI,
    LAYAN,
    MAEVE,
    MALIA,
    NINO,
    OMER,
    OUTLOOK,
    PAYTON,
    PIM,
    RASHA,
    ROHAN,
    SHAYLA,
    SKYE,
    THAO,
    TREVOR,
    WANGARI,
    bounce_with,
    cal_mail,
    d,
    dh,
    google,
    lab,
    msgid,
    note,
    outlook,
    person,
    quoted,
    raw_mail,
    vendor,
)

_BOUNCED_INVITE = cal_mail(
    SHAYLA,
    "bounced-invite-inner",
    "interview",
    event={
        "start": "2038-11-12 10:00",
        "zone": "Canada Central Standard Time",
        "minutes": 45,
        "summary": "Call: Shayla Desjarlais-Ford / Payroll Specialist",
        "organizer": ("Shayla Desjarlais-Ford", "shayla.desjarlais@example.net"),
        "attendees": [("Gord Pelletier", "gord.pelletier@qu-appelle-coop.example")],
        "prodid": OUTLOOK,
    },
    date=dh("2038-11-05 13:20", "America/Regina"),
    style="outlook",
    frm=("Shayla Desjarlais-Ford", "shayla.desjarlais@example.net"),
    to="Gord Pelletier <gord.pelletier@qu-appelle-coop.example>",
    subject="Call: Shayla Desjarlais-Ford / Payroll Specialist",
    body="Hi Gord, sending the invite for Friday as discussed. Shayla",
    ics_mode="inline",
    label={},
)

MESSAGES = [
    google(
        KADRI,
        "google-cancelled-event-intro",
        "interview_cancelled",
        start="2038-11-02 16:00",
        zone="Europe/Tallinn",
        minutes=30,
        summary="Intro call: Kadri / Läänemere Games",
        organizer=("Mihkel Saar", "mihkel.saar@laanemere-games.example"),
        guests=[],
        date=dh("2038-10-30 10:12", "Europe/Tallinn"),
        caption="Eastern European Time - Tallinn",
        change="cancelled",
        sequence=1,
        label=lab(
            "2038-11-02 16:00",
            "Europe/Tallinn",
            "Europe/Tallinn",
            company="Läänemere Games",
            who=["Mihkel Saar"],
            emails=["mihkel.saar@laanemere-games.example"],
            notes="Google cancellation of a recruiter call.",
        ),
    ),
    cal_mail(
        IOANA,
        "apple-cancel-attachment",
        "interview_cancelled",
        event={
            "start": "2038-11-18 11:00",
            "zone": "Europe/Bucharest",
            "minutes": 60,
            "summary": "Interview Ioana Petrescu-Haldane",
            "organizer": ("Vlad Ionescu", "vlad.ionescu@carpati-cloud.example"),
            "attendees": [(None, "ioana.petrescu@example.net")],
            "prodid": APPLE,
            "method": "CANCEL",
            "sequence": 1,
        },
        date=dh("2038-11-15 22:05", "Europe/Bucharest"),
        style="apple",
        frm=("Vlad Ionescu", "vlad.ionescu@carpati-cloud.example"),
        subject="Cancelled: Interview Ioana Petrescu-Haldane",
        body='Vlad Ionescu has cancelled the event "Interview Ioana Petrescu-Haldane" on '
        f"{d('2038-11-18', 'uky')} at 11:00.\n\nSorry, we have paused this hire. I'll be in "
        "touch if it reopens.\n\nSent from my iPhone\n",
        ics_mode="attach",
        label=lab(
            "2038-11-18 11:00",
            "Europe/Bucharest",
            None,
            company="Carpați Cloud",
            who=["Vlad Ionescu"],
            emails=["vlad.ionescu@carpati-cloud.example"],
            notes="Apple METHOD:CANCEL attachment; hire paused.",
        ),
    ),
    person(
        HOLLIS,
        "this-thursday-role-on-hold",
        "interview_cancelled",
        frm=("Dee Kamakana", "dee.kamakana@sunset-ledger.example"),
        subject="Thursday",
        date=dh("2038-11-01 17:30", "America/Los_Angeles"),
        body="""Hi Hollis,

I'm really sorry, but I have to cancel our interview this Thursday at 11. Finance froze
the req this afternoon and I don't know yet when it'll open again. I'll reach out as
soon as I hear anything.

Dee""",
        label=lab(
            "2038-11-04 11:00",
            "America/Los_Angeles",
            None,
            company="Sunset Ledger",
            who=["Dee Kamakana"],
            emails=["dee.kamakana@sunset-ledger.example"],
            notes="'this Thursday at 11' resolved against the Date (Monday 1 November).",
        ),
    ),
    cal_mail(
        PAYTON,
        "chili-piper-meeting-canceled",
        "interview_cancelled",
        event={
            "start": "2038-11-15 11:30",
            "zone": "America/Indiana/Indianapolis",
            "minutes": 30,
            "summary": "Recruiter screen: Payton Albright-Osei / Juniper Ridge Health",
            "organizer": ("Kelsey Drummond", "kelsey.drummond@juniperridge-health.example"),
            "attendees": [("Payton Albright-Osei", "payton.albright@example.org")],
            "prodid": CHILIPIPER,
            "method": "CANCEL",
            "sequence": 1,
        },
        date=dh("2038-11-12 08:05", "America/Indiana/Indianapolis"),
        frm=("Chili Piper", "notifications@chilipiper.com"),
        subject="Meeting Canceled: Recruiter screen with Kelsey Drummond",
        body="""Your meeting has been canceled

Recruiter screen: Payton Albright-Osei / Juniper Ridge Health
Mon, Nov 15, 2038 11:30 AM EST
Canceled by: Kelsey Drummond
Reason: "Scheduling conflict on my side - I'll send you a new link shortly."
""",
        ics_mode="attach",
        label=lab(
            "2038-11-15 11:30",
            "America/Indiana/Indianapolis",
            None,
            company="Juniper Ridge Health",
            who=["Kelsey Drummond"],
            emails=["kelsey.drummond@juniperridge-health.example"],
            notes="Tool cancellation with METHOD:CANCEL; a new link only promised.",
        ),
    ),
    outlook(
        OMER,
        "canceled-teams-interview-karachi",
        "interview_cancelled",
        start="2038-11-20 12:00",
        zone="Pakistan Standard Time",
        minutes=60,
        subject="Interview - Omer Farooqui-Blake - Data Platform Lead",
        organizer=("Ayesha Malik", "ayesha.malik@margalla-systems.example"),
        attendees=[("Hassan Raza", "hassan.raza@margalla-systems.example")],
        method="CANCEL",
        prefix="Canceled: ",
        sequence=2,
        date=dh("2038-11-17 15:45", "Asia/Karachi"),
        text="Hi Omer, Hassan has been pulled into an audit this week; we will send new "
        "options shortly. Apologies. Ayesha",
        label=lab(
            "2038-11-20 12:00",
            "Pakistan Standard Time",
            "Asia/Karachi",
            company="Margalla Systems",
            role="Data Platform Lead",
            who=["Hassan Raza"],
            emails=["hassan.raza@margalla-systems.example"],
            notes="Exchange cancellation; new options only promised.",
        ),
    ),
    vendor(
        WANGARI,
        "recruitee-not-moving-forward",
        "rejection",
        frm=("Savanna Freight Careers", "no-reply@recruitee.com"),
        subject="Your application for Backend Engineer at Savanna Freight",
        date=dh("2038-11-11 12:00", "Africa/Nairobi"),
        body="""Hi Wangari,

Thank you for taking the time to interview with us. We were impressed by your
background, but after careful consideration we've decided to move forward with another
candidate whose experience more closely matches our current needs.

We'll keep your details on file and may reach out about future roles.

Best,
The Savanna Freight team""",
        label=note(
            "ATS rejection after interviews.",
            company="Savanna Freight",
            role="Backend Engineer",
        ),
    ),
    person(
        IOANA,
        "agency-relays-client-decision",
        "rejection",
        frm=("Callum Ferrars", "callum.ferrars@talentbridge-search.example"),
        subject="Drumul Verde - feedback",
        date=dh("2038-10-29 12:15", "Europe/Bucharest"),
        body="""Hi Ioana,

I've just had a call with Sorin at Drumul Verde. They really liked your consolidation
experience, but they've decided to go with a candidate who has run an SAP S/4 migration
end to end. I know that's disappointing - I'll keep you front of mind for the two other
finance roles I'm working on.

Callum""",
        label=note(
            "Agency relays the client's no after the interview.",
            company="Drumul Verde Logistics",
        ),
    ),
    person(
        SKYE,
        "filled-before-interview",
        "rejection",
        frm=("Jasper Coombe", "jasper.coombe@saltbush-water.example"),
        subject="Graduate Hydrologist - update",
        date=dh("2038-11-02 09:40", "Australia/Adelaide"),
        body="""Hi Skye,

A quick note about the graduate position you applied for alongside the Hydrologist role:
it has now been filled, so we won't be arranging interviews for it. This doesn't affect
your application for the Hydrologist role.

Regards,
Jasper""",
        label=note(
            "A second position filled before any interview: a rejection for that one.",
            company="Saltbush Water",
        ),
    ),
    person(
        THAO,
        "feedback-after-case-study",
        "rejection",
        frm=("Nguyễn Hoàng Nam", "nam.nguyen@songhong-logistics.example"),
        subject="Supply Chain Analyst - our decision",
        date=dh("2038-11-03 16:20", "Asia/Ho_Chi_Minh"),
        body="""Dear Thảo,

Thank you again for coming in. Bảo and I enjoyed the conversation, especially your ideas
on cross-docking. In the end we have offered the role to a candidate with more experience
in cold-chain operations.

Some feedback, if helpful: your analysis was strong, but the case presentation ran long
and we did not get to the cost part.

I wish you the best of luck.
Nam""",
        label=note(
            "Hiring manager declines with feedback.",
            company="Song Hong Logistics",
            role="Supply Chain Analyst",
        ),
    ),
    vendor(
        DEVIKA,
        "after-recorded-assessment",
        "rejection",
        frm=("Chinook Utilities Talent", "talent@chinook-utilities.example"),
        subject="Update on your application - Asset Engineer",
        date=dh("2038-10-19 10:00", "America/Edmonton"),
        body="""Dear Devika,

Thank you for completing the recorded video assessment for the Asset Engineer position.
After reviewing all submissions, we will not be inviting you to the interview stage.

We appreciate your interest in Chinook Utilities.

Talent Acquisition""",
        label=note(
            "No after a recorded assessment; no interview ever took place.",
            company="Chinook Utilities",
            role="Asset Engineer",
        ),
    ),
    vendor(
        HOLLIS,
        "offer-letter-ready-to-sign",
        "offer",
        frm=("Driftglass Games via Docusign", "dse@docusign.example.net"),
        subject="Please sign: Offer Letter - Senior Producer - Hollis Fairbanks-Ude",
        date=dh("2038-10-27 11:02", "America/Los_Angeles"),
        body="""Hank Morrow sent you a document to review and sign.

Offer Letter - Senior Producer
"Hollis - we're thrilled to offer you the role! Details inside; let me know if you want
to talk anything through." - Hank

REVIEW DOCUMENT

Do not share this email: it contains a secure link to the document.""",
        label=note(
            "Offer letter sent for e-signature.",
            company="Driftglass Games",
            role="Senior Producer",
        ),
    ),
    person(
        MAEVE,
        "verbal-offer-confirmation",
        "offer",
        frm=("Ronan Cheverie", "ronan.cheverie@tidewater-fisheries.example"),
        subject="Following up on Colette's call",
        date=dh("2038-11-03 15:10", "America/Halifax"),
        body="""Hi Maeve,

Colette tells me she reached you this afternoon - congratulations! To confirm what she
offered: the Operations Planner position at $71,500 a year, starting January 10, with
the full benefits package. The written offer will follow tomorrow. Please let me know your
decision by November 12.

Ronan""",
        label=note(
            "Confirms a verbal offer in writing.",
            company="Tidewater Fisheries",
            role="Operations Planner",
        ),
    ),
    person(
        ROHAN,
        "conditional-offer-checks",
        "offer",
        frm=("Georgia Lindqvist", "georgia.lindqvist@bremer-mutual.example"),
        subject="Conditional offer - Claims Analytics Lead",
        date=dh("2038-11-01 16:55", "Australia/Sydney"),
        body="""Hi Rohan,

I'm delighted to let you know the panel would like to offer you the Claims Analytics Lead
role. The offer is conditional on a police check and two satisfactory references; the
letter and the consent forms are attached.

Kind regards,
Georgia""",
        label=note(
            "Conditional offer pending checks.",
            company="Bremer Mutual Insurance",
            role="Claims Analytics Lead",
        ),
    ),
    person(
        NINO,
        "what-times-work-next-week",
        "scheduling_request",
        frm=("Giorgi Lomidze", "giorgi.lomidze@kazbegi-ventures.example"),
        subject="Chat next week?",
        date=dh("2038-10-15 12:30", "Asia/Tbilisi"),
        body="""Hi Nino,

Thanks for applying for the Finance Business Partner role. I'd like to set up a
45-minute interview with our CFO. What times work for you next week? Mornings Tbilisi time
are easiest for her.

Giorgi Lomidze
Recruiter, Kazbegi Ventures""",
        label=note(
            "Asks for times; nothing booked.",
            company="Kazbegi Ventures",
            role="Finance Business Partner",
        ),
    ),
    person(
        LAYAN,
        "assistant-asks-panel-windows",
        "scheduling_request",
        frm=("Reem Abu-Ghazaleh", "reem.abughazaleh@wadi-rum-ventures.example"),
        subject="Final panel - your availability",
        date=dh("2038-11-21 10:05", "Asia/Amman"),
        body=f"""Dear Layan,

I'm coordinating the final panel for the Head of Research role. Could you let me know
which of these windows you could make (each 2 hours, in Amman time)?

1. {d("2038-11-28", "uk")}, 09:00-11:00
2. {d("2038-11-29", "uk")}, 13:00-15:00
3. {d("2038-12-01", "uk")}, 10:00-12:00

Once I have your answer I'll send invitations from the panel members' calendars.

Best regards,
Reem Abu-Ghazaleh
Executive Assistant to the CEO""",
        label=note(
            "Assistant offers windows for a panel; nothing booked.",
            company="Wadi Rum Ventures",
        ),
    ),
    person(
        TREVOR,
        "can-we-find-another-day",
        "scheduling_request",
        frm=("Dana Kirkness", "dana.kirkness@prairie-grainco.example"),
        subject="Re: Interview next Tuesday",
        date=dh("2038-11-06 10:20", "America/Winnipeg"),
        in_reply_to=msgid("next-tuesday-winnipeg-time", "prairie-grainco.example"),
        body="""Hi Trevor,

Wes has been called out to the Brandon plant on Tuesday, so we'll need to move. Could you
send me two or three times that work for you later in the week or early the week after?

Sorry about this,
Dana""",
        label=note(
            "Request to move an interview without a new time.",
            company="Prairie GrainCo",
        ),
    ),
    person(
        JIHO,
        "agency-asks-availability-client",
        "scheduling_request",
        frm=("Erin Yoo", "erin.yoo@hanbit-search.example"),
        subject="Client interview - availability",
        date=dh("2038-10-19 11:15", "Asia/Seoul"),
        body="""Hi Ji-ho,

Great news: the client (a mobility platform in Pangyo) wants to meet you. Could you share
your availability for a one-hour interview between 2038-10-25 and 2038-10-29? Daytime
KST, any day except Wednesday.

Erin Yoo
Senior Consultant, Hanbit Search""",
        label=note("Agency asks for availability; nothing booked."),
    ),
    vendor(
        AIGERIM,
        "calendly-link-from-founder",
        "scheduling_request",
        frm=("Timur Akhmetov", "timur@steppewind-ai.example"),
        subject="Intro chat?",
        date=dh("2038-10-22 20:12", "Asia/Almaty"),
        body="""Hi Aigerim,

Loved your write-up on retrieval evaluation. Would you be up for an informal interview
for our ML engineer opening? Pick any 30-minute slot here:
https://calendly.com/timur-steppewind/30min

Timur
Co-founder, Steppewind AI""",
        label=note("Booking link from a founder; nothing booked.", company="Steppewind AI"),
    ),
    bounce_with(
        SHAYLA,
        "bounce-carrying-meeting-request",
        reporter="mailer-daemon@mx.example.net",
        date=dh("2038-11-05 13:21", "America/Regina"),
        text="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     gord.pelletier@qu-appelle-coop.example

Technical details of permanent failure:
The recipient's mailbox does not exist (550 5.1.1 User unknown).
""",
        status="""Reporting-MTA: dns; mx.example.net
Arrival-Date: Fri, 05 Nov 2038 19:20:41 +0000

Final-Recipient: rfc822; gord.pelletier@qu-appelle-coop.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
        original=_BOUNCED_INVITE,
        label=note(
            "Bounce of the user's own meeting request; the calendar inside is returned mail.",
        ),
    ),
    raw_mail(
        MALIA,
        "ooo-quoting-invite",
        "auto_reply",
        frm=("Graham Ostrowski", "graham.ostrowski@kelpline-bio.example"),
        subject="Automatic reply: Final round - Thursday 11/18",
        date=dh("2038-11-11 09:42", "Pacific/Honolulu"),
        extra=AUTO,
        body=f"""I'm out of the office and will be back on {d("2038-11-15", "us")}.
For anything urgent, contact recruiting@kelpline-bio.example.

Graham
"""
        + quoted(
            "2038-11-11 09:41",
            "Pacific/Honolulu",
            "Malia Kahale-Brandt <malia.kahale@example.org>",
            """Hi Graham, thanks - the 18th at 8am my time is perfect. See you then!

Malia""",
        ),
        label=note(
            "Out-of-office answer quoting the user's acceptance; back on 15 November.",
            return_date="2038-11-15",
        ),
    ),
    vendor(
        PIM,
        "careers-autoresponder-received",
        "auto_reply",
        frm=("Siam Harbour Careers", "careers@siam-harbour.example"),
        subject="Re: Application - Logistics Coordinator",
        date=dh("2038-10-11 09:00", "Asia/Bangkok"),
        extra=AUTO,
        body="""Thank you for contacting Siam Harbour Careers. This is an automated response
to confirm that we have received your email. Due to the high volume of applications, we
can only contact shortlisted candidates for an interview.

Please do not reply to this message.""",
        label=note("Careers mailbox autoresponder."),
    ),
    raw_mail(
        DARIUS,
        "thanksgiving-vacation-reply",
        "auto_reply",
        frm=("Lorna Pike", "lorna.pike@hudson-yardworks.example"),
        subject="Out of Office: Re: Interview availability",
        date=dh("2038-11-24 16:03", "America/New_York"),
        extra=AUTO,
        body=f"""Thanks for your note! I'm out for the Thanksgiving holiday and will be back on
{d("2038-11-29", "us")}. I'll respond to your message then.

Lorna Pike
Talent Partner, Hudson Yardworks""",
        label=note("Holiday out-of-office with a return date.", return_date="2038-11-29"),
    ),
    raw_mail(
        RASHA,
        "mailbox-no-longer-monitored",
        "auto_reply",
        frm=("Dhow Advisory Recruitment", "recruitment@dhow-advisory.example"),
        subject="Automatic reply: Case interview (part 2 of 2)",
        date=dh("2038-11-25 17:10", "Asia/Dubai"),
        extra=AUTO,
        body="""This mailbox is no longer monitored. Please contact your recruiter directly or
write to talent@dhow-advisory.example.""",
        label=note("Unmonitored mailbox answer."),
    ),
]
