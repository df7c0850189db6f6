"""Cancellations, scheduling requests, rejections, offers and automatic answers, several in
threads, plus reminders and reschedules that state the new time."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    ARJUN,
    ARVIND,
    AUTO,
    CALENDLY,
    HEIDI,
    JOAQUIN,
    MARA,
    MARIAM,
    MARISA,
    NINO,
    OKSANA,
    PEISHAN,
    PIMCHANOK,
    RANIA,
    SAGUN,
    SEOYEON,
    SINDRE,
    TALVI,
    TANNER,
    YOUSSEF,
    ZOFIA,
    Msg,
    booking,
    d,
    dh,
    fw,
    gq,
    lab,
    note,
    oq,
    outlook,
    pdf,
    person,
    raw_mail,
    thread,
    vendor,
)

MESSAGES: list[Msg] = [
    outlook(
        PEISHAN,
        "canceled-teams-interview-taipei",
        "interview_cancelled",
        start="2041-10-30 14:00",
        zone="Taipei Standard Time",
        minutes=60,
        subject="Interview - Firmware Validation Engineer",
        prefix="Canceled: ",
        method="CANCEL",
        sequence=1,
        organizer=("Huang Yu-chen", "yuchen.huang@jade-silicon.example"),
        attendees=[("Chen Wei-lun", "weilun.chen@jade-silicon.example")],
        date=dh("2041-10-27 09:10", "Asia/Taipei"),
        text="""Dear Pei-shan,

We are sorry to cancel this interview: the hiring manager has to travel to the fab this
week. I will contact you with new times as soon as I can.

Huang Yu-chen
Recruiter""",
        label=lab(
            "2041-10-30 14:00",
            "Taipei Standard Time",
            "Asia/Taipei",
            company="Jade Silicon",
            role="Firmware Validation Engineer",
            who=["Chen Wei-lun"],
            emails=["weilun.chen@jade-silicon.example"],
            notes="Exchange cancellation (METHOD:CANCEL) that only promises new times.",
        ),
    ),
    person(
        PIMCHANOK,
        "interviewer-ill-cancel-tomorrow-bangkok",
        "interview_cancelled",
        frm=("Kittipong Rattanakorn", "kittipong.r@chao-phraya-digital.example"),
        subject="Re: Interview tomorrow",
        date=dh("2041-10-21 17:55", "Asia/Bangkok"),
        body=thread(
            """Hi Pimchanok,

I'm so sorry - I've come down with a fever and need to cancel tomorrow's 10:00 interview.
Napat from our team will send you new options later this week.

Kittipong""",
            gq(
                "2041-10-18 11:00",
                "Asia/Bangkok",
                "Kittipong Rattanakorn <kittipong.r@chao-phraya-digital.example>",
                f"Hi Pimchanok, confirming our interview on {d('2041-10-22', 'uk')} at 10:00 at "
                "our Sathorn office. Kittipong (Head of Design)",
            ),
        ),
        label=lab(
            "2041-10-22 10:00",
            "Asia/Bangkok",
            None,
            company="Chao Phraya Digital",
            who=["Kittipong Rattanakorn"],
            emails=["kittipong.r@chao-phraya-digital.example"],
            notes="Interviewer cancels the next day's interview; the date is in the quoted "
            "confirmation; new options only promised.",
        ),
    ),
    person(
        SAGUN,
        "agency-role-on-hold-kathmandu",
        "interview_cancelled",
        frm=("Rojina Shakya", "rojina@himal-hr.example"),
        subject="Update on Thursday's interview",
        date=dh("2041-11-04 10:15", "Asia/Kathmandu"),
        body=f"""Dear Sagun,

I'm afraid the client has put the Data Engineer role on hold pending budget approval, so
the interview on {d("2041-11-07", "uk")} at 14:00 with their CTO, Bishal Gurung, is
cancelled. I'll let you know as soon as the role reopens.

