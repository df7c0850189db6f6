"""Interviews arranged by people: agencies, recruiters, hiring managers, founders, threads."""

from __future__ import annotations

from .kit import (
    ANGELICA,
    CAMILA,
    CHINEDU,
    ELODIE,
    GIULIA,
    HARPREET,
    IGNACIO,
    JIWOO,
    JONAS,
    LUCIA,
    MARCUS,
    MEERA,
    OLIVIA,
    RENEE,
    SOFIA,
    TOMASZ,
    WANJIRU,
    Msg,
    day_de,
    day_es,
    day_fr,
    dh,
    iso,
    iv,
    long_date,
    mail,
    mid,
)
from .kit import quote_header as qh

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Agency, Lagos, ordinal date, no zone -------------------------------------------------------
S = "2026-10-27 10:00"
add(
    mail(
        CHINEDU,
        "agency-harbourline-lagos-onsite",
        "interview",
        frm=("Temitope Adebayo", "temitope.adebayo@harbourline-talent.example"),
        subject="Interview confirmed: Zenroute Payments - Engineering Manager",
        date=dh("2026-10-22 17:35:00", "Africa/Lagos"),
        body="""Dear Chinedu,

Good evening. I'm pleased to confirm that Zenroute Payments would like to meet you for the Engineering Manager (Merchant Platform) role.

Date/time: Tuesday 27th October at 10am
Venue: Zenroute House, 14B Adeola Odeku Street, Victoria Island, Lagos (3rd floor)
Panel: Babajide Ogunleye (CTO) and Amaka Eze-Williams (Head of People)

Please arrive 15 minutes early as traffic around VI can be unpredictable. The CTO will likely go deep into how you run incident reviews.

Do call me after the session so we can debrief.

Warm regards,
Temitope Adebayo
Principal Consultant, Technology
Harbourline Talent Partners
+234 803 555 0142
""",
        label=iv(
            iso(S, "Africa/Lagos"),
            None,
            company="Zenroute Payments",
            role="Engineering Manager (Merchant Platform)",
            interviewers=["Babajide Ogunleye", "Amaka Eze-Williams"],
            notes="Agency consultant is not an interviewer; 'Tuesday 27th October at 10am' with no zone: WAT.",
        ),
    )
)

# --- Hiring manager, Nairobi, plain text --------------------------------------------------------
S = "2026-10-19 14:30"
add(
    mail(
        WANJIRU,
        "hm-baobab-agritech-panel-westlands",
        "interview",
        frm=("Otieno Ochieng", "otieno.ochieng@baobab-agri.example"),
        cc="Faith Chebet <faith.chebet@baobab-agri.example>",
        subject="Interview - Data Engineering Lead",
        date=dh("2026-10-14 08:12:00", "Africa/Nairobi"),
        body=f"""Hi Wanjiru,

Thank you for the good conversation on the phone. We'd like to invite you for a panel interview on {long_date(S, "uk")} at 2:30pm at our offices: Baobab Agritech, 5th Floor, Mirage Tower, Chiromo Road, Westlands.

The panel will be myself, Faith Chebet (Head of Product, copied) and Abdi Hussein (Lead Data Scientist). Plan for about an hour and a half; there will be a short SQL exercise on a laptop we provide.

Kindly confirm that this works.

Best,
Otieno Ochieng
CTO, Baobab Agritech
""",
        label=iv(
            iso(S, "Africa/Nairobi"),
            None,
            company="Baobab Agritech",
            role="Data Engineering Lead",
            interviewers=["Otieno Ochieng", "Faith Chebet", "Abdi Hussein"],
            emails=["otieno.ochieng@baobab-agri.example", "faith.chebet@baobab-agri.example"],
            notes="'Kindly confirm' after a fixed time and place is still a scheduled interview; sender is on the panel.",
        ),
    )
)

