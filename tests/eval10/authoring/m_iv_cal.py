"""Interviews and cancellations that arrive as calendar invitations (Google, Exchange, Zoom, Apple)."""

from __future__ import annotations

from .kit import (
    APPLE,
    AROHA,
    BRYNN,
    CALCOM,
    CALLISTA,
    CHIAHUI,
    EMRE,
    FASTMAIL,
    HOLLIS,
    ICLOUD,
    ISLA,
    JOSEFINA,
    KAINOA,
    LIAM,
    NASRIN,
    NDAPEWA,
    NIKHIL,
    OKSANA,
    REEM,
    SOLVEIG,
    TEREZA,
    THIRI,
    TOMAS,
    WEBEX,
    YAMILET,
    ZOOM,
    Msg,
    conv,
    dh,
    exchange,
    gcal,
    greminder,
    html_page,
    invite,
    iso,
    iv,
    mail,
    paras,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google: Tehran user, Berlin team, CEST (+02:00 vs +03:30) ----------------------------------
S = "2029-06-13 10:30"
add(
    gcal(
        NASRIN,
        "google-kupferbach-tehran-remote",
        "interview",
        start=S,
        zone="Europe/Berlin",
        minutes=60,
        summary="Kupferbach Logistics – Backend Engineer (Routing) – technical interview",
        organizer=("Henrike Lassahn", "henrike.lassahn@kupferbach-logistics.example"),
        guests=[
            ("Henrike Lassahn", "henrike.lassahn@kupferbach-logistics.example"),
            ("Torben Mielitz", "torben.mielitz@kupferbach-logistics.example"),
        ],
        date=dh("2029-06-08 15:12:00", "Europe/Berlin"),
        note_text=(
            "Hi Nasrin, this is the 60-minute technical conversation with Torben and me. "
            "We will talk through a routing problem together; no preparation needed beyond "
            "your own projects."
        ),
        label=iv(
            iso(S, "Europe/Berlin"),
            "Europe/Berlin",
            company="Kupferbach Logistics",
            role="Backend Engineer (Routing)",
            interviewers=["Henrike Lassahn", "Torben Mielitz"],
            emails=[
                "henrike.lassahn@kupferbach-logistics.example",
                "torben.mielitz@kupferbach-logistics.example",
            ],
            notes="Google invitation in Berlin time (CEST) to a Tehran user (+03:30); the "
            "organiser is the engineering manager and sits in.",
        ),
    )
)

# --- Google: Auckland user, Sydney company, two days before NZ's switch ---------------------------
S = "2029-09-28 11:00"
add(
    gcal(
        AROHA,
        "google-tussock-ridge-sydney-nz",
        "interview",
        start=S,
        zone="Australia/Sydney",
        minutes=45,
        summary="Aroha / Tussock Ridge Software – Product Designer, second round",
        organizer=("Mitchell Varga", "mitchell.varga@tussockridge.example"),
        guests=[
            ("Mitchell Varga", "mitchell.varga@tussockridge.example"),
            ("Pania Rountree", "pania.rountree@tussockridge.example"),
            ("Declan Ashworth", "declan.ashworth@tussockridge.example"),
        ],
        date=dh("2029-09-21 09:40:00", "Australia/Sydney"),
        note_text=(
            "Portfolio walk-through with Pania (Head of Design) and Declan (PM). "
            "Mitchell will drop off after introductions."
        ),
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Tussock Ridge Software",
            role="Product Designer",
            interviewers=["Pania Rountree", "Declan Ashworth"],
            emails=["pania.rountree@tussockridge.example", "declan.ashworth@tussockridge.example"],
            notes="Google invitation in Sydney time (AEST) to an Auckland user (NZST, 1pm), two days "
            "before NZ daylight time starts; the recruiter organiser only introduces.",
        ),
    )
)

