"""Cancellations, rejections and offers in English."""

from __future__ import annotations

from tests.eval.authoring.common import html_page, paras
from tests.eval17.authoring.kit import (
    ANGELICA,
    BILAL,
    CALENDLY,
    CHUNHEI,
    ELLIOT,
    GIULIA,
    HARRIET,
    JAMAL,
    KAVYA,
    KHOA,
    LACHLAN,
    MARCUS,
    TATUM,
    TEMI,
    ampm,
    d,
    dh,
    exchange,
    gcal,
    lab,
    note,
    person,
    vendor,
    with_cal,
)

MESSAGES = []
add = MESSAGES.append

# --- Cancellations (the old time is the label) ----------------------------------------------

# 1. Calendly: the host cancels with a reason.
_body = (
    "Hi Elliot Marchbanks-Oyelowo,\n\n"
    "Your event has been canceled.\n\n"
    "Event Type:\nHiring Manager Interview - Gameplay Engineer\n\n"
    f"Event Date/Time:\n{ampm('2036-10-23 14:00')} - {d('2036-10-23', 'usy')} "
    "(Pacific Time - US & Canada)\n\n"
    "Canceled by:\nNoor Castellanos\n\n"
    "Reason for canceling:\n\"So sorry - the team is at an offsite that week. I'll send new "
    'times shortly."\n\nPowered by Calendly.com\n'
)
add(
    with_cal(
        ELLIOT,
        "anchorpoint-calendly-host-canceled",
        "interview_cancelled",
        event={
            "start": "2036-10-23 14:00",
            "zone": None,
            "utc_zone": "America/Los_Angeles",
            "minutes": 45,
            "summary": "Hiring Manager Interview - Gameplay Engineer",
            "organizer": ("Noor Castellanos", "noor@anchorpoint-studios.example"),
            "attendees": [("Elliot Marchbanks-Oyelowo", "elliot.marchbanks@example.org")],
            "prodid": CALENDLY,
            "method": "CANCEL",
            "status": "CANCELLED",
            "sequence": 1,
        },
        date=dh("2036-10-17 11:02", "America/Los_Angeles"),
        style="calendly.com",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Noor Castellanos", "noor@anchorpoint-studios.example"),
        subject=(
            "Canceled: Hiring Manager Interview - Gameplay Engineer with Noor Castellanos on "
            f"{d('2036-10-23', 'usy')}"
        ),
        body=_body,
        rich=html_page(paras(_body)),
        ics_mode="attach",
        label=lab(
            "2036-10-23 14:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Anchorpoint Studios",
            role="Gameplay Engineer",
            who=["Noor Castellanos"],
            emails=["noor@anchorpoint-studios.example"],
            notes="host cancels; new times promised",
        ),
    )
)

# 2. Google's older layout, cancelled.
add(
    gcal(
        BILAL,
        "indus-pay-gcal-cancelled",
        "interview_cancelled",
        start="2036-11-03 15:00",
        zone="Asia/Karachi",
        minutes=60,
        summary="Final Interview - Bilal Siddiqui-Raza (CTO round)",
        organizer=("Mahnoor Qazi", "mahnoor.qazi@induspay.example"),
        guests=[
            ("Mahnoor Qazi", "mahnoor.qazi@induspay.example"),
            ("Usman Chaudhry", "usman.chaudhry@induspay.example"),
        ],
        date=dh("2036-10-31 18:20", "Asia/Karachi"),
        cancelled=True,
        sequence=2,
        note_text="CTO round with Usman Chaudhry.",
        meet="xbo-ruqk-jaw",
        label=lab(
            "2036-11-03 15:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="IndusPay",
            who=["Usman Chaudhry"],
            emails=["usman.chaudhry@induspay.example"],
            notes="Google cancellation notice",
        ),
    )
)

