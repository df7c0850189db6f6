"""Tools in a human inbox: invitations that follow a thread, scheduling links and their
bookings, ATS notices, Exchange updates and cancellations with Windows zone names."""

from __future__ import annotations

from tests.eval29.authoring.kit import (
    ANSELM,
    ASHBY,
    BRAMWELL,
    CALENDLY,
    CASSIUS,
    GOODTIME,
    GREENHOUSE,
    HONORA,
    LEANDRA,
    LEVER,
    MAEVE,
    MODERNLOOP,
    MSBOOKINGS,
    OSRIC,
    PERCIVAL,
    ROSALIND,
    SABRINA,
    SIDDHANT,
    TAMSIN,
    THEODORA,
    TOBIAS,
    WEIJIE,
    WORKDAY,
    ZOOM,
    ampm,
    booking,
    cal_mail,
    d,
    google,
    gq,
    iso,
    lab,
    note,
    outlook,
    t12,
    vendor,
)

# 1. The Google invitation that follows the settled thread.
_S1 = "2048-01-21 10:30"
_m1 = google(
    TOBIAS,
    "google-invite-after-thread-brushwood",
    "interview",
    start=_S1,
    zone="America/Chicago",
    minutes=45,
    summary="Tobias Wrennick-Adeyemi / Harriet Solberg - Brushwood Logistics",
    organizer=("Joan Perkowski", "joan.perkowski@brushwood-logistics.example"),
    guests=[("Harriet Solberg", "harriet.solberg@brushwood-logistics.example")],
    date="Wed, 15 Jan 2048 08:31:10 -0600",
    caption="Central Time - Chicago",
    details="Video interview with Harriet Solberg, VP Engineering. Scheduled by Joan Perkowski (Talent).",
    label=lab(
        _S1,
        "America/Chicago",
        "America/Chicago",
        company="Brushwood Logistics",
        who=["Harriet Solberg"],
        emails=["harriet.solberg@brushwood-logistics.example"],
        notes="Calendar invitation sent after the user's 'Confirmed' reply; organiser arranges.",
    ),
)

# 2. Exchange request with a Windows zone name, after a phone call; after the US change.
_S2 = "2048-03-26 13:30"
_m2 = outlook(
    THEODORA,
    "teams-panel-after-phone-call-brightwater",
    "interview",
    start=_S2,
    zone="Eastern Standard Time",
    minutes=60,
    subject="Panel interview - Theodora Kinsella-Abara (Treasury Analyst)",
    organizer=("Marcus Feld", "marcus.feld@brightwater-bank.example"),
    attendees=[("Yolanda Pryce", "yolanda.pryce@brightwater-bank.example")],
    date="Thu, 19 Mar 2048 16:02:00 -0400",
    text="""Theodora, as discussed on the phone just now, here's the invite for the panel.
Yolanda Pryce and I will interview you; we'll spend the last 15 minutes on your questions.

Marcus Feld
Treasurer, Brightwater Bank""",
    label=lab(
        _S2,
        "Eastern Standard Time",
        "America/New_York",
        company="Brightwater Bank",
        role="Treasury Analyst",
        who=["Marcus Feld", "Yolanda Pryce"],
        emails=["marcus.feld@brightwater-bank.example", "yolanda.pryce@brightwater-bank.example"],
        notes="Windows TZID Eastern Standard Time; the start is after 8 March (EDT).",
    ),
)

