"""Calendar mail: Exchange and Teams requests with Windows zones, updates and cancellations,
Google invitations, hospital and employer systems with ``.ics`` parts."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    BURKHARD,
    CORA,
    DWAYNE,
    ELOWEN,
    GIOSUE,
    GOOGLE,
    ICIMS,
    ISLA,
    LAVERNE,
    MAARTJE,
    ORACLE_RC,
    SIOBHRA,
    SUCCESSFACTORS,
    SUNITA,
    TAMSIN,
    TEODORO,
    TRAC,
    WIEBKE,
    booking,
    d,
    dh,
    lab,
    note,
    outlook,
)

GMT = "GMT Standard Time"
WEU = "W. Europe Standard Time"
EST = "Eastern Standard Time"

PHYSIO_TEXT = """Hi Elowen,

As discussed, this is your interview for Highly Specialist Physiotherapist (Band 7) -
Respiratory. The panel will be Ruth Abernethy (Therapy Services Manager) and Callum Strachan
(Clinical Lead Physiotherapist). Please prepare a 10-minute presentation on "Implementing a
7-day respiratory physiotherapy service" and share your screen in Teams.

Thanks,
Ruth"""

MESSAGES = [
    outlook(
        ELOWEN,
        "teams-invite-band7-physio-panel",
        "interview",
        start="2047-11-12 10:00",
        zone=GMT,
        minutes=60,
        subject="Interview - Highly Specialist Physiotherapist Band 7 (Respiratory)",
        organizer=("Ruth Abernethy", "ruth.abernethy@kingsmere-nhs.example"),
        attendees=[("Callum Strachan", "callum.strachan@kingsmere-nhs.example")],
        date=dh("2047-10-31 15:20", GMT),
        label=lab(
            "2047-11-12 10:00",
            GMT,
            "Europe/London",
            company="Kingsmere Hospitals NHS Trust",
            role="Highly Specialist Physiotherapist Band 7 (Respiratory)",
            who=["Ruth Abernethy", "Callum Strachan"],
            emails=[
                "ruth.abernethy@kingsmere-nhs.example",
                "callum.strachan@kingsmere-nhs.example",
            ],
            notes="Teams request with a Windows TZID; both organiser and attendee sit on the panel.",
        ),
        text=PHYSIO_TEXT,
    ),
    outlook(
        ELOWEN,
        "teams-update-band7-physio-moved",
        "interview",
        start="2047-11-13 14:00",
        zone=GMT,
        minutes=60,
        subject="Interview - Highly Specialist Physiotherapist Band 7 (Respiratory)",
        organizer=("Ruth Abernethy", "ruth.abernethy@kingsmere-nhs.example"),
        attendees=[("Callum Strachan", "callum.strachan@kingsmere-nhs.example")],
        date=dh("2047-11-07 09:05", GMT),
        sequence=1,
        prefix="Updated: ",
        label=lab(
            "2047-11-13 14:00",
            GMT,
            "Europe/London",
            company="Kingsmere Hospitals NHS Trust",
            role="Highly Specialist Physiotherapist Band 7 (Respiratory)",
            who=["Ruth Abernethy", "Callum Strachan"],
            emails=[
                "ruth.abernethy@kingsmere-nhs.example",
                "callum.strachan@kingsmere-nhs.example",
            ],
            notes="Exchange update (SEQUENCE 1) to the new time.",
        ),
        text="Apologies Elowen - I have a clash with a ward round on the 12th, so I have moved "
        "this to the following afternoon. Same panel, same presentation.\n\n" + PHYSIO_TEXT,
    ),
    outlook(
        LAVERNE,
        "outlook-canceled-sheriff-oral-board",
        "interview_cancelled",
        start="2047-11-04 09:00",
        zone=EST,
        minutes=45,
        subject="Oral Board - Detention Officer - L. Beauchamp-Ochieng",
        organizer=("Sgt. Darnell Whitfield", "dwhitfield@kessling-sheriff.example"),
        attendees=[("Lt. Maria Castellano", "mcastellano@kessling-sheriff.example")],
        date=dh("2047-10-31 16:40", EST),
        method="CANCEL",
        prefix="Canceled: ",
        teams=False,
        location="Kessling County Sheriff's Office, Training Room 2, 40 Court St",
        label=lab(
            "2047-11-04 09:00",
            EST,
            "America/New_York",
            company="Kessling County Sheriff's Office",
            role="Detention Officer",
            who=["Darnell Whitfield", "Maria Castellano"],
            emails=["dwhitfield@kessling-sheriff.example", "mcastellano@kessling-sheriff.example"],
            notes="Exchange cancellation; 4 November is after the US change (EST).",
        ),
        text="""The oral board scheduled for Monday is cancelled. The background investigation
