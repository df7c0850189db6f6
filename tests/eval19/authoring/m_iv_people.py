"""Interviews written by people in English: hiring managers, recruiters, assistants, agencies."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AINO,
    ASENACA,
    BOYAN,
    CODY,
    DARIUS,
    HIWOT,
    IOANA,
    KADRI,
    LAIMA,
    MAEVE,
    MALIA,
    OMER,
    ROHAN,
    SKYE,
    THAO,
    TREVOR,
    YONATAN,
    d,
    dh,
    forwarded,
    html_mail,
    lab,
    msgid,
    person,
    quoted,
    raw_mail,
)

MESSAGES = [
    person(
        AINO,
        "hiring-manager-helsinki-office",
        "interview",
        frm=("Outi Kairamo", "outi.kairamo@kuusikko-robotics.example"),
        subject="Meeting at our office on the 14th",
        date=dh("2038-10-08 14:22", "Europe/Helsinki"),
        body=f"""Hi Aino,

Thanks for sending over the portfolio so quickly. We'd like to meet you in person:
{d("2038-10-14", "uk")} from 10:00 to 11:00 (Helsinki time), at our office on
Hämeentie 3 B, 4th floor. Ring the Kuusikko buzzer and someone will come down.

You'll be meeting me and Jere Lindroos (Head of Platform). We'll spend most of the hour on
the control-loop project you described, so bring the laptop if you can.

Best,
Outi

--
Outi Kairamo
Engineering Manager, Motion Control
Kuusikko Robotics Oy
""",
        label=lab(
            "2038-10-14 10:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Kuusikko Robotics",
            role=None,
            who=["Outi Kairamo", "Jere Lindroos"],
            emails=["outi.kairamo@kuusikko-robotics.example"],
            notes="Hiring manager writes plainly from the company domain; city-named zone.",
        ),
    ),
    person(
        KADRI,
        "locking-in-tuesday-your-time",
        "interview",
        frm=("Hanna-Liis Tamm", "hanna-liis@vaiksemeri-data.example"),
        subject="Re: Next step - data engineering role",
        date=dh("2038-10-13 17:05", "Europe/Tallinn"),
        in_reply_to=msgid("kadri-availability", "example.net"),
        body="""Great, let's lock in Tuesday then, 2pm your time. I'll send a Meet link in the
morning. It'll be me for the first half and then a short coding exercise.

Hanna-Liis
"""
        + quoted(
            "2038-10-13 09:41",
            "Europe/Tallinn",
            "Kadri Sepp-Adewale <kadri.sepp@example.net>",
            f"""Hi Hanna-Liis,

Thanks! I could do {d("2038-10-19", "uk")} at 2pm, or {d("2038-10-20", "abbr")} at 11am.
Either works.

Kadri""",
        ),
        label=lab(
            "2038-10-19 14:00",
            "Europe/Tallinn",
            None,
            company="Väiksemeri Data",
            role="Data Engineer",
            who=["Hanna-Liis Tamm"],
            emails=["hanna-liis@vaiksemeri-data.example"],
            notes="Short reply picks the first of two slots from the quoted mail.",
        ),
    ),
    html_mail(
        LAIMA,
        "assistant-books-panel-table",
        "interview",
        frm=("Rūta Mockutė", "ruta.mockute@gintaro-finance.example"),
        subject="Panel interview - Senior Risk Analyst - 2038-11-03",
        date=dh("2038-10-26 11:02", "Europe/Vilnius"),
        markup="""<p>Dear Laima,</p>