# --- Mobile reply, Manila time --------------------------------------------------------------------
S = "2026-11-05 09:00"
add(
    mail(
        ANGELICA,
        "mobile-reply-tala-bpo-tmrw",
        "interview",
        frm=("Jerome Villanueva", "jerome.villanueva@talaxp.example"),
        subject="Re: Team Lead - Quality interview",
        date=dh("2026-11-04 21:47:00", "Asia/Manila"),
        in_reply_to=mid("tala-thread-0", "example.com"),
        body=f"""Confirmed po! tmrw 9am Manila time, 12F Ayala North Exchange Tower 2, Makati. Ask for me at the lobby. Ma'am Rowena Salcedo (Ops Director) will join us.

Jerome

Sent from my iPhone

> {qh("2026-11-04 20:15", "Asia/Manila", "Angelica Dela Cruz <angelica.delacruz@example.com>", "apple")}
>
> Hi Jerome, yes I can do Thursday morning for the final interview. Thanks!
""",
        label=iv(
            iso(S, "Asia/Manila"),
            "Asia/Manila",
            company="Tala Experience",
            role="Team Lead - Quality",
            interviewers=["Jerome Villanueva", "Rowena Salcedo"],
            emails=["jerome.villanueva@talaxp.example"],
            notes="Mobile shorthand 'tmrw 9am Manila time'; Filipino 'po' and 'Ma'am' honorific before a name.",
        ),
    )
)

# --- Thread: recruiter locks one of two quoted slots ----------------------------------------
S = "2026-10-29 13:00"
add(
    mail(
        HARPREET,
        "thread-recruiter-picks-thursday-pt",
        "interview",
        frm=("Megan O'Rourke", "megan.orourke@cascadiaclimate.example"),
        subject="Re: Next steps - Sustainability Data Analyst",
        date=dh("2026-10-26 09:41:00", "America/Vancouver"),
        in_reply_to=mid("cascadia-thread-2", "example.org"),
        references=f"{mid('cascadia-thread-1', 'cascadiaclimate.example')} {mid('cascadia-thread-2', 'example.org')}",
        body=f"""Perfect - let's lock in Thursday at 1pm PT. I've sent a calendar hold from Anjali Desai-Brown, our Head of Analytics, who'll run the case discussion with you over Zoom.

Megan

{qh("2026-10-25 19:02", "America/Vancouver", "Harpreet Gill <harpreet.gill@example.org>")}
> Hi Megan, Thursday works best for me, thank you.
>
{qh("2026-10-23 15:30", "America/Vancouver", "Megan O'Rourke <megan.orourke@cascadiaclimate.example>").replace("On ", "> On ", 1)}
>> Hi Harpreet, could you do either of these (Pacific)?
>> - {long_date("2026-10-28", "us")}, 11:00am
>> - {long_date(S, "us")}, 1:00pm
""",
        label=iv(
            iso(S, "America/Vancouver"),
            None,
            company="Cascadia Climate",
            role="Sustainability Data Analyst",
            interviewers=["Anjali Desai-Brown"],
            notes="The reply picks one of two quoted slots; only 'PT' is given (PDT, before the 1 Nov switch).",
        ),
    )
)

# --- Gmail forward of a coordinator's confirmation, Halifax time --------------------------------
S = "2026-11-18 11:00"
add(
    mail(
        RENEE,
        "forward-hm-ocean-tides-confirmation",
        "interview",
        frm=("Siobhan MacIsaac", "siobhan.macisaac@oceantides.example"),
        subject="Fwd: Interview details - Marine Data Coordinator",
        date=dh("2026-11-12 14:05:00", "America/Halifax"),
        body=f"""Renée - forwarding this from our coordinator so you have everything in one place. Looking forward to it!
Siobhan

---------- Forwarded message ---------
From: Paul Doucette <paul.doucette@oceantides.example>
Date: {long_date("2026-11-12", "short")}, 2026 at 12:48 PM
Subject: Interview details - Marine Data Coordinator
To: Siobhan MacIsaac <siobhan.macisaac@oceantides.example>

Hi Siobhan,

Booked for Renée Boudreau:
{long_date(S, "usy")}, 11:00 AM Halifax time
Ocean Tides Institute, 1411 Oxford St, Room 204, Halifax NS
Interviewers: Siobhan MacIsaac, Dr. Ahmed Belkacem

Paul Doucette
Administrative Coordinator
""",
        label=iv(
            iso(S, "America/Halifax"),
            "America/Halifax",
            company="Ocean Tides Institute",
            role="Marine Data Coordinator",
            interviewers=["Siobhan MacIsaac", "Ahmed Belkacem"],
            emails=["siobhan.macisaac@oceantides.example"],
            notes="Forwarded chain; the coordinator's and the forward's dates are not the interview; AST (-04:00).",
        ),
    )
)

