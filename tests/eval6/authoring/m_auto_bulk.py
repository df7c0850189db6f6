"""Automatic answers (out of office, bounces) and bulk mail (alerts, newsletters, lists)."""

from __future__ import annotations

from .base import (
    AINO,
    ANNELIES,
    AUTO,
    CORENTIN,
    DWAYNE,
    FACUNDO,
    GWEN,
    ITZEL,
    JUANES,
    MALTE,
    PRISHA,
    RASHID,
    TAYLOR,
    URS,
    bulk,
    dh,
    mail,
    note,
)

MESSAGES = []


def _auto(user, slug, frm, subject, date, body, label, charset="UTF-8"):
    return mail(
        user,
        slug,
        "auto_reply",
        frm=frm,
        subject=subject,
        date=date,
        body=body,
        label=label,
        extra=list(AUTO),
        charset=charset,
        return_path="",
    )


# --- automatic answers -----------------------------------------------------------------------
MESSAGES.append(
    _auto(
        TAYLOR,
        "ooo-denver-recruiter",
        ("Imogen Strand", "imogen.strand@frontrangerobotics.example"),
        "Automatic reply: Controls Engineer – follow-up",
        dh("2028-03-10 09:01", "America/Denver"),
        "I am out of the office at a conference through Friday, March 17 with limited access "
        "to email. I will respond when I return on Monday, March 20. For urgent recruiting "
        "matters, contact talent@frontrangerobotics.example.",
        note("Exchange OOF with a return date.", return_date="2028-03-20"),
    )
)
MESSAGES.append(
    _auto(
        URS,
        "abwesenheit-basel",
        ("Nadja Gerber", "nadja.gerber@aarebank.example"),
        "Automatische Antwort: Ihre Bewerbung",
        dh("2028-03-14 08:00", "Europe/Zurich"),
        "Grüezi\n\nIch bin bis und mit 24. März 2028 abwesend und ab Montag, 27. März wieder "
        "im Büro. In dringenden Fällen wenden Sie sich bitte an hr@aarebank.example.\n\n"
        "Freundliche Grüsse\nNadja Gerber",
        note("Swiss German OOF ('bis und mit').", return_date="2028-03-27"),
    )
)
MESSAGES.append(
    _auto(
        CORENTIN,
        "reponse-auto-lyon",
        ("Service Recrutement", "recrutement@rhonealpes-biotech.example"),
        "Réponse automatique : Candidature spontanée",
        dh("2028-03-02 21:40", "Europe/Paris"),
        "Bonjour,\n\nNous accusons bonne réception de votre message. Le service recrutement "
        "est fermé pendant les congés d'hiver ; nous traiterons votre demande à partir du "
        "lundi 13 mars.\n\nCordialement",
        note("French OOF of a team mailbox.", return_date="2028-03-13"),
        charset="ISO-8859-15",
    )
)
MESSAGES.append(
    _auto(
        JUANES,
        "respuesta-auto-cali",
        ("Andrea Lucumí", "alucumi@pacificoseguros.example"),
        "Respuesta automática: Entrevista Analista de Riesgos",
        dh("2028-03-23 07:30", "America/Bogota"),
        "Hola, estaré en vacaciones hasta el 31 de marzo sin acceso al correo. A mi regreso "
        "responderé tu mensaje. Saludos.",
        note(
            "Spanish OOF; back on the first working day after 31 March.", return_date="2028-04-03"
        ),
    )
)
MESSAGES.append(
    _auto(
        GWEN,
        "left-company-auto",
        ("Ezra Baptiste", "ezra.baptiste@hudsonquay.example"),
        "Automatic reply: Thank you note",
        dh("2028-03-24 10:00", "America/New_York"),
        "Thank you for your email. I have left Hudson Quay Capital. Please direct recruiting "
        "questions to Marcy Velez at marcy.velez@hudsonquay.example.",
        note("Departed employee's auto-answer; no return date."),
    )
)