Regards,
Rojina Shakya
Himal HR Solutions""",
        label=lab(
            "2041-11-07 14:00",
            "Asia/Kathmandu",
            None,
            role="Data Engineer",
            who=["Bishal Gurung"],
            notes="Agency cancels because the role is on hold; the client is unnamed.",
        ),
    ),
    booking(
        RANIA,
        "calendly-canceled-by-host-amman",
        "interview_cancelled",
        prodid=CALENDLY,
        method="CANCEL",
        start="2041-11-11 12:00",
        zone="Asia/Amman",
        minutes=30,
        summary="Intro call between Omar Khalaf and Rania Haddad-Fenwick",
        organizer=("Omar Khalaf", "omar.khalaf@petra-ventures.example"),
        attendees=[("Omar Khalaf", "omar.khalaf@petra-ventures.example")],
        date=dh("2041-11-09 08:20", "Asia/Amman"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="Canceled: Intro call with Omar Khalaf",
        body=f"""Hi Rania Haddad-Fenwick,

Omar Khalaf canceled the event below.

Event Type: Screening interview - Investment Associate
Date/Time: 12:00pm - 12:30pm, {d("2041-11-11", "usy")} (Jordan Time)

Reason for canceling: "Sorry Rania - an investor meeting clashed. I'll send a new link."

Powered by Calendly.com""",
        label=lab(
            "2041-11-11 12:00",
            "Asia/Amman",
            "Asia/Amman",
            company="Petra Ventures",
            role="Investment Associate",
            who=["Omar Khalaf"],
            emails=["omar.khalaf@petra-ventures.example"],
            notes="Calendly cancellation by the host (METHOD:CANCEL); the calendar's TZID "
            "gives the zone.",
        ),
    ),
    person(
        MARIAM,
        "cancel-friday-filled-internally-doha",
        "interview_cancelled",
        frm=("Hessa Al-Thani Brooks", "hessa.brooks@pearl-bay-holdings.example"),
        subject="Re: Interview confirmation - Treasury Analyst",
        date=dh("2041-11-13 13:20", "Asia/Qatar"),
        body=thread(
            """Dear Mariam,

Unfortunately we have to cancel Friday's interview: the Treasury Analyst position has been
filled internally. We'll keep your CV on file for future openings.

Kind regards,
Hessa""",
            gq(
                "2041-11-10 09:00",
                "Asia/Qatar",
                "Hessa Al-Thani Brooks <hessa.brooks@pearl-bay-holdings.example>",
                f"Dear Mariam, your interview is confirmed for {d('2041-11-15', 'uk')} at 9:30 "
                "with our Treasurer, Yusuf Rahimi. Regards, Hessa",
            ),
        ),
        label=lab(
            "2041-11-15 09:30",
            "Asia/Qatar",
            None,
            company="Pearl Bay Holdings",
            role="Treasury Analyst",
            who=["Yusuf Rahimi"],
            notes="Cancels an interview because the role was filled; the time is in the quote.",
        ),
    ),
    vendor(
        ARVIND,
        "select-availability-link-kuala-lumpur",
        "scheduling_request",
        frm=("Twinpeak Analytics via Greenhouse", "no-reply@greenhouse.io"),
        reply_to=("Siti Nurhaliza Osman", "siti.osman@twinpeak-analytics.example"),
        subject="Please share your availability - Twinpeak Analytics",
        date=dh("2041-10-16 11:00", "Asia/Kuala_Lumpur"),
        body="""Hi Arvind,

We'd like to schedule your technical interview for the Machine Learning Engineer role.
Please select all the times you're available over the next two weeks:

https://app.greenhouse.io/availability/b7c1e0f2-twinpeak

Once you submit, we'll send a calendar invitation.

Siti Nurhaliza Osman
Recruiting Coordinator, Twinpeak Analytics""",
        label=note(
            "Availability request through the ATS; no time yet.",
            company="Twinpeak Analytics",
            role="Machine Learning Engineer",
        ),
    ),
    person(
        MARA,
        "tuesday-or-wednesday-afternoon-luxembourg",
        "scheduling_request",
        frm=("Olivier Schmit", "olivier.schmit@moselle-fund-admin.example"),
        subject="Re: Fund Operations Analyst - next step",
        date=dh("2041-10-14 10:30", "Europe/Luxembourg"),
        body=thread(
            f"""Hi Mara,

Thanks - the team would like to meet you. Could you do {d("2041-10-22", "uk")} or
{d("2041-10-23", "uk")} in the afternoon? Let me know and I'll lock it in.

