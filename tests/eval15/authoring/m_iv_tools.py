"""Applicant tracking and scheduling tools: confirmations, self-scheduling links, cancellations."""

from __future__ import annotations

from tests.eval.authoring.common import html_page, note
from tests.eval4.authoring import kit as k4

from .kit import (
    ANIRUDH,
    AOIFE,
    BRODIE,
    BRYNN,
    CHIDERA,
    CORDELIA,
    HAEUN,
    HUMAIRA,
    ISLA,
    JERICHO,
    LINH,
    SANJANA,
    SORA,
    TANVIR,
    TUYET,
    dh,
    lab,
    own,
    vendor,
)

MESSAGES = [
    vendor(
        LINH,
        "mekong-pixel-lever-ict",
        "interview",
        frm=("Mekong Pixel", "no-reply@hire.lever.co"),
        reply_to=("Trần Bảo Ngọc", "ngoc.tran@mekongpixel.example"),
        subject="Your interview with Mekong Pixel is scheduled",
        date=dh("2034-10-06 14:12", "Asia/Ho_Chi_Minh"),
        body=(
            "Hi Linh,\n\nYour interview for the Senior Android Developer position at Mekong "
            "Pixel has been scheduled.\n\nWhen: Thursday, October 12, 2034 at 9:00 AM ICT "
            "(GMT+7)\nDuration: 60 minutes\nWhere: Video call (link in your calendar "
            "invitation)\nYou'll be meeting with: Hoàng Minh Quân (Mobile Lead)\n\n"
            "If you need to make changes, please reply to this email.\n\nThanks,\nTrần Bảo "
            "Ngọc\nMekong Pixel\n\nSent via Lever\n"
        ),
        label=lab(
            "2034-10-12 09:00",
            "Asia/Ho_Chi_Minh",
            None,
            company="Mekong Pixel",
            role="Senior Android Developer",
            who=["Hoàng Minh Quân"],
            notes="Lever confirmation; 'ICT (GMT+7)' is an abbreviation and offset only.",
        ),
    ),
    vendor(
        JERICHO,
        "parallax-bay-ashby-iana",
        "interview",
        frm=("Parallax Bay Recruiting", "no-reply@ashbyhq.com"),
        reply_to=("Noor Valdés-Whitaker", "noor.vw@parallaxbay.example"),
        subject="Interview confirmed: Parallax Bay – Onsite (virtual)",
        date=dh("2034-11-10 08:30", "Asia/Manila"),
        body=(
            "Hi Jericho,\n\nYour virtual onsite with Parallax Bay is confirmed.\n\n"
            "Thursday, November 16, 2034\n(GMT+08:00) Asia/Manila\n\n"
            "9:00 AM – 9:45 AM  Analytics case – Saoirse Bianchi-Osei\n"
            "10:00 AM – 10:45 AM  SQL deep dive – Thabo Lindqvist\n"
            "11:00 AM – 11:30 AM  Values – Noor Valdés-Whitaker\n\n"
            "Each session has its own Zoom link in the calendar invitations we sent "
            "separately.\n\nPowered by Ashby\n"
        ),
        label=lab(
            "2034-11-16 09:00",
            "Asia/Manila",
            "Asia/Manila",
            company="Parallax Bay",
            who=["Saoirse Bianchi-Osei", "Thabo Lindqvist", "Noor Valdés-Whitaker"],
            emails=["noor.vw@parallaxbay.example"],
            notes="Ashby itinerary with an IANA name printed; the recruiter sits in the last "
            "session.",
        ),
        html_only=True,
    ),
    vendor(
        CORDELIA,
        "minas-basin-workday-numeric",
        "interview",
        frm=("Minas Basin Tidal Energy", "minasbasintidal@myworkday.com"),
        subject="Interview Scheduled - Environmental Data Specialist (R-20417)",
        date=dh("2034-11-07 10:02", "America/Halifax"),
        body=(
            "Dear Cordelia Pruitt-Fenwick,\n\nYou have been scheduled for an interview for "
            "the position Environmental Data Specialist (R-20417).\n\n"
            "Interview Date: 11/14/2034\nStart Time: 2:00 PM AST\nEnd Time: 3:00 PM AST\n"
            "Interview Type: In Person\nLocation: 1 Causeway Road, Parrsboro NS\n"
            "Interviewer(s): Raymond Gaudet; Simone Atwell-Landry\n\n"
            "Please log in to your candidate home page to view details.\n\n"
            "Minas Basin Tidal Energy Talent Acquisition\n"
        ),
        label=lab(
            "2034-11-14 14:00",
            "America/Halifax",
            None,
            company="Minas Basin Tidal Energy",
            role="Environmental Data Specialist",
            who=["Raymond Gaudet", "Simone Atwell-Landry"],
            notes="Workday notice; numeric month-first date; AST abbreviation only.",
        ),
    ),
    vendor(
        ANIRUDH,
        "thar-solar-smartrecruiters",
        "interview",
        frm=("Thar Solar Analytics", "noreply@smartrecruiters.com"),
        subject="Interview invitation: Data Engineer II at Thar Solar Analytics",
        date=dh("2034-11-09 11:50", "Asia/Kolkata"),
        body=(
            "Hello Anirudh,\n\nThar Solar Analytics has scheduled an interview with you.\n\n"
            "Wed, Nov 15, 2034 10:30 AM - 11:30 AM (GMT+05:30) India Standard Time\n"
            "Interview type: Video\nInterviewer: Kavya Menon-Dutt\n\n"
            "Add to calendar | Reschedule\n\nGood luck!\nThe SmartRecruiters team on behalf "
            "of Thar Solar Analytics\n"
        ),
        label=lab(
            "2034-11-15 10:30",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Thar Solar Analytics",
            role="Data Engineer II",
            who=["Kavya Menon-Dutt"],
            notes="SmartRecruiters notice; 'India Standard Time' names the zone.",
        ),
    ),
    vendor(
        BRYNN,
        "wascana-bamboohr-cst",
        "interview",
        frm=("Wascana Robotics", "notifications@app.bamboohr.com"),
        reply_to=("Delia Harcourt", "delia.harcourt@wascanarobotics.example"),
        subject="Interview scheduled with Wascana Robotics",
        date=dh("2034-11-14 15:40", "America/Regina"),
        body=(
            "Hi Brynn,\n\nThanks for your interest in the Controls Technician position! "
            "We'd like to meet you in person.\n\n"
            "Date: Monday, November 20, 2034\nTime: 9:30 AM CST\n"
            "Location: Wascana Robotics, 2200 Dewdney Ave, Regina\n"
            "You'll meet: Delia Harcourt (Production Manager)\n\n"
            "Reply to this email if you need a different time.\n\nWascana Robotics Hiring Team\n"
            "Powered by BambooHR\n"
        ),
        label=lab(
            "2034-11-20 09:30",
            "America/Regina",
            None,
            company="Wascana Robotics",
            role="Controls Technician",
            who=["Delia Harcourt"],
            emails=["delia.harcourt@wascanarobotics.example"],
            notes="BambooHR notice; CST (Saskatchewan keeps it all year) abbreviation only.",
        ),
    ),
    vendor(
        CHIDERA,
        "ikoyi-health-recruitee",
        "interview",
        frm=("Ikoyi Health Data", "ikoyihealth@recruitee.com"),
        subject="Interview confirmed – Data Protection Officer",
        date=dh("2034-11-08 12:00", "Africa/Lagos"),
        body=(
            "Dear Chidera,\n\nThank you for choosing a time. Your interview is confirmed:\n\n"
            "Wednesday, 15 November 2034, 14:00 (Africa/Lagos)\n"
            "Video call: https://ikoyihealth.recruitee.com/meet/0b52\n"
            "Interviewer: Tolulope Bankole-Ajayi, General Counsel\n\n"
            "Kind regards,\nIkoyi Health Data\n"
        ),
        label=lab(
            "2034-11-15 14:00",
            "Africa/Lagos",
            "Africa/Lagos",
            company="Ikoyi Health Data",
            role="Data Protection Officer",
            who=["Tolulope Bankole-Ajayi"],
            notes="Recruitee self-booked confirmation with an IANA name.",
        ),
    ),
    vendor(
        SANJANA,
        "dhow-robotics-breezy",
        "interview",
        frm=("Dhow Robotics", "notifications@breezy.hr"),
        subject="You're scheduled! Interview with Dhow Robotics",
        date=dh("2034-11-15 09:00", "Asia/Dubai"),
        body=(
            "Hi Sanjana,\n\nYou're all set! Here are the details of your interview for "
            "Operations Analyst:\n\nTue, Nov 21, 2034 at 10:00 AM GST\n"
            "Phone call - Hamdan Al-Ketbi will call you on +971 50 555 0132.\n\n"
            "Need to reschedule? Use the link below.\nhttps://dhow-robotics.breezy.hr/"
            "interview/reschedule\n\nDhow Robotics via Breezy HR\n"
        ),
        label=lab(
            "2034-11-21 10:00",
            "Asia/Dubai",
            None,
            company="Dhow Robotics",
            role="Operations Analyst",
            who=["Hamdan Al-Ketbi"],
            notes="Breezy HR phone interview; the caller counts; GST abbreviation only.",
        ),
    ),
    vendor(
        AOIFE,
        "liffey-pinpoint-dublin",
        "interview",
        frm=("Liffey Robotics Careers", "liffeyrobotics@pinpointhq.com"),
        subject="Interview booked: Robotics Test Engineer",
        date=dh("2034-11-09 16:30", "Europe/Dublin"),
        body=(
            "Hi Aoife,\n\nThanks for booking your interview slot.\n\n"
            "Thursday 16 November 2034, 14:00 - 14:45 (Europe/Dublin)\n"
            "Interviewers: Seán Kavanagh (Test Manager) and Orla Devereux (Hardware Lead)\n"
            "Location: Liffey Robotics, Unit 7, Grand Canal Quay\n\n"
            "Best wishes,\nThe Liffey Robotics Talent Team\n\nSent with Pinpoint\n"
        ),
        label=lab(
            "2034-11-16 14:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Liffey Robotics",
            role="Robotics Test Engineer",
            who=["Seán Kavanagh", "Orla Devereux"],
            notes="Pinpoint booking confirmation with an IANA name.",
        ),
        html_only=True,
    ),
    vendor(
        TANVIR,
        "halcyon-modernloop-availability",
        "scheduling_request",
        frm=("Halcyon Freight via ModernLoop", "scheduling@modernloop.io"),
        reply_to=("Jessamyn Ortega", "jessamyn.ortega@halcyonfreight.example"),
        subject="Action needed: share your availability for your Halcyon Freight onsite",
        date=dh("2034-11-06 20:10", "Asia/Dhaka"),
        body=(
            "Hi Tanvir,\n\nCongratulations on moving forward with Halcyon Freight! To "
            "schedule your virtual onsite (4 x 45 minutes), please share your availability "
            "for the next two weeks.\n\nShare availability: "
            "https://app.modernloop.io/availability/halcyon/c8f1\n\n"
            "Your time zone is detected as Asia/Dhaka; you can change it on the page.\n\n"
            "Thanks,\nJessamyn\n"
        ),
        label=note("ModernLoop availability request; no time offered.", company="Halcyon Freight"),
    ),
    vendor(
        LINH,
        "sapa-teamtailor-self-book",
        "scheduling_request",
        frm=("Sapa Commerce", "no-reply@teamtailor-mail.com"),
        subject="Book a time for your interview with Sapa Commerce",
        date=dh("2034-09-25 10:00", "Asia/Ho_Chi_Minh"),
        body=(
            "Hi Linh,\n\nWe'd love to get to know you better! Please pick a time that suits "
            "you for a 30-minute video interview with our Head of Product.\n\n"
            "Pick a time: https://sapacommerce.teamtailor.com/meetings/book/4be7\n\n"
            "Available slots are shown in your local time.\n\nBest regards,\nSapa Commerce\n"
        ),
        label=note("Teamtailor self-booking link.", company="Sapa Commerce"),
    ),
    vendor(
        BRODIE,
        "murray-workable-pick-slot",
        "scheduling_request",
        frm=("Murray Mouth Analytics", "noreply@workablemail.com"),
        subject="Murray Mouth Analytics: choose your interview slot",
        date=dh("2034-10-10 09:15", "Australia/Adelaide"),
        body=(
            "Hi Brodie,\n\nThank you for applying for the role of Data Visualisation "
            "Developer. We'd like to invite you to a video interview. Please select one of "
            "the available slots using the link below:\n\n"
            "https://apply.workable.com/murray-mouth-analytics/schedule/9d22\n\n"
            "Slots are available between 16 and 20 October. Kind regards,\n"
            "Murray Mouth Analytics hiring team\n"
        ),
        label=note("Workable slot picker; a date range only.", company="Murray Mouth Analytics"),
    ),
    vendor(
        TUYET,
        "chugach-jobvite-schedule",
        "scheduling_request",
        frm=("Chugach Health Partners", "notification@jobvite.com"),
        subject="Schedule your interview - Clinical Informatics Analyst",
        date=dh("2034-10-18 13:45", "America/Anchorage"),
        body=(
            "Hello Tuyet,\n\nThe hiring team at Chugach Health Partners would like to "
            "schedule an interview with you for Clinical Informatics Analyst (Req 8840).\n\n"
            "Please click below to select a time that works for you:\n"
            "https://app.jobvite.com/scheduling/chugachhealth/s9k2\n\n"
            "This link expires in 5 days.\n\nChugach Health Partners Recruiting\n"
        ),
        label=note("Jobvite scheduling link.", company="Chugach Health Partners"),
    ),
    vendor(
        JERICHO,
        "banaue-icims-select-time",
        "scheduling_request",
        frm=("Banaue Shared Services", "banaue-shared@icims.com"),
        subject="Interview Scheduling Request: Financial Analyst",
        date=dh("2034-10-03 10:30", "Asia/Manila"),
        body=(
            "Dear Jericho,\n\nCongratulations! You have been selected to move forward in the "
            "hiring process for Financial Analyst (2034-1187). Please select your preferred "
            "interview time from the available options in the candidate portal.\n\n"
            "Select interview time: https://careers-banaue.icims.com/jobs/1187/schedule\n\n"
            "Best regards,\nBanaue Shared Services Talent Acquisition\n"
        ),
        label=note("iCIMS asks the user to pick a time.", company="Banaue Shared Services"),
    ),
    vendor(
        SORA,
        "setouchi-ashby-self-schedule",
        "scheduling_request",
        frm=("Setouchi Semiconductor", "no-reply@ashbyhq.com"),
        subject="Please schedule your technical interview – Setouchi Semiconductor",
        date=dh("2034-09-20 11:00", "Asia/Tokyo"),
        body=(
            "Hi Sora,\n\nThanks for completing the recruiter screen. The next step is a "
            "60-minute technical interview with two engineers from our verification team.\n\n"
            "Choose a time: https://jobs.ashbyhq.com/setouchi/interview/sched/a71c\n\n"
            "If none of the times work, reply and we'll find something.\n\nSetouchi "
            "Semiconductor Recruiting\n"
        ),
        label=note("Ashby self-scheduling link.", company="Setouchi Semiconductor"),
    ),
    vendor(
        HUMAIRA,
        "ravi-textiles-lever-cancel",
        "interview_cancelled",
        frm=("Ravi Textiles Digital", "no-reply@hire.lever.co"),
        subject="Interview cancelled: Ravi Textiles Digital",
        date=dh("2034-10-30 17:05", "Asia/Karachi"),
        body=(
            "Hi Humaira,\n\nYour interview with Ravi Textiles Digital on Thursday, November 2, "
            "2034 at 11:00 AM Pakistan Standard Time (with Adeel Rana) has been cancelled.\n\n"
            "The hiring team will reach out to you if they would like to reschedule.\n\n"
            "Sent via Lever\n"
        ),
        label=lab(
            "2034-11-02 11:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="Ravi Textiles Digital",
            who=["Adeel Rana"],
            notes="Lever cancellation; no new time.",
        ),
    ),
    vendor(
        BRODIE,
        "coorong-smartrecruiters-cancel-numeric",
        "interview_cancelled",
        frm=("Coorong Water Tech", "noreply@smartrecruiters.com"),
        subject="Your interview has been cancelled",
        date=dh("2034-10-31 08:05", "Australia/Adelaide"),
        body=(
            "Hello Brodie,\n\nWe're sorry to let you know that your interview with Coorong "
            "Water Tech scheduled for 02/11/2034 at 10:00 ACDT has been cancelled by the "
            "hiring team. Your application remains active and a recruiter may contact you "
            "about a new time.\n\nThe SmartRecruiters team on behalf of Coorong Water Tech\n"
        ),
        label=lab(
            "2034-11-02 10:00",
            "Australia/Adelaide",
            None,
            company="Coorong Water Tech",
            notes="Numeric day-first date for an Adelaide user; ACDT abbreviation only.",
        ),
    ),
    vendor(
        HAEUN,
        "hangang-workday-rescheduled",
        "interview",
        frm=("Hangang Bio", "hangangbio@myworkday.com"),
        subject="Interview Rescheduled - Bioinformatics Engineer (JR-3310)",
        date=dh("2034-10-20 18:30", "Asia/Seoul"),
        body=(
            "Dear Jeong Ha-eun,\n\nYour interview for Bioinformatics Engineer (JR-3310) has "
            "been rescheduled.\n\nPrevious: 2034-10-24 10:00 AM KST\n"
            "New: 2034-10-26 3:30 PM KST\n\nInterview Type: Video\n"
            "Interviewer(s): Yoon Seo-jun; Baek Ji-ho\n\n"
            "Please log in to your candidate home page to view the details.\n\n"
            "Hangang Bio Talent Acquisition\n"
        ),
        label=lab(
            "2034-10-26 15:30",
            "Asia/Seoul",
            None,
            company="Hangang Bio",
            role="Bioinformatics Engineer",
            who=["Yoon Seo-jun", "Baek Ji-ho"],
            notes="Workday reschedule giving previous and new times (year-first); KST only.",
        ),
    ),
    own(
        k4.mail(
            ISLA,
            "merri-creek-jobadder-html-stub",
            "interview",
            frm=("Merri Creek Analytics", "noreply@jobadder.com"),
            reply_to=("Ruby Tennant", "ruby.tennant@merricreek.example"),
            subject="Interview confirmation - Merri Creek Analytics",
            date=dh("2034-11-06 13:10", "Australia/Melbourne"),
            body="To view this message, please use an HTML-capable email client.\n",
            rich=html_page(
                '<table width="600" cellpadding="0" cellspacing="0"><tr><td '
                'style="background:#0b3d5c;color:#fff;padding:16px">Merri Creek Analytics'
                '</td></tr><tr><td style="padding:16px"><p>Hi Isla,</p><p>Thanks for '
                "confirming. Your interview for <b>Senior Analytics Engineer</b> is locked "
                "in:</p><p><b>Monday 13 November 2034, 9:30am AEDT</b><br>Level 4, 120 "
                "Smith Street, Collingwood</p><p>You'll be meeting Ruairí Fitzgerald (Head "
                "of Analytics) and Tess Papageorgiou (Analytics Engineer).</p><p>Kind "
                "regards,<br>Ruby Tennant<br>Talent Acquisition</p></td></tr></table>"
            ),
            label=lab(
                "2034-11-13 09:30",
                "Australia/Melbourne",
                None,
                company="Merri Creek Analytics",
                role="Senior Analytics Engineer",
                who=["Ruairí Fitzgerald", "Tess Papageorgiou"],
                notes="JobAdder mail whose text part is a stub; everything is in the HTML; "
                "AEDT only.",
            ),
        )
    ),
]