# 3. A Zoom invitation sent by the hiring manager after they agreed by mail.
_S3 = "2048-02-25 11:00"
_ZOOMTXT = f"""Hi Sabrina, as promised here's the Zoom for {d(_S3)} at {t12(_S3)} Pacific.

Ilse Brandvold is inviting you to a scheduled Zoom meeting.

Topic: Sabrina / Ilse - Research Scientist chat
Time: Feb 25, 2048 11:00 AM Pacific Time (US and Canada)

Join Zoom Meeting
https://zoom.us/j/83310942275?pwd=Tk9xQ2ZqR0lHa1FvV0Ix

Meeting ID: 833 1094 2275
Passcode: 561207
"""
_m3 = cal_mail(
    SABRINA,
    "zoom-invite-after-agreeing-quillback",
    "interview",
    event={
        "summary": "Sabrina / Ilse - Research Scientist chat",
        "prodid": ZOOM,
        "organizer": ("Ilse Brandvold", "ilse.brandvold@quillback-bio.example"),
        "attendees": [("Sabrina Ludgate-Mbeki", "sabrina.ludgate@example.net")],
        "start": _S3,
        "minutes": 45,
        "zone": "America/Los_Angeles",
        "location": "https://zoom.us/j/83310942275?pwd=Tk9xQ2ZqR0lHa1FvV0Ix",
        "description": _ZOOMTXT,
    },
    date="Thu, 20 Feb 2048 14:12:40 -0800",
    style="zoom",
    frm=("Ilse Brandvold", "ilse.brandvold@quillback-bio.example"),
    subject="Zoom: Sabrina / Ilse - Research Scientist chat",
    body=_ZOOMTXT
    + gq(
        "2048-02-20 13:50",
        "America/Los_Angeles",
        "Sabrina Ludgate-Mbeki <sabrina.ludgate@example.net>",
        "Wednesday at 11 is great, thank you!",
    ),
    label=lab(
        _S3,
        "America/Los_Angeles",
        "America/Los_Angeles",
        company="Quillback Bio",
        role="Research Scientist",
        who=["Ilse Brandvold"],
        emails=["ilse.brandvold@quillback-bio.example"],
        notes="Zoom invitation from the hiring manager; company from the domain only.",
    ),
)

# 4. Calendly: the booking confirmation after the recruiter sent her link.
_S4 = "2048-02-03 12:30"
_CAL_BODY = f"""Hi Bramwell Easterby-Ogbu,

A new event has been scheduled.

Event Type: 30 Minute Phone Screen
Invitee: Bramwell Easterby-Ogbu
Event Date/Time: {ampm(_S4)} - Monday, February 3, 2048 (Central Time - US & Canada)
Host: Keisha Odom, Lumen Fields Solar

Phone: Keisha will call you at the number you provided.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4b1e9d0a-77aa-4c35-9f1e-6a3b2d5f81c2
Reschedule: https://calendly.com/reschedulings/4b1e9d0a-77aa-4c35-9f1e-6a3b2d5f81c2

Powered by Calendly.com"""
_m4 = booking(
    BRAMWELL,
    "calendly-phone-screen-lumen-fields",
    "interview",
    prodid=CALENDLY,
    start=_S4,
    zone="America/Chicago",
    minutes=30,
    summary="30 Minute Phone Screen between Keisha Odom and Bramwell Easterby-Ogbu",
    organizer=("Keisha Odom", "keisha.odom@lumen-fields-solar.example"),
    attendees=[],
    date="Tue, 28 Jan 2048 09:14:03 -0600",
    body=_CAL_BODY,
    frm=("Calendly", "notifications@calendly.com"),
    subject="Confirmed: 30 Minute Phone Screen with Keisha Odom on Monday, February 3, 2048",
    label=lab(
        _S4,
        "America/Chicago",
        "America/Chicago",
        company="Lumen Fields Solar",
        who=["Keisha Odom"],
        emails=["keisha.odom@lumen-fields-solar.example"],
        notes="Calendly booking; the recruiter hosts and holds the phone screen.",
    ),
)

# 5. GoodTime: the confirmation with the panel.
_S5 = "2048-02-27 13:00"
_GT_BODY = f"""Hi Osric,

Your interview with Maumee Batteries is confirmed.

Date: {d(_S5, "usy")}
Time: 1:00 PM - 2:30 PM Eastern Time (US & Canada)
Location: Google Meet, https://meet.google.com/xqv-btpd-wra

Your interviewers:
1:00 PM  Felicity Ngata, Battery Systems Lead
1:45 PM  Rohan Kapadia, Principal Engineer

If you need to reschedule, reply to this email and your coordinator, Ainsley Park, will
help.

Sent via GoodTime"""
_m5 = booking(
    OSRIC,
    "goodtime-panel-confirmed-maumee",
    "interview",
    prodid=GOODTIME,
    start=_S5,
    zone="America/Detroit",
    minutes=90,
    summary="Interview: Osric Pendleford-Nnaji - Maumee Batteries",
    organizer=("Ainsley Park", "ainsley.park@maumee-batteries.example"),
    attendees=[
        ("Felicity Ngata", "felicity.ngata@maumee-batteries.example"),
        ("Rohan Kapadia", "rohan.kapadia@maumee-batteries.example"),
    ],
    date="Fri, 21 Feb 2048 10:40:00 -0500",
    body=_GT_BODY,
    frm=("Ainsley Park via GoodTime", "scheduling@goodtime.io"),
    subject="Interview confirmed: Maumee Batteries",
    label=lab(
        _S5,
        "America/Detroit",
        "America/Detroit",
        end=iso("2048-02-27 14:30", "America/Detroit"),
        company="Maumee Batteries",
        who=["Felicity Ngata", "Rohan Kapadia"],
        emails=[
            "felicity.ngata@maumee-batteries.example",
            "rohan.kapadia@maumee-batteries.example",
        ],
        notes="GoodTime; the coordinator only arranges.",
    ),
)

