"""Automatic answers (out of office, bounces, unmonitored mailboxes) and bulk mail (alerts,
newsletters, notifications, list mail, a webinar with a calendar)."""

from __future__ import annotations

from .kit import (
    ANTOINE,
    AUTO,
    CALLUM,
    COLTON,
    EVAN,
    FLORIAN,
    HARUTO,
    KATHARINA,
    MARTA,
    MATHILDE,
    NADINE,
    NALEDI,
    PRABIN,
    SIDDHARTH,
    TAMIKA,
    THIAGO,
    Msg,
    Part,
    bulk,
    cal,
    d,
    dh,
    event,
    html_page,
    leaf,
    mail,
    message,
    mid,
    multi,
    note,
    paras,
    uid,
)
from .kit import headers as hdrs
from .kit import text_part as text

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Automatic answers ============================================================================

add(
    mail(
        SIDDHARTH,
        "exchange-automatic-reply-vaayu-return",
        "auto_reply",
        frm=("Venkatesh Iyer", "venkatesh.iyer@vaayuanalytics.example"),
        subject="Automatic reply: Thank you - Lead Data Scientist panel",
        date=dh("2027-02-19 10:02:00", "Asia/Kolkata"),
        extra=AUTO,
        body="""Hi,

I am travelling with limited access to email and will be back in office on 1st March 2027. For urgent matters please contact Farah Siddiqui.

Regards,
Venkatesh
""",
        label=note(
            "Exchange automatic reply to the user's thank-you; states a return date.",
            return_date="2027-03-01",
        ),
    )
)