# --- Founders final, Buenos Aires -----------------------------------------------------------------
S = "2026-11-06 11:00"
add(
    mail(
        SOFIA,
        "founders-final-quebracho-palermo",
        "interview",
        frm=("Martín Etcheverry", "martin@quebracho.example"),
        cc="Rocío Salvatierra <rocio@quebracho.example>",
        subject="Final round at Quebracho",
        date=dh("2026-10-30 19:22:00", "America/Argentina/Buenos_Aires"),
        body=f"""Hi Sofía,

Thanks again for the great work on the take-home. Rocío (my co-founder, copied) and I would like to meet you for the final round for the Head of Quality position.

{long_date(S, "us")} at 11:00 Buenos Aires time, at our office: Honduras 5520, 2nd floor, Palermo Soho. We'll keep it to about an hour, then grab lunch nearby if you have time.

Un abrazo,
Martín Etcheverry
Co-founder & CEO, Quebracho
""",
        label=iv(
            iso(S, "America/Argentina/Buenos_Aires"),
            "America/Argentina/Buenos_Aires",
            company="Quebracho",
            role="Head of Quality",
            interviewers=["Martín Etcheverry", "Rocío Salvatierra"],
            emails=["martin@quebracho.example", "rocio@quebracho.example"],
            notes="Final with founders from the CEO; 'Buenos Aires time'.",
        ),
    )
)

# --- Case interview, Milan, CET right after the EU switch -------------------------------------
S = "2026-10-26 09:30"
add(
    mail(
        GIULIA,
        "consulting-case-brera-partners",
        "interview",
        frm=("Alessandro Conti", "recruiting@brerapartners.example"),
        subject="Brera Partners – Case interview confirmation",
        date=dh("2026-10-20 18:00:00", "Europe/Rome"),
        body=f"""Dear Giulia,

We are delighted to confirm your first-round case interview for the Associate position.

Date: {long_date(S, "uky")}
Time: 09:30 CET (two back-to-back case interviews of 45 minutes)
Location: Brera Partners, Via Solferino 28, 20121 Milano
Interviewers: Federica Marino (Principal) and Davide Colombo (Engagement Manager)

Please bring a calculator and a pen; paper will be provided.

Best regards,
Alessandro Conti
Recruiting Team, Brera Partners
""",
        label=iv(
            iso(S, "Europe/Rome"),
            None,
            company="Brera Partners",
            role="Associate",
            interviewers=["Federica Marino", "Davide Colombo"],
            notes="Case interview; Monday after the EU switch so CET (+01:00).",
        ),
    )
)

# --- Recruiter mail, live coding, KST --------------------------------------------------------
S = "2026-10-22 10:00"
add(
    mail(
        JIWOO,
        "recruiter-coderpad-nurim-commerce",
        "interview",
        frm=("Yoon Hee-jin", "heejin.yoon@nurim.example"),
        subject="[Nurim] Live coding interview - 2026.10.22 10:00 KST",
        date=dh("2026-10-16 11:30:00", "Asia/Seoul"),
        body=f"""Hello Ji-woo,

This is Hee-jin from Nurim Commerce Talent team. Your live coding interview is confirmed as below.

- Date: 2026.10.22 ({long_date(S, "short")[:3]}) 10:00-11:00 KST
- Interviewer: Kim Tae-yang (Backend Tech Lead)
- Pad: https://app.coderpad.io/7QXK2MRD (language: Kotlin or Java)
- Video: https://nurim.zoom.us/j/87712340987

Please use a desktop with a stable connection.

Best regards,
Yoon Hee-jin
Nurim Commerce | Talent Acquisition
""",
        label=iv(
            iso(S, "Asia/Seoul"),
            None,
            company="Nurim Commerce",
            role=None,
            interviewers=["Kim Tae-yang"],
            notes="Year-first dotted date 2026.10.22 for a ymd user; KST.",
        ),
    )
)

