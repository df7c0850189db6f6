"""Rejections and offers."""

from __future__ import annotations

from .base import (
    BEATRIZ,
    CALLUM,
    CATALINA,
    CONOR,
    ITZEL,
    JOLO,
    LIESL,
    MAXIME,
    PAWEL,
    SANNE,
    SEOYEON,
    TUNDE,
    VERENA,
    WANJIRU,
    ats,
    dh,
    human,
    mail,
    note,
)

MESSAGES = []

# --- rejections ----------------------------------------------------------------------------
MESSAGES.append(
    ats(
        CONOR,
        "lever-reject-after-onsite",
        "rejection",
        frm=("Harbour Grace Analytics", "no-reply@hire.lever.co"),
        subject="Your application to Harbour Grace Analytics",
        date=dh("2028-03-29 14:00", "America/Halifax"),
        body="Hi Conor,\n\nThank you for taking the time to interview with our team last week. "
        "After careful consideration, we have decided to move forward with another candidate "
        "whose experience more closely matches our current needs.\n\nWe will keep your "
        "details on file and wish you the best in your search.\n\nHarbour Grace Analytics",
        label=note("Lever rejection after interviews.", company="Harbour Grace Analytics"),
    )
)

MESSAGES.append(
    ats(
        VERENA,
        "absage-wien-latin1",
        "rejection",
        frm=("Tauernbahn Holding", "bewerbung@tauernbahn.example"),
        subject="Ihre Bewerbung als Senior Controllerin - Absage",
        date=dh("2028-03-16 11:00", "Europe/Vienna"),
        body="Sehr geehrte Frau Pichlmayr,\n\nherzlichen Dank für Ihr Interesse und das "
        "angenehme Gespräch. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass "
        "wir uns für eine andere Kandidatin entschieden haben.\n\nWir wünschen Ihnen für Ihren "
        "weiteren Berufsweg alles Gute.\n\nMit freundlichen Grüßen\nTauernbahn Holding, "
        "Personalabteilung",
        charset="ISO-8859-1",
        label=note("Austrian rejection, ISO-8859-1.", company="Tauernbahn Holding"),
    )
)

MESSAGES.append(
    human(
        MAXIME,
        "refus-candidature-quebec",
        "rejection",
        frm=("Ginette Lapointe", "glapointe@fleurdelysassurances.example"),
        subject="Suivi de votre candidature – Analyste principal",
        date=dh("2028-03-22 16:30", "America/Toronto"),
        body="Bonjour Maxime,\n\nMerci pour ton temps lors des entrevues. Malheureusement, "
        "nous avons retenu une autre candidature dont le profil correspond davantage aux "
        "besoins de l'équipe. Je te souhaite bon succès dans tes démarches.\n\nGinette "
        "Lapointe\nConseillère RH",
        label=note("Québec rejection.", company="Fleur de Lys Assurances"),
    )
)

MESSAGES.append(
    ats(
        CATALINA,
        "rechazo-santiago-proceso",
        "rejection",
        frm=("Minera Atacameña", "noreply@smartrecruiters.com"),
        subject="Actualización de tu proceso de postulación",
        date=dh("2028-03-24 12:00", "America/Santiago"),
        body="Hola Catalina:\n\nTe agradecemos el interés en el cargo de Ingeniera de Datos. "
        "Luego de revisar los antecedentes, hemos decidido no continuar con tu postulación en "
        "esta oportunidad. Guardaremos tu CV para futuros procesos.\n\nSaludos cordiales,\n"
        "Equipo de Reclutamiento – Minera Atacameña",
        label=note("Chilean rejection ('postulación', 'cargo').", company="Minera Atacameña"),
    )
)

MESSAGES.append(
    human(
        TUNDE,
        "one-line-reject-lagos",
        "rejection",
        frm=("Chidi Okwuosa", "chidi@lagoonpay.example"),
        subject="Re: Product Analyst",
        date=dh("2028-03-31 19:02", "Africa/Lagos"),
        body="Hi Tunde, we've decided not to proceed this time. Thanks for your time and all "
        "the best.\n\nChidi\n\nSent from my Android",
        mailer="android",
        label=note("One-line rejection from the hiring manager.", company="LagoonPay"),
    )
)

MESSAGES.append(
    ats(
        SEOYEON,
        "workday-reject-seoul-en",
        "rejection",
        frm=("Gyeongbu Semiconductor", "gyeongbusemi@myworkday.com"),
        subject="Update on your application: Yield Engineer (R-11902)",
        date=dh("2028-03-17 16:00", "Asia/Seoul"),
        body="Dear Park Seo-yeon,\n\nThank you for applying for Yield Engineer. We regret to "
        "inform you that we will not be moving forward with your application at this time."
        "\n\n지원해 주셔서 감사합니다.\n\nGyeongbu Semiconductor Talent Acquisition",
        label=note("Workday rejection with a Korean line.", company="Gyeongbu Semiconductor"),
    )
)

MESSAGES.append(
    human(
        PAWEL,
        "agency-reject-warsaw-call",
        "rejection",
        frm=("Kinga Wróblewska", "kinga.wroblewska@vistulatalent.example"),
        subject="Feedback from Odra Logistics",
        date=dh("2028-04-04 12:10", "Europe/Warsaw"),
        body="Hi Paweł,\n\nI'm sorry to say Odra Logistics decided to go with an internal "
        "candidate for the Head of Data Engineering role. Their feedback on you was very "
        "positive. Have you got 15 minutes tomorrow for a call? I have two other roles in "
        "mind.\n\nKinga",
        label=note("Agency rejection proposing an unscheduled call.", company="Odra Logistics"),
    )
)