# --- Google update (SEQUENCE 1): Santiago, the Tuesday after Chile's switch to -03 ----------------
S = "2029-09-04 09:30"
add(
    gcal(
        JOSEFINA,
        "google-update-cordillera-seguros-santiago",
        "interview",
        start=S,
        zone="America/Santiago",
        minutes=60,
        summary="Entrevista final – Analista de Riesgo Senior (Cordillera Andina Seguros)",
        organizer=("Ignacio Valdivieso", "ignacio.valdivieso@cordilleraandina.example"),
        guests=[
            ("Ignacio Valdivieso", "ignacio.valdivieso@cordilleraandina.example"),
            ("Macarena Ossandón", "macarena.ossandon@cordilleraandina.example"),
        ],
        date=dh("2029-08-30 18:05:00", "America/Santiago"),
        updated=f"Time: {t12(S, compact=True)} (was 11am, Monday)",
        sequence=1,
        location="Av. Apoquindo 3000, piso 14, Las Condes",
        meet=None,
        label=iv(
            iso(S, "America/Santiago"),
            "America/Santiago",
            company="Cordillera Andina Seguros",
            role="Analista de Riesgo Senior",
            interviewers=["Ignacio Valdivieso", "Macarena Ossandón"],
            emails=[
                "ignacio.valdivieso@cordilleraandina.example",
                "macarena.ossandon@cordilleraandina.example",
            ],
            notes="Google 'Updated invitation' (SEQUENCE 1) moving the final round; sent on -04, "
            "the new time is after Chile's 2 September switch (-03).",
        ),
    )
)

# --- Google cancellation: Kyiv ---------------------------------------------------------------------
S = "2029-07-05 15:00"
add(
    gcal(
        OKSANA,
        "google-cancel-dniprosoft-kyiv",
        "interview_cancelled",
        start=S,
        zone="Europe/Kyiv",
        minutes=60,
        summary="Interview: Oksana Melnychuk / QA Lead – Vitryla Games",
        organizer=("Bohdan Tkachenko", "bohdan.tkachenko@vitryla-games.example"),
        guests=[("Bohdan Tkachenko", "bohdan.tkachenko@vitryla-games.example")],
        date=dh("2029-07-03 11:20:00", "Europe/Kyiv"),
        cancelled=True,
        label=iv(
            iso(S, "Europe/Kyiv"),
            "Europe/Kyiv",
            company="Vitryla Games",
            role="QA Lead",
            interviewers=["Bohdan Tkachenko"],
            emails=["bohdan.tkachenko@vitryla-games.example"],
            notes="Google 'Cancelled event' with METHOD:CANCEL, EEST.",
        ),
    )
)

# --- Google reminder (no calendar part): Honolulu ---------------------------------------------------
S = "2029-07-10 08:00"
add(
    greminder(
        KAINOA,
        "google-reminder-lanakila-honolulu",
        "interview",
        start=S,
        zone="Pacific/Honolulu",
        minutes=45,
        summary="Interview – Lanakila Solar (Field Operations Supervisor) w/ Kalena Akana",
        organizer="kalena.akana@lanakilasolar.example",
        date=dh("2029-07-10 07:30:00", "Pacific/Honolulu"),
        label=iv(
            iso(S, "Pacific/Honolulu"),
            "Pacific/Honolulu",
            company="Lanakila Solar",
            role="Field Operations Supervisor",
            interviewers=["Kalena Akana"],
            emails=["kalena.akana@lanakilasolar.example"],
            notes="Google Calendar e-mail notification 30 minutes before an interview already on "
            "the calendar; no .ics; HST.",
        ),
    )
)

# --- Exchange/Teams: Darwin, AUS Central (+09:30, no DST) ------------------------------------------
S = "2029-06-20 09:30"
add(
    exchange(
        LIAM,
        "exchange-arafura-port-darwin",
        "interview",
        start=S,
        zone="AUS Central Standard Time",
        minutes=60,
        subject="Interview - Marine Logistics Coordinator (REQ-2291)",
        organizer=("Shona Pitjara", "shona.pitjara@arafuraport.example"),
        attendees=[
            ("Gregory Tindall", "gregory.tindall@arafuraport.example"),
            ("Rhiannon Costa", "rhiannon.costa@arafuraport.example"),
        ],
        date=dh("2029-06-14 13:02:00", "Australia/Darwin"),
        text="""Hi Liam,

Thank you for your application for the Marine Logistics Coordinator role. The panel will be Gregory Tindall (Operations Manager) and Rhiannon Costa (HR Business Partner). I will be coordinating but won't be on the call.

Please have photo ID ready.

Kind regards,
Shona Pitjara
Talent Acquisition | Arafura Port Services""",
        label=iv(
            iso(S, "AUS Central Standard Time"),
            "Australia/Darwin",
            company="Arafura Port Services",
            role="Marine Logistics Coordinator",
            interviewers=["Gregory Tindall", "Rhiannon Costa"],
            emails=["gregory.tindall@arafuraport.example", "rhiannon.costa@arafuraport.example"],
            notes="Exchange request with TZID 'AUS Central Standard Time' (+09:30); the "
            "coordinator organises but is not on the panel.",
        ),
    )
)