# 6. ModernLoop: a schedule for an onsite.
_S6 = "2048-03-03 09:00"
_ML_BODY = f"""Hello Anselm,

Here is your interview schedule with Foothills Grain Co-op for {d(_S6, "usy")}
(Mountain Time).

9:00 AM - 9:45 AM   Hiring manager: Dorothea Klassen
9:45 AM - 10:30 AM  Team: Jerome Batiste and Ana Lucia Reyes

Address: 4410 Blackfoot Trail SE, Calgary. Check in at reception.

Scheduled with ModernLoop on behalf of Foothills Grain Co-op recruiting."""
_m6 = booking(
    ANSELM,
    "modernloop-onsite-schedule-foothills",
    "interview",
    prodid=MODERNLOOP,
    start=_S6,
    zone="America/Edmonton",
    minutes=90,
    summary="Onsite interview - Anselm Truscott-Eze",
    organizer=("Foothills Grain Recruiting", "recruiting@foothills-grain.example"),
    attendees=[
        ("Dorothea Klassen", "dorothea.klassen@foothills-grain.example"),
        ("Jerome Batiste", "jerome.batiste@foothills-grain.example"),
        ("Ana Lucia Reyes", "analucia.reyes@foothills-grain.example"),
    ],
    date="Wed, 26 Feb 2048 15:02:00 -0700",
    body=_ML_BODY,
    frm=("Foothills Grain Co-op Recruiting", "notifications@modernloop.io"),
    subject="Your interview schedule with Foothills Grain Co-op",
    label=lab(
        _S6,
        "America/Edmonton",
        "America/Edmonton",
        company="Foothills Grain Co-op",
        who=["Dorothea Klassen", "Jerome Batiste", "Ana Lucia Reyes"],
        emails=[
            "dorothea.klassen@foothills-grain.example",
            "jerome.batiste@foothills-grain.example",
            "analucia.reyes@foothills-grain.example",
        ],
        notes="ModernLoop schedule; labelled from the first session.",
    ),
)

# 7. Microsoft Bookings in Singapore, with a Windows zone.
_S7 = "2048-03-09 16:00"
_MB_BODY = f"""Your booking is confirmed

Service: Interview - Data Platform Engineer
Date: {d(_S7, "uk")} 2048
Time: 4:00 PM - 5:00 PM (UTC+08:00) Kuala Lumpur, Singapore
Staff: Lim Boon Keat

Join the Teams meeting from your calendar entry. To change or cancel, use the link in
this email.

Straits Harbour Digital Careers"""
_m7 = booking(
    WEIJIE,
    "ms-bookings-confirmed-straits-harbour",
    "interview",
    prodid=MSBOOKINGS,
    start=_S7,
    zone="Singapore Standard Time",
    minutes=60,
    summary="Interview - Data Platform Engineer",
    organizer=("Straits Harbour Digital Careers", "careers@straits-harbour.example"),
    attendees=[("Lim Boon Keat", "boonkeat.lim@straits-harbour.example")],
    date="Tue, 03 Mar 2048 10:05:00 +0800",
    body=_MB_BODY,
    frm=("Straits Harbour Digital Careers", "careers@straits-harbour.example"),
    subject=f"Booking confirmed: Interview - Data Platform Engineer on {d(_S7, 'uk')} 2048",
    label=lab(
        _S7,
        "Singapore Standard Time",
        "Asia/Singapore",
        company="Straits Harbour Digital",
        role="Data Platform Engineer",
        who=["Lim Boon Keat"],
        emails=["boonkeat.lim@straits-harbour.example"],
        notes="Microsoft Bookings with TZID Singapore Standard Time.",
    ),
)