unit needs your polygraph completed first. Personnel will contact you with a new date.

Sgt. Darnell Whitfield
Training & Recruitment Unit""",
    ),
    outlook(
        WIEBKE,
        "teams-einladung-buergeramt-sachbearbeitung",
        "interview",
        start="2047-10-29 10:00",
        zone=WEU,
        minutes=60,
        lang="de",
        subject="Vorstellungsgespräch Sachbearbeitung Bürgeramt (EG 8 TVöD) – Frau Hinrichsen-Okoro",
        organizer=("Petra Grünewald", "p.gruenewald@stadt-nordhafen.example"),
        attendees=[
            ("Matthias Claußen", "m.claussen@stadt-nordhafen.example"),
            ("Gleichstellungsbeauftragte", "gleichstellung@stadt-nordhafen.example"),
        ],
        date=dh("2047-10-21 11:15", WEU),
        label=lab(
            "2047-10-29 10:00",
            WEU,
            "Europe/Berlin",
            company="Stadt Nordhafen",
            role="Sachbearbeitung Bürgeramt",
            who=["Petra Grünewald", "Matthias Claußen"],
            emails=["p.gruenewald@stadt-nordhafen.example", "m.claussen@stadt-nordhafen.example"],
            notes="Teams-Einladung; nach der Zeitumstellung vom 27. Oktober (MEZ).",
        ),
        text="""Sehr geehrte Frau Hinrichsen-Okoro,

wie telefonisch besprochen, finden Sie anbei die Einladung zum Vorstellungsgespräch per
Microsoft Teams. Die Auswahlkommission besteht aus Frau Petra Grünewald (Amtsleitung),
Herrn Matthias Claußen (Sachgebietsleitung Bürgeramt) sowie der Gleichstellungsbeauftragten
und einem Mitglied des Personalrats.

Mit freundlichen Grüßen
Petra Grünewald""",
    ),
    outlook(
        BURKHARD,
        "abgesagt-teams-werkstattleitung",
        "interview_cancelled",
        start="2047-11-26 13:00",
        zone=WEU,
        minutes=45,
        lang="de",
        method="CANCEL",
        prefix="Abgesagt: ",
        subject="Gespräch Werkstattleitung Nutzfahrzeuge",
        organizer=("Heiko Brandes", "h.brandes@weser-truckservice.example"),
        attendees=[],
        date=dh("2047-11-21 08:30", WEU),
        label=lab(
            "2047-11-26 13:00",
            WEU,
            "Europe/Berlin",
            company="Weser Truckservice GmbH",
            role="Werkstattleitung Nutzfahrzeuge",
            who=["Heiko Brandes"],
            emails=["h.brandes@weser-truckservice.example"],
            notes="Exchange-Absage; Stelle intern besetzt.",
        ),
        text="""Hallo Herr Lüdemann-Asante,

leider muss ich unser Gespräch absagen: Die Stelle wird intern nachbesetzt. Ich melde mich,
falls sich etwas Neues ergibt.

Viele Grüße
Heiko Brandes, Niederlassungsleiter""",
    ),
    outlook(
        GIOSUE,
        "invito-teams-colloquio-tecnico-radiologia",
        "interview",
        start="2047-11-19 11:00",
        zone=WEU,
        minutes=45,
        lang="it",
        subject="Colloquio – Tecnico sanitario di radiologia medica",
        organizer=("Chiara Benvenuti", "chiara.benvenuti@policlinico-sangiorgio.example"),
        attendees=[("Dott. Paolo Ruggieri", "paolo.ruggieri@policlinico-sangiorgio.example")],
        date=dh("2047-11-12 16:00", WEU),
        label=lab(
            "2047-11-19 11:00",
            WEU,
            "Europe/Rome",
            company="Policlinico San Giorgio",
            role="Tecnico sanitario di radiologia medica",
            who=["Chiara Benvenuti", "Paolo Ruggieri"],
            emails=[
                "chiara.benvenuti@policlinico-sangiorgio.example",
                "paolo.ruggieri@policlinico-sangiorgio.example",
            ],
            notes="Invito Teams; W. Europe Standard Time per Roma.",
        ),
        text="""Gentile Giosuè,