<p>On behalf of Mr Vaitkus I am pleased to confirm your panel interview for the
<b>Senior Risk Analyst</b> position.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>2038-11-03</td></tr>
<tr><td><b>Time</b></td><td>13:00&ndash;15:00 (Vilnius time)</td></tr>
<tr><td><b>Place</b></td><td>Konstitucijos pr. 7, 12th floor, room &laquo;Neris&raquo;</td></tr>
</table>
<p>The panel:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Role</th></tr>
<tr><td>Darius Vaitkus</td><td>Chief Risk Officer</td></tr>
<tr><td>Eglė Stankevičienė</td><td>Head of Model Validation</td></tr>
<tr><td>Tomas Jurgaitis</td><td>HR Business Partner</td></tr>
</table>
<p>Please bring an identity document for the reception desk.</p>
<p>Kind regards,<br>Rūta Mockutė<br>Executive Assistant to the CRO<br>Gintaro Finance UAB</p>""",
        label=lab(
            "2038-11-03 13:00",
            "Europe/Vilnius",
            "Europe/Vilnius",
            company="Gintaro Finance",
            role="Senior Risk Analyst",
            who=["Darius Vaitkus", "Eglė Stankevičienė", "Tomas Jurgaitis"],
            emails=[],
            notes="Executive assistant books a panel listed in an HTML table; ISO date.",
        ),
    ),
    person(
        IOANA,
        "agency-confirms-client-cfo",
        "interview",
        frm=("Callum Ferrars", "callum.ferrars@talentbridge-search.example"),
        subject="Confirmed: your interview with Drumul Verde",
        date=dh("2038-10-19 10:15", "Europe/Bucharest"),
        body=f"""Hi Ioana,

Good news - my client, Drumul Verde Logistics, would like to meet you. Your interview is
confirmed for {d("2038-10-25", "uk")} at 16:00 Romanian time, at their offices on Calea
Floreasca 40 (ask for the finance floor).

You'll be speaking with their CFO, Sorin Mateescu, and Ana-Maria Vlad from HR. Expect about
an hour: a walk through your consolidation work, then questions on the ERP migration.

Give me a call afterwards and let me know how it went.

Callum Ferrars
Senior Consultant, Finance & Accounting
TalentBridge Search
""",
        label=lab(
            "2038-10-25 16:00",
            "Europe/Bucharest",
            "Europe/Bucharest",
            company="Drumul Verde Logistics",
            who=["Sorin Mateescu", "Ana-Maria Vlad"],
            emails=[],
            notes="Agency consultant confirms on behalf of the client; he only arranges.",
        ),
    ),
    person(
        BOYAN,
        "moving-thursday-call-to-friday",
        "interview",
        frm=("Elitsa Dimova", "elitsa.dimova@pirin-games.example"),
        subject="Small change to our call",
        date=dh("2038-10-28 12:40", "Europe/Sofia"),
        body=f"""Hi Boyan,

Sorry for the short notice - something came up on my side for Thursday, so I've moved
our interview call to {d("2038-11-05", "uk")} at 09:30. Same Zoom link as before:
https://zoom.us/j/93152204718

If that doesn't suit, just tell me and I'll find another slot.

Elitsa
Lead Game Designer, Pirin Games
""",
        label=lab(
            "2038-11-05 09:30",
            "Europe/Sofia",
            None,
            company="Pirin Games",
            who=["Elitsa Dimova"],
            emails=["elitsa.dimova@pirin-games.example"],
            notes="Update moving the call; the new time falls after Europe's switch back.",
        ),
    ),
    raw_mail(
        DARIUS,
        "uk-time-during-gap-week",
        "interview",
        frm=("Tobias Wrenfield", "tobias.wrenfield@ashgrove-analytics.example"),
        to="Darius Whitlock-Ayodele <dw.jobhunt@example.com>",
        subject="Interview - Wednesday 3rd",
        date=dh("2038-10-29 13:10", "Europe/London"),
        charset="windows-1252",
        body=f"""Hi Darius,

Thanks for your patience. We’d like to invite you to a video interview on
{d("2038-11-03", "uk")} at 3pm UK time – which should be 11am for you in New York (the
clocks change a week apart this year, so it’s four hours rather than the usual five).

You’ll meet me and our Head of Pricing, Nell Okereke. The Teams link is below.
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ashgrove1103%40thread.v2/0