# 8. Greenhouse confirmation sent after a thread with the recruiter.
_S8 = "2048-02-18 14:00"
_GH_BODY = f"""Hi Rosalind,

Thanks for sending your availability! Your interview for Quality Engineer at Cordillera
Optics has been scheduled:

{d(_S8, "usy")}
2:00 PM - 3:00 PM MST
Video call: https://cordillera-optics.example/meet/qe-rosalind

You'll meet with:
Hollis Braddock - Quality Manager
Seo-yeon Park - Senior Process Engineer

Best,
Ximena Ballard
Cordillera Optics Recruiting"""
_m8 = booking(
    ROSALIND,
    "greenhouse-after-availability-cordillera",
    "interview",
    prodid=GREENHOUSE,
    start=_S8,
    zone="America/Denver",
    minutes=60,
    summary="Interview: Rosalind Quarshie-Beaumont for Quality Engineer",
    organizer=("Ximena Ballard", "ximena.ballard@cordillera-optics.example"),
    attendees=[
        ("Hollis Braddock", "hollis.braddock@cordillera-optics.example"),
        ("Seo-yeon Park", "seoyeon.park@cordillera-optics.example"),
    ],
    date="Wed, 12 Feb 2048 11:20:00 -0700",
    body=_GH_BODY,
    frm=("Ximena Ballard", "no-reply@greenhouse.io"),
    subject="Interview Confirmation: Quality Engineer at Cordillera Optics",
    label=lab(
        _S8,
        "America/Denver",
        "America/Denver",
        company="Cordillera Optics",
        role="Quality Engineer",
        who=["Hollis Braddock", "Seo-yeon Park"],
        emails=[
            "hollis.braddock@cordillera-optics.example",
            "seoyeon.park@cordillera-optics.example",
        ],
        notes="Greenhouse; the recruiter only arranges.",
    ),
)

# 9. Lever, Sydney.
_S9 = "2048-03-04 14:00"
_LV_BODY = f"""Hi Tamsin,

Thanks for chatting with me yesterday. As agreed, your interview for Product Analyst at
Wattle Street Health is booked:

When: {d(_S9, "uk")}, 2:00pm - 3:00pm (Australia/Sydney)
Where: Google Meet
With: Harriet Oakes (Head of Product) and Dinesh Ramanathan (Analytics Lead)

Cheers,
Lucy Tran
Talent, Wattle Street Health"""
_m9 = booking(
    TAMSIN,
    "lever-booked-as-agreed-wattle-street",
    "interview",
    prodid=LEVER,
    start=_S9,
    zone="Australia/Sydney",
    minutes=60,
    summary="Interview: Tamsin Wyndham-Ocloo - Product Analyst",
    organizer=("Lucy Tran", "lucy.tran@wattle-street-health.example"),
    attendees=[
        ("Harriet Oakes", "harriet.oakes@wattle-street-health.example"),
        ("Dinesh Ramanathan", "dinesh.ramanathan@wattle-street-health.example"),
    ],
    date="Thu, 27 Feb 2048 12:15:00 +1100",
    body=_LV_BODY,
    frm=("Lucy Tran", "no-reply@hire.lever.co"),
    subject="Your interview with Wattle Street Health",
    label=lab(
        _S9,
        "Australia/Sydney",
        "Australia/Sydney",
        company="Wattle Street Health",
        role="Product Analyst",
        who=["Harriet Oakes", "Dinesh Ramanathan"],
        emails=[
            "harriet.oakes@wattle-street-health.example",
            "dinesh.ramanathan@wattle-street-health.example",
        ],
        notes="Lever; names the IANA zone; summer time.",
    ),
)

