"""Interviews arranged by people: agencies, hiring managers, founders, coordinators; threads,
relative dates, phone screens where the company calls, reschedules, odd charsets."""

from __future__ import annotations

from .kit import (
    BAONGOC,
    FAIZAN,
    HOILAM,
    ISHAAN,
    JARRAH,
    KIRSTEN,
    MARCUS,
    MARIAM,
    NUSRAT,
    SEUN,
    SHAYLEE,
    TAMSIN,
    WANJIRU,
    Msg,
    d,
    dh,
    lab,
    mail,
    mid,
    quoted,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- London agency, "next Tuesday", interviewers with titles in a list -------------------------
S = "2032-10-12 14:00"
add(
    mail(
        TAMSIN,
        "agency-next-tuesday-harrowgate-search",
        "interview",
        frm=("Ollie Braithwaite", "ollie.braithwaite@harrowgatesearch.example"),
        subject="Lyndhurst Homes - you're through to 2nd stage!",
        date=dh("2032-10-06 17:48:00", "Europe/London"),
        body="""Hi Tamsin,

Brilliant news - Lyndhurst Homes would like you back for the second stage for the Customer Insight Manager role.

They've gone for next Tuesday at 2pm, at their Reading office (Forbury Place, 3rd floor). You'll be seeing:

  * Harriet Mbeki - Customer Director
  * Giles Fotheringham - Head of Data & Insight

It's about an hour, with a 15-min presentation at the start on the brief I'll send over tomorrow.

Any questions give me a bell.

Ollie Braithwaite
Principal Consultant | Harrowgate Search
07700 900 418
""",
        label=lab(
            S,
            "Europe/London",
            None,
            company="Lyndhurst Homes",
            role="Customer Insight Manager",
            who=["Harriet Mbeki", "Giles Fotheringham"],
            notes="Agency; 'next Tuesday' from Wednesday 6 October is 12 October; the consultant is not an interviewer.",
        ),
    )
)

# --- Hiring manager reply settling one of two quoted slots, Nairobi ----------------------------
S = "2032-09-21 09:00"
_q = """Hi Wanjiru,

Would either of these work for a conversation with me and our CFO, Abdi Haji?
- Tuesday 21st at 9am
- Wednesday 22nd at 2pm

Best,
Nyokabi"""
add(
    mail(
        WANJIRU,
        "reply-first-slot-mvule-agritech",
        "interview",
        frm=("Nyokabi Mwangi", "nyokabi.mwangi@mvuleagritech.example"),
        subject="Re: Finance Business Partner - next conversation",
        date=dh("2032-09-16 12:05:00", "Africa/Nairobi"),
        in_reply_to=mid("mvule-user-pick", "mail.gmail.com"),
        body="""Perfect, Tuesday at 9 it is. See you at our office on Ngong Road - ask for me at reception.

Nyokabi

Nyokabi Mwangi
Head of Finance, Mvule Agritech
+254 20 555 0178
"""
        + quoted(
            "2032-09-16 10:40",
            "Africa/Nairobi",
            "Wanjiru Gathoni-Ouma <wanjiru.gathoniouma@example.org>",
            "Tuesday works best for me, thank you!\n"
            + quoted(
                "2032-09-15 18:02",
                "Africa/Nairobi",
                "Nyokabi Mwangi <nyokabi.mwangi@mvuleagritech.example>",
                _q,
            ),
        ),
        label=lab(
            S,
            "Africa/Nairobi",
            None,
            company="Mvule Agritech",
            role="Finance Business Partner",
            who=["Nyokabi Mwangi", "Abdi Haji"],
            emails=["nyokabi.mwangi@mvuleagritech.example"],
            notes="Reply settling the first of two quoted slots (Tuesday 21 September 9am).",
        ),
    )
)

# --- Phone screen: "I'll call you", Regina, mobile shorthand ------------------------------------
S = "2032-09-13 15:30"
add(
    mail(
        KIRSTEN,
        "mobile-ill-call-you-tmrw-wheatland-credit",
        "interview",
        frm=("Brett Olafson", "brett.olafson@wheatlandcu.example"),
        subject="Re: Member Services Lead",
        date=dh("2032-09-12 20:11:00", "America/Regina"),
        body="""Hi Kirsten - tmrw at 3:30 works. I'll call your cell, should be about 20 min.

Brett
Branch Manager, Wheatland Credit Union

Sent from my iPhone
""",
        label=lab(
            S,
            "America/Regina",
            None,
            company="Wheatland Credit Union",
            role="Member Services Lead",
            who=["Brett Olafson"],
            emails=["brett.olafson@wheatlandcu.example"],
            notes="Mobile reply: 'tmrw at 3:30' from a Sunday evening Date header; the branch manager calls.",
        ),
    )
)

# --- Coordinator reschedule with the new time, Lagos, windows-1252 ---------------------------------
S = "2032-10-14 10:00"
add(
    mail(
        SEUN,
        "reschedule-new-time-cp1252-ikoyi-capital",
        "interview",
        frm=("Adaeze Nwosu", "adaeze.nwosu@ikoyicapital.example"),
        subject="RE: Interview - Credit Risk Analyst – change of time",
        date=dh("2032-10-08 16:22:00", "Africa/Lagos"),
        charset="windows-1252",
        body=f"""Dear Oluwaseun,

Apologies for the change. Mr. Babatunde Oyelowo’s board meeting has moved, so we have rescheduled your interview from Tuesday to {d(S, "uk")} at 10:00am, same venue (Ikoyi Capital, 14 Alfred Rewane Road).

The panel is unchanged: Mr. Babatunde Oyelowo (Chief Risk Officer) and Mrs. Ifeoma Chukwu (Head, Credit).

Kind regards,
Adaeze Nwosu
Talent Acquisition Coordinator
""",
        label=lab(
            S,
            "Africa/Lagos",
            None,
            company="Ikoyi Capital",
            role="Credit Risk Analyst",
            who=["Babatunde Oyelowo", "Ifeoma Chukwu"],
            notes="Reschedule with the new time (Thursday 14 October 10am); windows-1252 curly quote and dash.",
        ),
    )
)

# --- Founder intro with LinkedIn link and panel of two, HTML-only base64, Ho Chi Minh City ------------
S = "2032-09-28 10:00"
add(
    mail(
        BAONGOC,
        "founder-html-base64-sen-vang-logistics",
        "interview",
        frm=("Phạm Quốc Huy", "huy.pham@senvanglogistics.example"),
        name_method="B",
        subject="Sen Vàng Logistics – meeting on Tuesday",
        subject_method="B",
        date=dh("2032-09-23 21:30:00", "Asia/Ho_Chi_Minh"),
        cte="base64",
        rich="""<html><body><div>Hi Ngọc,</div>
<div><br></div>
<div>Thanks again for the application for <b>Head of Customer Operations</b>. I'd like to invite you to meet me and my co-founder
<a href="https://www.linkedin.com/in/le-thu-trang-example">Lê Thu Trang</a> (COO) on <b>Tuesday 28 September at 10:00</b> (Vietnam time)
at our office, 21 Nguyễn Thị Minh Khai, District 1.</div>
<div><br></div>
<div>Please bring examples of SLA reports you've built.</div>
<div><br></div>
<div>Best,<br>Huy<br>Founder &amp; CEO, Sen Vàng Logistics<br>+84 28 5555 0163</div>
</body></html>
""",
        label=lab(
            S,
            "Asia/Ho_Chi_Minh",
            "Asia/Ho_Chi_Minh",
            company="Sen Vàng Logistics",
            role="Head of Customer Operations",
            who=["Phạm Quốc Huy", "Lê Thu Trang"],
            emails=["huy.pham@senvanglogistics.example"],
            notes="HTML-only, base64, B-encoded Vietnamese sender name and subject; 'Vietnam time'.",
        ),
    )
)

# --- Coordinator confirms a loop with a numbered list; Dubai assistant on behalf of manager -----------
S = "2032-10-25 09:30"
add(
    mail(
        MARIAM,
        "assistant-on-behalf-loop-list-qasr-realty",
        "interview",
        frm=("Office of Layla Mansour", "ea.lmansour@qasrrealty.example"),
        subject="Confirmation - Interviews for Investor Relations Manager, Monday 25 October",
        date=dh("2032-10-19 13:00:00", "Asia/Dubai"),
        body="""Dear Ms. Al-Suwaidi,

On behalf of Ms. Layla Mansour, please find your interview schedule on Monday 25 October at our DIFC office, Gate Village 4, Level 2 (all times GST):

1) 09:30 - 10:15  Ms. Layla Mansour, Chief Financial Officer
2) 10:20 - 11:00  Mr. Omar Farouk, Head of Investor Relations
3) 11:05 - 11:30  Ms. Renee Castellanos, HR Director

Kindly arrive 15 minutes early for visitor registration.

Best regards,
Hessa Al Marri
Executive Assistant to the CFO
""",
        label=lab(
            S,
            "Asia/Dubai",
            None,
            company="Qasr Realty",
            role="Investor Relations Manager",
            who=["Layla Mansour", "Omar Farouk", "Renee Castellanos"],
            notes="Executive assistant sends a numbered loop; starts at the first session; 'GST' only.",
        ),
    )
)

# --- Internal referral turned interview, Hong Kong, Outlook-style reply with quoted header ----------
S = "2032-11-05 12:30"
add(
    mail(
        HOILAM,
        "lunch-interview-outlook-quoted-junkbay-tech",
        "interview",
        frm=("Chan, Raymond", "raymond.chan@junkbaytech.example"),
        subject="RE: Referral - Senior Business Analyst",
        date=dh("2032-11-01 09:02:00", "Asia/Hong_Kong"),
        body="""Hi Hoi-lam,

Happy to meet. Let's do lunch this Friday 12:30 at the Quarry Bay canteen (Taikoo Place, One Island East, 18/F) - it'll be me and Vivian Tsang (Product Owner). Treat it as a first-round interview; bring your questions about the role.

Raymond Chan
Head of Digital Channels

"""
        + quoted(
            "2032-10-30 22:15",
            "Asia/Hong_Kong",
            "Tsui Hoi-lam",
            "Hi Raymond, Ka-man referred me for the Senior Business Analyst opening. Would you have time to talk this week?",
            style="outlook",
        ),
        label=lab(
            S,
            "Asia/Hong_Kong",
            None,
            company="Junk Bay Tech",
            role="Senior Business Analyst",
            who=["Raymond Chan", "Vivian Tsang"],
            emails=["raymond.chan@junkbaytech.example"],
            notes="'this Friday' from Monday 1 November = 5 November; explicitly a first-round interview.",
        ),
    )
)

# --- Indian agency with ISO-8859-1 and "tomorrow" in a panel interview ------------------------------
S = "2032-09-25 11:00"
add(
    mail(
        ISHAAN,
        "agency-latin1-tomorrow-saturday-panel",
        "interview",
        frm=("Rakhi Sen", "rakhi.sen@bengaltalentpartners.example"),
        subject="Interview tomorrow - Hooghly Infra - Project Controls Lead",
        date=dh("2032-09-24 18:30:00", "Asia/Kolkata"),
        charset="ISO-8859-1",
        body="""Dear Ishaan,

As discussed on call, your face-to-face interview with Hooghly Infrastructure is tomorrow (Saturday) at 11:00 AM at their Salt Lake Sector V office, Tower B, 6th floor.

Panel: Mr. Anirban Dasgupta (VP Projects) and Ms. Priti Agarwal (HR Head).

Carry 2 copies of your CV, last three payslips and a photo ID. Kindly confirm receipt.

Regards,
Rakhi Sen
Senior Consultant, Bengal Talent Partners
+91 33 5555 0122
""",
        label=lab(
            S,
            "Asia/Kolkata",
            None,
            company="Hooghly Infrastructure",
            role="Project Controls Lead",
            who=["Anirban Dasgupta", "Priti Agarwal"],
            notes="Agency; 'tomorrow (Saturday)'; ISO-8859-1; the consultant only arranges.",
        ),
    )
)

# --- Eucla user invited in Perth time (AWST +08:00, 45 min behind) -------------------------------------
S = "2032-10-13 10:00"
add(
    mail(
        JARRAH,
        "perth-time-for-eucla-redbank-minerals",
        "interview",
        frm=("Tegan Fairweather", "tegan.fairweather@redbankminerals.example"),
        subject="Interview confirmation - Logistics Planner (FIFO)",
        date=dh("2032-10-07 14:30:00", "Australia/Perth"),
        body=f"""Hi Jarrah,

Confirming your video interview on {d(S, "uk")} at 10:00am Perth time (I realise that's 10:45 for you at Eucla!).

You'll speak with Declan Rowse, Site Logistics Superintendent. The Teams link will come from his calendar.

Tegan Fairweather
Recruitment Advisor | Redbank Minerals
08 9555 0141
""",
        label=lab(
            S,
            "Australia/Perth",
            "Australia/Perth",
            company="Redbank Minerals",
            role="Logistics Planner",
            who=["Declan Rowse"],
            notes="'Perth time' for a Eucla user (+08:45); the recruiter arranges only.",
        ),
    )
)

# --- Reminder from a hiring manager, Dhaka, with "today" ----------------------------------------------
S = "2032-10-10 16:00"
add(
    mail(
        NUSRAT,
        "reminder-today-sunday-workday-jamuna-knitwear",
        "interview",
        frm=("Mahmudul Karim", "mahmudul.karim@jamunaknit.example"),
        subject="Reminder: our call today at 4 PM",
        date=dh("2032-10-10 09:15:00", "Asia/Dhaka"),
        body="""Dear Nusrat,

Just a reminder about our interview call today at 4:00 PM (Dhaka time) for the Merchandising Manager role. I will call you on WhatsApp; Ms. Sharmin Akter from our buying team will join.

Regards,
Mahmudul Karim
Director, Merchandising, Jamuna Knitwear
+880 2 5555 0179
""",
        label=lab(
            S,
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Jamuna Knitwear",
            role="Merchandising Manager",
            who=["Mahmudul Karim", "Sharmin Akter"],
            emails=["mahmudul.karim@jamunaknit.example"],
            notes="Same-day reminder on a Sunday (a working day in Bangladesh); the director calls.",
        ),
    )
)

# --- Karachi: panel with titles in the signature block of the invitation ------------------------------
S = "2032-11-11 11:00"
add(
    mail(
        FAIZAN,
        "plain-confirm-karachi-seaview-foods",
        "interview",
        frm=("Sana Iqbal", "sana.iqbal@seaviewfoods.example"),
        subject="Final interview - Seaview Foods",
        date=dh("2032-11-04 15:45:00", "Asia/Karachi"),
        body=f"""Dear Faizan,

We are pleased to confirm your final interview on {d(S, "usy")} at 11:00 AM PKT at our head office, Plot 22, Korangi Industrial Area.

You will be interviewed by our CEO and our Head of Supply Chain.

Regards,
Sana Iqbal
HR Manager

CEO: Mr. Khurram Siddiqui
Head of Supply Chain: Ms. Amna Rizvi
Seaview Foods (Pvt.) Ltd.
""",
        label=lab(
            S,
            "Asia/Karachi",
            None,
            company="Seaview Foods",
            role=None,
            who=["Khurram Siddiqui", "Amna Rizvi"],
            notes="Interviewers named only in a block under the signature; 'PKT' only.",
        ),
    )
)

# --- Denver: the user's own confirmation reply quoting the invite (user sends) -----------------------
S = "2032-10-28 13:30"
add(
    mail(
        SHAYLEE,
        "coordinator-yes-confirmed-thread-ridgeline-health",
        "interview",
        frm=("Alondra Whitfield", "alondra.whitfield@ridgelinehealth.example"),
        subject="Re: Ridgeline Health - onsite interview",
        date=dh("2032-10-22 11:10:00", "America/Denver"),
        body="""Great - you're confirmed! I've sent calendar holds to the panel.

Alondra
"""
        + quoted(
            "2032-10-22 10:02",
            "America/Denver",
            "Shaylee Tsosie-Parrish <shaylee.tsosie@example.org>",
            """Hi Alondra, Thursday 10/28 at 1:30pm Mountain works for me. Thank you!"""
            + quoted(
                "2032-10-21 16:40",
                "America/Denver",
                "Alondra Whitfield <alondra.whitfield@ridgelinehealth.example>",
                """Hi Shaylee, the panel (Dr. Nia Kowalczyk, CNO, and Brent Halloran, Director of Nursing Informatics) can do Thursday 10/28 at 1:30pm Mountain or Friday 10/29 at 9am. Which works?""",
            ),
        ),
        label=lab(
            S,
            "America/Denver",
            "America/Denver",
            company="Ridgeline Health",
            who=["Nia Kowalczyk", "Brent Halloran"],
            notes="Coordinator confirms the slot the user picked (quoted thread); 'Mountain' resolves to Denver.",
        ),
    )
)

# --- New York: recruiter introduces interviewer in many words, second address --------------------------
S = "2032-11-17 11:00"
add(
    mail(
        MARCUS,
        "recruiter-intro-paragraph-second-address-brasswick",
        "interview",
        frm=("Danielle Okoro", "danielle.okoro@brasswickmedia.example"),
        to="mao.jobsearch@example.org",
        subject="Next step: conversation with our GM",
        date=dh("2032-11-10 15:33:00", "America/New_York"),
        body=f"""Hi Marcus,

Thanks for a great first conversation! The next step is a 45-minute interview with Theo Lindgren-Barr. Theo runs our audio business as General Manager - before Brasswick he built the podcast network at a public broadcaster, and he cares a lot about how you think about audience growth.

He has {d(S, "us")} at 11:00am ET open, and I've gone ahead and held it. Zoom details below.

https://brasswick.zoom.us/j/86420013579

Danielle Okoro
Talent Acquisition, Brasswick Media
""",
        label=lab(
            S,
            "America/New_York",
            None,
            company="Brasswick Media",
            who=["Theo Lindgren-Barr"],
            notes="Recruiter introduces the GM in a paragraph and books the slot; second address; ET after the switch (EST).",
        ),
    )
)