come anticipato telefonicamente, Le invio l'invito per il colloquio conoscitivo in Teams con
me (Chiara Benvenuti, coordinatrice TSRM) e il Dott. Paolo Ruggieri, direttore dell'Unità di
Radiologia.

Cordiali saluti,
Chiara Benvenuti""",
    ),
    outlook(
        MAARTJE,
        "teams-uitnodiging-sollicitatiegesprek-gemeente",
        "interview",
        start="2047-12-05 09:30",
        zone=WEU,
        minutes=60,
        lang="nl",
        teams=False,
        location="Stadskantoor Zuidwolde, kamer 2.14",
        subject="Sollicitatiegesprek beleidsmedewerker Wmo",
        organizer=("Ellen de Wit", "e.dewit@gemeente-zuidwolde.example"),
        attendees=[("Johan Kuipers", "j.kuipers@gemeente-zuidwolde.example")],
        date=dh("2047-11-28 14:45", WEU),
        label=lab(
            "2047-12-05 09:30",
            WEU,
            "Europe/Amsterdam",
            company="Gemeente Zuidwolde",
            role="Beleidsmedewerker Wmo",
            who=["Ellen de Wit", "Johan Kuipers"],
            emails=["e.dewit@gemeente-zuidwolde.example", "j.kuipers@gemeente-zuidwolde.example"],
            notes="Outlook-uitnodiging zonder Teams, op locatie.",
        ),
        text="""Beste Maartje,

Hierbij de uitnodiging voor het eerste gesprek met Ellen de Wit (teamleider Sociaal Domein)
en Johan Kuipers (senior beleidsmedewerker). Meld je bij de balie op de begane grond en neem
een geldig identiteitsbewijs mee.

Met vriendelijke groet,
Ellen de Wit""",
    ),
    outlook(
        TEODORO,
        "convite-teams-entrevista-enfermeiro-lisboa",
        "interview",
        start="2047-10-28 15:00",
        zone=GMT,
        minutes=40,
        lang="pt",
        subject="Entrevista – Enfermeiro(a) Serviço de Urgência",
        organizer=("Enf.ª Graça Mourão", "graca.mourao@hospital-tejo-norte.example"),
        attendees=[],
        date=dh("2047-10-22 10:00", GMT),
        label=lab(
            "2047-10-28 15:00",
            GMT,
            "Europe/Lisbon",
            company="Hospital Tejo Norte",
            role="Enfermeiro(a) Serviço de Urgência",
            who=["Graça Mourão"],
            emails=["graca.mourao@hospital-tejo-norte.example"],
            notes="GMT Standard Time; 28 de outubro já em hora de inverno (UTC+0).",
        ),
        text="""Caro Teodoro,

Conforme combinado, segue o convite para a entrevista por Teams comigo, enfermeira gestora
do Serviço de Urgência. Tenha consigo a cédula profissional da Ordem dos Enfermeiros.

Com os melhores cumprimentos,
Graça Mourão""",
    ),
    booking(
        SIOBHRA,
        "google-invite-charity-volunteer-manager",
        "interview",
        prodid=GOOGLE,
        start="2047-11-21 11:00",
        zone="Europe/Dublin",
        minutes=45,
        summary="Interview: Volunteer Services Manager - Síofra",
        organizer=("Conor Mulcahy", "conor.mulcahy@lantern-hospice.example"),
        attendees=[("Bríd Keating", "brid.keating@lantern-hospice.example")],
        date=dh("2047-11-14 12:00", "Europe/Dublin"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Invitation: Interview: Volunteer Services Manager - Síofra @ {d('2047-11-21', 'short')}, 2047 11am - 11:45am (GMT) (siofra.nibhraonain@example.net)",
        location="Lantern Hospice, Day Unit Meeting Room, Ballybrack Road",
        body=f"""Conor Mulcahy has invited you to an event.