# 10. Ashby, Toronto, after the change.
_S10 = "2048-03-13 15:00"
_AS_BODY = f"""Hi Leandra,

You're confirmed for your Case Study Interview with Keewatin Analytics.

{d(_S10, "usy")} at 3:00 PM EDT (45 min)
Interviewer: Samir Haddadi

Join: https://meet.google.com/pkr-qzve-mhd

Reply to this email if you need to make a change.

Powered by Ashby"""
_m10 = booking(
    LEANDRA,
    "ashby-case-study-keewatin",
    "interview",
    prodid=ASHBY,
    start=_S10,
    zone="America/Toronto",
    minutes=45,
    summary="Case Study Interview - Leandra Fairweather-Kim",
    organizer=("Keewatin Analytics Recruiting", "recruiting@keewatin-analytics.example"),
    attendees=[("Samir Haddadi", "samir.haddadi@keewatin-analytics.example")],
    date="Mon, 09 Mar 2048 09:30:00 -0400",
    body=_AS_BODY,
    frm=("Keewatin Analytics", "no-reply@ashbyhq.com"),
    subject="Interview confirmed: Case Study Interview with Keewatin Analytics",
    label=lab(
        _S10,
        "America/Toronto",
        "America/Toronto",
        company="Keewatin Analytics",
        who=["Samir Haddadi"],
        emails=["samir.haddadi@keewatin-analytics.example"],
        notes="Ashby; EDT after the 8 March change.",
    ),
)

# 11. Workday in India.
_S11 = "2048-02-26 11:00"
_WD_BODY = f"""Dear Siddhant Banerjee,

Your interview for the position of Process Development Scientist (Req. R-20481) has been
scheduled.

Date: {d(_S11, "uk")} 2048
Time: 11:00 AM - 12:00 PM India Standard Time
Mode: Microsoft Teams (link in the calendar invitation)
Interview panel: Dr. Meera Kothari, Arvind Salunkhe

Regards,
Deccan Biologics Talent Acquisition"""
_m11 = booking(
    SIDDHANT,
    "workday-scheduled-deccan-biologics",
    "interview",
    prodid=WORKDAY,
    start=_S11,
    zone="Asia/Kolkata",
    minutes=60,
    summary="Interview - Process Development Scientist",
    organizer=("Deccan Biologics Talent Acquisition", "talent@deccan-biologics.example"),
    attendees=[
        ("Meera Kothari", "meera.kothari@deccan-biologics.example"),
        ("Arvind Salunkhe", "arvind.salunkhe@deccan-biologics.example"),
    ],
    date="Thu, 20 Feb 2048 18:10:00 +0530",
    body=_WD_BODY,
    frm=("Deccan Biologics", "deccanbiologics@myworkday.com"),
    subject="Interview Scheduled: Process Development Scientist",
    label=lab(
        _S11,
        "Asia/Kolkata",
        "Asia/Kolkata",
        company="Deccan Biologics",
        role="Process Development Scientist",
        who=["Meera Kothari", "Arvind Salunkhe"],
        emails=[
            "meera.kothari@deccan-biologics.example",
            "arvind.salunkhe@deccan-biologics.example",
        ],
        notes="Workday notification with its calendar.",
    ),
)

# 12. Exchange update: the time moved, London, GMT Standard Time.
_S12 = "2048-02-12 15:30"
_m12 = outlook(
    PERCIVAL,
    "updated-teams-moved-later-wisbech-larder",
    "interview",
    start=_S12,
    zone="GMT Standard Time",
    minutes=45,
    subject="Interview: Percival Amberley-Ekwueme - Operations Analyst",
    organizer=("Priti Chauhan", "priti.chauhan@wisbech-larder.example"),
    attendees=[("Graham Oduya", "graham.oduya@wisbech-larder.example")],
    date="Mon, 10 Feb 2048 12:40:00 +0000",
    text="""Hi Percival, moving us back an hour as agreed on the phone - Graham is now free
from 15:30. Same Teams link.

Priti Chauhan, Operations Manager, Wisbech Larder Foods""",
    sequence=1,
    prefix="Updated: ",
    label=lab(
        _S12,
        "GMT Standard Time",
        "Europe/London",
        company="Wisbech Larder Foods",
        role="Operations Analyst",
        who=["Priti Chauhan", "Graham Oduya"],
        emails=["priti.chauhan@wisbech-larder.example", "graham.oduya@wisbech-larder.example"],
        notes="Exchange update (SEQUENCE 1); the manager sends and interviews.",
    ),
)

