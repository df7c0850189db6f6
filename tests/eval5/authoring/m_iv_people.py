"""Interviews written by people: terse confirmations, thread replies, a forward between the
user's own addresses, phone mail, agencies, panels with titles and addresses, and mail in
windows-1252, Shift_JIS, base64 HTML and raw 8-bit UTF-8 headers."""

from __future__ import annotations

from .kit import (
    BRENT,
    DESMOND,
    ELIF,
    FARHAN,
    ISLA,
    JARRAH,
    KENTA,
    KWAME,
    MIA,
    NEDA,
    WINGYAN,
    Msg,
    d,
    dh,
    html_page,
    human,
    iso,
    iv,
    mail,
    plus,
    quoted,
    t12,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Terse reply in a thread: "Thu 10/21 @ 2:30", no zone ------------------------------------
S = "2027-10-21 14:30"
add(
    human(
        BRENT,
        "terse-thread-reply-regina",
        "interview",
        frm=("Rob Kalmakoff", "rob.kalmakoff@gopherprairiecu.example"),
        subject="Re: Member Services Team Lead - next step",
        date=dh("2027-10-18 16:07:00", "America/Regina"),
        body="Thu 10/21 @ 2:30 works. Come to the Broad St branch, ask for me.\n\nRob\n"
        + quoted(
            "2027-10-18 15:51",
            "America/Regina",
            "Brent Olafson <brent.olafson@example.org>",
            "Hi Rob,\n\nThanks for the call. I could do Thursday afternoon or Friday morning "
            "for the in-person interview.\n\nBrent",
        ),
        in_reply_to="<CAPr7Vn2q9cX@mail.gmail.com>",
        label=iv(
            iso(S, "America/Regina"),
            None,
            company="Gopher Prairie Credit Union",
            role="Member Services Team Lead",
            interviewers=["Rob Kalmakoff"],
            emails=["rob.kalmakoff@gopherprairiecu.example"],
            notes="Two words of confirmation; numeric m/d without year or zone; company only in the domain/subject context.",
        ),
    )
)

# --- Hong Kong agency: day-first numeric date, 'HKT' ---------------------------------------
S = "2027-10-19 10:30"
add(
    human(
        WINGYAN,
        "agency-hongkong-numeric-dmy",
        "interview",
        frm=("Vivian Tsang", "vivian.tsang@pearlrivertalent.example"),
        subject="Interview confirmed - Junk Bay Logistics, Procurement Manager",
        date=dh("2027-10-14 18:22:00", "Asia/Hong_Kong"),
        mailer="outlook",
        body=f"""Hi Wing-yan,

Good news - Junk Bay Logistics would like to meet you. Details below:

Date/time: Tues 19/10 at {t12(S, compact=True).replace(":", ".")} HKT
Venue: 18/F, Tower 2, The Gateway, Tsim Sha Tsui
Interviewers: Mr Raymond Ho (Head of Procurement) and Ms Carmen Leung (HR Manager)

Please dress business formal and bring a printed CV. Call me after the meeting!

Best regards,
Vivian Tsang
Senior Consultant | Pearl River Talent""",
        label=iv(
            iso(S, "Asia/Hong_Kong"),
            None,
            company="Junk Bay Logistics",
            role="Procurement Manager",
            interviewers=["Raymond Ho", "Carmen Leung"],
            notes="Agency: 'Tues 19/10 at 10.30am HKT' (day-first, dot in time); consultant is not an interviewer.",
        ),
    )
)

# --- Forwarded from the user's second address ---------------------------------------------
S = "2027-11-12 15:00"
fwd = f"""---------- Forwarded message ---------
From: Olamide Brathwaite <olamide.brathwaite@sandpiperlegal.example>
Date: Mon, Nov 8, 2027 at 4:41 PM
Subject: Interview - Legal Operations Manager
To: <{DESMOND.addresses[1]}>

Dear Desmond,

Thank you for your application. We would like to invite you to interview on {d(S, "usy")} at {t12(S)} EST at our offices, 8 Hanover Square, New York.

You will meet Cordelia Vance (General Counsel) and Amit Ghoshal (Head of Legal Technology).

Kind regards,
Olamide Brathwaite
Recruiting, Sandpiper Legal LLP
"""
add(
    human(
        DESMOND,
        "forward-from-second-address",
        "interview",
        frm=("Desmond Okonjo-Price", DESMOND.addresses[1]),
        to=DESMOND.addresses[0],
        subject="Fwd: Interview - Legal Operations Manager",
        date=dh("2027-11-08 17:03:00", "America/New_York"),
        body="put this in the calendar\n\n" + fwd,
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Sandpiper Legal",
            role="Legal Operations Manager",
            interviewers=["Cordelia Vance", "Amit Ghoshal"],
            notes="The user forwards a confirmation from his job-search address; the sender is the user himself.",
        ),
    )
)