# --- Presentation interview, Adelaide time ---------------------------------------------------
S = "2026-10-16 13:30"
add(
    mail(
        OLIVIA,
        "presentation-interview-fleurieu-wines",
        "interview",
        frm=("Georgia Haddad", "georgia.haddad@fleurieuwines.example"),
        subject="Your interview on Friday - presentation brief",
        date=dh("2026-10-12 12:18:00", "Australia/Adelaide"),
        body=f"""Hi Olivia,

Thanks for confirming. Your interview for Export Marketing Manager is on {long_date(S, "uk")} at 1:30pm Adelaide time at our McLaren Vale cellar door (Main Road, McLaren Vale SA 5171).

Please prepare a 15-minute presentation on how you would launch our Grenache range in Korea. The panel is Tom Brereton (Managing Director), Mei Lin Goh (Export Sales) and me.

Kind regards,
Georgia Haddad
People & Culture Manager, Fleurieu Wines
""",
        label=iv(
            iso(S, "Australia/Adelaide"),
            "Australia/Adelaide",
            company="Fleurieu Wines",
            role="Export Marketing Manager",
            interviewers=["Tom Brereton", "Mei Lin Goh", "Georgia Haddad"],
            emails=["georgia.haddad@fleurieuwines.example"],
            notes="Presentation interview; ACDT (+10:30) half-hour zone in summer; 'and me' puts the sender on the panel.",
        ),
    )
)