# --- Exchange: Lord Howe user invited in Sydney time (+10:00 vs +10:30) ----------------------------
S = "2029-08-09 14:00"
add(
    exchange(
        ISLA,
        "exchange-saltbush-health-lord-howe",
        "interview",
        start=S,
        zone="AUS Eastern Standard Time",
        minutes=45,
        subject="Saltbush Health - Clinical Data Analyst interview (Isla Fairweather-Nunn)",
        organizer=("Joanna Petrakis", "joanna.petrakis@saltbushhealth.example"),
        attendees=[("Vikram Oberoi", "vikram.oberoi@saltbushhealth.example")],
        date=dh("2029-08-02 16:45:00", "Australia/Sydney"),
        text="""Hi Isla,

As discussed on the phone, here is the invitation for your interview with Vikram Oberoi (Data Lead) and myself. Times are Sydney time - I know the island runs half an hour ahead, so that's 2:30pm for you.

Best,
Joanna Petrakis
Recruitment Manager, Saltbush Health""",
        label=iv(
            iso(S, "AUS Eastern Standard Time"),
            "Australia/Sydney",
            company="Saltbush Health",
            role="Clinical Data Analyst",
            interviewers=["Joanna Petrakis", "Vikram Oberoi"],
            emails=[
                "joanna.petrakis@saltbushhealth.example",
                "vikram.oberoi@saltbushhealth.example",
            ],
            notes="Exchange request in AUS Eastern time to a Lord Howe Island user (+10:30); the "
            "text converts to 2:30pm island time; the recruiter sits in.",
        ),
    )
)

# --- Exchange update (SEQUENCE 2, "moved"): Riyadh, Sunday working day -----------------------------
S = "2029-07-15 11:00"
add(
    exchange(
        REEM,
        "exchange-update-nakheel-analytics-riyadh",
        "interview",
        start=S,
        zone="Arab Standard Time",
        minutes=60,
        subject="Interview - Senior BI Developer - Reem Al-Harbi",
        organizer=("Faisal Al-Qahtani", "faisal.alqahtani@wahat-analytics.example"),
        attendees=[("Lina Haddad", "lina.haddad@wahat-analytics.example")],
        date=dh("2029-07-11 10:15:00", "Asia/Riyadh"),
        sequence=2,
        text="""Dear Reem,

Apologies for the change. The interview has been moved to Sunday at 11:00 instead of Thursday, as Lina is travelling this week. Same Teams link.

Regards,
Faisal Al-Qahtani
Head of Data, Wahat Analytics""",
        label=iv(
            iso(S, "Arab Standard Time"),
            "Asia/Riyadh",
            company="Wahat Analytics",
            role="Senior BI Developer",
            interviewers=["Faisal Al-Qahtani", "Lina Haddad"],
            emails=[
                "faisal.alqahtani@wahat-analytics.example",
                "lina.haddad@wahat-analytics.example",
            ],
            notes="Exchange update (SEQUENCE 2) moving the interview to a Sunday (a working day "
            "in Riyadh); 'Arab Standard Time'.",
        ),
    )
)

# --- Exchange CANCEL: Regina (Saskatchewan, no DST) ------------------------------------------------
S = "2029-08-14 10:00"
add(
    exchange(
        BRYNN,
        "exchange-cancel-prairie-canola-regina",
        "interview_cancelled",
        start=S,
        zone="Canada Central Standard Time",
        minutes=60,
        subject="Interview - Agronomy Data Specialist",
        prefix="Canceled: ",
        organizer=("Darcy Lindholm", "darcy.lindholm@prairiecanola.example"),
        attendees=[("Mandeep Gill", "mandeep.gill@prairiecanola.example")],
        date=dh("2029-08-10 15:30:00", "America/Regina"),
        cancelled=True,
        text="""Hi Brynn,

We need to cancel Tuesday's interview - the position has been put on hold pending the fall budget review. I'm sorry for the short notice and will reach out if it reopens.

Darcy Lindholm
People & Culture, Prairie Canola Co-operative""",
        label=iv(
            iso(S, "Canada Central Standard Time"),
            "America/Regina",
            company="Prairie Canola Co-operative",
            role="Agronomy Data Specialist",
            interviewers=["Darcy Lindholm", "Mandeep Gill"],
            emails=["darcy.lindholm@prairiecanola.example", "mandeep.gill@prairiecanola.example"],
            notes="Exchange 'Canceled:' with METHOD:CANCEL; Saskatchewan stays on CST (-06:00) all "
            "year.",
        ),
    )
)