# --- Mobile mail, relative date ("tomorrow"), Istanbul, raw 8-bit headers ---------------------
S = "2027-10-22 11:00"
add(
    mail(
        ELIF,
        "mobile-tomorrow-raw8-headers",
        "interview",
        frm=("Çağla Yıldırım", "cagla.yildirim@marmarafintek.example"),
        subject="Yarın / tomorrow – görüşme",
        date=dh("2027-10-21 21:40:00", "Europe/Istanbul"),
        body="""Hi Elif, confirming tomorrow 11:00 Istanbul time with me and Onur Keskin (CTO), Teams link below. Sorry for the late mail!

https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmFlYzQ2%40thread.v2/0

Çağla
Marmara Fintek HR

Samsung Galaxy cihazımdan gönderildi""",
        cte="8bit",
        raw8=True,
        extra=[("X-Mailer", "Samsung Email")],
        label=iv(
            iso(S, "Europe/Istanbul"),
            "Europe/Istanbul",
            company="Marmara Fintek",
            interviewers=["Çağla Yıldırım", "Onur Keskin"],
            emails=["cagla.yildirim@marmarafintek.example"],
            notes="Raw UTF-8 in From and Subject (no RFC 2047), 8bit body; 'tomorrow' from a 21:40 Date header.",
        ),
    )
)

# --- Dhaka phone screen on a Sunday, 'BST' meaning Bangladesh ------------------------------
S = "2027-10-24 11:00"
add(
    human(
        FARHAN,
        "phone-screen-dhaka-sunday-bst",
        "interview",
        frm=("Tahmina Akter", "tahmina.akter@padmatextiles.example"),
        subject="Phone interview - Industrial Engineer (Padma Textiles)",
        date=dh("2027-10-20 17:35:00", "Asia/Dhaka"),
        mailer="outlook",
        body=f"""Dear Mr. Farhan Chowdhury,

Thank you for applying. Our Production Manager, Engr. Mahbubur Rahman, will call you for a phone interview on {d(S, "uky")} at 11:00 AM BST (Dhaka time). Please keep your phone reachable.

Regards,
Tahmina Akter
HR & Admin, Padma Textiles Ltd.
Plot 14, Gazipur""",
        label=iv(
            iso(S, "Asia/Dhaka"),
            "Asia/Dhaka",
            company="Padma Textiles",
            role="Industrial Engineer",
            interviewers=["Mahbubur Rahman"],
            notes="'BST' is Bangladesh Standard Time here (Dhaka time), not British Summer Time; Sunday is a working day.",
        ),
    )
)

# --- Onsite agenda in windows-1252 with curly quotes and dashes, Darwin -----------------------
S = "2027-10-28 08:30"
add(
    human(
        JARRAH,
        "onsite-agenda-windows1252-darwin",
        "interview",
        frm=("Bronte Featherstone", "bronte.featherstone@arafurahealth.example"),
        subject="Interview – Thursday – Health Information Manager",
        date=dh("2027-10-21 15:10:00", "Australia/Darwin"),
        mailer="outlook",
        charset="windows-1252",
        body=f"""Hi Jarrah,

Thanks for accepting. Here’s the plan for {d(S, "ord")}:

{t24(S, ".")} – {t24(plus(S, 60), ".")}  Panel interview – Dr Priscilla Ngo (Director, Clinical Information), Lachlan O’Dea (Records Manager), Bronte Featherstone (HR)
{t24(plus(S, 60), ".")} – {t24(plus(S, 90), ".")}  Walk-through of the records unit with Lachlan

Venue: Arafura Health, Level 2, 60 Cavenagh St, Darwin – please sign in at “Visitors”.

Regards,
Bronte""",
        label=iv(
            iso(S, "Australia/Darwin"),
            None,
            company="Arafura Health",
            role="Health Information Manager",
            interviewers=["Priscilla Ngo", "Lachlan O’Dea", "Bronte Featherstone"],
            notes="windows-1252 body with curly quotes and en dashes; '08.30' with a dot; ordinal date; HR sits on the panel.",
        ),
    )
)