# --- Group discussion for graduates, IST ------------------------------------------------------
S = "2026-10-24 09:30"
add(
    mail(
        MEERA,
        "campus-group-discussion-sahyadri",
        "interview",
        frm=("Sahyadri Consulting Campus Team", "campus.hiring@sahyadri.example"),
        subject="Shortlisted: Group Discussion and Interview - Business Analyst Trainee",
        date=dh("2026-10-17 15:00:00", "Asia/Kolkata"),
        body=f"""Dear Meera,

Congratulations! You have been shortlisted for the next stage of our Business Analyst Trainee hiring.

Date: {long_date(S, "uky")}
Reporting time: 9:00 AM IST
Group Discussion: 9:30 AM - 10:30 AM
Personal interviews: from 11:00 AM (slots announced on the day)
Venue: Sahyadri Consulting, 3rd Floor, Embassy Golf Links, Koramangala Inner Ring Road, Bengaluru 560071

Carry a copy of your resume, a government photo ID and your college ID card. Business formals.

Regards,
Campus Hiring Team
Sahyadri Consulting
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            None,
            company="Sahyadri Consulting",
            role="Business Analyst Trainee",
            interviewers=[],
            notes="Group discussion on a Saturday; starts at the first scheduled item (9:30), not the reporting time.",
        ),
    )
)

# --- Informal coffee with a CTO that is the first interview, Warsaw ------------------------------
S = "2026-11-12 08:30"
add(
    mail(
        TOMASZ,
        "coffee-cto-bursztyn-warsaw",
        "interview",
        frm=("Kasia Nowak-Lee", "kasia@bursztyn.example"),
        subject="Coffee next Thursday?",
        date=dh("2026-11-05 22:10:00", "Europe/Warsaw"),
        body=f"""Hi Tomasz,

Our recruiter mentioned you're open to hearing about the Staff Engineer role. Before any formal rounds I like to meet people informally - it's the first step of our interview process, nothing to prepare.

I've put us down for {long_date(S, "uk")} at 8:30 at Kawiarnia Pod Zegarem, Nowy Świat 22. If that doesn't work just say so and we'll move it.

Kasia Nowak-Lee
CTO, Bursztyn
""",
        label=iv(
            iso(S, "Europe/Warsaw"),
            None,
            company="Bursztyn",
            role="Staff Engineer",
            interviewers=["Kasia Nowak-Lee"],
            emails=["kasia@bursztyn.example"],
            notes="Informal coffee that is the first step of the interview process, with a fixed time and place.",
        ),
    )
)

# --- German agency confirmation ----------------------------------------------------------
S = "2026-11-10 14:00"
add(
    mail(
        JONAS,
        "agentur-isarwerk-muenchen-vor-ort",
        "interview",
        frm=("Sabine Oberländer", "s.oberlaender@isarwerk-personal.example"),
        subject="Bestätigung: Vorstellungsgespräch bei der Brunnhuber Medizintechnik AG",
        date=dh("2026-11-03 16:40:00", "Europe/Berlin"),
        body=f"""Hallo Herr Weißmüller,

wie telefonisch besprochen, bestätige ich Ihnen hiermit den Termin für das persönliche Vorstellungsgespräch:

Unternehmen: Brunnhuber Medizintechnik AG
Position: Teamleiter Softwareentwicklung (m/w/d)
Datum: {day_de(S)}
Uhrzeit: 14:00 Uhr
Ort: Brunnhuber Medizintechnik AG, Leopoldstraße 244, 80807 München - bitte am Empfang im Erdgeschoss melden
Gesprächspartner: Herr Dr. Florian Kessler (Bereichsleiter R&D) und Frau Annette Lindemann (Personalleitung)

Bitte planen Sie ca. 90 Minuten ein. Melden Sie sich gern im Anschluss bei mir für ein kurzes Feedback.

Mit freundlichen Grüßen
Sabine Oberländer
Senior Personalberaterin
Isarwerk Personalberatung GmbH
""",
        charset="ISO-8859-1",
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Brunnhuber Medizintechnik AG",
            role="Teamleiter Softwareentwicklung (m/w/d)",
            interviewers=["Florian Kessler", "Annette Lindemann"],
            notes="German agency, ISO-8859-1 quoted-printable; 'Herr Dr.'/'Frau' honorifics; no zone (user's CET).",
        ),
    )
)

# --- French recruiter confirmation ----------------------------------------------------------------
S = "2026-10-29 10:30"
add(
    mail(
        ELODIE,
        "entretien-confirme-lyon-rhodanie",
        "interview",
        frm=("Camille Vasseur", "camille.vasseur@rhodanie-energies.example"),
        subject="Confirmation de votre entretien – Chargée de reporting RSE",
        date=dh("2026-10-21 11:15:00", "Europe/Paris"),
        body=f"""Bonjour Élodie,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Chargée de reporting RSE :

Date : {day_fr(S)} à 10h30
Lieu : Rhodanie Énergies, 47 quai Perrache, 69002 Lyon (accueil au rez-de-chaussée)
Vous rencontrerez : Mme Nathalie Berthelot, Directrice RSE, et M. Yannick Le Goff, Contrôleur de gestion

Merci de vous munir d'une pièce d'identité.

Bien cordialement,
Camille Vasseur
Chargée de recrutement – Rhodanie Énergies
""",
        label=iv(
            iso(S, "Europe/Paris"),
            None,
            company="Rhodanie Énergies",
            role="Chargée de reporting RSE",
            interviewers=["Nathalie Berthelot", "Yannick Le Goff"],
            notes="French; '10h30'; after the EU switch so CET (+01:00); Mme/M. honorifics.",
        ),
    )
)

# --- Spanish, Madrid --------------------------------------------------------------------------
S = "2026-11-04 11:00"
add(
    mail(
        LUCIA,
        "entrevista-confirmada-madrid-castellana",
        "interview",
        frm=("Marta Iglesias Peña", "marta.iglesias@castellanadigital.example"),
        subject="Confirmación de entrevista - Analista de Riesgos",
        date=dh("2026-10-28 13:02:00", "Europe/Madrid"),
        to="Lucía Fernández Ortega <lfo.cv@example.net>",
        body=f"""Hola Lucía:

Te confirmo la entrevista para el puesto de Analista de Riesgos el {day_es(S)} a las 11:00 (hora peninsular) en nuestras oficinas de Paseo de la Castellana 95, planta 14, Madrid.

Te entrevistarán Jorge Sanz Molina (Director de Riesgos) y Beatriz Olmedo (Responsable de Modelos). La entrevista durará aproximadamente una hora.

Si necesitas cualquier cosa, no dudes en escribirme.

Un saludo,
Marta Iglesias Peña
Talento - Castellana Digital
""",
        label=iv(
            iso(S, "Europe/Madrid"),
            "Europe/Madrid",
            company="Castellana Digital",
            role="Analista de Riesgos",
            interviewers=["Jorge Sanz Molina", "Beatriz Olmedo"],
            notes="Spanish; sent to the user's second address; 'hora peninsular' is Madrid time.",
        ),
    )
)

# --- Spanish, Bogotá ----------------------------------------------------------------------------
S = "2026-11-03 15:00"
add(
    mail(
        CAMILA,
        "entrevista-bogota-cafetal-analytics",
        "interview",
        frm=("Andrés Felipe Cárdenas", "andres.cardenas@cafetal-analytics.example"),
        subject="Entrevista - Científica de Datos Senior",
        date=dh("2026-10-28 10:20:00", "America/Bogota"),
        body=f"""Buenos días, Camila:

Gracias por tu interés en Cafetal Analytics. Queremos invitarte a una entrevista técnica el {day_es(S)} a las 3:00 p. m. (hora de Colombia) por Google Meet: https://meet.google.com/bxa-rfgt-kmq

Estarán conmigo Luisa Fernanda Ospina (Líder de Ciencia de Datos) y Julián Mejía (Ingeniero de ML). Durará 60 minutos.

Quedo atento a cualquier inquietud.

Cordialmente,
Andrés Felipe Cárdenas
Gerente de Talento Humano
""",
        label=iv(
            iso(S, "America/Bogota"),
            "America/Bogota",
            company="Cafetal Analytics",
            role="Científica de Datos Senior",
            interviewers=["Luisa Fernanda Ospina", "Julián Mejía"],
            notes="Spanish; '3:00 p. m. (hora de Colombia)'; the talent manager hosts but the named leads interview.",
        ),
    )
)

# --- Spanish reminder, Santiago --------------------------------------------------------------
S = "2026-10-15 10:00"
add(
    mail(
        IGNACIO,
        "recordatorio-entrevista-cordillera-seguros",
        "interview",
        frm=("Valentina Soto Araya", "valentina.soto@cordilleraseguros.example"),
        subject="Recordatorio: entrevista mañana 10:00",
        date=dh("2026-10-14 16:45:00", "America/Santiago"),
        body="""Hola Ignacio:

Te recuerdo que mañana jueves tienes tu entrevista final para el cargo de Arquitecto de Software a las 10:00 hrs, en Av. Apoquindo 3721, piso 9, Las Condes. Te recibirán Felipe Errázuriz (Gerente de TI) y Carolina Vidal (Subgerenta de Personas).

Recuerda traer tu cédula de identidad para ingresar al edificio.

Saludos cordiales,
Valentina Soto Araya
Selección - Cordillera Seguros
""",
        label=iv(
            iso(S, "America/Santiago"),
            None,
            company="Cordillera Seguros",
            role="Arquitecto de Software",
            interviewers=["Felipe Errázuriz", "Carolina Vidal"],
            notes="Spanish reminder with only 'mañana jueves' and '10:00 hrs'; Chile summer time (-03:00).",
        ),
    )
)

# --- Phone screen, Central Time -------------------------------------------------------------------
S = "2026-10-21 16:30"
add(
    mail(
        MARCUS,
        "phone-screen-lakefront-insurance",
        "interview",
        frm=("Bethany Schultz", "bethany.schultz@lakefrontmutual.example"),
        subject="Phone screen Wednesday",
        date=dh("2026-10-19 11:07:00", "America/Chicago"),
        body=f"""Hi Marcus,

Thanks for getting back to me so quickly. I have you down for a 30-minute phone screen on {long_date(S, "us")} at 4:30pm CT for the Actuarial Data Engineer opening. I'll call you on the number on your resume (ending 0188).

Talk soon,
Bethany Schultz
Senior Technical Recruiter, Lakefront Mutual
(312) 555-0133
""",
        label=iv(
            iso(S, "America/Chicago"),
            None,
            company="Lakefront Mutual",
            role="Actuarial Data Engineer",
            interviewers=["Bethany Schultz"],
            emails=["bethany.schultz@lakefrontmutual.example"],
            notes="A recruiter's phone screen: the caller is the interviewer.",
        ),
    )
)