# 3. Exchange cancellation after the UK switch.
add(
    exchange(
        HARRIET,
        "canalside-exchange-canceled",
        "interview_cancelled",
        start="2036-10-29 10:00",
        zone="GMT Standard Time",
        minutes=60,
        subject="Interview - Harriet Penhaligon-Obi - Insight Manager",
        prefix="Canceled: ",
        cancelled=True,
        sequence=1,
        organizer=("Priti Lakhani", "priti.lakhani@canalside-retail.example"),
        attendees=[("Oliver Brandreth", "oliver.brandreth@canalside-retail.example")],
        date=dh("2036-10-24 17:45", "Europe/London"),
        label=lab(
            "2036-10-29 10:00",
            "Europe/London",
            "Europe/London",
            company="Canalside Retail",
            role="Insight Manager",
            who=["Oliver Brandreth"],
            emails=["oliver.brandreth@canalside-retail.example"],
            notes="Exchange cancel; interview was after the 26 Oct switch",
        ),
        text=(
            "Hi Harriet, unfortunately Oliver is unable to make Wednesday. I'm cancelling this "
            "slot and will be in touch to rearrange.\n\nPriti"
        ),
    )
)

# 4. A person cancels tomorrow's interview; the date is relative.
add(
    person(
        GIULIA,
        "vetreria-murano-cancel-tomorrow",
        "interview_cancelled",
        frm=("Alessandro Fontana", "a.fontana@vetreria-lagunare.example"),
        subject="Tomorrow's interview",
        date=dh("2036-11-11 19:05", "Europe/Rome"),
        body=(
            "Dear Giulia,\n\nI'm very sorry but I have to cancel our interview tomorrow at "
            "11:00 - a family emergency. I'll be back in the office next week and will "
            "propose new dates then.\n\nApologies again,\nAlessandro Fontana\n"
            "Creative Director, Vetreria Lagunare\n"
        ),
        label=lab(
            "2036-11-12 11:00",
            "Europe/Rome",
            company="Vetreria Lagunare",
            who=["Alessandro Fontana"],
            emails=["a.fontana@vetreria-lagunare.example"],
            notes="'tomorrow at 11:00' from the Date header (Wed 12 Nov)",
        ),
    )
)

# 5. An ATS notification: cancelled, with a US-style time in CST.
add(
    vendor(
        JAMAL,
        "riverbend-workday-interview-canceled",
        "interview_cancelled",
        frm=("Riverbend Foods Careers", "riverbend@myworkday.com"),
        to="jw.jobsearch@example.net",
        subject="Interview canceled: Supply Chain Analyst II",
        date=dh("2036-11-06 09:12", "America/Chicago"),
        body=(
            "Hello Jamal,\n\nYour interview scheduled for "
            f"{d('2036-11-11', 'short')}, 2036 at 10:00 AM CST for Supply Chain Analyst II "
            "(R-20931) has been canceled. A recruiter will contact you about next steps.\n\n"
            "View your candidate home: https://riverbend.wd5.myworkday.com/careers\n\n"
            "Riverbend Foods Talent Acquisition\n"
        ),
        label=lab(
            "2036-11-11 10:00",
            "America/Chicago",
            company="Riverbend Foods",
            role="Supply Chain Analyst II",
            notes="Workday cancel notice; CST abbreviation only",
        ),
    )
)

# --- Rejections ------------------------------------------------------------------------------

add(
    vendor(
        KHOA,
        "mekong-pay-workable-rejection",
        "rejection",
        frm=("Mekong Pay", "noreply@workablemail.com"),
        subject="Your application to Mekong Pay",
        date=dh("2036-10-02 10:00", "Asia/Ho_Chi_Minh"),
        body=(
            "Hi Khoa,\n\nThank you for applying to the Senior Mobile Engineer role at Mekong "
            "Pay. We received a large number of strong applications and, after careful "
            "review, we've decided not to move forward with yours at this time.\n\n"
            "We wish you the best in your search.\n\nMekong Pay Hiring Team\n\nSent with Workable\n"
        ),
        label=note("templated rejection", company="Mekong Pay"),
    )
)

add(
    person(
        JAMAL,
        "prairieline-personal-rejection-feedback",
        "rejection",
        frm=("Owen Pietrowski", "owen.pietrowski@prairieline.example"),
        to="jw.jobsearch@example.net",
        subject="Following up on your onsite",
        date=dh("2036-11-12 16:40", "America/Chicago"),
        body=(
            "Jamal,\n\nThank you again for spending the day with us last week. It was a close "
            "call, but we've decided to go with a candidate who has more hands-on carrier "
            "procurement experience. Your case exercise was one of the strongest we saw - "
            "Benedikt was impressed - and I'd genuinely like to stay in touch for future "
            "roles.\n\nBest,\nOwen\n"
        ),
        label=note(
            "personal rejection with feedback after the onsite", company="Prairieline Logistics"
        ),
    )
)