# 13. Exchange cancellation, Winnipeg.
_S13 = "2048-03-05 10:00"
_m13 = outlook(
    MAEVE,
    "canceled-teams-interview-assiniboine",
    "interview_cancelled",
    start=_S13,
    zone="Central Standard Time",
    minutes=60,
    subject="Interview - Maeve Ostrander-Ibe / GIS Analyst",
    organizer=("Harold Tkachuk", "harold.tkachuk@assiniboine-utilities.example"),
    attendees=[],
    date="Tue, 03 Mar 2048 08:05:00 -0600",
    text="""Maeve, apologies - we have to cancel Thursday. The posting is being re-scoped.
I'll be in touch.

Harold""",
    method="CANCEL",
    sequence=2,
    prefix="Canceled: ",
    label=lab(
        _S13,
        "Central Standard Time",
        "America/Chicago",
        company="Assiniboine Utilities",
        role="GIS Analyst",
        who=["Harold Tkachuk"],
        emails=["harold.tkachuk@assiniboine-utilities.example"],
        notes="Exchange cancellation; Windows zone Central Standard Time.",
    ),
)

# 14. Calendly: the host cancels.
_S14 = "2048-03-24 11:00"
_CC_BODY = f"""Hi Cassius Delamere-Obi,

Jana Whitlock has canceled the following event:

Event Type: Intro call (30 min)
Event Date/Time: {ampm(_S14)} - {d(_S14, "usy")} (Pacific Time - US & Canada)

Reason for canceling: "So sorry, I have to fly to Toronto that day. I'll send a new
link."

Powered by Calendly.com"""
_m14 = booking(
    CASSIUS,
    "calendly-host-canceled-sitka-spruce",
    "interview_cancelled",
    prodid=CALENDLY,
    start=_S14,
    zone="America/Vancouver",
    minutes=30,
    summary="Intro call (30 min) between Jana Whitlock and Cassius Delamere-Obi",
    organizer=("Jana Whitlock", "jana.whitlock@sitka-spruce-software.example"),
    attendees=[],
    date="Thu, 19 Mar 2048 17:44:00 -0700",
    body=_CC_BODY,
    frm=("Calendly", "notifications@calendly.com"),
    subject=f"Canceled: Intro call (30 min) with Jana Whitlock on {d(_S14, 'usy')}",
    method="CANCEL",
    label=lab(
        _S14,
        "America/Vancouver",
        "America/Vancouver",
        who=["Jana Whitlock"],
        emails=["jana.whitlock@sitka-spruce-software.example"],
        notes="Calendly host cancellation; company only in the domain.",
    ),
)

# 15. A Google invitation for a networking coffee (not an interview).
_m15 = google(
    HONORA,
    "google-invite-networking-coffee-kaimuki",
    "other",
    start="2048-02-13 07:30",
    zone="Pacific/Honolulu",
    minutes=45,
    summary="Coffee - Honora / Keoni",
    organizer=("Keoni Akau", "keoni.akau@example.net"),
    guests=[],
    date="Sun, 09 Feb 2048 18:22:00 -1000",
    caption="Hawaii-Aleutian Standard Time",
    details="Coffee at Kaimuki, as promised. Happy to tell you how I moved into UX research.",
    meet=None,
    label=note("Networking coffee set after an introduction; no job interview."),
)

# 16. GoodTime: pick a time (a request, nothing booked).
_m16 = vendor(
    OSRIC,
    "goodtime-pick-a-time-maumee",
    "scheduling_request",
    frm=("Ainsley Park via GoodTime", "scheduling@goodtime.io"),
    subject="Maumee Batteries: please choose your interview time",
    date="Fri, 14 Feb 2048 16:05:00 -0500",
    body="""Hi Osric,

Thanks for your time on the phone today! Please choose a time for your panel interview
with Maumee Batteries (90 minutes, Google Meet). Times are shown in Eastern Time.

Choose a time: https://app.goodtime.io/s/mb-4f8a2c71

Ainsley Park
Recruiting Coordinator, Maumee Batteries

Sent via GoodTime""",
    label=note("Self-scheduling link; nothing booked yet (the booking comes later)."),
)

MESSAGES = [
    _m1,
    _m2,
    _m3,
    _m4,
    _m5,
    _m6,
    _m7,
    _m8,
    _m9,
    _m10,
    _m11,
    _m12,
    _m13,
    _m14,
    _m15,
    _m16,
]