add(
    mail(
        EVAN,
        "gmail-vacation-responder-no-date",
        "auto_reply",
        frm=("Lorraine Castellanos", "lorraine.castellanos@quarrystone.example"),
        subject="Re: Thanks for today!",
        date=dh("2027-03-18 18:40:00", "America/Los_Angeles"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Thanks for your note! I'm out of the office with my family and checking email only occasionally. I'll reply when I'm back.

If it's about interviews for my team, Jenna Kowalczyk-Reyes can help.
""",
        label=note("Vacation responder without a return date, mentions interviews."),
    )
)

add(
    mail(
        KATHARINA,
        "abwesenheitsnotiz-havelstahl",
        "auto_reply",
        frm=("Oberländer, Sabine", "s.oberlaender@havelstahl.example"),
        subject="Automatische Antwort: Ihre Einladung zum Vorstellungsgespräch",
        date=dh("2027-03-22 08:01:00", "Europe/Berlin"),
        extra=AUTO,
        body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 26. März 2027 nicht im Büro. Ab Montag, 29. März 2027 bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an personal@havelstahl.example.

Mit freundlichen Grüßen
Sabine Oberländer
""",
        label=note("German Outlook out-of-office with a return date.", return_date="2027-03-29"),
    )
)

add(
    mail(
        MATHILDE,
        "reponse-automatique-lumiere-verte",
        "auto_reply",
        frm=("Anaïs Mercier", "anais.mercier@lumiere-verte.example"),
        subject="Réponse automatique : Confirmation de votre entretien",
        date=dh("2027-03-26 09:10:00", "Europe/Paris"),
        extra=AUTO,
        body="""Bonjour,

Je suis absente du bureau jusqu'au mardi 30 mars inclus, avec un accès limité à mes e-mails. Je vous répondrai dès mon retour le mercredi 31 mars.

Pour toute urgence : recrutement@lumiere-verte.example

Anaïs Mercier
""",
        label=note("French out-of-office with a return date.", return_date="2027-03-31"),
    )
)

add(
    mail(
        MARTA,
        "respuesta-automatica-mediterrania",
        "auto_reply",
        frm=("Núria Soler Pujol", "nsoler@mediterrania-logistica.example"),
        subject="Respuesta automática: Re: Convocatoria a entrevista",
        date=dh("2027-03-12 15:00:00", "Europe/Madrid"),
        extra=AUTO,
        body="""Hola,

Estaré fuera de la oficina hasta el lunes 15 de marzo. Para cualquier tema urgente, puedes escribir a talento@mediterrania-logistica.example.

Gracias,
Núria
""",
        label=note("Spanish out-of-office; back on the stated Monday.", return_date="2027-03-15"),
    )
)

# --- Bounce carrying the user's calendar REPLY (acceptance of an interview) -------------------
S = "2027-02-24 14:00"
reply_ics = event(
    uid=uid("outlook-custom-tz-jatoba-saopaulo", "outlook"),
    start=S,
    zone="America/Sao_Paulo",
    minutes=60,
    summary="Accepted: Entrevista técnica / Technical interview – Thiago Albuquerque (Data Platform)",
    organizer=("Renata Figueiredo Lins", "renata.lins@jatobaseguros.example"),
    attendees=[("Thiago Albuquerque", "thiago.albuquerque@example.net")],
    method="REPLY",
)
returned = message(
    hdrs(
        THIAGO,
        frm="Thiago Albuquerque <thiago.albuquerque@example.net>",
        subject="Accepted: Entrevista técnica / Technical interview – Thiago Albuquerque (Data Platform)",
        date=dh("2027-02-18 12:30:00", "America/Sao_Paulo"),
        msgid=mid("thiago-accept", "mail.gmail.com"),
        to="renata.lins@jatobaseguros.example",
    )[3:],
    multi(
        "alternative",
        "000000000000a1b2c3d4e5f60718",
        text("Thiago Albuquerque accepted this invitation.\n"),
        cal(reply_ics, method="REPLY"),
    ),
)
dsn_report = "\n".join(
    [
        "Reporting-MTA: dns; mx1.example.net",
        "Arrival-Date: " + dh("2027-02-18 12:30:02", "America/Sao_Paulo"),
        "",
        "Final-Recipient: rfc822; renata.lins@jatobaseguros.example",
        "Action: failed",
        "Status: 5.2.2",
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    ]
)
dsn_top = multi(
    "report",
    "dsn-7F3A2C1B.1739892602/mx1.example.net",
    text(
        """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<renata.lins@jatobaseguros.example>: host mail.jatobaseguros.example said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)
""",
        charset="us-ascii",
        cte="7bit",
    ),
    leaf("message/delivery-status", dsn_report + "\n", charset=None, cte="7bit"),
    Part(
        [("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")],
        returned.replace(b"\r\n", b"\n"),
    ),
    params='report-type="delivery-status"',
)
add(
    Msg(
        "bounce-calendar-reply-jatoba",
        "auto_reply",
        THIAGO,
        message(
            hdrs(
                THIAGO,
                frm="Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
                subject="Undelivered Mail Returned to Sender",
                date=dh("2027-02-18 12:30:03", "America/Sao_Paulo"),
                msgid=mid("bounce-jatoba", "mx1.example.net"),
                extra=[("Auto-Submitted", "auto-replied")],
                return_path="",
            ),
            dsn_top,
        ),
        note(
            "Postfix DSN returning the user's calendar REPLY accepting an interview; the bounce is automatic."
        ),
    )
)

add(
    mail(
        EVAN,
        "exchange-ndr-thankyou-orcaline",
        "auto_reply",
        frm=("Microsoft Outlook", "postmaster@orcaline.example"),
        subject="Undeliverable: Thank you for the technical screen",
        date=dh("2027-03-20 09:15:00", "America/Los_Angeles"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        body="""Your message to sam.okonjo@orcaline.example couldn't be delivered.

sam.okonjo wasn't found at orcaline.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
        label=note("Exchange NDR for the user's thank-you note."),
    )
)

add(
    mail(
        COLTON,
        "icims-noreply-autoresponse-copperline",
        "auto_reply",
        frm=("Copperline Utilities Talent Acquisition", "careers-copperlineutil@talent.icims.com"),
        subject="RE: Copperline Utilities: Interview Confirmation - Field Operations Supervisor",
        date=dh("2027-03-16 12:44:00", "America/Phoenix"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""This is an automated response. This mailbox is not monitored and replies are not read.

If you need to change your interview, please contact the recruiter listed in your confirmation or visit the candidate portal.
""",
        label=note(
            "Automatic 'not monitored' answer to the user's reply to an interview confirmation."
        ),
    )
)

add(
    mail(
        NALEDI,
        "careers-fair-ooo-umthombo",
        "auto_reply",
        frm=("Lerato Dlamini-Pillay", "lerato.dlaminipillay@umthombominerals.example"),
        subject="Out of Office: Interview - Naledi Mokoena - Environmental Compliance Officer",
        date=dh("2027-03-05 07:30:00", "Africa/Johannesburg"),
        extra=AUTO,
        body="""Thank you for your email. I am at the Wits Mining Careers Fair conducting graduate interviews until Wednesday 10 March and will respond on my return on Thursday 11 March.

Kind regards
Lerato
""",
        label=note(
            "Out-of-office that talks about interviews; returns on the stated Thursday.",
            return_date="2027-03-11",
        ),
    )
)

add(
    mail(
        HARUTO,
        "bilingual-ooo-minatomirai",
        "auto_reply",
        frm=("Ogawa Mei", "mei.ogawa@minatomirai-robotics.example"),
        subject="自動応答: Re: Final interview - Sasaki Haruto",
        date=dh("2027-03-23 09:00:00", "Asia/Tokyo"),
        extra=AUTO,
        body="""誠に恐れ入りますが、3月26日（金）まで不在にしております。3月29日（月）以降に順次対応いたします。

Thank you for your email. I am out of the office until Friday 26 March and will reply from Monday 29 March.

小川 芽衣
""",
        label=note("Japanese/English out-of-office with a return date.", return_date="2027-03-29"),
    )
)

# === Bulk ============================================================================================

add(
    mail(
        TAMIKA,
        "linkedin-job-alert-compliance",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“compliance director”: 12 new jobs in New York, NY",
        date=dh("2027-03-09 07:12:00", "America/New_York"),
        extra=bulk(
            "<jobalerts.linkedin.com>", "https://www.linkedin.com/job-alert/unsubscribe/8812"
        ),
        rich=html_page(
            paras("""Your job alert for compliance director in New York, NY

Director, Regulatory Compliance - Hudsonline Insurance - New York, NY - Actively recruiting
Compliance Program Director - Kingsbridge Trust - New York, NY (Hybrid) - Easy Apply
Head of Compliance Testing - Tappan Securities - Jersey City, NJ - 3 connections work here

See all jobs: https://www.linkedin.com/jobs/search/?alert=8812

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/job-alert/unsubscribe/8812""")
        ),
        label=note("LinkedIn job alert."),
    )
)

add(
    mail(
        TAMIKA,
        "linkedin-profile-views-notification",
        "bulk",
        frm=("LinkedIn", "notifications-noreply@linkedin.com"),
        subject="Tamika, you appeared in 14 searches this week",
        date=dh("2027-03-15 06:30:00", "America/New_York"),
        extra=bulk(
            "<notifications.linkedin.com>",
            "https://www.linkedin.com/comm/psettings/email-unsubscribe",
        ),
        body="""You appeared in 14 searches this week

Your profile was found by people from Hudsonline Insurance, Palisade Mutual and 4 others.

A recruiter at Verrazano Health viewed your profile.

See all searches: https://www.linkedin.com/me/search-appearances/

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
        label=note("LinkedIn notification naming companies the user interviews with."),
    )
)

add(
    mail(
        FLORIAN,
        "stepstone-jobagent-wien",
        "bulk",
        frm=("StepStone Job-Agent", "jobagent@stepstone.de"),
        subject="Ihr Job-Agent: 9 neue Jobs als Projektleiter in Wien",
        date=dh("2027-03-10 06:00:00", "Europe/Vienna"),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden/44d1"),
        body="""Hallo Florian Gruber,

Ihr Job-Agent hat 9 neue passende Stellenangebote gefunden:

Projektleiter Netzausbau (m/w/d) – Donauwerk Energie AG – Wien
Projektleiter Umspannwerke (m/w/d) – Kahlenberg Elektro GmbH – Wien
Senior Projektmanager Infrastruktur – Wiental Bau AG – Wien

Alle Jobs ansehen: https://www.stepstone.de/jobagent/44d1

Job-Agent abmelden: https://www.stepstone.de/jobagent/abmelden/44d1
""",
        label=note("German job alert."),
    )
)

add(
    mail(
        ANTOINE,
        "wttj-newsletter-reussir-entretien",
        "bulk",
        frm=("Welcome to the Jungle", "hello@welcometothejungle.com"),
        subject="5 questions pour réussir votre entretien d'embauche 🎯",
        date=dh("2027-03-18 08:00:00", "Europe/Brussels"),
        extra=bulk(
            "<newsletter.welcometothejungle.com>",
            "https://www.welcometothejungle.com/fr/unsubscribe",
        ),
        rich=html_page(
            paras("""Cette semaine dans Welcome to the Jungle

Entretien d'embauche : les 5 questions à poser au recruteur (et celles à éviter)
Témoignage : « J'ai passé 6 entretiens pour un même poste »
Les entreprises qui recrutent à Bruxelles ce mois-ci

Se désabonner : https://www.welcometothejungle.com/fr/unsubscribe"""),
            lang="fr",
        ),
        label=note("French newsletter about interviewing."),
    )
)

add(
    mail(
        MARTA,
        "infojobs-alertas-barcelona",
        "bulk",
        frm=("InfoJobs", "alertas@infojobs.net"),
        subject="Nuevas ofertas para ti: Responsable de Planificación en Barcelona",
        date=dh("2027-03-16 07:30:00", "Europe/Madrid"),
        extra=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=7731"),
        body="""Hola Marta,

Tenemos 7 ofertas nuevas que encajan con tu alerta:

- Responsable de Planificación de Demanda – Garraf Retail – Sant Boi de Llobregat
- Supply Chain Planner – Besòs Foods – Badalona
- Jefe/a de Planificación – Montjuïc Pharma – Barcelona

Ver todas: https://www.infojobs.net/alertas/7731
Darte de baja: https://www.infojobs.net/alertas/baja?id=7731
""",
        label=note("Spanish job alert."),
    )
)

add(
    mail(
        EVAN,
        "substack-interview-loop-newsletter",
        "bulk",
        frm=("The Interview Loop", "theinterviewloop@substack.com"),
        subject="Issue #61: How to follow up after an onsite (without being annoying)",
        date=dh("2027-03-21 06:05:00", "America/Los_Angeles"),
        extra=bulk(
            "<theinterviewloop.substack.com>",
            "https://theinterviewloop.substack.com/action/disable_email",
        ),
        body="""The Interview Loop - Issue #61

This week: the thank-you note is not dead. We asked 40 hiring managers whether a follow-up after the onsite changed their decision. Plus: a template for the "any update?" email on day 7, and why Thursday interviews get faster answers.

Read in the app: https://theinterviewloop.substack.com/p/issue-61

Unsubscribe: https://theinterviewloop.substack.com/action/disable_email
""",
        label=note("Newsletter about interviewing and follow-ups."),
    )
)

S = "2027-03-24 18:30"
add(
    mail(
        PRABIN,
        "webinar-publish-system-design-interview",
        "bulk",
        frm=("DevCareers Asia", "events@devcareers-asia.example"),
        subject="You're registered: Cracking the System Design Interview (live webinar)",
        date=dh("2027-03-15 10:00:00", "Asia/Kathmandu"),
        extra=bulk(
            "<events.devcareers-asia.example>", "https://devcareers-asia.example/unsubscribe"
        ),
        body=f"""Hi Prabin,

Thanks for registering! Cracking the System Design Interview goes live on {d(S, "usy")} at 6:30 PM Nepal Time.

Add it to your calendar with the attached file. The recording will be sent to all registrants.

DevCareers Asia
""",
        ics=event(
            uid=uid("webinar-devcareers", "devcareers-asia.example"),
            start=S,
            zone="Asia/Kathmandu",
            minutes=90,
            summary="Webinar: Cracking the System Design Interview",
            organizer=("DevCareers Asia", "events@devcareers-asia.example"),
            location="https://devcareers-asia.example/live/sdi",
            method="PUBLISH",
        ),
        ics_mode="attach",
        ics_method="PUBLISH",
        label=note("Webinar registration with a PUBLISH calendar about interviews: bulk."),
    )
)

add(
    mail(
        HARUTO,
        "mailing-list-post-interview-question",
        "bulk",
        frm=("Kenta Fujiwara", "kenta.fujiwara@example.org"),
        subject="Re: [tokyo-embedded] Interview at a robotics startup next week - what to expect?",
        date=dh("2027-03-20 22:14:00", "Asia/Tokyo"),
        extra=[
            ("List-Id", "Tokyo embedded developers <tokyo-embedded.lists.tokyo-embedded.example>"),
            ("List-Post", "<mailto:tokyo-embedded@lists.tokyo-embedded.example>"),
            (
                "List-Unsubscribe",
                "<https://lists.tokyo-embedded.example/mailman/options/tokyo-embedded>",
            ),
            ("Precedence", "list"),
        ],
        body="""> I have an interview next Thursday at 14:00 with a robotics company.
> Any tips for the RTOS questions?

They usually ask about priority inversion and how you'd debug a stack overflow on a Cortex-M. Bring examples.

Kenta
_______________________________________________
tokyo-embedded mailing list
https://lists.tokyo-embedded.example/mailman/listinfo/tokyo-embedded
""",
        label=note("Mailing-list reply quoting someone else's interview time."),
    )
)

add(
    mail(
        CALLUM,
        "alumni-careers-fair-quaystone",
        "bulk",
        frm=("Quaystone Alumni Careers", "alumni.careers@quaystone-uni.example"),
        subject="Spring Careers Fair: meet 60 employers, on-the-spot interviews",
        date=dh("2027-03-17 12:00:00", "Europe/London"),
        extra=bulk(
            "<alumni.quaystone-uni.example>", "https://quaystone-uni.example/alumni/unsubscribe"
        ),
        body="""Dear alumnus,

Join us for the Spring Careers Fair on Wednesday 21 April, 10:00-16:00, Great Hall. Many employers will run on-the-spot interviews, so bring copies of your CV.

Register: https://quaystone-uni.example/careers/fair

Unsubscribe: https://quaystone-uni.example/alumni/unsubscribe
""",
        label=note("Alumni careers fair announcement with 'on-the-spot interviews'."),
    )
)

add(
    mail(
        COLTON,
        "walk-in-hiring-event-mass-mail",
        "bulk",
        frm=("Desert Ridge Distribution Careers", "careers@desertridgedist.example"),
        subject="Hiring Event Saturday! Walk-in interviews, same-day offers",
        date=dh("2027-03-24 10:00:00", "America/Phoenix"),
        extra=bulk(
            "<careers.desertridgedist.example>", "https://desertridgedist.example/unsubscribe"
        ),
        rich=html_page(
            paras("""HIRING EVENT - Saturday, March 27, 8 AM - 2 PM

Walk-in interviews for forklift operators, shift leads and warehouse associates. Same-day offers! $21-$26/hr.

4120 S 43rd Ave, Phoenix

You're receiving this because you joined our talent network. Unsubscribe: https://desertridgedist.example/unsubscribe""")
        ),
        label=note("Mass-mailed walk-in hiring event."),
    )
)

add(
    mail(
        NADINE,
        "xing-news-karriere",
        "bulk",
        frm=("XING", "mailrobot@mail.xing.com"),
        subject="Nadine, 3 Unternehmen haben sich Ihr Profil angesehen",
        date=dh("2027-03-21 09:00:00", "Europe/Zurich"),
        extra=bulk("<news.xing.com>", "https://www.xing.com/settings/notifications"),
        body="""Hallo Nadine Brunner,

diese Woche haben sich 3 Unternehmen Ihr Profil angesehen, darunter Glarner Security AG.

Außerdem: Tipps für Ihr nächstes Vorstellungsgespräch im XING Karriere-Ratgeber.

Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
""",
        label=note("German-language network notification mentioning interviews."),
    )
)

add(
    mail(
        THIAGO,
        "glassdoor-digest-jatoba-reviews",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="New interview reviews for Jatobá Seguros",
        date=dh("2027-02-21 08:00:00", "America/Sao_Paulo"),
        extra=bulk("<glassdoor.com>", "https://www.glassdoor.com/unsubscribe"),
        body="""People are talking about Jatobá Seguros

"Technical interview, 60 minutes, system design about streaming. Friendly panel." - Data Engineer candidate in São Paulo

See all interview reviews: https://www.glassdoor.com/Interview/jatoba

Unsubscribe: https://www.glassdoor.com/unsubscribe
""",
        label=note("Interview-review digest about a company the user interviews with."),
    )
)