Best wishes,
Tobias Wrenfield
Analytics Director, Ashgrove Analytics
""",
        label=lab(
            "2038-11-03 15:00",
            "Europe/London",
            "Europe/London",
            company="Ashgrove Analytics",
            who=["Tobias Wrenfield", "Nell Okereke"],
            emails=["tobias.wrenfield@ashgrove-analytics.example"],
            notes="Sent to the user's second address, windows-1252; the four-hour gap week.",
        ),
    ),
    person(
        HIWOT,
        "phone-screen-tomorrow-eat",
        "interview",
        frm=("Selam Worku", "selam.worku@abay-health.example"),
        subject="Quick phone screen tomorrow",
        date=dh("2038-10-12 16:40", "Africa/Addis_Ababa"),
        body="""Dear Hiwot,

Thank you for applying for the Monitoring & Evaluation Officer post. I'd like to have a
short phone conversation with you before we go further. I will call you tomorrow
(Wednesday) at 10:30 EAT on the number in your CV. It should take about 20 minutes.

Regards,
Selam Worku
Talent Acquisition Partner
Abay Health Initiative
""",
        label=lab(
            "2038-10-13 10:30",
            "Africa/Addis_Ababa",
            None,
            company="Abay Health Initiative",
            role="Monitoring & Evaluation Officer",
            who=["Selam Worku"],
            emails=["selam.worku@abay-health.example"],
            notes="Relative day ('tomorrow (Wednesday)'); the recruiter conducts the screen.",
        ),
    ),
    person(
        YONATAN,
        "sunday-slot-between-ten",
        "interview",
        frm=("Michal Aharoni", "michal@karmel-cyber.example"),
        subject="Technical interview - Sunday",
        date=dh("2038-10-20 15:55", "Asia/Jerusalem"),
        body=f"""Hi Yonatan,

As discussed on the phone, your technical interview is set for {d("2038-10-24", "uk")},
between 10:00 and 10:45 Israel time, at our office in Herzliya (Maskit 12, 3rd floor).
Gilad Peretz, our team lead for detection engineering, will run it together with me.

Michal Aharoni
R&D Manager, Karmel Cyberdefence
""",
        label=lab(
            "2038-10-24 10:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Karmel Cyberdefence",
            who=["Gilad Peretz", "Michal Aharoni"],
            emails=["michal@karmel-cyber.example"],
            notes="Time range 'between 10:00 and 10:45'; a Sunday working day.",
        ),
    ),
    person(
        OMER,
        "recruiter-forwards-manager-ok",
        "interview",
        frm=("Sana Qadri", "sana.qadri@indus-fintech.example"),
        subject="Fwd: Omer - Saturday interview",
        date=dh("2038-10-13 18:20", "Asia/Karachi"),
        body="Hi Omer, forwarding Imran's note below - you're all set for Saturday. "
        "Good luck!\n\nSana\n\n"
        + forwarded(
            "2038-10-13 17:48",
            "Asia/Karachi",
            "Imran Siddiq <imran.siddiq@indus-fintech.example>",
            "Sana Qadri <sana.qadri@indus-fintech.example>",
            "Omer - Saturday interview",
            f"""Sana,

Saturday works for me. Please confirm with Omer: {d("2038-10-16", "uk")}, 11am PKT, at the
Clifton office. Fareeha will join me for the system design part.

Imran""",
        ),
        label=lab(
            "2038-10-16 11:00",
            "Asia/Karachi",
            None,
            company="Indus Fintech",
            who=["Imran Siddiq", "Fareeha"],
            emails=["imran.siddiq@indus-fintech.example"],
            notes="Recruiter forwards the hiring manager's note; time only in the forward.",
        ),
    ),
    person(
        THAO,
        "from-two-to-three-vietnam",
        "interview",
        frm=("Nguyễn Hoàng Nam", "nam.nguyen@songhong-logistics.example"),
        subject="Interview invitation - Supply Chain Analyst",
        date=dh("2038-10-15 09:30", "Asia/Ho_Chi_Minh"),
        html=True,
        cte="base64",
        body=f"""Dear Thảo,