add(
    person(
        LACHLAN,
        "reefline-position-filled-before-interview",
        "rejection",
        frm=("Bronte Kilmartin", "bronte.kilmartin@reefline-eng.example"),
        subject="Update - Graduate Civil Engineer",
        date=dh("2036-10-20 12:30", "Australia/Brisbane"),
        body=(
            "Hi Lachlan,\n\nI'm sorry to be writing with this: we've just accepted an offer "
            "from another candidate for the Graduate Civil Engineer position, so we won't "
            "be going ahead with Thursday's interview. I really appreciate your patience and "
            "I'll keep your details on file for our 2037 graduate intake.\n\n"
            "Kind regards,\nBronte Kilmartin\nTalent Coordinator, Reefline Engineering\n"
        ),
        label=note(
            "position filled before the interview: rejection", company="Reefline Engineering"
        ),
    )
)

add(
    vendor(
        HARRIET,
        "thamesmead-smartrecruiters-update",
        "rejection",
        frm=("Thamesmead Housing Group", "noreply@smartrecruiters.com"),
        subject="Update on your application: Senior UX Researcher",
        date=dh("2036-11-13 11:00", "Europe/London"),
        body=(
            "Dear Harriet,\n\nThank you for taking the time to interview with us for the "
            "Senior UX Researcher role. We enjoyed speaking with you. After careful "
            "consideration we will not be progressing your application further.\n\n"
            "We wish you every success.\n\nThamesmead Housing Group Talent Team\n\n"
            "Powered by SmartRecruiters\n"
        ),
        label=note("rejection after the interview", company="Thamesmead Housing Group"),
    )
)

add(
    person(
        MARCUS,
        "halyard-agency-lanternfish-passed",
        "rejection",
        frm=("Gabriel Okonedo | Halyard Talent", "gabriel@halyardtalent.example"),
        subject="Lanternfish feedback",
        date=dh("2036-11-06 13:15", "America/New_York"),
        agent="Outlook-iOS/2.0",
        body=(
            "Marcus - just got off the phone with Dana. Unfortunately they're going to pass. "
            "Feedback was positive on the ledger work, but they want someone who's run an "
            "on-call rotation for a trading system. Don't let it get you down, I have two "
            "others I want to talk to you about. Call you tomorrow.\n\nG\n"
        ),
        label=note("agency relays a rejection", company="Lanternfish Capital"),
    )
)

add(
    person(
        ANGELICA,
        "bluefin-regret-future-openings",
        "rejection",
        frm=("Bluefin Contact Solutions Recruitment", "recruitment@bluefin-cs.example"),
        subject="Your application with Bluefin Contact Solutions",
        date=dh("2036-10-27 15:20", "Asia/Manila"),
        body=(
            "Hi Angelica,\n\nThank you for attending your final interview with us. We regret "
            "to inform you that we will not be able to offer you the Team Leader position at "
            "this time.\n\nWe were impressed with your communication skills and would be glad "
            "to invite you to interview again for future openings on our other accounts.\n\n"
            "Thank you,\nBluefin Recruitment Team\n"
        ),
        label=note("rejection promising future interviews", company="Bluefin Contact Solutions"),
    )
)

add(
    vendor(
        TEMI,
        "lekki-fintech-after-assessment",
        "rejection",
        frm=("Lekki Fintech Careers", "careers-lekkifintech@icims.com"),
        subject="Your application for Product Analyst",
        date=dh("2036-10-07 09:45", "Africa/Lagos"),
        body=(
            "Dear Temitope,\n\nThank you for completing the online assessment for the Product "
            "Analyst role. After reviewing the results, we have decided not to progress your "
            "application to the interview stage.\n\n"
            "Regards,\nTalent Acquisition, Lekki Fintech\n"
        ),
        label=note("rejection after an assessment, no interview", company="Lekki Fintech"),
    )
)