Interview: Volunteer Services Manager - Síofra
When: {d("2047-11-21", "us")}, 2047 11am - 11:45am (GMT) Dublin
Where: Lantern Hospice, Day Unit Meeting Room, Ballybrack Road
Who:
Conor Mulcahy - organizer
Bríd Keating
siofra.nibhraonain@example.net

Interview with Conor Mulcahy (CEO) and Bríd Keating (Head of Patient & Family Services).
Garda vetting forms will be given on the day.""",
        label=lab(
            "2047-11-21 11:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Lantern Hospice",
            role="Volunteer Services Manager",
            who=["Conor Mulcahy", "Bríd Keating"],
            emails=[
                "conor.mulcahy@lantern-hospice.example",
                "brid.keating@lantern-hospice.example",
            ],
        ),
    ),
    booking(
        DWAYNE,
        "icims-interview-scheduled-hospital-biomed",
        "interview",
        prodid=ICIMS,
        start="2047-11-07 08:30",
        zone="America/Chicago",
        minutes=60,
        summary="Interview: Biomedical Equipment Technician II",
        organizer=("Riverbend Health Talent Acquisition", "talent@riverbendhealth.example"),
        attendees=[("Nate Gustafson", "nate.gustafson@riverbendhealth.example")],
        date=dh("2047-10-30 13:00", "America/Chicago"),
        frm=("Riverbend Health Careers", "riverbendhealth@talent.icims.com"),
        subject="Interview scheduled: Biomedical Equipment Technician II (Req 47-3310)",
        location="Riverbend Medical Center, Clinical Engineering, Lower Level B",
        body=f"""Hello Dwayne,

Your interview for Biomedical Equipment Technician II (Req 47-3310) has been scheduled.

Date: {d("2047-11-07", "usy")}
Time: 8:30 AM - 9:30 AM Central Time
Location: Riverbend Medical Center, Clinical Engineering, Lower Level B (enter through the
South Employee Entrance and call ext. 5120)
Interviewer: Nate Gustafson, Clinical Engineering Manager

A calendar invitation is attached. Please bring your CBET certificate if you hold one.

Riverbend Health Talent Acquisition""",
        label=lab(
            "2047-11-07 08:30",
            "America/Chicago",
            "America/Chicago",
            company="Riverbend Health",
            role="Biomedical Equipment Technician II",
            who=["Nate Gustafson"],
            emails=["nate.gustafson@riverbendhealth.example"],
            notes="iCIMS-style with .ics; after the US change (CST).",
        ),
    ),
    booking(
        TAMSIN,
        "successfactors-bank-teller-interview-brisbane",
        "interview",
        prodid=SUCCESSFACTORS,
        start="2047-12-09 13:00",
        zone="Australia/Brisbane",
        minutes=30,
        summary="Interview - Customer Banker, Chermside",
        organizer=("Moreton Mutual Bank Careers", "careers@moretonmutual.example"),
        attendees=[("Jasmine Tran", "jasmine.tran@moretonmutual.example")],
        date=dh("2047-12-02 10:00", "Australia/Brisbane"),
        frm=("Moreton Mutual Bank", "careers@moretonmutual.example"),
        subject="Your interview with Moreton Mutual Bank - Customer Banker",
        location="Microsoft Teams",
        body=f"""Hi Tamsin,

Thank you for booking your interview for Customer Banker, Chermside.

{d("2047-12-09", "uky")}, 1:00pm - 1:30pm AEST (Brisbane)
Microsoft Teams - link in the attached invitation
Interviewer: Jasmine Tran, Branch Manager

Please have your photo ID ready to show on camera.

