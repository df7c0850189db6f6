"""Reschedules, reminders, forwards, cancellations, scheduling requests, rejections and offers."""

from __future__ import annotations

from tests.eval.authoring.common import headers
from tests.eval.authoring.mime import addr, message

from .kit import (
    ARONUI,
    BIBEK,
    CAOIMHE,
    DESHAWN,
    DESPINA,
    GARRETT,
    HAMISH,
    ILKNUR,
    JALEESA,
    JORIS,
    KAWIKA,
    KOHINE,
    LEONOR,
    MEERA,
    NIZHONI,
    NOAM,
    OSWIN,
    ROWAN,
    SHIRIN,
    THANDEKA,
    THIRI,
    VIGGO,
    WEIJIE,
    XINYI,
    YUTING,
    ZARGHONA,
    Msg,
    User,
    ats,
    attachment,
    d,
    dh,
    forwarded,
    html_page,
    lab,
    leaf,
    mail,
    mid,
    multi,
    note,
    paras,
    pm,
    quoted,
    text_part,
)

_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def nested(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str, str],
    subject: str,
    date: str,
    body: str,
    pdf: str,
    label: dict[str, object],
) -> Msg:
    """multipart/mixed holding multipart/alternative (text + HTML) and a PDF attachment."""
    domain = frm[1].split("@")[1]
    hdrs = headers(
        user,
        frm=addr(*frm),
        subject=subject,
        date=date,
        msgid=mid(slug, domain),
        helo=f"mail.{domain}",
        ip="198.51.100.47",
    )
    alt = multi(
        "alternative",
        f"alt-{slug[:24]}",
        text_part(body),
        leaf("text/html", html_page(paras(body))),
    )
    top = multi("mixed", f"mix-{slug[:24]}", alt, attachment(_PDF, "application/pdf", pdf))
    return Msg(slug, kind, user, message(hdrs, top), label)