# --- Offers ----------------------------------------------------------------------------------

add(
    vendor(
        HARRIET,
        "quarrybank-greenhouse-offer-esign",
        "offer",
        frm=("Quarrybank Analytics", "no-reply@greenhouse.io"),
        reply_to=("Rosalind Achterberg", "r.achterberg@quarrybank-analytics.example"),
        subject="Your offer from Quarrybank Analytics",
        date=dh("2036-10-24 16:02", "Europe/London"),
        body=(
            "Hi Harriet,\n\nWe're delighted to offer you the position of Analytics Engineer "
            "at Quarrybank Analytics! Your offer letter is ready to review and sign:\n\n"
            "https://app.greenhouse.io/offers/e_sign/5c7d1f\n\n"
            "Please sign by 31 October. Any questions, just reply to this email.\n\n"
            "Rosalind Achterberg\nHead of Data\n"
        ),
        label=note("offer via Greenhouse e-sign", company="Quarrybank Analytics"),
    )
)

add(
    person(
        ELLIOT,
        "kelpworks-founder-offer",
        "offer",
        frm=("Theo Vasquez-Lindgren", "theo@kelpworks.example"),
        subject="Offer 🎉",
        date=dh("2036-10-14 22:30", "America/Los_Angeles"),
        agent="Superhuman",
        body=(
            "Elliot -\n\nPriyanka and I both walked out of Thursday wanting to work with you, so "
            "let's do it. Formal letter attached: $168k base, 0.6% over four years, start "
            "whenever works after Nov 17. Happy to talk through any of it.\n\nTheo\n"
        ),
        label=note("founder's offer", company="Kelpworks"),
    )
)

add(
    person(
        TATUM,
        "chugach-air-contingent-offer",
        "offer",
        frm=("Courtney Blaylock", "cblaylock@chugach-air.example"),
        subject="Conditional offer of employment - Dispatch Systems Analyst",
        date=dh("2036-11-13 10:20", "America/Anchorage"),
        body=(
            "Hi Tatum,\n\nCongratulations! Chugach Air Freight is pleased to extend a conditional "
            "offer for the Dispatch Systems Analyst position at $38.50/hour. The offer is "
            "contingent on a background check and a DOT pre-employment drug screen.\n\n"
            "The offer letter is attached - please return it signed by Wednesday.\n\n"
            "Courtney\n"
        ),
        label=note("contingent offer", company="Chugach Air Freight"),
    )
)

add(
    person(
        CHUNHEI,
        "peakline-offer-call-tomorrow",
        "offer",
        frm=("Vanessa Cheung", "vanessa.cheung@peakline-search.example"),
        subject="Jade Harbour - they want to make you an offer!",
        date=dh("2036-10-28 17:55", "Asia/Hong_Kong"),
        body=(
            "Chun-hei!!\n\nWinnie called - Jade Harbour would like to offer you the Senior "
            "Product Manager role. Package is HK$78k x 13 plus a discretionary bonus. Can we "
            "jump on a quick call tomorrow morning to go through the details before they send "
            "the letter?\n\nVanessa\n"
        ),
        label=note(
            "verbal offer relayed by the agency; call proposed", company="Jade Harbour Insurance"
        ),
    )
)

add(
    vendor(
        KAVYA,
        "vanamala-offer-letter-ctc",
        "offer",
        frm=("HR Team - Vanamala Software", "talent@vanamala-software.example"),
        subject="Offer Letter - Backend Developer - Kavya Ramaswamy-Holt",
        date=dh("2036-10-24 18:05", "Asia/Kolkata"),
        body=(
            "Dear Kavya,\n\nCongratulations! We are delighted to offer you the position of "
            "Backend Developer (Grade L2) at Vanamala Software Pvt. Ltd. with an annual CTC "
            "of INR 24,00,000.\n\nPlease find attached your offer letter. Kindly send us the "
            "signed copy and your tentative date of joining within 5 working days.\n\n"
            "Regards,\nSowmya K\nHR - Talent Acquisition\n"
        ),
        label=note("offer letter with CTC", company="Vanamala Software"),
    )
)