Olivier""",
            gq(
                "2041-10-13 20:10",
                "Europe/Luxembourg",
                "Mara Weber-Nkosi <mara.weber.lux@example.net>",
                "Hi Olivier, please find my updated CV attached. Mara",
            ),
        ),
        label=note(
            "Two afternoons offered, nothing settled.",
            company="Moselle Fund Administration",
            role="Fund Operations Analyst",
        ),
    ),
    person(
        JOAQUIN,
        "can-we-move-monday-new-options-guam",
        "scheduling_request",
        frm=("Maria Santos-Perez", "maria.santosperez@marianas-air.example"),
        subject="Moving your interview",
        date=dh("2041-11-01 08:30", "Pacific/Guam"),
        body="""Hi Joaquin,

Our station manager has been called to Saipan on Monday, so we'd like to move your
interview. Could you send me two or three times that suit you later next week?

Thanks for your flexibility,
Maria Santos-Perez
HR, Marianas Air""",
        label=note(
            "Asks to move an interview whose time the message does not state; asks for new times.",
            company="Marianas Air",
        ),
    ),
    person(
        ZOFIA,
        "agency-availability-second-round",
        "scheduling_request",
        frm=("Tomasz Wróbel", "tomasz.wrobel@vistula-search.example"),
        name_method="B",
        subject="2nd round - your availability?",
        date=dh("2041-11-12 09:40", "Europe/Warsaw"),
        body="""Hi Zofia,

Good news: the client wants you for a second round with their COO. Could you send me your
availability for the week of 25 November? Mornings are best for them.

Tomasz Wróbel
Vistula Search""",
        label=note("Agency asks for availability for a second round; no time yet."),
    ),
    person(
        TANNER,
        "calendly-link-in-recruiter-mail-boise",
        "scheduling_request",
        frm=("Kelsey Huang-Ross", "kelsey.huangross@sawtooth-cloud.example"),
        subject="Sawtooth Cloud - let's chat",
        date=dh("2041-10-17 14:15", "America/Boise"),
        body="""Hi Tanner,

Thanks for applying to the Site Reliability Engineer role. I'd love to set up a 30-minute
screening call. Grab any time that works here:

https://calendly.com/kelsey-sawtooth/sre-screen

Kelsey Huang-Ross
Technical Recruiter""",
        label=note(
            "Booking link for a screen; nothing booked.",
            company="Sawtooth Cloud",
            role="Site Reliability Engineer",
        ),
    ),
    person(
        SINDRE,
        "rejection-after-final-round-oslo",
        "rejection",
        frm=("Ingrid Solberg", "ingrid.solberg@fjord-grid.example"),
        subject="Your application - Energy Trader",
        date=dh("2041-11-08 14:30", "Europe/Oslo"),
        body=f"""Hi Sindre,

Thank you for taking the time to meet us on {d("2041-11-05", "uk")}. It was a close call,
but we have decided to move forward with another candidate whose trading experience fits the
desk a little better.

We'd be glad to keep in touch for future roles.

Best regards,
Ingrid Solberg
Head of Trading, Fjord Grid""",
        label=note(
            "Rejection after the final round (the past interview date is mentioned).",
            company="Fjord Grid",
            role="Energy Trader",
        ),
    ),
    vendor(
        HEIDI,
        "workable-rejection-no-interview",
        "rejection",
        frm=("Victoria Harbour Insights", "noreply@workablemail.com"),
        subject="Your application for Market Research Analyst",
        date=dh("2041-10-21 10:05", "Asia/Hong_Kong"),
        body="""Dear Heidi,

Thank you for your interest in the Market Research Analyst position at Victoria Harbour
Insights. After careful review we will not be inviting you to interview for this role.

We wish you every success in your search.

Victoria Harbour Insights Hiring Team""",
        label=note(
            "ATS rejection before any interview ('will not be inviting you to interview').",
            company="Victoria Harbour Insights",
            role="Market Research Analyst",
        ),
    ),
    person(
        NINO,
        "agency-relays-client-feedback-rejection",
        "rejection",
        frm=("Giorgi Kapanadze", "giorgi@caucasus-talent.example"),
        subject="FW: Feedback - Nino B.",
        date=dh("2041-11-14 12:00", "Asia/Tbilisi"),
        body=thread(
            """Hi Nino,

Sorry to pass on disappointing news - see the client's feedback below. They liked you a lot,
so I'd like to put you forward for the analytics role at another client. Call me?