MESSAGES = [
    # --- interviews: reminders, reschedules with the new time, forwards --------------------
    pm(
        KOHINE,
        "reminder-tomorrow-chatham-time",
        "interview",
        frm=("Hinemoa Preece", "hinemoa.preece@rekohu-fisheries.example"),
        subject="Reminder: your interview tomorrow",
        date=dh("2033-04-04 15:00", "Pacific/Chatham"),
        body="""Kia ora Kohine,

Just a reminder that I'll see you tomorrow at 10:30am Chatham time at the Waitangi depot
for the Vessel Maintenance Planner interview. Our skipper Ani Tuuta will join me.

Ngā mihi,
Hinemoa Preece
Operations Manager, Rēkohu Fisheries
""",
        label=lab(
            "2033-04-05 10:30",
            "Pacific/Chatham",
            "Pacific/Chatham",
            company="Rēkohu Fisheries",
            role="Vessel Maintenance Planner",
            who=["Hinemoa Preece", "Ani Tuuta"],
            emails=["hinemoa.preece@rekohu-fisheries.example"],
            notes="'Tomorrow' in Chatham time (+12:45 after 3 April).",
        ),
    ),
    pm(
        JALEESA,
        "rescheduled-base64-html-only-darwin",
        "interview",
        frm=("Jacinta Murray", "jacinta.murray@arafurawater.example"),
        subject="Change of time - your panel interview",
        date=dh("2033-04-22 11:30", "Australia/Darwin"),
        body=f"""Hi Jaleesa,

Our panel interview for the Water Treatment Operator position has been moved to
{d("2033-04-28", "uk")} at 9:00am ACST (instead of Wednesday afternoon). The panel will be
me and Ben Tipiloura, Plant Superintendent, at the Darwin River Dam site office.

Thanks for your flexibility,
Jacinta
""",
        html_only=True,
        cte="base64",
        label=lab(
            "2033-04-28 09:00",
            "Australia/Darwin",
            None,
            company="Arafura Water",
            role="Water Treatment Operator",
            who=["Jacinta Murray", "Ben Tipiloura"],
            emails=["jacinta.murray@arafurawater.example"],
            notes="Base64 HTML-only reschedule that gives the new time.",
        ),
    ),
    pm(
        ZARGHONA,
        "self-forward-outlook-kabul-time",
        "interview",
        frm=("Zarghona Wardak-Amiri", "zarghona.wardak@example.org"),
        subject="FW: Interview Confirmation - Monitoring & Evaluation Officer",
        date=dh("2033-04-14 19:40", "Asia/Kabul"),
        body="note to self - prepare the logframe example\n\n"
        + forwarded(
            "2033-04-14 16:10",
            "Asia/Kabul",
            "Farid Sultani <farid.sultani@hindukush-aid.example>",
            "zarghona.w.cv@example.net",
            "Interview Confirmation - Monitoring & Evaluation Officer",
            f"""Dear Zarghona,

This confirms your interview for the Monitoring & Evaluation Officer position on
{d("2033-04-20", "us")} at 10:00 AM Kabul time, at our Shahr-e Naw office. The panel:
Farid Sultani (Programme Director) and Mina Karimi (M&E Advisor).

Regards,
Farid Sultani
""",
            style="outlook",
        ),
        label=lab(
            "2033-04-20 10:00",
            "Asia/Kabul",
            "Asia/Kabul",
            company="Hindukush Aid",
            role="Monitoring & Evaluation Officer",
            who=["Farid Sultani", "Mina Karimi"],
            emails=["farid.sultani@hindukush-aid.example"],
            notes="The user forwards to herself from another address; +04:30.",
        ),
    ),
    nested(
        HAMISH,
        "nested-mixed-interview-brief-pdf",
        "interview",
        frm=("Lachlan Oduya", "lachlan.oduya@harbourbridge-data.example"),
        subject="Interview confirmation + brief - Head of Data Governance",
        date=dh("2033-04-05 12:00", "Australia/Sydney"),
        body=f"""Hi Hamish,

Confirming your interview with me and our CIO, Fiona Strachan, on {d("2033-04-12", "uk")}
at 11am AEST in our Barangaroo office (Tower 2, Level 31). The attached brief covers the
case we'd like you to talk through.

Regards,
Lachlan Oduya
Chief Data Officer, Harbourbridge Data
""",
        pdf="Interview brief - Data Governance.pdf",
        label=lab(
            "2033-04-12 11:00",
            "Australia/Sydney",
            None,
            company="Harbourbridge Data",
            role="Head of Data Governance",
            who=["Lachlan Oduya", "Fiona Strachan"],
            emails=["lachlan.oduya@harbourbridge-data.example"],
            notes="multipart/mixed with an alternative part and a PDF brief.",
        ),
    ),
    mail(
        DESHAWN,
        "b-encoded-name-today-at-230",
        "interview",
        frm=("José Ñúñez-Ortega", "jose.nunez@calloway-freight.example"),
        name_method="B",
        subject="Today's interview - Logistics Data Analyst",
        date=dh("2033-04-19 08:05", "America/New_York"),
        body="""Good morning DeShawn,

Looking forward to our conversation today at 2:30pm ET. I'll be interviewing you together
with Priscilla Amankwah from our network planning team. Dial-in: +1 212 555 0175,
PIN 448 120.

José
""",
        label=lab(
            "2033-04-19 14:30",
            "America/New_York",
            None,
            company="Calloway Freight",
            role="Logistics Data Analyst",
            who=["José Ñúñez-Ortega", "Priscilla Amankwah"],
            emails=["jose.nunez@calloway-freight.example"],
            notes="Same-day reminder from an interviewer whose name is RFC 2047 B-encoded.",
        ),
    ),
    pm(
        NOAM,
        "moved-to-thursday-new-time-israel",
        "interview",
        frm=("Tamar Elbaz", "tamar.elbaz@negevlight.example"),
        subject="Re: Negev Light - final interview",
        date=dh("2033-04-27 10:20", "Asia/Jerusalem"),
        body=f"""Hi Noam,

Small change: Yoav is travelling, so the final interview moves from Monday to
{d("2033-05-05", "uk")} at 16:30, still in Be'er Sheva, now with our CEO Dalia Mizrahi and
Yoav on video.

Tamar
""",
        label=lab(
            "2033-05-05 16:30",
            "Asia/Jerusalem",
            None,
            company="Negev Light",
            who=["Dalia Mizrahi", "Yoav"],
            emails=["tamar.elbaz@negevlight.example"],
            notes="Reschedule with the new time; the recruiter does not sit in this time.",
        ),
    ),
    pm(
        ILKNUR,
        "gmail-reply-istanbul-time-second-round",
        "interview",
        frm=("Kerem Aydoğdu", "kerem.aydogdu@bogazici-holding.example"),
        subject="Re: Treasury Manager - second round",
        date=dh("2033-04-07 18:30", "Europe/Istanbul"),
        body="""Dear İlknur,

Wonderful, then we will meet on the 14th at 10:30 Istanbul time in our Levent office. This
time it is me and our CEO, Nilüfer Ersoy.

Kerem
"""
        + quoted(
            "2033-04-07 12:05",
            "Europe/Istanbul",
            "İlknur Sarıkaya-Demirel <ilknur.sarikaya@example.net>",
            "Dear Kerem, the 14th in the morning suits me best. Best, İlknur",
        ),
        label=lab(
            "2033-04-14 10:30",
            "Europe/Istanbul",
            "Europe/Istanbul",
            company="Boğaziçi Holding",
            role="Treasury Manager",
            who=["Kerem Aydoğdu", "Nilüfer Ersoy"],
            emails=["kerem.aydogdu@bogazici-holding.example"],
        ),
    ),
    pm(
        MEERA,
        "final-round-itinerary-with-lunch",
        "interview",
        frm=("Colleen Ashdown", "colleen.ashdown@tidewrack-games.example"),
        subject="Final round itinerary - Producer",
        date=dh("2033-03-28 15:10", "America/Vancouver"),
        body=f"""Hi Meera,

Here's your final round on {d("2033-04-01", "us")} at 1155 Hornby Street:

9:45 AM   Arrive, check in at 4th floor reception
10:00 AM  Studio Head - Wendell Ocampo
11:00 AM  Production panel - Kiri Tamihana, Bao Tran
12:00 PM  Lunch with the team (informal)
1:15 PM   Rajiv Mehta-Lowell - wrap-up

Colleen
""",
        label=lab(
            "2033-04-01 10:00",
            "America/Vancouver",
            None,
            company="Tidewrack Games",
            role="Producer",
            who=["Wendell Ocampo", "Kiri Tamihana", "Bao Tran", "Rajiv Mehta-Lowell"],
            notes="Multi-session day starts at the first interview, not the check-in.",
        ),
    ),
    # --- cancellations ---------------------------------------------------------------------
    pm(
        GARRETT,
        "coffee-cancelled-req-paused",
        "interview_cancelled",
        frm=("Dale Whitcomb", "dale.whitcomb@ironfeather.example"),
        subject="Re: Platform Engineer opening",
        date=dh("2033-03-23 16:30", "America/Denver"),
        body="""Garrett - I have to cancel tomorrow's coffee, sorry. Finance has paused the
Platform Engineer req until next quarter's budget is signed off. I'll reach back out as soon
as it's reopened; you're at the top of my list.

Dale
"""
        + quoted(
            "2033-03-21 20:11",
            "America/Denver",
            "Dale Whitcomb <dale.whitcomb@ironfeather.example>",
            """Great. Let's do the first-round conversation Thursday 7:45am at Bluebird Coffee
on Pearl, before the office gets busy.""",
        ),
        label=lab(
            "2033-03-24 07:45",
            "America/Denver",
            None,
            company="Ironfeather",
            role="Platform Engineer",
            who=["Dale Whitcomb"],
            emails=["dale.whitcomb@ironfeather.example"],
            notes="Cancels the quoted Thursday 7:45 coffee interview ('tomorrow'); the req is "
            "paused, not filled.",
        ),
    ),
    ats(
        YUTING,
        "comeet-interview-cancelled",
        "interview_cancelled",
        frm=("Lumen Harbor Careers", "lumenharbor@comeet-notifications.com"),
        subject="Interview cancelled - Firmware Engineer",
        date=dh("2033-03-30 09:00", "Asia/Taipei"),
        body="""Hi Yu-ting,

Unfortunately your interview with Dror Ashkenazi on 31/03/2033 at 16:00 (GMT+8) has been
cancelled. We will contact you to find a new time.

Lumen Harbor Recruitment Team
""",
        label=lab(
            "2033-03-31 16:00",
            "Asia/Taipei",
            None,
            company="Lumen Harbor",
            role="Firmware Engineer",
            who=["Dror Ashkenazi"],
        ),
    ),
    pm(
        THANDEKA,
        "interview-cancelled-to-be-rescheduled",
        "interview_cancelled",
        frm=("Refilwe Mokoena", "refilwe.mokoena@ubuntumutual.example"),
        subject="Tuesday's interview - need to cancel",
        date=dh("2033-04-08 16:45", "Africa/Johannesburg"),
        body="""Dear Thandeka,

I'm sorry to let you know we need to cancel Tuesday's 09:00 interview for the Group Financial
Controller role; our CFO has been called to a board session. We'll come back to you with new
options early next week.

Kind regards,
Refilwe Mokoena
""",
        label=lab(
            "2033-04-12 09:00",
            "Africa/Johannesburg",
            None,
            company="Ubuntu Mutual",
            role="Group Financial Controller",
            notes="'Tuesday's 09:00' after a Friday: 12 April. The writer does not say who "
            "interviews.",
        ),
    ),
    ats(
        ARONUI,
        "hubspot-meeting-cancelled",
        "interview_cancelled",
        frm=("Hannah Brightwater", "hannah@puriri-software.example"),
        subject="Meeting cancelled: Screening call with Hannah Brightwater",
        date=dh("2033-03-30 13:00", "Pacific/Auckland"),
        body=f"""Hi Aronui,

Hannah Brightwater cancelled your meeting.

Screening call: Aronui Te Huia-Mason / Pūriri Software
{d("2033-03-31", "uk")}, 3:30pm - 4:00pm (New Zealand Time)

Message from Hannah: "So sorry - something urgent came up. I'll send a new link."
""",
        label=lab(
            "2033-03-31 15:30",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Pūriri Software",
            who=["Hannah Brightwater"],
            emails=["hannah@puriri-software.example"],
        ),
    ),
    # --- scheduling requests ---------------------------------------------------------------
    pm(
        OSWIN,
        "agency-three-slots-second-interview",
        "scheduling_request",
        frm=("Callum Jessop", "callum.jessop@quayside-search.example"),
        subject="Second stage with Pennant Reinsurance - which slot?",
        date=dh("2033-04-13 09:40", "Europe/London"),
        body=f"""Morning Oswin,

Pennant Reinsurance want to see you again for the Pricing Analyst role. They've offered:

1) {d("2033-04-19", "abbr")} 10:00
2) {d("2033-04-20", "abbr")} 15:30
3) {d("2033-04-21", "abbr")} 11:00

Let me know which works and I'll lock it in.

Callum
Quayside Search
""",
        label=note(
            "Agency offers three slots; none chosen.",
            company="Pennant Reinsurance",
            role="Pricing Analyst",
        ),
    ),
    pm(
        NIZHONI,
        "when-are-you-free-ceo-call",
        "scheduling_request",
        frm=("Abel Yazzie-Trujillo", "abel@sunroot-solar.example"),
        subject="Last step - CEO",
        date=dh("2033-04-11 08:30", "America/Phoenix"),
        body="""Nizhoni,

Last step is a 30 minute video call with our CEO, Marisol Benally. When are you free next
week? Send me two or three windows and I'll coordinate.

Abel
""",
        label=note(
            "Asks for availability; nothing fixed.",
            company="Sunroot Solar",
            role="Field Operations Manager",
        ),
    ),
    pm(
        THIRI,
        "two-slots-myanmar-time",
        "scheduling_request",
        frm=("Nilar Win", "nilar.win@ayeyarwady-logistics.example"),
        subject="Second interview - please choose a time",
        date=dh("2033-04-28 11:00", "Asia/Yangon"),
        body=f"""Dear Thiri,

Thank you for attending the first interview. For the second interview with our Managing
Director, could you please let me know which time suits you (Myanmar time)?

- {d("2033-05-04", "us")}, 2:00 PM
- {d("2033-05-06", "us")}, 10:00 AM

Nilar Win
""",
        label=note(
            "Two slots offered.", company="Ayeyarwady Logistics", role="Supply Chain Officer"
        ),
    ),
    pm(
        BIBEK,
        "please-share-availability",
        "scheduling_request",
        frm=("Sabina Gurung", "sabina.gurung@himalwave.example"),
        subject="Himalwave - final discussion",
        date=dh("2033-03-22 10:00", "Asia/Kathmandu"),
        body="""Dear Bibek,

Thank you for the technical round. Our CEO would like a short final discussion. Please share
your availability for the coming week (Sunday to Friday, 10 AM to 4 PM).

Sabina
""",
        label=note("Availability request.", company="Himalwave", role="Network Engineer"),
    ),
    pm(
        VIGGO,
        "monday-or-tuesday-afternoon",
        "scheduling_request",
        frm=("Elin Marklund", "elin.marklund@stalbro.example"),
        subject="Re: Service Designer - follow-up",
        date=dh("2033-04-28 14:05", "Europe/Stockholm"),
        body="""Hi Viggo,

Thanks for coming in on Tuesday, we enjoyed it. We'd like you to meet two of our clients'
project leads. Would Monday or Tuesday afternoon next week work for you? Any time after 13.

Elin
""",
        label=note(
            "Two afternoons offered, no time fixed.",
            company="Stålbro Design",
            role="Service Designer",
        ),
    ),
    pm(
        XINYI,
        "reply-with-available-times",
        "scheduling_request",
        frm=("Zhou Mingyu", "mingyu.zhou@jadegate-pharma.example"),
        subject="Jadegate Pharma - interview arrangement",
        date=dh("2033-03-30 16:00", "Asia/Shanghai"),
        body="""Dear Xinyi,

Your video interview has been reviewed and the hiring manager would like to meet you. Please
reply with three times you are available next week (Beijing time, working hours).

Zhou Mingyu
Talent Acquisition
""",
        label=note(
            "Asks the user for times.", company="Jadegate Pharma", role="Clinical Data Manager"
        ),
    ),
    # --- rejections --------------------------------------------------------------------------
    ats(
        DESPINA,
        "templated-rejection-after-hotel-interview",
        "rejection",
        frm=("Kalliste Hotels Careers", "careers@kalliste-hotels.paradox.ai"),
        subject="Update on your application - Front Office Supervisor",
        date=dh("2033-04-15 10:00", "Europe/Athens"),
        body="""Hi Despina,

Thank you for interviewing with Kalliste Hotels. After careful consideration we have decided
to move forward with other candidates for the Front Office Supervisor position.

We appreciate your interest and encourage you to apply for future openings.
""",
        label=note(
            "Templated rejection.", company="Kalliste Hotels", role="Front Office Supervisor"
        ),
    ),
    pm(
        NOAM,
        "rejection-that-praises-final-round",
        "rejection",
        frm=("Tamar Elbaz", "tamar.elbaz@negevlight.example"),
        subject="Negev Light - our decision",
        date=dh("2033-05-10 17:00", "Asia/Jerusalem"),
        body="""Hi Noam,

I wanted to call, but couldn't reach you. Dalia and Yoav were genuinely impressed - your
system design answer was one of the best we've heard this year. In the end we chose a
candidate with hands-on experience in our exact optics stack, and it was very close.

We'd love to stay in touch for the next opening in the team.

Tamar
""",
        label=note("Rejection that praises.", company="Negev Light"),
    ),
    pm(
        JORIS,
        "niet-doorgaan-english-rejection",
        "rejection",
        frm=("Femke de Bruijn-Oort", "femke@lijnbaanstudio.example"),
        subject="UX Researcher - update",
        date=dh("2033-04-13 11:30", "Europe/Amsterdam"),
        body="""Hoi Joris,

Thanks again for last Wednesday. I'm afraid we won't be continuing with your application: we
need someone who can start running quantitative studies on day one. Your interview was
lovely and Thijs especially liked your diary-study example.

All the best,
Femke
""",
        label=note("Rejection after interview.", company="Lijnbaan Studio", role="UX Researcher"),
    ),
    pm(
        SHIRIN,
        "not-moving-forward-keep-on-file",
        "rejection",
        frm=("Beat Oberholzer", "beat@lindenhall-ai.example"),
        subject="Computational Linguist - Lindenhall AI",
        date=dh("2033-04-05 15:30", "Asia/Tehran"),
        body="""Dear Shirin,

Thank you for speaking with me last week. We have decided not to move forward with your
application for this role. We were impressed by your work on low-resource languages and
would like to keep your details on file for a research position we expect to open later
this year.

Kind regards,
Beat
""",
        label=note(
            "Rejection mentioning a possible future role.",
            company="Lindenhall AI",
            role="Computational Linguist",
        ),
    ),
    pm(
        LEONOR,
        "short-rejection-from-hiring-manager",
        "rejection",
        frm=("Inês Carvalhal", "ines.carvalhal@marinhaverde.example"),
        subject="Product Analyst",
        date=dh("2033-04-06 18:20", "Europe/Lisbon"),
        body="""Hi Leonor, thanks for the chat last week. I've decided to go with someone
more senior for this one, but I really enjoyed talking to you - good luck with the search!

Inês

Enviado do meu iPhone
""",
        label=note("Short mobile rejection.", company="Marinha Verde", role="Product Analyst"),
    ),
    pm(
        WEIJIE,
        "regret-to-inform-panel",
        "rejection",
        frm=("MerlionPay Talent", "talent@merlionpay.example"),
        subject="Your application for Risk Engineering at MerlionPay",
        date=dh("2033-04-22 10:00", "Asia/Singapore"),
        body="""Dear Lim Wei Jie,

Thank you for taking the time to meet our panel. We regret to inform you that we will not be
proceeding with your application. We received a large number of strong applications and
this decision was not easy.

We wish you every success.

MerlionPay Talent Team
""",
        label=note("Formal rejection.", company="MerlionPay", role="Risk Engineering"),
    ),
    ats(
        GARRETT,
        "rippling-rejection-no-interview",
        "rejection",
        frm=("Cobalt Gulch via Rippling", "no-reply@rippling.com"),
        subject="Update on your Staff Engineer application",
        date=dh("2033-03-18 09:00", "America/Denver"),
        body="""Hi Garrett,

Thank you for your interest in the Staff Engineer role at Cobalt Gulch. After reviewing your
application, we've decided to pursue candidates whose experience more closely matches our
current needs. We'll keep your profile for future roles.

The Cobalt Gulch Team
""",
        label=note("Rejection without interview.", company="Cobalt Gulch", role="Staff Engineer"),
    ),
    pm(
        CAOIMHE,
        "position-filled-before-panel",
        "rejection",
        frm=("Ruairi Penney", "ruairi.penney@harbourgrace-fisheries.example"),
        subject="QA Coordinator position",
        date=dh("2033-04-04 11:00", "America/St_Johns"),
        body="""Hi Caoimhe,

I owe you an update. While we were sorting out a new date for the panel, an internal
candidate applied and we've now filled the Quality Assurance Coordinator position, so we
won't be rescheduling. I'm sorry, and thanks for your patience.

Ruairi
""",
        label=note(
            "Position filled before the rescheduled interview: a rejection.",
            company="Harbour Grace Fisheries",
            role="Quality Assurance Coordinator",
        ),
    ),
    pm(
        ROWAN,
        "rejection-thanks-for-your-time",
        "rejection",
        frm=("Bec Kowalczyk", "bec.kowalczyk@islandhop-air.example"),
        subject="Ground Operations Supervisor - outcome",
        date=dh("2033-04-15 14:00", "Australia/Lord_Howe"),
        body="""Hi Rowan,

Thanks for your time on the phone last Friday. Unfortunately you haven't been successful on
this occasion - we needed someone with current dangerous goods certification. Please do keep
an eye on our careers page.

Bec
""",
        label=note(
            "Rejection after phone interview.",
            company="Islandhop Air",
            role="Ground Operations Supervisor",
        ),
    ),
    # --- offers ------------------------------------------------------------------------------
    pm(
        MEERA,
        "offer-next-steps-background-check",
        "offer",
        frm=("Rajiv Mehta-Lowell", "rajiv.mehtalowell@tidewrack-games.example"),
        subject="Offer - Producer, Tidewrack Games",
        date=dh("2033-04-05 16:00", "America/Vancouver"),
        body="""Hi Meera,

Following my call this afternoon, I'm delighted to formally offer you the Producer role at
Tidewrack Games at CAD 118,000 plus bonus, starting May 16.

Next steps: Colleen will send the offer letter for e-signature tomorrow, followed by a
background check consent form and our new-hire paperwork (TD1 forms, direct deposit).

Welcome aboard (almost)!
Rajiv
""",
        label=note(
            "Offer with next steps and paperwork.", company="Tidewrack Games", role="Producer"
        ),
    ),
    nested(
        KAWIKA,
        "offer-letter-pdf-attached",
        "offer",
        frm=("Kelpline People Team", "people@kelpline.example"),
        subject="Your offer from Kelpline",
        date=dh("2033-03-25 09:00", "Pacific/Honolulu"),
        body="""Hi Kawika,

Congratulations! We are pleased to offer you the position of Marine Data Scientist at
Kelpline. Your offer letter is attached; please review, sign and return it by April 1.
Once signed, we'll start your I-9 and onboarding paperwork.

Mahalo,
Kelpline People Team
""",
        pdf="Kelpline_Offer_Letter_Nakamura-Kealoha.pdf",
        label=note("Offer letter attached.", company="Kelpline", role="Marine Data Scientist"),
    ),
    pm(
        HAMISH,
        "verbal-offer-follow-up-contract",
        "offer",
        frm=("Priscilla Yeung", "priscilla.yeung@saltbush-legal.example"),
        subject="Legal Operations Lead - offer",
        date=dh("2033-04-14 17:30", "Australia/Sydney"),
        body="""Dear Hamish,

Further to our conversation this morning, I'm very pleased to confirm our offer of the
Legal Operations Lead role. Your employment contract will come through from our HR system
shortly; please sign it and complete the superannuation choice and TFN declaration forms.

Warm regards,
Priscilla
""",
        label=note(
            "Offer after a verbal offer.",
            company="Saltbush Legal",
            role="Legal Operations Lead",
        ),
    ),
    pm(
        DESHAWN,
        "offer-email-with-deadline",
        "offer",
        frm=("Corinne Halvorsen", "corinne@marrowbone-analytics.example"),
        subject="Offer: Senior Data Engineer at Marrowbone Analytics",
        date=dh("2033-03-30 12:00", "America/New_York"),
        body="""DeShawn,

I'm thrilled to extend you an offer to join Marrowbone Analytics as a Senior Data Engineer:
$172,000 base, 0.12% equity, start date April 25. The formal letter is in your inbox for
signature; it expires in five business days.

Let me know if you'd like to talk through any of it.

Corinne
""",
        label=note(
            "Offer with a deadline.",
            company="Marrowbone Analytics",
            role="Senior Data Engineer",
        ),
        to="deshawn.okaforwhitfield@example.com",
    ),
    pm(
        THANDEKA,
        "conditional-offer-kestrel-ridge",
        "offer",
        frm=("Nomvula Khumalo", "nomvula.khumalo@kestrelridge.example"),
        subject="Conditional offer of employment - Financial Controller",
        date=dh("2033-03-29 14:20", "Africa/Johannesburg"),
        body="""Dear Thandeka

We are pleased to make you a conditional offer for the position of Financial Controller,
subject to satisfactory credit, criminal and qualification checks. Please complete the
attached consent forms so that we can start the checks.

Kind regards
Nomvula Khumalo
HR Manager, Kestrel Ridge
""",
        label=note(
            "Conditional offer with checks as next steps.",
            company="Kestrel Ridge",
            role="Financial Controller",
        ),
    ),
]