MESSAGES.append(
    ats(
        ITZEL,
        "rechazo-monterrey-occ",
        "rejection",
        frm=("Grupo Sierra Madre Vidrio", "reclutamiento@sierramadrevidrio.example"),
        subject="Respuesta a tu candidatura – Analista de Planeación",
        date=dh("2028-03-29 09:30", "America/Monterrey"),
        body="Hola Itzel:\n\nAgradecemos tu participación en nuestro proceso de selección. En "
        "esta ocasión tu perfil no fue seleccionado para continuar. Te invitamos a seguir "
        "revisando nuestras vacantes.\n\nAtentamente,\nAtracción de Talento",
        label=note("Mexican rejection.", company="Grupo Sierra Madre Vidrio"),
    )
)

# --- offers --------------------------------------------------------------------------------
MESSAGES.append(
    human(
        LIESL,
        "offer-joburg-zar",
        "offer",
        frm=("Thandeka Mokoena", "thandeka.mokoena@highveldbank.example"),
        subject="Offer of employment – Credit Risk Modeller",
        date=dh("2028-04-07 15:00", "Africa/Johannesburg"),
        body="Dear Liesl\n\nWe are delighted to offer you the position of Credit Risk Modeller "
        "at a total cost to company of R1 140 000 per annum, starting 1 June 2028. The formal "
        "offer letter is attached for signature by 14 April.\n\nKind regards\nThandeka "
        "Mokoena",
        mailer="outlook",
        label=note("Offer with CTC in rand.", company="Highveld Bank"),
    )
)

MESSAGES.append(
    ats(
        SANNE,
        "aanbod-amsterdam-docusign",
        "offer",
        frm=("Grachten Labs via DocuSign", "dse_na2@docusign.net"),
        subject="Please DocuSign: Arbeidsovereenkomst Sanne Verhoeven – Head of Growth",
        date=dh("2028-04-05 10:00", "Europe/Amsterdam"),
        body="Joost Kramer sent you a document to review and sign.\n\nHi Sanne, here is your "
        "employment contract and offer letter for the Head of Growth role. Welcome aboard!\n\n"
        "REVIEW DOCUMENT\n\nDo Not Share This Email",
        label=note("Offer via DocuSign, Dutch document title.", company="Grachten Labs"),
    )
)

MESSAGES.append(
    human(
        WANJIRU,
        "verbal-offer-recap-nairobi",
        "offer",
        frm=("Achieng Odhiambo", "achieng.odhiambo@savannaledger.example"),
        subject="Following up on our call – offer details",
        date=dh("2028-03-31 17:20", "Africa/Nairobi"),
        body="Dear Wanjiru,\n\nAs discussed on the phone, we're pleased to offer you the "
        "Finance Business Partner role: KES 540,000 gross monthly, medical cover for you and "
        "dependants, 25 days' leave. The written contract follows from HR on Monday.\n\nBest "
        "regards,\nAchieng",
        label=note("Verbal offer recap.", company="Savanna Ledger"),
    )
)

MESSAGES.append(
    ats(
        BEATRIZ,
        "proposta-lisboa-offer-portal",
        "offer",
        frm=("Tejo Ventures", "no-reply@ashbyhq.com"),
        subject="Your offer from Tejo Ventures",
        date=dh("2028-03-28 17:00", "Europe/Lisbon"),
        body="Hi Beatriz,\n\nCongratulations! Tejo Ventures has extended you an offer for "
        "Senior Product Designer. View and accept your offer in the candidate portal before "
        "4 April.\n\nView offer\n\nParabéns!",
        label=note("Offer portal notice.", company="Tejo Ventures"),
    )
)

MESSAGES.append(
    mail(
        CALLUM,
        "offer-adelaide-letter-pdf",
        "offer",
        frm=("Jess Carmody", "jess.carmody@torrensrobotics.example"),
        subject="Letter of offer – Robotics Software Engineer",
        date=dh("2028-04-07 09:15", "Australia/Adelaide"),
        body="Hi Callum,\n\nThrilled to send through your letter of offer for the Robotics "
        "Software Engineer role ($142,000 + super). Have a read and let me know if you have "
        "questions; we'd love an answer by Friday week.\n\nCheers,\nJess",
        label=note("Offer letter from the people-ops person.", company="Torrens Robotics"),
    )
)

MESSAGES.append(
    human(
        JOLO,
        "job-offer-manila-php",
        "offer",
        frm=("Camille Dimaculangan", "camille.d@luzontalent.example"),
        subject="JOB OFFER – Bayanihan Outsourcing (Operations Manager)",
        date=dh("2028-04-11 11:00", "Asia/Manila"),
        body="Hi Jose Miguel!\n\nCongrats!! Bayanihan Outsourcing is extending a job offer: "
        "PHP 165,000/month, HMO with 2 dependents, 13th month pay, start May 2. They need "
        "your answer by Friday. Call me!\n\nCamille",
        label=note("Agency passes on an offer.", company="Bayanihan Outsourcing"),
    )
)