We are happy to invite you to an interview for the Supply Chain Analyst role, from 2 to 3pm
on {d("2038-10-22", "uk")} (Vietnam time), at our office on Nguyễn Huệ street, District 1.

I will lead the interview and my colleague Đặng Quốc Bảo (Warehouse Operations Lead) will
join us for the last half hour.

Please reply to confirm.

Best regards,
Nguyễn Hoàng Nam
Supply Chain Manager
Song Hong Logistics
""",
        label=lab(
            "2038-10-22 14:00",
            "Asia/Ho_Chi_Minh",
            "Asia/Ho_Chi_Minh",
            company="Song Hong Logistics",
            role="Supply Chain Analyst",
            who=["Nguyễn Hoàng Nam", "Đặng Quốc Bảo"],
            emails=["nam.nguyen@songhong-logistics.example"],
            notes="Range 'from 2 to 3pm'; 'my colleague ... will join'.",
        ),
    ),
    person(
        SKYE,
        "adelaide-daylight-first-week",
        "interview",
        frm=("Jasper Coombe", "jasper.coombe@saltbush-water.example"),
        subject="Interview confirmed - Hydrologist",
        date=dh("2038-10-05 08:50", "Australia/Adelaide"),
        body=f"""Hi Skye,

Confirming your interview for the Hydrologist role on {d("2038-10-11", "uk")} at 9:30am
Adelaide time (ACDT, now that daylight saving has started), in person at 25 Grenfell
Street, level 9.

The panel will be me, Dr Anika Rasmussen (Principal Hydrogeologist) and Lachie Brennan from
our People team.

Cheers,
Jasper Coombe
Water Resources Manager, Saltbush Water
""",
        label=lab(
            "2038-10-11 09:30",
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Saltbush Water",
            role="Hydrologist",
            who=["Jasper Coombe", "Anika Rasmussen", "Lachie Brennan"],
            emails=["jasper.coombe@saltbush-water.example"],
            notes="First week of Adelaide's daylight time (+10:30).",
        ),
    ),
    person(
        ASENACA,
        "fiji-time-zoom-interview",
        "interview",
        frm=("Peni Tuilagi", "peni.tuilagi@sigatoka-reef.example"),
        subject="Zoom interview - Guest Experience Manager",
        date=dh("2038-11-01 15:12", "Pacific/Fiji"),
        body=f"""Bula Asenaca,

Thank you for your application. We would like to invite you to a Zoom interview on
{d("2038-11-09", "uk")} at 8:00am Fiji time.

Join: https://zoom.us/j/86420017735?pwd=cc19
Meeting ID: 864 2001 7735

Vinaka,
Peni Tuilagi
General Manager
Sigatoka Reef Resorts
""",
        label=lab(
            "2038-11-09 08:00",
            "Pacific/Fiji",
            "Pacific/Fiji",
            company="Sigatoka Reef Resorts",
            role="Guest Experience Manager",
            who=["Peni Tuilagi"],
            emails=["peni.tuilagi@sigatoka-reef.example"],
            notes="Fiji (no daylight saving).",
        ),
    ),
    person(
        MALIA,
        "pacific-and-hawaii-times",
        "interview",
        frm=("Graham Ostrowski", "graham.ostrowski@kelpline-bio.example"),
        subject="Final round - Thursday 11/18",
        date=dh("2038-11-10 14:30", "America/Los_Angeles"),
        body=f"""Hi Malia,

We'd love to have you for the final round: {d("2038-11-18", "us")}, 10am Pacific /
8am Hawaii. It's a 90-minute video loop with me, Renata Solberg (VP Research) and
Kofi Aidoo (Lab Operations). I'll send the Zoom details separately.