# --- Panel list with addresses and titles, base64 HTML only, Melbourne --------------------------
S = "2027-11-01 14:00"
panel = f"""<p>Dear Mia,</p>
<p>Thank you for your interest in the Senior UX Researcher role at Banksia Mutual. Your interview is confirmed:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>{d(S, "uky")}</td></tr>
<tr><td><b>Time</b></td><td>2:00pm &ndash; 3:15pm (Melbourne time)</td></tr>
<tr><td><b>Location</b></td><td>Level 9, 360 Collins Street, Melbourne</td></tr>
</table>
<p><b>Your panel</b></p>
<ul>
<li>Dr Hyun-woo Baek &ndash; Head of Research &ndash; <a href="mailto:hyunwoo.baek@banksiamutual.example">hyunwoo.baek@banksiamutual.example</a></li>
<li>Fiona Castellano &ndash; Principal Designer &ndash; <a href="mailto:fiona.castellano@banksiamutual.example">fiona.castellano@banksiamutual.example</a></li>
<li>Oscar Liddell &ndash; Product Owner, Claims</li>
</ul>
<p>Warm regards,<br>Jessamy Ord<br>Talent Acquisition Advisor</p>"""
add(
    mail(
        MIA,
        "panel-table-base64-html-melbourne",
        "interview",
        frm=("Jessamy Ord", "jessamy.ord@banksiamutual.example"),
        subject="Interview confirmation – Senior UX Researcher",
        date=dh("2027-10-25 11:30:00", "Australia/Melbourne"),
        rich=html_page(panel),
        cte="base64",
        label=iv(
            iso(S, "Australia/Melbourne"),
            "Australia/Melbourne",
            company="Banksia Mutual",
            role="Senior UX Researcher",
            interviewers=["Hyun-woo Baek", "Fiona Castellano", "Oscar Liddell"],
            emails=["hyunwoo.baek@banksiamutual.example", "fiona.castellano@banksiamutual.example"],
            notes="HTML-only base64 table; panel with titles and two addresses; Melbourne on AEDT.",
        ),
    )
)

# --- Japanese, Shift_JIS, Osaka ------------------------------------------------------------
S = "2027-10-15 14:00"
add(
    mail(
        KENTA,
        "shift-jis-mensetsu-osaka",
        "interview",
        frm=("株式会社なにわ精機 採用担当 / 藤原", "saiyo@naniwaseiki.example"),
        subject="【一次面接のご案内】株式会社なにわ精機",
        date=dh("2027-10-06 10:15:00", "Asia/Tokyo"),
        body="""森本 健太 様

この度は弊社の生産技術職にご応募いただき、誠にありがとうございます。
書類選考の結果、一次面接にお越しいただきたく、ご案内申し上げます。

日時：2027年10月15日（金）14:00〜15:00
場所：大阪市西区靱本町1-8-2 なにわ精機ビル 5階
面接官：製造部 部長 大西 隆、人事部 藤原 美咲

ご都合が悪い場合はご連絡ください。

株式会社なにわ精機 人事部 採用担当 藤原""",
        charset="shift_jis",
        cte="base64",
        name_charset="shift_jis",
        name_method="B",
        subject_method="B",
        label=iv(
            iso(S, "Asia/Tokyo"),
            None,
            company="なにわ精機",
            role="生産技術職",
            interviewers=["大西 隆", "藤原 美咲"],
            notes="Japanese in Shift_JIS (base64), year-first date with weekday in brackets; no zone named.",
        ),
    )
)