Moreton Mutual Bank Talent Acquisition""",
        label=lab(
            "2047-12-09 13:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Moreton Mutual Bank",
            role="Customer Banker",
            who=["Jasmine Tran"],
            emails=["jasmine.tran@moretonmutual.example"],
            notes="Brisbane: no DST (AEST +10) while Sydney is on +11.",
        ),
    ),
    booking(
        SUNITA,
        "oracle-recruiting-plant-quality-engineer-pune",
        "interview",
        prodid=ORACLE_RC,
        start="2047-12-11 11:00",
        zone="Asia/Kolkata",
        minutes=60,
        summary="Interview - Quality Engineer (Press Shop) - Chakan Plant",
        organizer=("Deccan Auto Components Talent", "talent@deccan-autocomp.example"),
        attendees=[("Rahul Deshmukh", "rahul.deshmukh@deccan-autocomp.example")],
        date=dh("2047-12-04 17:30", "Asia/Kolkata"),
        frm=("Deccan Auto Components", "talent@deccan-autocomp.example"),
        subject="Interview Scheduled - Quality Engineer (Press Shop)",
        location="Chakan Plant, Gate 2, Admin Building, Training Hall",
        body=f"""Dear Sunita,

Your interview has been scheduled.

Job: Quality Engineer (Press Shop), Chakan Plant
Date: {d("2047-12-11", "uky")}
Time: 11:00 AM - 12:00 PM IST
Venue: Chakan Plant, Gate 2, Admin Building, Training Hall
Interviewer: Rahul Deshmukh (Plant Quality Head)

Safety shoes will be issued at the gate for the shop-floor round. Carry your Aadhaar card.

Deccan Auto Components Talent Acquisition""",
        label=lab(
            "2047-12-11 11:00",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Deccan Auto Components",
            role="Quality Engineer (Press Shop)",
            who=["Rahul Deshmukh"],
            emails=["rahul.deshmukh@deccan-autocomp.example"],
        ),
    ),
    booking(
        ELOWEN,
        "trac-calendar-invite-nurse-ward-7b",
        "interview",
        prodid=TRAC,
        start="2047-10-24 13:00",
        zone="Europe/London",
        minutes=45,
        summary="Interview - Staff Nurse Band 5, Ward 7B",
        organizer=("Pendlebury General Hospital Recruitment", "noreply@trac-recruit.example"),
        attendees=[],
        date=dh("2047-10-16 08:10", "Europe/London"),
        frm=("Pendlebury General Hospital Recruitment", "noreply@trac-recruit.example"),
        subject="Interview booking confirmed - Staff Nurse Band 5, Ward 7B (Ref 311-PGH-4471)",
        location="Seminar Room 2, Education Centre, Pendlebury General Hospital",
        body=f"""Dear Elowen,

You have confirmed your interview slot.

{d("2047-10-24", "uky")}, 13:00
Seminar Room 2, Education Centre, Pendlebury General Hospital

Add it to your calendar with the attached file.""",
        label=lab(
            "2047-10-24 13:00",
            "Europe/London",
            "Europe/London",
            company="Pendlebury General Hospital NHS Foundation Trust",
            role="Staff Nurse Band 5",
            notes="System confirmation of the moved slot (BST, before 27 October).",
        ),
    ),
    outlook(
        CORA,
        "outlook-user-interviews-teller-candidate",
        "other",
        start="2047-11-15 10:00",
        zone=EST,
        minutes=30,
        subject="Teller candidate interview - Jaylen Moore",
        organizer=("Cora Lindenmuth-Bassey", CORA.addresses[0]),
        attendees=[("Jaylen Moore", "jaylen.moore@example.org")],
        date=dh("2047-11-08 14:00", EST),
        teams=False,
        location="Ferndale branch, office 2",
        label=note("The user interviews a candidate at her branch: not her own interview."),
        text="""Jaylen - looking forward to meeting you. Please bring your ID and ask for Cora at the
teller line.""",
    ),
    outlook(
        ISLA,
        "council-community-meeting-invite",
        "other",
        start="2047-11-26 18:30",
        zone=GMT,
        minutes=90,
        subject="Community council - December planning meeting",
        organizer=("Fraser Lamont", "clerk@kelvinbank-cc.example"),
        attendees=[],
        date=dh("2047-11-18 20:00", GMT),
        teams=False,
        location="Kelvinbank Church Hall",
        label=note("A community council meeting the user attends."),
        text="Agenda: winter gritting routes, Christmas lights, planning applications.",
    ),
]