Graham
""",
        label=lab(
            "2038-11-18 08:00",
            "Pacific/Honolulu",
            "Pacific/Honolulu",
            company="Kelpline Bio",
            who=["Graham Ostrowski", "Renata Solberg", "Kofi Aidoo"],
            emails=["graham.ostrowski@kelpline-bio.example"],
            notes="Both Pacific and Hawaii times given; two hours apart in standard time.",
        ),
    ),
    person(
        CODY,
        "perfect-the-second-it-is",
        "interview",
        frm=("Marguerite Tallis", "mtallis@northlight-air.example"),
        subject="Re: Dispatcher position - times",
        date=dh("2038-10-28 09:03", "America/Anchorage"),
        in_reply_to=msgid("cody-times", "example.com"),
        body="Perfect - 1:30 Alaska time on the 2nd it is. Talk then.\n\nMarguerite\n"
        + quoted(
            "2038-10-27 19:12",
            "America/Anchorage",
            "Cody Anvik-Marsh <cody.anvik@example.com>",
            f"""Hi Marguerite,

{d("2038-11-02", "us")} at 1:30pm AKDT works best for me, or anytime that Wednesday
morning.

Thanks,
Cody""",
        ),
        label=lab(
            "2038-11-02 13:30",
            "America/Anchorage",
            "America/Anchorage",
            company="Northlight Air",
            role="Dispatcher",
            who=["Marguerite Tallis"],
            emails=["mtallis@northlight-air.example"],
            notes="One-line reply; the date only in the quoted proposal.",
        ),
    ),
    person(
        MAEVE,
        "atlantic-phone-call-director",
        "interview",
        frm=("Ronan Cheverie", "ronan.cheverie@tidewater-fisheries.example"),
        subject="Phone interview on the 27th",
        date=dh("2038-10-21 11:45", "America/Halifax"),
        body=f"""Hi Maeve,

Thanks for speaking with me yesterday. As promised, here are the details:

Phone interview with our Director of Operations, Colette Boudreau
{d("2038-10-27", "usy")} at 11:00 AM Atlantic
She will call you at the number you gave me.

Ronan Cheverie
HR Coordinator, Tidewater Fisheries
""",
        label=lab(
            "2038-10-27 11:00",
            "America/Halifax",
            "America/Halifax",
            company="Tidewater Fisheries",
            who=["Colette Boudreau"],
            emails=[],
            notes="HR coordinator arranges; the director interviews. 'Atlantic' region.",
        ),
    ),
    person(
        TREVOR,
        "next-tuesday-winnipeg-time",
        "interview",
        frm=("Dana Kirkness", "dana.kirkness@prairie-grainco.example"),
        subject="Interview next Tuesday",
        date=dh("2038-11-04 15:20", "America/Winnipeg"),
        body="""Hi Trevor,

Thanks for getting back to me. Let's do next Tuesday (the 9th) at 9am Winnipeg time at
our Pembina Highway office. I'll be there with our plant superintendent, Wes Olafson.

Dana Kirkness
Operations Manager, Prairie GrainCo
""",
        label=lab(
            "2038-11-09 09:00",
            "America/Winnipeg",
            "America/Winnipeg",
            company="Prairie GrainCo",
            who=["Dana Kirkness", "Wes Olafson"],
            emails=["dana.kirkness@prairie-grainco.example"],
            notes="'next Tuesday (the 9th)'; after North America's switch back.",
        ),
    ),
    person(
        ROHAN,
        "aedt-and-brisbane-times",
        "interview",
        frm=("Georgia Lindqvist", "georgia.lindqvist@bremer-mutual.example"),
        subject="Interview - Claims Analytics Lead",
        date=dh("2038-10-14 12:05", "Australia/Sydney"),
        body=f"""Hi Rohan,

Thanks for your time on the phone. We'd like to invite you to an interview on
{d("2038-10-21", "uk")}, 10am AEDT (9am your time in Brisbane) via Teams.

You'll be meeting Harriet Kwan (Head of Claims) and Ben Aldous (Senior Data Scientist).

Kind regards,
Georgia Lindqvist
Talent Acquisition, Bremer Mutual Insurance
""",
        label=lab(
            "2038-10-21 09:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Bremer Mutual Insurance",
            role="Claims Analytics Lead",
            who=["Harriet Kwan", "Ben Aldous"],
            emails=[],
            notes="Sydney is on daylight time, Brisbane not: an hour apart.",
        ),
    ),
]