# --- Reply choosing the second of two quoted slots, Tehran ------------------------------------
S = "2027-11-03 16:00"
add(
    human(
        NEDA,
        "reply-picks-second-slot-tehran",
        "interview",
        frm=("Farzaneh Rostami", "farzaneh.rostami@alborzcloud.example"),
        subject="Re: Interview times - Site Reliability Engineer",
        date=dh("2027-10-30 10:05:00", "Asia/Tehran"),
        body="Dear Neda,\n\nThe second option is better for Pouya and me. See you then on Google Meet "
        "(meet.google.com/alb-qwer-tyu).\n\nFarzaneh\n"
        + quoted(
            "2027-10-29 19:20",
            "Asia/Tehran",
            "Neda Karimi-Farahani <neda.karimifarahani@example.com>",
            f"Dear Farzaneh,\n\nThank you. I am available at either of these (Tehran time):\n"
            f"- {d('2027-11-02', 'us')}, 10:00\n- {d(S, 'us')}, 16:00\n\nBest,\nNeda",
        ),
        label=iv(
            iso(S, "Asia/Tehran"),
            "Asia/Tehran",
            company="Alborz Cloud",
            role="Site Reliability Engineer",
            interviewers=["Farzaneh Rostami"],
            emails=["farzaneh.rostami@alborzcloud.example"],
            notes="Reply choosing 'the second option' of two slots quoted below (written by the user); Pouya's surname is not given.",
        ),
    )
)

# --- Accra agency, ordinal date, the client's panel ------------------------------------------
S = "2027-10-21 14:00"
add(
    human(
        KWAME,
        "agency-accra-ordinal",
        "interview",
        frm=("Efua Boateng", "efua.boateng@goldcoastsearch.example"),
        subject="Your interview with Akwaaba Telecom - Thursday",
        date=dh("2027-10-15 12:45:00", "Africa/Accra"),
        mailer="outlook",
        body=f"""Hi Kwame,

Akwaaba Telecom have confirmed your interview for {d(S, "ord")} at 2pm at their Airport City office (Ground floor, Rangoon Close). You'll meet Mrs. Adwoa Frimpong-Manso, Head of Billing Systems, and Yaw Darkwa, Solutions Architect.

Let me know once you're done - I'll chase feedback straight away.

Efua Boateng
Principal Consultant, Gold Coast Search""",
        label=iv(
            iso(S, "Africa/Accra"),
            None,
            company="Akwaaba Telecom",
            interviewers=["Adwoa Frimpong-Manso", "Yaw Darkwa"],
            notes="Agency mail; ordinal 'Thursday 21st October at 2pm'; no zone.",
        ),
    )
)

# --- Academic interview: presentation then panel, 24-hour with dots, Edinburgh ---------------
S = "2027-11-24 13:30"
add(
    human(
        ISLA,
        "lectureship-presentation-panel",
        "interview",
        frm=("Morag Sutherland", "m.sutherland@caledonianinstitute.example"),
        subject="Lecturer in Environmental Statistics - invitation to interview",
        date=dh("2027-11-12 16:00:00", "Europe/London"),
        mailer="thunderbird",
        body=f"""Dear Dr Drummond,

I am pleased to invite you to interview for the post of Lecturer in Environmental Statistics on {d(S, "uky")}.

{t24(S, ".")}  Presentation to the School (15 minutes + questions), Room 3.12, Murchison Building
{t24(plus(S, 45), ".")}  Panel interview: Professor Alasdair Reid (Head of School, chair), Dr Yetunde Bakare, Dr Rhona McAlpine and Ms Morag Sutherland (HR)

Travel expenses within the UK will be reimbursed.

Yours sincerely,
Morag Sutherland
HR Adviser""",
        label=iv(
            iso(S, "Europe/London"),
            None,
            company="Caledonian Institute",
            role="Lecturer in Environmental Statistics",
            interviewers=["Alasdair Reid", "Yetunde Bakare", "Rhona McAlpine", "Morag Sutherland"],
            notes="Academic: presentation first (start), then panel; 13.30 with a dot; titles dropped; HR sits on the panel.",
        ),
    )
)