# --- Exchange/Teams, HTML only: Taipei ---------------------------------------------------------------
S = "2029-08-02 16:00"
add(
    exchange(
        CHIAHUI,
        "exchange-html-only-formosa-chips-taipei",
        "interview",
        start=S,
        zone="Taipei Standard Time",
        minutes=60,
        subject="Interview: Firmware Engineer II - Hsu Chia-hui",
        organizer=("Jason Hsieh", "jason.hsieh@hsinchu-lumen.example"),
        attendees=[
            ("Amy Kuo", "amy.kuo@hsinchu-lumen.example"),
            ("Derek Wang", "derek.wang@hsinchu-lumen.example"),
        ],
        date=dh("2029-07-27 11:48:00", "Asia/Taipei"),
        html_only=True,
        text="""Hi Chia-hui,

Please find the Teams invitation for your technical interview. Interviewers: Amy Kuo (Firmware Manager) and Derek Wang (Staff Engineer). The session includes a 20-minute C coding exercise.

Jason Hsieh
Recruiting, Hsinchu Lumen Semiconductor""",
        label=iv(
            iso(S, "Taipei Standard Time"),
            "Asia/Taipei",
            company="Hsinchu Lumen Semiconductor",
            role="Firmware Engineer II",
            interviewers=["Amy Kuo", "Derek Wang"],
            emails=["amy.kuo@hsinchu-lumen.example", "derek.wang@hsinchu-lumen.example"],
            notes="Exchange request with only an HTML body and the calendar; 'Taipei Standard "
            "Time'; the recruiter organiser does not interview.",
        ),
    )
)

# --- Exchange: Prague user, Central Europe Standard Time (maps to Budapest) -------------------------
S = "2029-06-26 13:00"
add(
    exchange(
        TEREZA,
        "exchange-vltava-freight-prague",
        "interview",
        start=S,
        zone="Central Europe Standard Time",
        minutes=90,
        subject="Second interview - Finance Business Partner",
        organizer=("Martin Procházka", "martin.prochazka@vltavafreight.example"),
        attendees=[
            ("Petra Horáková", "petra.horakova@vltavafreight.example"),
            ("Alan Whitfield", "alan.whitfield@vltavafreight.example"),
        ],
        date=dh("2029-06-19 09:06:00", "Europe/Prague"),
        with_teams=False,
        location="Vltava Freight, Rohanské nábřeží 12, Praha 8 - meeting room Karlín",
        text="""Dear Tereza,

I am pleased to invite you to the second round for the Finance Business Partner position. You will meet our CFO, Alan Whitfield, and Petra Horáková from Controlling; I will join for the first few minutes. Please report to reception ten minutes early.

Best regards,
Martin Procházka
HR Manager""",
        label=iv(
            iso(S, "Central Europe Standard Time"),
            "Europe/Budapest",
            company="Vltava Freight",
            role="Finance Business Partner",
            interviewers=["Alan Whitfield", "Petra Horáková"],
            emails=["alan.whitfield@vltavafreight.example", "petra.horakova@vltavafreight.example"],
            notes="On-site Exchange request, no Teams; TZID 'Central Europe Standard Time' maps "
            "to Budapest (CLDR 001), same offset as Prague; HR only opens the meeting.",
        ),
    )
)