_dsn_text = (
    "This is the mail system at host mx.cuzcovalley.example.\n\nI'm sorry to have to inform "
    "you that your message could not be delivered to one or more recipients.\n\n"
    "<renzo.quispe@cuzcovalley.example>: host mx.cuzcovalley.example[203.0.113.40] said: 550 "
    "5.1.1 User unknown (in reply to RCPT TO command)\n"
)
_dsn_status = (
    "Reporting-MTA: dns; mx.cuzcovalley.example\n\nFinal-Recipient: rfc822; "
    "renzo.quispe@cuzcovalley.example\nAction: failed\nStatus: 5.1.1\n"
)
_orig = (
    "From: Facundo Lisandro Ibarra <facundo.ibarra@example.com>\nTo: "
    "renzo.quispe@cuzcovalley.example\nSubject: Re: Entrevista martes\n\n"
)
MESSAGES.append(
    mail(
        FACUNDO,
        "bounce-postfix-entrevista",
        "auto_reply",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.cuzcovalley.example"),
        subject="Undelivered Mail Returned to Sender",
        date=dh("2028-03-06 22:15", "America/Argentina/Cordoba"),
        body=_dsn_text + "\n" + _dsn_status + "\n--- original headers ---\n" + _orig,
        label=note("Postfix bounce of the user's reply about an interview."),
        return_path="",
        extra=[("Auto-Submitted", "auto-replied")],
        charset="us-ascii",
        cte="7bit",
    )
)


# --- bulk ------------------------------------------------------------------------------------
def _bulk(user, slug, frm, subject, date, body, label, list_id, unsub, **kw):
    return mail(
        user,
        slug,
        "bulk",
        frm=frm,
        subject=subject,
        date=date,
        body=body,
        html_auto=True,
        label=label,
        extra=bulk(list_id, unsub),
        **kw,
    )


