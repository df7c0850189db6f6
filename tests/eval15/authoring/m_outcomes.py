"""Outcomes and cancellations in English: rejections, offers, interviews called off."""

from __future__ import annotations

from tests.eval.authoring.common import note
from tests.eval.authoring.mime import attachment
from tests.eval4.authoring.kit import d, quoted

from .kit import (
    AAPO,
    ANIRUDH,
    AOIFE,
    CORDELIA,
    DARNELL,
    HAEUN,
    ISLA,
    JERICHO,
    KAIYING,
    LINH,
    MAKENNA,
    TAMATI,
    TUYET,
    WANJIRU,
    YASMINE,
    dh,
    google,
    lab,
    outlook,
    person,
    vendor,
)

_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

MESSAGES = [
    vendor(
        MAKENNA,
        "tidepool-greenhouse-after-onsite",
        "rejection",
        frm=("Tidepool Cartography", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Renata Lindgren", "recruiting@tidepool-carto.example"),
        subject="Following up on your Tidepool Cartography interviews",
        date=dh("2034-11-10 14:20", "America/Los_Angeles"),
        body=(
            "Hi Makenna,\n\nThank you so much for spending the day with us on Monday. The "
            "team really enjoyed meeting you, and Gabriela in particular was impressed by "
            "your take on offline map rendering.\n\nAfter a lot of discussion, we've decided "
            "to move forward with another candidate whose experience is a closer match for "
            "this role right now. This was a difficult decision.\n\nWe'd love to stay in touch "
            "for future openings.\n\nAll the best,\nRenata\n"
        ),
        label=note(
            "Greenhouse rejection after the onsite; praise first.", company="Tidepool Cartography"
        ),
    ),
    person(
        TAMATI,
        "kowhai-short-mobile-no",
        "rejection",
        frm=("Callum Ngata-Bryce", "callum.nb@kowhaifreight.example"),
        subject="Re: Thanks for today",
        date=dh("2034-09-29 17:48", "Pacific/Auckland"),
        body=(
            "Kia ora Tamati, thanks for the note. Honest answer: we're going with someone "
            "with more Rust experience, so it's a no from us this time. Really appreciated "
            "your time though - keep in touch.\n\nCallum\n\nSent from Outlook for iOS\n"
        ),
        label=note(
            "Short mobile rejection from the interviewer.", company="Kōwhai Freight Software"
        ),
        agent="Outlook-iOS/2.0",
    ),
    person(
        KAIYING,
        "taitam-role-filled-before-interview",
        "rejection",
        frm=("Bernice Lo", "bernice.lo@taitam-securities.example"),
        subject="Update on Thursday's interview",
        date=dh("2034-11-13 10:05", "Asia/Hong_Kong"),
        body=(
            "Dear Kai-ying,\n\nI'm sorry to write with disappointing news. The Quant "
            "Developer role has just been filled by an internal transfer, so we won't be "
            f"going ahead with your interview on {d('2034-11-16', 'uk')} at 4pm. I know you "
            "had put time aside for it, and I apologise.\n\nWe'll keep your CV on file.\n\n"
            "Kind regards,\nBernice Lo\nHR, Tai Tam Securities\n"
        ),
        label=note(
            "Position filled before the interview: a rejection, not a cancellation.",
            company="Tai Tam Securities",
        ),
    ),
    vendor(
        DARNELL,
        "ironbridge-workday-templated",
        "rejection",
        frm=("Ironbridge Insurance", "ironbridge@myworkday.com"),
        to="Darnell Okonkwo-Briggs <darnell.okonkwo@example.org>",
        subject="Regarding your application for Senior Data Engineer (R-55102)",
        date=dh("2034-10-02 06:00", "America/Chicago"),
        body=(
            "Dear Darnell,\n\nThank you for your interest in Ironbridge Insurance and for "
            "applying to Senior Data Engineer (R-55102). We have carefully reviewed your "
            "qualifications and, at this time, we will not be moving forward with your "
            "application.\n\nWe encourage you to apply for future positions that match your "
            "skills.\n\nSincerely,\nIronbridge Talent Acquisition\n"
        ),
        label=note("Templated rejection without interview.", company="Ironbridge Insurance"),
    ),
    person(
        JERICHO,
        "fennimore-not-progressing",
        "rejection",
        frm=("Imogen Castellanos-Reid", "imogen.creid@fennimore-actuarial.example"),
        subject="Re: Data Scientist role - next step",
        date=dh("2034-10-24 16:12", "Europe/London"),
        body=(
            "Hi Jericho,\n\nThanks again for last Wednesday. Dominic and I were both "
            "impressed with the portfolio project, but I'm afraid we've decided not to "
            "progress to the final round: we need someone with more hands-on pricing "
            "experience for this particular role.\n\nI'd genuinely like to keep you in mind "
            "for the graduate analytics intake next spring.\n\nKind regards,\nImogen\n"
            + quoted(
                "2034-10-12 17:35",
                "Europe/London",
                "Imogen Castellanos-Reid <imogen.creid@fennimore-actuarial.example>",
                f"Confirmed then: {d('2034-10-18', 'uk')}, 15:00 UK time, on Teams.",
            )
        ),
        label=note(
            "Rejection replying above the quoted interview confirmation.",
            company="Fennimore Actuarial",
        ),
    ),
    person(
        HAEUN,
        "soyo-unsuccessful-talent-pool",
        "rejection",
        frm=("Park Min-seo", "minseo.park@soyo-robotics.example"),
        subject="Soyo Robotics - result of your 1st round interview",
        date=dh("2034-10-25 17:00", "Asia/Seoul"),
        body=(
            "Dear Ha-eun,\n\nThank you for interviewing with Lee Do-hyun and Choi Yerin last "
            "week. We regret to inform you that we will not be able to invite you to the 2nd "
            "round interview for this position.\n\nWith your consent, we would like to keep "
            "your profile in our talent pool and contact you if a suitable opening arises.\n\n"
            "Best regards,\nPark Min-seo\nHR, Soyo Robotics\n"
        ),
        label=note(
            "Rejection that mentions a further interview only as not happening.",
            company="Soyo Robotics",
        ),
    ),
    person(
        ISLA,
        "yarrabend-decision-above-quote",
        "rejection",
        frm=("Priscilla Doukas", "priscilla@yarrabend.example"),
        subject="Re: Re: Re: Interview with Yarrabend Software",
        date=dh("2034-10-16 11:30", "Australia/Melbourne"),
        body=(
            "Hi Isla,\n\nThanks for your patience with all the rescheduling. Gus and Harriet "
            "enjoyed chatting, but we've decided to proceed with other applicants whose "
            "background is more focused on payments. I'm sorry it's not better news.\n\n"
            "Best of luck,\nPriscilla\n"
            + quoted(
                "2034-10-04 12:26",
                "Australia/Melbourne",
                "Priscilla Doukas <priscilla@yarrabend.example>",
                f"Final answer, I promise: {d('2034-10-09', 'uk')} at 3:30pm Melbourne time, "
                "same two people, same Google Meet link.",
            )
        ),
        label=note("Rejection above a quoted interview time.", company="Yarrabend Software"),
    ),
    person(
        ANIRUDH,
        "kaveri-offer-letter-pdf",
        "offer",
        frm=("Deepika Raghunathan", "deepika.r@kaveri-cloud.example"),
        subject="Offer of employment - Staff SRE - Kaveri Cloudworks",
        date=dh("2034-10-20 19:00", "Asia/Kolkata"),
        body=(
            "Dear Anirudh,\n\nCongratulations! Following your interviews with Suresh and "
            "Tanya, we are delighted to offer you the position of Staff SRE at Kaveri "
            "Cloudworks. Please find your offer letter attached, with a fixed CTC of INR "
            "58,00,000 per annum plus ESOPs.\n\nKindly sign and return it by 27 October. We "
            "would like you to join on 1 December 2034.\n\nWarm regards,\nDeepika\n"
        ),
        attachments=[attachment(_PDF, "application/pdf", "Offer_Letter_Anirudh.pdf")],
        label=note("Offer with a PDF letter and a signing deadline.", company="Kaveri Cloudworks"),
        html=True,
    ),
    person(
        AAPO,
        "kuusamo-verbal-offer-call",
        "offer",
        frm=("Riikka Salmivaara", "riikka.salmivaara@kuusamofreight.example"),
        subject="Good news from Kuusamo Freight Systems",
        date=dh("2034-11-03 15:20", "Europe/Helsinki"),
        body=(
            "Hi Aapo,\n\nI'm very happy to tell you that Heikki and the team would like to "
            "offer you the Senior Backend Engineer position! Could I call you tomorrow at "
            "10:00 to walk you through the package (salary, options and start date)? The "
            "written offer will follow right after.\n\nCongratulations!\nRiikka\n"
        ),
        cte="base64",
        label=note(
            "Offer; the call it proposes is about the package, not an interview.",
            company="Kuusamo Freight Systems",
        ),
    ),
    person(
        DARNELL,
        "bridgewell-corvina-offer",
        "offer",
        frm=("Trent Vasquez-Hollis", "trent.vh@bridgewelltalent.example"),
        to="Darnell Okonkwo-Briggs <darnell.jobs@example.com>",
        subject="Corvina - OFFER!",
        date=dh("2034-11-15 12:02", "America/Chicago"),
        body=(
            "Darnell!\n\nCorvina Logistics just called - they want you. Verbal offer for the "
            "Principal Data Engineer role: $212k base, 15% bonus, start date flexible into "
            "January. Paperwork will come from their HR within 48 hours.\n\nGive me a ring "
            "when you can and we'll talk through it.\n\nTrent\n\nSent from my iPhone\n"
        ),
        label=note("Offer relayed by the agency consultant.", company="Corvina Logistics"),
        agent="iPhone Mail (22B91)",
    ),
    person(
        WANJIRU,
        "mvuli-conditional-offer",
        "offer",
        frm=("Esther Njeri Kamau", "esther.kamau@mvuli-agritech.example"),
        subject="Conditional offer: Field Operations Analyst",
        date=dh("2034-09-27 11:00", "Africa/Nairobi"),
        body=(
            "Dear Wanjiru,\n\nFurther to your interview on 21 September, I am pleased to "
            "extend to you a conditional offer for the position of Field Operations Analyst "
            "at a gross monthly salary of KES 310,000. The offer is subject to satisfactory "
            "references and a certificate of good conduct.\n\nPlease confirm your acceptance "
            "by replying to this email by 4 October 2034.\n\nYours sincerely,\nEsther Njeri "
            "Kamau\nHR Manager, Mvuli Agritech\n"
        ),
        label=note("Conditional offer pending references.", company="Mvuli Agritech"),
    ),
    person(
        YASMINE,
        "nilecrest-offer-start-date",
        "offer",
        frm=("Omar Zaki", "omar.zaki@nilecrest.example"),
        subject="Job offer - Business Intelligence Analyst",
        date=dh("2034-11-07 13:30", "Africa/Cairo"),
        body=(
            "Dear Yasmine,\n\nOn behalf of Nilecrest, I am happy to offer you the position "
            "of Business Intelligence Analyst, starting Sunday 3 December 2034. Your "
            "onboarding day will begin at 9:00 at our Zamalek office with Dina Fahmy.\n\n"
            "The attached summary covers salary, medical insurance and annual leave. Please "
            "let us know your decision within one week.\n\nBest regards,\nOmar Zaki\n"
        ),
        label=note(
            "Offer; the onboarding day it mentions is not an interview.", company="Nilecrest"
        ),
    ),
    google(
        LINH,
        "sapa-google-cancelled",
        "interview_cancelled",
        start="2034-10-04 15:00",
        zone="Asia/Ho_Chi_Minh",
        minutes=30,
        summary="Sapa Commerce – interview with Head of Product",
        organizer=("Đỗ Thanh Hà", "thanhha.do@sapacommerce.example"),
        guests=[("Vũ Đức Anh", "ducanh.vu@sapacommerce.example")],
        date=dh("2034-10-02 09:40", "Asia/Ho_Chi_Minh"),
        caption="Indochina Time - Ho Chi Minh City",
        change="cancelled",
        details="Sorry Linh, Đức Anh has to travel on Wednesday. Thanh Hà will email you new "
        "options.",
        label=lab(
            "2034-10-04 15:00",
            "Asia/Ho_Chi_Minh",
            "Asia/Ho_Chi_Minh",
            company="Sapa Commerce",
            who=["Vũ Đức Anh"],
            emails=["ducanh.vu@sapacommerce.example"],
            notes="Google cancellation (METHOD:CANCEL); new options only promised.",
        ),
    ),
    person(
        CORDELIA,
        "seaglass-cancel-tomorrow",
        "interview_cancelled",
        frm=("Warrick Oduya", "warrick@seaglass-labs.example"),
        subject="Need to cancel tomorrow - sorry!",
        date=dh("2034-10-16 21:15", "America/Halifax"),
        body=(
            "Hi Cordelia,\n\nI'm so sorry, but I have to cancel our interview tomorrow "
            f"({d('2034-10-17', 'us')}) at 3 PM Halifax time - family emergency. I'll reach "
            "out next week to find a new slot, and Jaspreet will still be joining when we "
            "do.\n\nApologies again,\nWarrick\nFounder, Seaglass Labs\n"
        ),
        label=lab(
            "2034-10-17 15:00",
            "America/Halifax",
            "America/Halifax",
            company="Seaglass Labs",
            who=["Warrick Oduya", "Jaspreet"],
            emails=["warrick@seaglass-labs.example"],
            notes="Cancelled the evening before by the founder; new slot only promised.",
        ),
    ),
    outlook(
        TUYET,
        "chugach-owa-cancel-alaskan",
        "interview_cancelled",
        start="2034-11-10 10:00",
        zone="Alaskan Standard Time",
        minutes=60,
        subject="Interview: Clinical Informatics Analyst - Tuyet Nguyen-Larsen",
        organizer=("Corinne Blatchford", "corinne.blatchford@chugachhealth.example"),
        attendees=[("Dr. Anil Sethuraman", "anil.sethuraman@chugachhealth.example")],
        date=dh("2034-11-08 16:30", "America/Anchorage"),
        text="Hi Tuyet,\n\nUnfortunately Dr. Sethuraman has been called into clinic on "
        "Friday, so we need to cancel this interview. I'll send a new invitation once I have "
        "his availability.\n\nCorinne",
        cancelled=True,
        sequence=2,
        label=lab(
            "2034-11-10 10:00",
            "Alaskan Standard Time",
            "America/Anchorage",
            company="Chugach Health Partners",
            role="Clinical Informatics Analyst",
            who=["Anil Sethuraman"],
            emails=["anil.sethuraman@chugachhealth.example"],
            notes="Outlook on the web cancellation; time only in the calendar (AKST).",
        ),
    ),
    vendor(
        AOIFE,
        "shannon-cloud-paused",
        "interview_cancelled",
        frm=("Shannon Cloud Services", "no-reply@greenhouse.io"),
        reply_to=("Ciara Lenihan", "ciara.lenihan@shannoncloud.example"),
        subject="Your interview with Shannon Cloud Services has been cancelled",
        date=dh("2034-11-13 12:10", "Europe/Dublin"),
        body=(
            "Hi Aoife,\n\nWe're writing to let you know that your interview scheduled for "
            f"{d('2034-11-17', 'uky')} at 10:30 (Irish time) with Declan Hurley has been "
            "cancelled. The Platform Engineer requisition has been paused while we review "
            "next year's headcount. We'll be in touch if it reopens.\n\nCiara Lenihan\n"
            "Talent Acquisition, Shannon Cloud Services\n"
        ),
        label=lab(
            "2034-11-17 10:30",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Shannon Cloud Services",
            role="Platform Engineer",
            who=["Declan Hurley"],
            notes="Requisition paused, interview cancelled (not filled); 'Irish time'.",
        ),
    ),
]