# --- Zoom PUBLISH in UTC: Yangon user, Singapore host ------------------------------------------------
S = "2029-07-17 09:00"
add(
    invite(
        THIRI,
        "zoom-utc-merlion-fintech-yangon",
        "interview",
        start=S,
        zone=None,
        utc_zone="Asia/Singapore",
        minutes=45,
        summary="Interview | Thiri Aung Myat | Compliance Analyst",
        organizer=("Grace Lim", "grace.lim@kallang-pay.example"),
        prodid=ZOOM,
        method="PUBLISH",
        ics_mode="attach",
        ics_name="iCalendar.ics",
        location="https://us06web.zoom.us/j/83920175546?pwd=Qm9vS2VlcFJpc2s",
        frm=("Grace Lim", "grace.lim@kallang-pay.example"),
        subject="Invitation: Interview | Thiri Aung Myat | Compliance Analyst",
        date=dh("2029-07-12 17:20:00", "Asia/Singapore"),
        body="""Hi Thiri,

Grace Lim is inviting you to a scheduled Zoom meeting.

Topic: Interview | Thiri Aung Myat | Compliance Analyst
Time: Jul 17, 2029 09:00 AM Singapore

Join Zoom Meeting
https://us06web.zoom.us/j/83920175546?pwd=Qm9vS2VlcFJpc2s

Meeting ID: 839 2017 5546
Passcode: 420917

You'll be speaking with Grace Lim (Talent Partner) and Hafiz Rahmat (Head of Compliance). That is 7:30am in Yangon - let me know if the early start is a problem.

Grace
""",
        label=iv(
            iso(S, "Asia/Singapore"),
            "Asia/Singapore",
            company="Kallang Pay",
            role="Compliance Analyst",
            interviewers=["Grace Lim", "Hafiz Rahmat"],
            emails=["grace.lim@kallang-pay.example"],
            notes="Zoom 'Time: ... Singapore' with a PUBLISH .ics in UTC; the Yangon user "
            "(+06:30) joins at 7:30am; the talent partner sits in.",
        ),
    )
)