MESSAGES.append(
    _bulk(
        MALTE,
        "stepstone-jobagent-berlin",
        ("StepStone Job-Agent", "jobagent@stepstone.de"),
        "12 neue Jobs für „Data Engineer“ in Berlin",
        dh("2028-03-07 06:00", "Europe/Berlin"),
        "Hallo Malte,\n\nhier sind deine neuen Jobs:\n\nData Engineer (m/w/d) – Kranich "
        "Mobility – Berlin\nSenior Data Engineer – Havelblick Versicherung – Potsdam\n"
        "Analytics Engineer – Spreebogen Media – Berlin\n\nAlle Jobs ansehen\n\nJob-Agent "
        "abbestellen",
        note("German job alert."),
        "<jobagent.stepstone.de>",
        "https://www.stepstone.de/unsubscribe?id=aa19",
    )
)
MESSAGES.append(
    _bulk(
        RASHID,
        "linkedin-alert-dubai",
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        "“risk manager”: 8 opportunities in Dubai",
        dh("2028-03-05 07:10", "Asia/Dubai"),
        "Your job alert for risk manager in Dubai\n\nHead of Credit Risk – Palm Quay Bank – "
        "Dubai\nRisk Manager, Payments – Sandstone Pay – Dubai (Hybrid)\n\nSee all jobs\n\n"
        "Unsubscribe",
        note("LinkedIn job alert."),
        "<jobs.linkedin.com>",
        "https://www.linkedin.com/jobs/alerts/unsubscribe?x=1",
    )
)
MESSAGES.append(
    _bulk(
        ITZEL,
        "computrabajo-alerta-monterrey",
        ("Computrabajo", "alertas@computrabajo.com"),
        "Nuevas ofertas de empleo: Gerente de Logística en Monterrey",
        dh("2028-03-09 08:00", "America/Monterrey"),
        "Hola Itzel, estas ofertas coinciden con tu búsqueda:\n\nGerente de Logística – "
        "Acerera del Norte – Apodaca, N.L.\nJefe de Almacén – Distribuidora Huasteca – "
        "Monterrey\n\nVer todas las ofertas\n\nDarte de baja",
        note("Mexican job alert."),
        "<alertas.computrabajo.com>",
        "https://mx.computrabajo.com/baja?u=71",
    )
)
MESSAGES.append(
    _bulk(
        ANNELIES,
        "newsletter-brussels-policy",
        ("EU Affairs Careers Weekly", "newsletter@euaffairs-careers.example"),
        "This week: 14 policy jobs, and how to ace a panel interview",
        dh("2028-03-10 07:00", "Europe/Brussels"),
        "EU Affairs Careers Weekly – No. 412\n\nFeatured: How to ace a panel interview in "
        "Brussels – our webinar on Thursday 16 March at 12:30.\n\n14 new policy jobs\n\n"
        "Unsubscribe",
        note("Newsletter mentioning interviews and a webinar time."),
        "<weekly.euaffairs-careers.example>",
        "https://euaffairs-careers.example/unsub?w=412",
        sender="EU Affairs Careers <bounce@mcsv.net>",
    )
)
MESSAGES.append(
    _bulk(
        PRISHA,
        "talent-community-kathmandu",
        ("HimalSoft Careers", "careers@himalsoft.example"),
        "HimalSoft Talent Community – March openings",
        dh("2028-03-12 10:00", "Asia/Kathmandu"),
        "Hi Prisha,\n\nThanks for being part of our talent community. New openings this "
        "month: Senior SDET, Site Reliability Engineer, Engineering Manager.\n\nApply now\n\n"
        "Manage preferences | Unsubscribe",
        note("Company talent-community newsletter (same company as an interview)."),
        "<talent.himalsoft.example>",
        "https://himalsoft.example/talent/unsub",
    )
)
MESSAGES.append(
    _bulk(
        DWAYNE,
        "indeed-alert-halifax",
        ("Indeed", "alert@indeed.com"),
        "Operations Coordinator jobs in Halifax, NS",
        dh("2028-03-18 05:30", "America/Halifax"),
        "Operations Coordinator – Fundy Tidal Power – Dartmouth, NS – Easily apply\n"
        "Port Operations Lead – Chebucto Terminals – Halifax, NS\n\nMore jobs\n\nUnsubscribe",
        note("Indeed job alert."),
        "<alert.indeed.com>",
        "https://ca.indeed.com/unsubscribe?t=9",
    )
)
MESSAGES.append(
    _bulk(
        AINO,
        "mailing-list-helsinki-gamedev",
        ("Suomen Pelikehittäjät -lista", "gamedev-fi@lists.pelikehittajat.example"),
        "[gamedev-fi] Digest, Vol 88, Issue 6",
        dh("2028-03-21 04:00", "Europe/Helsinki"),
        "Today's Topics:\n\n1. Re: Haastattelu / interview tips for designers (Ville)\n2. "
        "Meetup 30.3. klo 18 (Anni)\n\n----\nVille wrote: my interview at a studio last week "
        "was on Tuesday at 10:00, two hours with a design test...\n\n_______________\n"
        "gamedev-fi mailing list\nhttps://lists.pelikehittajat.example/listinfo/gamedev-fi",
        note("Mailing-list digest quoting someone else's interview."),
        "Finnish game developers <gamedev-fi.lists.pelikehittajat.example>",
        "mailto:gamedev-fi-leave@lists.pelikehittajat.example",
    )
)
MESSAGES.append(
    _bulk(
        GWEN,
        "jobs-board-digest-cardiff",
        ("Swyddi Cymru Jobs", "digest@swyddicymru.example"),
        "Your weekly digest: 23 new jobs in Cardiff",
        dh("2028-03-19 08:00", "Europe/London"),
        "Swyddi newydd / New jobs\n\nProduct Manager (Welsh speaker) – Cwmni Glo Digidol – "
        "Caerdydd\nUX Researcher – Bae Data – Cardiff Bay\n\nDad-danysgrifio / Unsubscribe",
        note("Bilingual Welsh/English job digest."),
        "<digest.swyddicymru.example>",
        "https://swyddicymru.example/u/77",
    )
)