Giorgi""",
            "\n"
            + fw(
                "2041-11-14 10:40",
                "Asia/Tbilisi",
                "Ana Lomidze <ana.lomidze@rustaveli-retail.example>",
                "Giorgi Kapanadze <giorgi@caucasus-talent.example>",
                "Feedback - Nino B.",
                "Giorgi, thanks for introducing Nino. The panel enjoyed the conversation but we "
                "have decided not to proceed; we need someone with more pricing experience. "
                "Ana",
                "outlook",
            ),
        ),
        label=note(
            "Agency forwards the client's decision not to proceed.",
            company="Rustaveli Retail",
        ),
    ),
    person(
        OKSANA,
        "rejection-on-top-of-thank-you-note",
        "rejection",
        frm=("Dmytro Kravets", "dmytro.kravets@zakhid-agro.example"),
        subject="Re: Thank you",
        date=dh("2041-10-25 16:10", "Europe/Kyiv"),
        body=thread(
            """Dear Oksana,

Thank you for your kind note. I'm sorry to tell you that we have offered the position to
another candidate. I enjoyed our conversation and wish you every success.

Dmytro""",
            gq(
                "2041-10-23 18:02",
                "Europe/Kyiv",
                "Oksana Melnyk-Harper <oksana.melnyk@example.net>",
                f"Dear Dmytro, thank you for the interview on {d('2041-10-22', 'uk')}. I really "
                "enjoyed learning about the export team. Best, Oksana",
            ),
        ),
        label=note(
            "Rejection on top of the user's thank-you note quoting the past interview date.",
            company="Zakhid Agro",
        ),
    ),
    raw_mail(
        TALVI,
        "offer-letter-pdf-kuura",
        "offer",
        frm=("Aino Vartiainen", "aino.vartiainen@kuura-robotics.example"),
        subject="Offer - Controls Engineer, Kuura Robotics",
        date=dh("2041-11-04 15:30", "Europe/Helsinki"),
        body="""Hi Talvi,

Congratulations! Juho and Sanna were very impressed, and we're delighted to offer you the
role of Controls Engineer. Your offer letter is attached: it covers salary, the start date
(1 February 2042) and benefits.

Please review it and let me know if you have questions - we'd love your answer by 15
November.

Aino""",
        attachments=[pdf("Kuura_Robotics_Offer_Saarinen-Okafor.pdf")],
        label=note(
            "Written offer with a PDF letter.", company="Kuura Robotics", role="Controls Engineer"
        ),
    ),
    person(
        YOUSSEF,
        "offer-follow-up-after-call-cairo",
        "offer",
        frm=("Ahmed El-Sayed", "ahmed.elsayed@nilewave-systems.example"),
        subject="Following our call - offer",
        date=dh("2041-11-06 17:10", "Africa/Cairo"),
        body="""Hi Youssef,

Great talking to you earlier. As promised, I'm confirming in writing that we'd like to offer
you the Backend Engineer position. Mona will send the formal contract tomorrow.

Welcome aboard (I hope)!
Ahmed""",
        label=note(
            "Written confirmation of a verbal offer.",
            company="NileWave Systems",
            role="Backend Engineer",
        ),
    ),
    person(
        MARISA,
        "offer-by-email-phoenix",
        "offer",
        frm=("Ruben Ochoa-Tsosie", "rochoa@sonoran-water-lab.example"),
        subject="Offer: Hydrology Research Technician",
        date=dh("2041-11-19 10:00", "America/Phoenix"),
        body="""Hi Marisa,

I'm happy to offer you the Hydrology Research Technician position at $58,000 a year,
starting January 6. The benefits summary will follow from HR. Let me know by Friday if you
accept.

Ruben""",
        label=note(
            "Offer with salary and start date.",
            company="Sonoran Water Lab",
            role="Hydrology Research Technician",
        ),
    ),
    raw_mail(
        ARJUN,
        "recruiter-ooo-return-date",
        "auto_reply",
        frm=("Brooke Tanaka", "brooke.tanaka@goldengate-robotics.example"),
        subject="Out of Office: Re: Hardware Engineer interview",
        date=dh("2041-10-24 08:02", "America/Los_Angeles"),
        extra=AUTO,
        body=f"""Hi, I'm out of the office until {d("2041-11-04", "usy")} and will reply when I'm back.
For anything urgent about interviews, please email recruiting@goldengate-robotics.example.