# --- Zoom registration-style confirmation: Azores user, Lisbon time ---------------------------------
S = "2029-08-08 14:00"
add(
    invite(
        TOMAS,
        "zoom-lisbon-maresia-azores",
        "interview",
        start=S,
        zone=None,
        utc_zone="Europe/Lisbon",
        minutes=60,
        summary="Entrevista Tomás Medeiros Furtado - Maresia Energia",
        organizer=("Zoom", "no-reply@zoom.us"),
        prodid=ZOOM,
        method="REQUEST",
        ics_mode="attach",
        frm=("Inês Quaresma (via Zoom)", "no-reply@zoom.us"),
        subject="Confirmed: Entrevista Tomás Medeiros Furtado - Maresia Energia",
        date=dh("2029-08-01 10:02:00", "Europe/Lisbon"),
        body="""Hi Tomás Medeiros Furtado,

Inês Quaresma has scheduled a meeting with you.

Topic: Entrevista Tomás Medeiros Furtado - Maresia Energia
Time: Aug 8, 2029 02:00 PM Lisbon

Join from PC, Mac, Linux, iOS or Android: https://zoom.us/j/91027735103

Description: Technical interview for the Wind Asset Engineer role with Inês Quaresma and Duarte Lobo.

Add to calendar: see the attached iCalendar file.

Thank you!
""",
        label=iv(
            iso(S, "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Maresia Energia",
            role="Wind Asset Engineer",
            interviewers=["Inês Quaresma", "Duarte Lobo"],
            notes="Zoom-sent confirmation in Lisbon time (WEST, +01:00) to an Azores user (+00:00, "
            "1pm); .ics in UTC.",
        ),
    )
)

# --- Apple .ics from a founder's iCloud: Hobart -------------------------------------------------------
S = "2029-07-24 10:00"
add(
    invite(
        CALLISTA,
        "icloud-founder-kelp-and-co-hobart",
        "interview",
        start=S,
        zone="Australia/Hobart",
        minutes=60,
        summary="Coffee + chat – Callista / Bruny Kelp Co. (ops role)",
        organizer=("Fergus Allardyce", "fergus@brunykelp.example"),
        attendees=[("Callista Drummond-Vane", "callista.dvane@example.net")],
        prodid=ICLOUD,
        location="Pilgrim Coffee, 48 Argyle St, Hobart",
        frm=("Fergus Allardyce", "fergus@brunykelp.example"),
        subject="Tuesday",
        date=dh("2029-07-19 20:14:00", "Australia/Hobart"),
        body="""Hi Callista,

Great to hear back from you. Invite attached for Tuesday at 10 - it'll be me and our head grower, Mairead Kincaid. Think of it as the interview for the operations lead role, just in a cafe.

Fergus

Sent from my iPhone
""",
        label=iv(
            iso(S, "Australia/Hobart"),
            "Australia/Hobart",
            company="Bruny Kelp Co.",
            role="Operations Lead",
            interviewers=["Fergus Allardyce", "Mairead Kincaid"],
            emails=["fergus@brunykelp.example"],
            notes="Founder's iPhone mail with an iCloud .ics; the subject says only 'Tuesday'; "
            "AEST.",
        ),
    )
)

# --- .ics-only body from macOS Calendar: Istanbul ---------------------------------------------------
S = "2029-06-28 14:30"
add(
    invite(
        EMRE,
        "ics-only-bosphorus-mobility-istanbul",
        "interview",
        start=S,
        zone="Europe/Istanbul",
        minutes=60,
        summary="Bosphorus Mobility - Interview with Emre Karaağaç (Android Developer)",
        organizer=("Deniz Aydemir", "deniz.aydemir@bosphorus-mobility.example"),
        attendees=[
            ("Emre Karaağaç", "emre.karaagac@example.net"),
            ("Selin Oktay", "selin.oktay@bosphorus-mobility.example"),
        ],
        prodid=APPLE,
        ics_mode="only",
        location="Bosphorus Mobility, Maslak, Istanbul",
        description="Technical interview with Deniz Aydemir and Selin Oktay.",
        frm=("Deniz Aydemir", "deniz.aydemir@bosphorus-mobility.example"),
        subject="Invitation: Bosphorus Mobility - Interview with Emre Karaağaç (Android Developer)",
        date=dh("2029-06-22 12:31:00", "Europe/Istanbul"),
        label=iv(
            iso(S, "Europe/Istanbul"),
            "Europe/Istanbul",
            company="Bosphorus Mobility",
            role="Android Developer",
            interviewers=["Deniz Aydemir", "Selin Oktay"],
            emails=[
                "deniz.aydemir@bosphorus-mobility.example",
                "selin.oktay@bosphorus-mobility.example",
            ],
            notes="The whole body is a text/calendar REQUEST (macOS Calendar), no text part; +03.",
        ),
    )
)

# --- Fastmail invitation: Reykjavik ---------------------------------------------------------------
S = "2029-09-12 13:00"
add(
    invite(
        SOLVEIG,
        "fastmail-geysir-data-reykjavik",
        "interview",
        start=S,
        zone="Atlantic/Reykjavik",
        minutes=60,
        summary="Interview: Sólveig Einarsdóttir – Data Engineer",
        organizer=("Gunnar Þórðarson", "gunnar@hverfjall-data.example"),
        attendees=[
            ("Sólveig Einarsdóttir", "solveig.einars@example.com"),
            ("Katla Jónsdóttir", "katla@hverfjall-data.example"),
        ],
        prodid=FASTMAIL,
        ics_mode="attach",
        location="Hverfjall Data, Borgartún 27, Reykjavík",
        frm=("Gunnar Þórðarson", "gunnar@hverfjall-data.example"),
        subject="Invitation: Interview: Sólveig Einarsdóttir – Data Engineer @ Wed 12 Sep 2029 13:00",
        date=dh("2029-09-05 09:55:00", "Atlantic/Reykjavik"),
        body="""Gunnar Þórðarson has invited you to the following event:

Interview: Sólveig Einarsdóttir – Data Engineer
When: Wednesday, 12 September 2029 13:00 – 14:00 (Atlantic/Reykjavik)
Where: Hverfjall Data, Borgartún 27, Reykjavík
Attendees: Gunnar Þórðarson, Katla Jónsdóttir, Sólveig Einarsdóttir

Accept / Tentative / Decline: use the buttons in your calendar app.
""",
        label=iv(
            iso(S, "Atlantic/Reykjavik"),
            "Atlantic/Reykjavik",
            company="Hverfjall Data",
            role="Data Engineer",
            interviewers=["Gunnar Þórðarson", "Katla Jónsdóttir"],
            emails=["gunnar@hverfjall-data.example", "katla@hverfjall-data.example"],
            notes="Fastmail invitation, 'When: Wednesday, 12 September 2029 13:00' with the IANA "
            "zone in brackets; Reykjavik is GMT all year.",
        ),
    )
)

# --- Webex: Windhoek user, Johannesburg host (same offset) ---------------------------------------
S = "2029-06-21 10:00"
add(
    invite(
        NDAPEWA,
        "webex-kalahari-mutual-windhoek",
        "interview",
        start=S,
        zone="Africa/Johannesburg",
        minutes=60,
        summary="Interview - Actuarial Analyst (Ndapewa Shilongo)",
        organizer=("Thandeka Mahlangu", "thandeka.mahlangu@kalaharimutual.example"),
        attendees=[("Ndapewa Shilongo", "ndapewa.shilongo@example.org")],
        prodid=WEBEX,
        ics_mode="attach",
        ics_name="meeting.ics",
        location="https://kalaharimutual.webex.com/meet/t.mahlangu",
        frm=("Thandeka Mahlangu", "messenger@webex.com"),
        reply_to=("Thandeka Mahlangu", "thandeka.mahlangu@kalaharimutual.example"),
        subject="Meeting invitation: Interview - Actuarial Analyst (Ndapewa Shilongo)",
        date=dh("2029-06-15 14:10:00", "Africa/Johannesburg"),
        body="""Thandeka Mahlangu invites you to join this Webex meeting.

Interview - Actuarial Analyst (Ndapewa Shilongo)
Thursday, June 21, 2029
10:00 AM | (UTC+02:00) Harare, Pretoria | 1 hr

Join meeting: https://kalaharimutual.webex.com/meet/t.mahlangu

Panel: Thandeka Mahlangu (Valuations Manager), Johan Potgieter (Chief Actuary)
""",
        label=iv(
            iso(S, "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Kalahari Mutual",
            role="Actuarial Analyst",
            interviewers=["Thandeka Mahlangu", "Johan Potgieter"],
            emails=["thandeka.mahlangu@kalaharimutual.example"],
            notes="Webex invitation '(UTC+02:00) Harare, Pretoria' to a Windhoek user (same offset "
            "in winter); .ics in Johannesburg time.",
        ),
    )
)

# --- Cal.com booking: Boise (Mountain time) ----------------------------------------------------------
S = "2029-08-23 15:30"
add(
    invite(
        HOLLIS,
        "calcom-booking-sawtooth-robotics-boise",
        "interview",
        start=S,
        zone="America/Boise",
        minutes=30,
        summary="Hiring manager screen between Wren Castellano and Hollis Pembrook",
        organizer=("Wren Castellano", "wren@sawtooth-robotics.example"),
        attendees=[("Hollis Pembrook", "hollis.pembrook@example.org")],
        prodid=CALCOM,
        ics_mode="attach",
        frm=("Cal.com", "noreply@cal.com"),
        reply_to=("Wren Castellano", "wren@sawtooth-robotics.example"),
        subject="Confirmed: Hiring manager screen between Wren Castellano and Hollis Pembrook "
        "@ Thu, Aug 23, 2029 3:30pm - 4:00pm",
        date=dh("2029-08-20 08:41:00", "America/Boise"),
        body="""Your event has been scheduled
We sent an email with a calendar invitation with the details to everyone.

What
Hiring manager screen between Wren Castellano and Hollis Pembrook

When
Thursday, August 23, 2029
3:30pm - 4:00pm (America/Boise)

Who
Wren Castellano - Organizer
wren@sawtooth-robotics.example
Hollis Pembrook
hollis.pembrook@example.org

Where
Cal Video

Additional notes
Controls Engineer opening at Sawtooth Robotics

Need to make a change? Reschedule or Cancel
""",
        label=iv(
            iso(S, "America/Boise"),
            "America/Boise",
            company="Sawtooth Robotics",
            role="Controls Engineer",
            interviewers=["Wren Castellano"],
            emails=["wren@sawtooth-robotics.example"],
            notes="Cal.com booking the user made; 'America/Boise' in the text; MDT.",
        ),
    )
)

# --- Exchange/Teams: Puerto Rico user, SA Western Standard Time -------------------------------------
S = "2029-09-11 10:00"
add(
    exchange(
        YAMILET,
        "exchange-borinquen-health-san-juan",
        "interview",
        start=S,
        zone="SA Western Standard Time",
        minutes=60,
        subject="Panel Interview - Bilingual Claims Supervisor",
        organizer=("Luis Ortega Santiago", "luis.ortega@coqui-health.example"),
        attendees=[
            ("Carmen Vélez", "carmen.velez@coqui-health.example"),
            ("Robert Haines", "robert.haines@coqui-health.example"),
        ],
        date=dh("2029-09-04 16:20:00", "America/Puerto_Rico"),
        text="""Hi Yamilet,

Confirming your panel interview for the Bilingual Claims Supervisor role with Carmen Vélez (Director of Claims), Robert Haines (VP Operations) and me. Part of the conversation will be in Spanish.

Luis Ortega Santiago
Talent Acquisition Lead, Coquí Health Plans""",
        label=iv(
            iso(S, "SA Western Standard Time"),
            "America/La_Paz",
            company="Coquí Health Plans",
            role="Bilingual Claims Supervisor",
            interviewers=["Luis Ortega Santiago", "Carmen Vélez", "Robert Haines"],
            emails=[
                "luis.ortega@coqui-health.example",
                "carmen.velez@coqui-health.example",
                "robert.haines@coqui-health.example",
            ],
            notes="Exchange TZID 'SA Western Standard Time' (CLDR 001 is La Paz; -04:00 like San "
            "Juan); the recruiter is on the panel ('and me').",
        ),
    )
)

# --- Google cancellation: Melbourne -------------------------------------------------------------
S = "2029-06-27 16:00"
add(
    gcal(
        NIKHIL,
        "google-cancel-yarra-freightworks-melbourne",
        "interview_cancelled",
        start=S,
        zone="Australia/Melbourne",
        minutes=45,
        summary="Yarra Freightworks | Nikhil Sarraf | Solutions Architect",
        organizer=("Bridget Callaghan", "bridget.callaghan@yarrafreight.example"),
        guests=[
            ("Bridget Callaghan", "bridget.callaghan@yarrafreight.example"),
            ("Oscar Lindgren", "oscar.lindgren@yarrafreight.example"),
        ],
        date=dh("2029-06-25 12:12:00", "Australia/Melbourne"),
        cancelled=True,
        label=iv(
            iso(S, "Australia/Melbourne"),
            "Australia/Melbourne",
            company="Yarra Freightworks",
            role="Solutions Architect",
            interviewers=["Oscar Lindgren"],
            emails=["oscar.lindgren@yarrafreight.example"],
            notes="Google 'Cancelled event' (METHOD:CANCEL) two days ahead; AEST.",
        ),
    )
)

# --- Exchange, on site: Tehran, Iran Standard Time (+03:30) ------------------------------------
S = "2029-07-31 11:30"
add(
    exchange(
        NASRIN,
        "exchange-iran-zagros-pharma-tehran",
        "interview",
        start=S,
        zone="Iran Standard Time",
        minutes=45,
        subject="HR interview - Regulatory Affairs Specialist",
        organizer=("Parisa Ghorbani", "parisa.ghorbani@zagros-pharma.example"),
        attendees=[],
        date=dh("2029-07-25 09:10:00", "Asia/Tehran"),
        with_teams=False,
        location="Zagros Pharma, Vanak Square, 4th floor",
        text="""Dear Ms. Kazemi-Tabar,

Following your application for the Regulatory Affairs Specialist position, we would like to meet you for an interview with our HR manager, Parisa Ghorbani. Please bring a copy of your degree certificate.

Sincerely,
Zagros Pharma - Human Resources""",
        label=iv(
            iso(S, "Iran Standard Time"),
            "Asia/Tehran",
            company="Zagros Pharma",
            role="Regulatory Affairs Specialist",
            interviewers=["Parisa Ghorbani"],
            emails=["parisa.ghorbani@zagros-pharma.example"],
            notes="Exchange request with TZID 'Iran Standard Time' (+03:30, no DST since 2022); "
            "on site.",
        ),
    )
)

# --- HTML-only letter: Yangon user, Bangkok NGO, conversion in the body ---------------------------
S = "2029-09-06 10:00"
add(
    mail(
        THIRI,
        "html-mekong-relief-yangon-bangkok",
        "interview",
        frm=("Siriporn Chaiyasit", "siriporn@mekong-relief.example"),
        subject="Interview invitation - Programme Officer (Myanmar)",
        date=dh("2029-08-31 14:22:00", "Asia/Bangkok"),
        body=None,
        rich=html_page(
            paras(
                f"""Dear Thiri,

Thank you for applying to Mekong Relief Network. We are pleased to invite you to a video interview for the Programme Officer (Myanmar) position.

Date: Thursday, September 6, 2029
Time: 10:00 Bangkok time ({conv(S, "Asia/Bangkok", "Asia/Yangon")[11:]} Yangon time)
Panel: Siriporn Chaiyasit (Country Director) and Moe Thandar Kyaw (Programme Manager)

The link will follow one day before.

Kind regards,
Siriporn Chaiyasit"""
            )
        ),
        label=iv(
            iso(S, "Asia/Bangkok"),
            "Asia/Bangkok",
            company="Mekong Relief Network",
            role="Programme Officer (Myanmar)",
            interviewers=["Siriporn Chaiyasit", "Moe Thandar Kyaw"],
            emails=["siriporn@mekong-relief.example"],
            notes="HTML-only letter; '10:00 Bangkok time (09:30 Yangon time)'; no calendar.",
        ),
    )
)