Brooke""",
        label=note("Recruiter's out-of-office answer.", return_date="2041-11-04"),
    ),
    raw_mail(
        SEOYEON,
        "careers-inbox-autoresponder-seoul",
        "auto_reply",
        frm=("Hangang Mobility Careers", "careers@hangang-mobility.example"),
        subject="[Auto-reply] We have received your message",
        date=dh("2041-11-02 22:15", "Asia/Seoul"),
        extra=AUTO,
        body="""Thank you for contacting Hangang Mobility Careers.

This is an automatic reply. We have received your message and our recruitment team will
respond within 5 business days. Please do not send duplicate messages.""",
        label=note("Careers mailbox autoresponder without a return date."),
    ),
    vendor(
        TANNER,
        "interview-reminder-tomorrow-boise",
        "interview",
        frm=("Sawtooth Cloud Recruiting", "recruiting@sawtooth-cloud.example"),
        subject="Reminder: your interview tomorrow at 9:30 AM MT",
        date=dh("2041-10-28 09:30", "America/Boise"),
        body=f"""Hi Tanner,

Just a reminder that your technical interview for Site Reliability Engineer is tomorrow,
{d("2041-10-29", "us")}, at 9:30 AM MT on Zoom.

You'll be meeting Hollis Ngata-Brand (SRE Manager).

Join: https://sawtooth-cloud.zoom.us/j/71120044881

Good luck!
Sawtooth Cloud Recruiting""",
        label=lab(
            "2041-10-29 09:30",
            "America/Boise",
            None,
            company="Sawtooth Cloud",
            role="Site Reliability Engineer",
            who=["Hollis Ngata-Brand"],
            notes="Day-before reminder; MT is an abbreviation (MDT before 3 November).",
        ),
    ),
    person(
        MARA,
        "moved-to-thursday-new-time-luxembourg",
        "interview",
        frm=("Olivier Schmit", "olivier.schmit@moselle-fund-admin.example"),
        subject="Re: Fund Operations Analyst - next step",
        date=dh("2041-10-18 11:45", "Europe/Luxembourg"),
        body=thread(
            f"""Hi Mara,

Small change: could we move you from Wednesday to {d("2041-10-24", "uk")} at 15:00? Same
place, same people (Claire Hoffmann and Patrick Reuter). I've updated the invitation - no
need to reply unless it doesn't work.

Olivier""",
            gq(
                "2041-10-15 09:20",
                "Europe/Luxembourg",
                "Olivier Schmit <olivier.schmit@moselle-fund-admin.example>",
                f"Great - confirmed for {d('2041-10-23', 'uk')} at 14:00 with Claire Hoffmann "
                "(Head of Operations) and Patrick Reuter. Olivier",
            ),
        ),
        label=lab(
            "2041-10-24 15:00",
            "Europe/Luxembourg",
            None,
            company="Moselle Fund Administration",
            role="Fund Operations Analyst",
            who=["Claire Hoffmann", "Patrick Reuter"],
            notes="Reschedule stating the new time on top of the quoted old confirmation.",
        ),
    ),
    person(
        ARVIND,
        "second-round-outlook-quote-kl",
        "interview",
        frm=("Siti Nurhaliza Osman", "siti.osman@twinpeak-analytics.example"),
        subject="RE: Technical interview - next steps",
        date=dh("2041-10-31 15:05", "Asia/Kuala_Lumpur"),
        agent="Microsoft Outlook 16.0",
        body=thread(
            f"""Hi Arvind,

Congratulations on getting through! Your second round is booked for {d("2041-11-06", "uk")}
at 10:00 (Kuala Lumpur time) at our KL Sentral office. You'll meet Dr. Lim Boon Keat (Head
of AI) and Farah Idris (Principal Engineer).

Siti""",
            oq(
                "2041-10-30 19:40",
                "Asia/Kuala_Lumpur",
                "Arvind Muthusamy-Leigh <arvind.muthusamy@example.net>",
                "Siti Nurhaliza Osman <siti.osman@twinpeak-analytics.example>",
                "RE: Technical interview - next steps",
                "Hi Siti, thanks for the update - any day next week except Monday works. Arvind",
            ),
        ),
        label=lab(
            "2041-11-06 10:00",
            "Asia/Kuala_Lumpur",
            "Asia/Kuala_Lumpur",
            company="Twinpeak Analytics",
            who=["Lim Boon Keat", "Farah Idris"],
            notes="Second round booked on top of an Outlook-quoted availability reply; the "
            "coordinator only books.",
        ),
    ),
]
