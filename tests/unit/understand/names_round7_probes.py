"""Probe mail for names round 7: interviewers named the many ways real mail names them.

Written from scratch for these tests (invented people and companies under reserved names),
none copied from an evaluation set. Each probe is an interview confirmation and states the
full names of exactly the people the user meets, titles ("Dr.", "Frau", "M.") dropped:
calendar attendees, "you'll be meeting with" sentences, panel lists and tables, ATS
itineraries, agencies, forwards, signatures, and German, French and Spanish phrasing. The
traps name people who do not interview (coordinators, receptionists, the hiring system,
the user, people only copied, the manager the role reports to, referees), who must not be
found; "reporting to X" names no interviewer unless X is also said to interview.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Probe:
    """One message and the interviewers it must be read with."""

    key: str
    sender: str
    subject: str
    body: str
    names: tuple[str, ...]
    """Exactly the interviewers' full names (compared case-insensitively)."""
    user: str = "us"
    """Which user receives it: "us" (New York, mdy), "uk", "de", "fr", "es"."""
    html: str | None = None
    html_only: bool = False
    """Send ``html`` as the only part (``body`` is then ignored)."""
    ics: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    """Extra header fields (Cc, Reply-To)."""


def att(
    cn: str,
    addr: str,
    role: str | None = "REQ-PARTICIPANT",
    cutype: str | None = "INDIVIDUAL",
    partstat: str = "NEEDS-ACTION",
) -> str:
    """One ATTENDEE line as Google or Outlook writes it (CN quoted when it holds a comma)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    if role:
        params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    name = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    if cn:
        params.append(f"CN={name}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{addr}"


def cal(
    *,
    summary: str,
    start: str,
    end: str,
    tzid: str,
    organizer: str,
    attendees: tuple[str, ...],
    description: str = "",
    location: str = "",
    method: str = "REQUEST",
) -> str:
    """An iCalendar REQUEST (RFC 5545/5546) with a named zone and raw ATTENDEE lines."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Probe//Round7//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "DTSTAMP:20260309T120000Z",
        f"ORGANIZER;{organizer}",
        "UID:r7-" + start + "@probe.example",
        *attendees,
    ]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{summary}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\n".join(lines)


NY = "America/New_York"

# --- Calendar invitations: ATTENDEE CN ----------------------------------------------------
CALENDAR: tuple[Probe, ...] = (
    Probe(
        "cal_google_two_guests_and_room",
        "Harriet Oyelaran <harriet.oyelaran@quillfield.example>",
        "Invitation: Quillfield - Product Designer interview @ Tue Mar 17, 2026 11am - 12pm",
        "Harriet Oyelaran has invited you to this event.\n\nQuillfield - Product Designer "
        "interview\nTuesday Mar 17, 2026 ⋅ 11am – 12pm (Eastern Time - New York)\n\nGuests\n"
        "Harriet Oyelaran - organizer\nMateo Villarreal\nSunniva Holm\nalex.morgan@gmail.com\n"
        "NYC-5-Hudson (8)\n\nPanel interview scheduled by Harriet Oyelaran (Recruiting "
        "Coordinator).\n\nView all guest info",
        ("Mateo Villarreal", "Sunniva Holm"),
        ics=cal(
            summary="Quillfield - Product Designer interview",
            start="20260317T110000",
            end="20260317T120000",
            tzid=NY,
            organizer="CN=Harriet Oyelaran:mailto:harriet.oyelaran@quillfield.example",
            attendees=(
                att("Harriet Oyelaran", "harriet.oyelaran@quillfield.example", partstat="ACCEPTED"),
                att("Mateo Villarreal", "mateo.villarreal@quillfield.example"),
                att("Sunniva Holm", "sunniva.holm@quillfield.example"),
                att("alex.morgan@gmail.com", "alex.morgan@gmail.com"),
                att(
                    "NYC-5-Hudson (8)",
                    "c_1889hudson@resource.calendar.google.com",
                    cutype="RESOURCE",
                ),
            ),
            description="Panel interview scheduled by Harriet Oyelaran (Recruiting Coordinator).",
        ),
    ),
    Probe(
        "cal_outlook_inverted_cn_no_role",
        '"O\'Neill, Siobhán" <siobhan.oneill@ardmorebank.example>',
        "Interview: Credit Risk Analyst",
        "Hi Alex,\n\nPlease find the invitation for your interview below.\n\n"
        "When: Wednesday, March 18, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & "
        "Canada)\nWhere: Microsoft Teams Meeting\n\nI look forward to speaking with you.\n\n"
        "Siobhán O'Neill\nCredit Risk Manager, Ardmore Bank",
        ("Siobhán O'Neill", "J. P. Okafor"),
        ics=cal(
            summary="Interview: Credit Risk Analyst",
            start="20260318T140000",
            end="20260318T150000",
            tzid=NY,
            organizer='CN="O\'Neill, Siobhán":mailto:siobhan.oneill@ardmorebank.example',
            attendees=(
                att("Okafor, J. P.", "jp.okafor@ardmorebank.example", role=None, cutype=None),
                att("Morgan, Alex", "alex.morgan@gmail.com", role=None, cutype=None),
            ),
        ),
    ),
    Probe(
        "cal_chair_and_non_participant",
        "Ingrid Salo <ingrid.salo@borealgrid.example>",
        "Interview - Grid Planning Engineer",
        "Hello Alex,\n\nSending the calendar invitation for Thursday. Please accept it so it "
        "shows in your calendar.\n\nIngrid Salo\nTalent Coordinator, Boreal Grid",
        ("Desmond Achterberg", "Rui Nakashima"),
        ics=cal(
            summary="Interview - Grid Planning Engineer",
            start="20260319T093000",
            end="20260319T103000",
            tzid=NY,
            organizer="CN=Ingrid Salo:mailto:ingrid.salo@borealgrid.example",
            attendees=(
                att("Ingrid Salo", "ingrid.salo@borealgrid.example", role="NON-PARTICIPANT"),
                att("Desmond Achterberg", "desmond.achterberg@borealgrid.example", role="CHAIR"),
                att("Rui Nakashima", "rui.nakashima@borealgrid.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "cal_room_without_cutype",
        "Priyanka Venkataraman <priyanka.v@lumenhaus.example>",
        "Updated invitation: Interview with Lumenhaus",
        "Hi Alex, invitation attached for your on-site interview on Friday. "
        "We booked Conference Room Atlas on the 4th floor.\n\nPriyanka",
        ("Priyanka Venkataraman", "Tobias Lindgren-Shaw"),
        ics=cal(
            summary="Interview with Lumenhaus",
            start="20260320T100000",
            end="20260320T110000",
            tzid=NY,
            organizer="CN=Priyanka Venkataraman:mailto:priyanka.v@lumenhaus.example",
            attendees=(
                att("Priyanka Venkataraman", "priyanka.v@lumenhaus.example", partstat="ACCEPTED"),
                att("Tobias Lindgren-Shaw", "tobias.ls@lumenhaus.example"),
                att("Conference Room Atlas", "atlas4@lumenhaus.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
            location="Conference Room Atlas, 4th floor",
        ),
    ),
    Probe(
        "cal_de_outlook_titles",
        "Dr. Katharina von Stein <k.vonstein@rheinwerk-chemie.example>",
        "Vorstellungsgespräch Laborleitung",
        "Sehr geehrter Herr Weber,\n\nanbei die Einladung zu unserem Gespräch.\n\n"
        "Wann: Donnerstag, 19. März 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, "
        "Rom, Stockholm, Wien\nWo: Raum 2.14, Gebäude B\n\nMit freundlichen Grüßen\n"
        "Dr. Katharina von Stein\nLeiterin Analytik\n\nIch freue mich auf unser Gespräch.",
        ("Katharina von Stein", "Henrik Bäumler"),
        user="de",
        ics=cal(
            summary="Vorstellungsgespräch Laborleitung",
            start="20260319T100000",
            end="20260319T113000",
            tzid="Europe/Berlin",
            organizer="CN=Dr. Katharina von Stein:mailto:k.vonstein@rheinwerk-chemie.example",
            attendees=(
                att("Bäumler, Henrik", "henrik.baeumler@rheinwerk-chemie.example"),
                att("Raum 2.14 Geb. B", "raum214@rheinwerk-chemie.example", cutype="ROOM"),
                att("Jonas Weber", "jonas.weber@web.de"),
            ),
        ),
    ),
    Probe(
        "cal_fr_google_agenda",
        "Élodie Marchand <elodie.marchand@atelier-sable.example>",
        "Invitation: Entretien - Chef de projet digital @ mar. 17 mars 2026 14:00 - 15:00",
        "Élodie Marchand vous a invité à cet événement.\n\nEntretien - Chef de projet digital"
        "\nmardi 17 mars 2026 ⋅ 14:00 – 15:00 (heure normale d'Europe centrale - Paris)\n\n"
        "Invités\nÉlodie Marchand - organisateur\nJean-Baptiste N'Diaye\n"
        "camille.martin@orange.fr",
        ("Élodie Marchand", "Jean-Baptiste N'Diaye"),
        user="fr",
        ics=cal(
            summary="Entretien - Chef de projet digital",
            start="20260317T140000",
            end="20260317T150000",
            tzid="Europe/Paris",
            organizer="CN=Élodie Marchand:mailto:elodie.marchand@atelier-sable.example",
            attendees=(
                att(
                    "Élodie Marchand", "elodie.marchand@atelier-sable.example", partstat="ACCEPTED"
                ),
                att("Jean-Baptiste N'Diaye", "jb.ndiaye@atelier-sable.example"),
                att("camille.martin@orange.fr", "camille.martin@orange.fr"),
            ),
        ),
    ),
    Probe(
        "cal_es_vietnamese_name",
        "Nguyễn Thị Lan <lan.nguyen@marea-software.example>",
        "Invitación: Entrevista técnica - Marea Software",
        "Hola Pablo,\n\nTe envío la invitación para la entrevista técnica del miércoles.\n\n"
        "Un saludo,\nNguyễn Thị Lan\nEngineering Manager",
        ("Nguyễn Thị Lan", "Íñigo Arrizabalaga"),
        user="es",
        ics=cal(
            summary="Entrevista técnica - Marea Software",
            start="20260318T160000",
            end="20260318T170000",
            tzid="Europe/Madrid",
            organizer="CN=Nguyễn Thị Lan:mailto:lan.nguyen@marea-software.example",
            attendees=(
                att("Nguyễn Thị Lan", "lan.nguyen@marea-software.example", partstat="ACCEPTED"),
                att("Íñigo Arrizabalaga", "inigo.arrizabalaga@marea-software.example"),
                att("Pablo García", "pablo.garcia@gmail.com"),
            ),
        ),
    ),
    Probe(
        "cal_organizer_coordinator_not_guest",
        "Recruiting Calendar <recruiting@harborlight.example>",
        "Invitation: Harborlight Final Round - Alex Morgan",
        "You have been invited to the following event.\n\nHarborlight Final Round - Alex Morgan"
        "\nMon Mar 16, 2026 1pm – 2:30pm (EDT)\n\nPlease contact recruiting@harborlight.example"
        " with questions.",
        ("Beatriz Albuquerque", "Oluwaseun Adeyemi-Clarke"),
        ics=cal(
            summary="Harborlight Final Round - Alex Morgan",
            start="20260316T130000",
            end="20260316T143000",
            tzid=NY,
            organizer="CN=Recruiting Calendar:mailto:recruiting@harborlight.example",
            attendees=(
                att("Beatriz Albuquerque", "b.albuquerque@harborlight.example"),
                att("Oluwaseun Adeyemi-Clarke", "seun.ac@harborlight.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "cal_description_interviewers_only",
        "Scheduling <scheduling@tessellate.example>",
        "Interview confirmed: Tessellate - Staff Engineer",
        "Your interview with Tessellate is confirmed. The calendar invitation is attached.\n\n"
        "Tessellate Recruiting",
        ("Hamish McAllister", "Zoë D'Souza"),
        ics=cal(
            summary="Tessellate - Staff Engineer interview",
            start="20260317T150000",
            end="20260317T160000",
            tzid=NY,
            organizer="CN=Tessellate Scheduling:mailto:scheduling@tessellate.example",
            attendees=(att("Alex Morgan", "alex.morgan@gmail.com"),),
            description=(
                "Staff Engineer - technical interview\n\nInterviewers:\n"
                "Hamish McAllister (Principal Engineer)\nZoë D'Souza (Engineering Manager)\n\n"
                "Join Zoom: https://tessellate.zoom.us/j/5550001111"
            ),
        ),
    ),
    Probe(
        "cal_hiring_manager_own_invite",
        "Kwabena Owusu-Ansah <kwabena@fernline.example>",
        "Invitation: Alex / Kwabena - intro call",
        "Invitation from Google Calendar\n\nAlex / Kwabena - intro call\n"
        "Thursday Mar 12, 2026 ⋅ 4pm – 4:30pm (Eastern Time - New York)\n"
        "Google Meet: meet.google.com/qrs-tuvw-xyz\n\nGuests\nKwabena Owusu-Ansah - organizer\n"
        "Alex Morgan",
        ("Kwabena Owusu-Ansah",),
        ics=cal(
            summary="Alex / Kwabena - intro call",
            start="20260312T160000",
            end="20260312T163000",
            tzid=NY,
            organizer="CN=Kwabena Owusu-Ansah:mailto:kwabena@fernline.example",
            attendees=(
                att("Kwabena Owusu-Ansah", "kwabena@fernline.example", partstat="ACCEPTED"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
            description="Intro call for the Founding Engineer role.",
        ),
    ),
)

# --- Sentences: "You'll be meeting with X (Title) and Y" --------------------------------
SENTENCES: tuple[Probe, ...] = (
    Probe(
        "meeting_with_paren_title_and",
        "Lauren Baptiste <lauren.baptiste@kilnworks.example>",
        "Interview confirmation - Kilnworks",
        "Hi Alex,\n\nThanks for making time. Your interview is confirmed for Tuesday, March 17 "
        "at 10:00 AM ET at our Brooklyn studio. You'll be meeting with Priya Raman (Director "
        "of Product) and Tomasz Wójcik.\n\nBest,\nLauren Baptiste\nRecruiter, Kilnworks",
        ("Priya Raman", "Tomasz Wójcik"),
    ),
    Probe(
        "will_meet_comma_titles",
        "Daniel Ferreira <dferreira@ostrava-analytics.example>",
        "Your interview on Wednesday",
        "Hello Alex,\n\nI'm happy to confirm your interview on Wednesday, March 18, from 1:00 "
        "to 2:30 PM Eastern via Zoom. You will meet with Rebecca Thornbury, our Head of Data, "
        "and Arjun Mehta-Shah, Senior Analyst.\n\nZoom: https://zoom.us/j/91234\n\n"
        "Regards,\nDaniel Ferreira\nTalent Partner",
        ("Rebecca Thornbury", "Arjun Mehta-Shah"),
    ),
    Probe(
        "interview_will_be_with",
        "Careers at Tidewater <careers@tidewater-logistics.example>",
        "Tidewater Logistics - interview details",
        "Dear Alex,\n\nThe interview will be with Charlotte Nkemelu and Bram de Vries and will "
        "take place on Thursday, March 19, 2026 at 3:00 PM EDT at 12 Harbor Street, Boston."
        "\n\nPlease bring photo ID.\n\nTidewater Logistics Careers",
        ("Charlotte Nkemelu", "Bram de Vries"),
    ),
    Probe(
        "your_interviewers_will_be",
        "Megan Holloway <megan@pinnacle-bio.example>",
        "Pinnacle Bio: onsite confirmed",
        "Hi Alex,\n\nGreat news - your onsite is confirmed for Monday, March 16, 9:30 AM - "
        "12:00 PM ET. Your interviewers will be Dr. Ana-María de la Fuente, Dr. Felix "
        "Obuya and Grace Liang.\n\nParking is free in lot C.\n\nMegan\nPeople Team",
        ("Ana-María de la Fuente", "Felix Obuya", "Grace Liang"),
    ),
    Probe(
        "speak_with_first_then_second",
        "Noel Kirkpatrick <noel.k@brindleway.example>",
        "Next steps - Brindleway",
        "Hi Sam,\n\nConfirming your second-round interview on Friday 20 March at 11:00 GMT on "
        "Teams. First you'll speak with Aisling Ó Briain, our COO, then with Marcus "
        "Delacroix-Reid from the finance team.\n\nBest wishes,\nNoel Kirkpatrick\n"
        "Talent Acquisition Lead",
        ("Aisling Ó Briain", "Marcus Delacroix-Reid"),
        user="uk",
    ),
    Probe(
        "chat_with_initials",
        "Talent at Orrery <talent@orrery-space.example>",
        "Interview scheduled: Orrery Space",
        "Hey Alex!\n\nYou're all set for Wednesday, March 11 at 2pm PT. You'll be chatting "
        "with A. J. Fitzgerald (Flight Software Lead) for about 45 minutes.\n\n"
        "Cheers,\nOrrery Talent",
        ("A. J. Fitzgerald",),
    ),
    Probe(
        "sam_joined_by_three_commas_oxford",
        "Carys Penhaligon <carys.penhaligon@westmoor.example>",
        "Interview - Westmoor Housing",
        "Dear Sam,\n\nThank you for your application. I am pleased to invite you to interview "
        "on Thursday 19 March 2026 at 14:00 at our Exeter office. The panel will be Gwen "
        "Trelawny, Head of Housing, Rhys ap Gruffydd, Repairs Manager, and myself.\n\n"
        "Kind regards,\nCarys Penhaligon\nHR Manager",
        ("Gwen Trelawny", "Rhys ap Gruffydd", "Carys Penhaligon"),
        user="uk",
    ),
)

# --- Panel lists, tables and HTML -------------------------------------------------------
PANELS: tuple[Probe, ...] = (
    Probe(
        "bullets_name_comma_title",
        "Rosalind Achebe <rosalind@verdant-capital.example>",
        "Verdant Capital - final interview",
        "Hi Alex,\n\nYour final interview is booked for Tuesday, March 17 at 1:00 PM ET at "
        "450 Park Ave, 12th floor. You'll meet:\n\n- Jonathan Whitcombe, Managing Partner\n"
        "- Lucía Beltrán, Portfolio Manager\n- Kenji Watanabe, Head of Research\n\n"
        "Best,\nRosalind Achebe\nRecruiting",
        ("Jonathan Whitcombe", "Lucía Beltrán", "Kenji Watanabe"),
    ),
    Probe(
        "bullets_dash_titles_unicode",
        "People Ops <people@glasshouse-ai.example>",
        "Glasshouse AI | Virtual onsite confirmed",
        "Hi Alex,\n\nYour virtual onsite is confirmed for Thursday, March 19 starting at "
        "10:00 AM ET. Who you'll meet:\n\n• Stellan Øvergaard – VP Engineering\n"
        "• Mei-Ling Zhou – Staff ML Engineer\n• Dmitri Kuznetsov – Product Manager\n\n"
        "Links will follow in separate invitations.\n\nGlasshouse People Ops",
        ("Stellan Øvergaard", "Mei-Ling Zhou", "Dmitri Kuznetsov"),
    ),
    Probe(
        "pipe_table_plain",
        "Scheduling <interviews@cobaltline.example>",
        "Cobaltline onsite schedule - Wednesday, March 18",
        "Hi Alex,\n\nHere is your schedule for Wednesday, March 18, 2026 (Eastern Time):\n\n"
        "| Time | Interviewer | Focus |\n|---|---|---|\n"
        "| 9:00 - 9:45 AM | Yusuf Demir | Coding |\n"
        "| 10:00 - 10:45 AM | Fenella Carrow | System design |\n"
        "| 11:00 - 11:30 AM | Oksana Hrytsenko | Hiring manager |\n\n"
        "Cobaltline Recruiting",
        ("Yusuf Demir", "Fenella Carrow", "Oksana Hrytsenko"),
    ),
    Probe(
        "html_table_only",
        "Ashgrove Health Recruiting <no-reply@ashgrovehealth.example>",
        "Your interview schedule",
        "",
        ("Tamsin Greaves", "Olumide Bakare", "Saoirse Fitzgerald"),
        html=(
            "<html><body><p>Dear Alex,</p><p>Your panel interview is confirmed for "
            "<b>Monday, March 16, 2026</b> at 2:00 PM Eastern Time.</p>"
            "<table border='1'><tr><th>Time</th><th>Name</th><th>Title</th></tr>"
            "<tr><td>2:00 PM</td><td>Tamsin Greaves</td><td>Director of Nursing</td></tr>"
            "<tr><td>2:30 PM</td><td>Olumide Bakare</td><td>Clinical Lead</td></tr>"
            "<tr><td>3:00 PM</td><td>Saoirse Fitzgerald</td><td>HR Business Partner</td></tr>"
            "</table><p>Ashgrove Health Talent Acquisition</p></body></html>"
        ),
        html_only=True,
    ),
    Probe(
        "semicolon_panel_line",
        "Graham Ostrowski <graham.ostrowski@ferrisbank.example>",
        "Panel interview confirmation",
        "Dear Sam,\n\nI can confirm your panel interview on Tuesday 17 March at 10:30 at our "
        "Leeds office.\n\nPanel: Fatima Zahra El Idrissi (Chief Risk Officer); Owen "
        "Pritchard (Head of Compliance); Laila Haddad (HR)\n\nKind regards,\nGraham Ostrowski"
        "\nResourcing Advisor",
        ("Fatima Zahra El Idrissi", "Owen Pritchard", "Laila Haddad"),
        user="uk",
    ),
    Probe(
        "who_heading_name_paren_lines",
        "Talent <talent@brightloom.example>",
        "Brightloom interview - Thursday",
        "Hi Alex,\n\nYour interview is Thursday, March 12 at 11:30 AM ET (Google Meet).\n\n"
        "Who:\nEsperanza Quiñones (Head of Brand)\nLachlan O'Rourke (Design Lead)\n\n"
        "Talk soon,\nBrightloom Talent",
        ("Esperanza Quiñones", "Lachlan O'Rourke"),
    ),
    Probe(
        "numbered_rounds_with",
        "Harlow Recruiting <recruiting@harlowgames.example>",
        "Harlow Games: your interview loop",
        "Hi Alex,\n\nYour interview loop on Friday, March 13 (all times ET):\n\n"
        "1. 10:00 AM - Gameplay programming with Ravi Subramanian\n"
        "2. 11:00 AM - Tools and pipelines with Freya Lindqvist\n"
        "3. 1:00 PM - Culture conversation with Ezekiel Brandt\n\n"
        "Good luck!\nHarlow Recruiting",
        ("Ravi Subramanian", "Freya Lindqvist", "Ezekiel Brandt"),
    ),
    Probe(
        "html_list_with_titles",
        "Meridian Transit <careers@meridiantransit.example>",
        "Interview confirmation",
        "",
        ("Abdirahman Warsame", "Perpetua Osei"),
        html=(
            "<html><body><p>Hello Alex,</p><p>We are pleased to confirm your interview on "
            "Wednesday, March 18, 2026 at 9:00 AM (EDT) at 77 Canal St.</p>"
            "<p>You will meet with:</p><ul><li><strong>Abdirahman Warsame</strong>, "
            "Operations Director</li><li><strong>Perpetua Osei</strong>, Fleet Manager</li>"
            "</ul><p>Meridian Transit Careers</p></body></html>"
        ),
        html_only=True,
    ),
)

# --- "Interviewer: X, Title" fields -----------------------------------------------------
FIELDS: tuple[Probe, ...] = (
    Probe(
        "interviewer_field_initials",
        "Caldwell Systems Careers <careers@caldwell-systems.example>",
        "Interview Scheduled - Embedded Engineer",
        "Dear Alex,\n\nYour interview has been scheduled.\n\nDate: Thursday, March 19, 2026\n"
        "Time: 10:00 AM - 11:00 AM Eastern\nInterviewer: J. P. Okafor, Principal Engineer\n"
        "Format: Video call (Teams)\n\nCaldwell Systems Talent Acquisition",
        ("J. P. Okafor",),
    ),
    Probe(
        "interviewers_field_semicolons",
        "Recruiting Ops <recruiting@ninefold.example>",
        "Confirmed: Ninefold interview",
        "Hi Alex,\n\nConfirmed!\n\nWhen: Tue, Mar 17, 2026, 3:00 - 4:00 PM ET\n"
        "Interviewer(s): Hyun-woo Park; Mariana Costa e Silva\nWhere: Zoom (link in invite)"
        "\n\nNinefold Recruiting Ops",
        ("Hyun-woo Park", "Mariana Costa e Silva"),
    ),
    Probe(
        "host_field_calendly_like",
        "Calendly <notifications@calendly.com>",
        "New Event: Alex Morgan - 30 Minute Interview",
        "Hi Alex Morgan,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute "
        "Interview\nHost: Bartholomew Nwachukwu\nInvitee: Alex Morgan\n"
        "Event Date/Time: 02:00pm - 02:30pm (Eastern Time - US & Canada) Friday, March 13, "
        "2026\nLocation: Phone call",
        ("Bartholomew Nwachukwu",),
    ),
    Probe(
        "interview_panel_field_and",
        "Ravensworth Council HR <recruitment@ravensworth.example>",
        "Interview invitation: Planning Officer",
        "Dear Sam Taylor,\n\nInterview date: Monday 16 March 2026\nTime: 09:45\nVenue: Civic "
        "Centre, Room 3\nInterview panel: Cllr Hannah Mobbs and Peter Szymański (Planning "
        "Manager)\n\nPlease bring your passport for right-to-work checks.\n\nRecruitment Team",
        ("Hannah Mobbs", "Peter Szymański"),
        user="uk",
    ),
)

# --- First-name mentions, signatures, the writer interviewing ----------------------------
WRITERS: tuple[Probe, ...] = (
    Probe(
        "first_name_call_full_in_intro",
        "Georgia Lambros <georgia.lambros@saltmarsh.example>",
        "Phone screen confirmed",
        "Hi Alex,\n\nI've copied Hamid Farouqi, our Engineering Lead, here. Hamid will call "
        "you on Tuesday, March 10 at 3:00 PM ET for a 30-minute phone screen.\n\n"
        "Thanks,\nGeorgia Lambros\nRecruiter, Saltmarsh",
        ("Hamid Farouqi",),
        headers={"Cc": "Hamid Farouqi <hamid.farouqi@saltmarsh.example>"},
    ),
    Probe(
        "manager_signature_only",
        "Ruairí Mac Giolla <ruairi@stillwater-coffee.example>",
        "Re: Store manager role",
        "Hi Alex,\n\nThanks for getting back to me so quickly. Thursday at 4pm works - let's "
        "meet at the Main St store (March 12). Ask for me at the counter.\n\nSee you then,\n"
        "Ruairí Mac Giolla\nArea Manager | Stillwater Coffee\n(555) 010-2288\n\n"
        "On Sun, Mar 8, 2026 at 7:40 PM Alex Morgan <alex.morgan@gmail.com> "
        "wrote:\n> Hi Ruairí, thanks for considering my application for the store manager "
        "role. I'm free Thursday afternoon for an interview.\n> Alex",
        ("Ruairí Mac Giolla",),
    ),
    Probe(
        "manager_looks_forward_title_sig",
        "Dr. Anneke Visser <a.visser@helderlab.example>",
        "Interview on Monday",
        "Dear Sam,\n\nThank you for your application for the Research Assistant post. I would "
        "like to invite you to an interview on Monday 16 March at 11:00 in Lab 2, Helder "
        "Building. I look forward to meeting you.\n\nBest regards,\n\nDr. Anneke Visser\n"
        "Principal Investigator\nHelder Lab",
        ("Anneke Visser",),
        user="uk",
    ),
    Probe(
        "first_name_only_in_body_full_in_from",
        "Thandiwe Mokoena <thandiwe@kestrelfin.example>",
        "Coffee & interview Friday",
        "Hi Alex,\n\nConfirming your interview on Friday 13th at 9:30am ET at Bluebird Cafe on"
        " 3rd. I'll be the one with the green laptop. Mikkel (copied) will join us for the "
        "second half.\n\nThandiwe\nHead of Product, Kestrel",
        ("Thandiwe Mokoena", "Mikkel Sørensen"),
        headers={"Cc": "Mikkel Sørensen <mikkel@kestrelfin.example>"},
    ),
    Probe(
        "two_writers_we_sign_both",
        "Jonah Abernathy <jonah@copperleaf.example>",
        "Interview Wednesday",
        "Hi Alex,\n\nWe're looking forward to speaking with you on Wednesday, March 18 at "
        "11am ET on Zoom (https://zoom.us/j/77700)\n\nBest,\nJonah Abernathy & Imogen Tsai\n"
        "Co-founders, Copperleaf",
        ("Jonah Abernathy", "Imogen Tsai"),
    ),
)

# --- ATS itineraries ------------------------------------------------------------------------
ITINERARIES: tuple[Probe, ...] = (
    Probe(
        "greenhouse_itinerary_slots",
        "Lantern Labs <no-reply@us.greenhouse-mail.io>",
        "Your interview itinerary - Lantern Labs",
        "Hi Alex,\n\nHere is your itinerary for your virtual onsite with Lantern Labs.\n\n"
        "Tuesday, March 17, 2026\n\n10:00 AM - 10:45 AM EDT\nCoding Interview\n"
        "Interviewer: Sebastián Echeverría\n\n11:00 AM - 11:45 AM EDT\nSystem Design\n"
        "Interviewer: Olga Petrenko\n\n12:00 PM - 12:30 PM EDT\nHiring Manager Chat\n"
        "Interviewer: Wendell Carmichael\n\nIf anything comes up, reply to this email.\n\n"
        "Lantern Labs Recruiting",
        ("Sebastián Echeverría", "Olga Petrenko", "Wendell Carmichael"),
    ),
    Probe(
        "ashby_schedule_with",
        "Nimbus Forge <no-reply@ashbyhq.com>",
        "Interview schedule: Nimbus Forge",
        "Hi Alex,\n\nYour interviews with Nimbus Forge are scheduled for Thursday, March 19 "
        "(Eastern Time):\n\n1:00 PM – 1:45 PM · Technical Deep Dive · with Anand Krishnamurthy"
        "\n2:00 PM – 2:45 PM · Product Sense · with Clémence Aubry\n\nJoin links are in the "
        "calendar invitations.\n\nPowered by Ashby",
        ("Anand Krishnamurthy", "Clémence Aubry"),
    ),
    Probe(
        "goodtime_itinerary_paren_titles",
        "Silverpine via GoodTime <no-reply@goodtime.io>",
        "Your Silverpine interview is confirmed",
        "Hi Alex,\n\nYour interview for Senior Product Manager is confirmed.\n\n"
        "Monday, March 16, 2026\n9:30 AM - 10:15 AM (ET): Ifeoma Chukwu (Group PM)\n"
        "10:15 AM - 11:00 AM (ET): Gustavo Pereira Lima (Design Director)\n"
        "11:00 AM - 11:30 AM (ET): Break\n11:30 AM - 12:15 PM (ET): Henrietta Vance "
        "(VP Product)\n\nScheduled with GoodTime",
        ("Ifeoma Chukwu", "Gustavo Pereira Lima", "Henrietta Vance"),
    ),
    Probe(
        "modernloop_agenda_names_lines",
        "Quartzline Recruiting <scheduling@modernloop.io>",
        "Your onsite agenda - Quartzline",
        "Hi Alex,\n\nWe're excited to host you on Wednesday, March 18, 2026 at our Seattle "
        "office. Agenda (Pacific Time):\n\n9:00 AM  Arrival & check-in\n"
        "9:15 AM  Kofi Boateng - Engineering Manager\n10:15 AM  Adaeze Nwosu - Senior "
        "Engineer\n11:15 AM  Lunch with the team\n12:15 PM  Pieter van den Berg - Director\n\n"
        "Sent via ModernLoop",
        ("Kofi Boateng", "Adaeze Nwosu", "Pieter van den Berg"),
    ),
    Probe(
        "lever_html_itinerary",
        "Sundial Health <no-reply@hire.lever.co>",
        "Interview itinerary for Sundial Health",
        "",
        ("Marisol Ybarra", "Kwame Asante"),
        html=(
            "<html><body><p>Hi Alex,</p><p>Your interviews are confirmed for <b>Friday, "
            "March 20, 2026</b>.</p><table><tr><td>1:00 PM - 1:45 PM ET</td>"
            "<td>Marisol Ybarra<br/>Clinical Product Lead</td></tr>"
            "<tr><td>2:00 PM - 2:45 PM ET</td><td>Kwame Asante<br/>Staff Engineer</td></tr>"
            "</table><p>Sundial Health Recruiting</p></body></html>"
        ),
        html_only=True,
    ),
    Probe(
        "workday_interviewers_family_first",
        "Corvid Insurance <corvid@myworkday.com>",
        "Interview Scheduled: Actuarial Analyst",
        "Dear Alex Morgan,\n\nAn interview has been scheduled.\n\nInterview Date: 03/19/2026\n"
        "Start Time: 01:00 PM Eastern Time\nEnd Time: 02:00 PM Eastern Time\n"
        "Interviewers: Halvorsen, Britt; Oyelowo, Tunde\nLocation: Microsoft Teams\n\n"
        "Corvid Insurance Talent Acquisition",
        ("Britt Halvorsen", "Tunde Oyelowo"),
    ),
    Probe(
        "itinerary_two_per_slot",
        "Interviews at Kettlebell <interviews@kettlebell-hq.example>",
        "Your Kettlebell interview day",
        "Hi Sam,\n\nYour interview day is Wednesday 18 March (UK time):\n\n"
        "10:00-10:45  Case study — Ottilie Brandt & Jasper Nwankwo\n"
        "11:00-11:30  Values — Beatrix Holm\n\nKettlebell Talent",
        ("Ottilie Brandt", "Jasper Nwankwo", "Beatrix Holm"),
        user="uk",
    ),
)

# --- Agencies: the client's people interview, the consultant does not ---------------------
AGENCIES: tuple[Probe, ...] = (
    Probe(
        "agency_client_people",
        "Marcus Trent <marcus.trent@northstar-search.example>",
        "Interview confirmed - Finance Manager at Bellhaven Foods",
        "Hi Alex,\n\nGreat news - Bellhaven Foods would like to meet you. Your interview is "
        "confirmed for Tuesday, March 17 at 2:00 PM ET at their Newark office. You'll be "
        "meeting Celestine Mbeki (Finance Director) and her deputy, Rowan Achterberg.\n\n"
        "Give me a call afterwards to debrief.\n\nMarcus Trent\nSenior Consultant | Northstar "
        "Search",
        ("Celestine Mbeki", "Rowan Achterberg"),
    ),
    Probe(
        "agency_uk_with_client_name_line",
        "Becky Lomax <becky@lomaxrecruitment.example>",
        "Interview with Calder & Finch - confirmation",
        "Hi Sam,\n\nJust confirming the details for your interview with Calder & Finch:\n\n"
        "Date: Thursday 19 March\nTime: 15:00\nAddress: 2 Mill Lane, Bristol\n"
        "Interviewing: Niamh Gallagher (Practice Manager)\n\nGood luck! Let me know how it "
        "goes.\n\nBecky Lomax\nRecruitment Consultant",
        ("Niamh Gallagher",),
        user="uk",
    ),
    Probe(
        "agency_de_personalberatung",
        "Tobias Reuter <t.reuter@alpenblick-personal.example>",
        "Ihr Vorstellungsgespräch bei der Kessler Maschinenbau GmbH",
        "Hallo Herr Weber,\n\nwie besprochen bestätige ich Ihnen das Gespräch bei unserem "
        "Mandanten, der Kessler Maschinenbau GmbH, am Mittwoch, 18. März 2026 um 14:00 Uhr in "
        "Augsburg. Sie sprechen dort mit Herrn Matthias Kessler (Geschäftsführer) und Frau "
        "Sabine Okonkwo-Lenz (Leiterin Personal).\n\nViel Erfolg und melden Sie sich gern "
        "danach bei mir.\n\nBeste Grüße\nTobias Reuter\nSenior Berater | Alpenblick Personal",
        ("Matthias Kessler", "Sabine Okonkwo-Lenz"),
        user="de",
    ),
    Probe(
        "agency_fr_cabinet",
        "Claire Dumas <claire.dumas@cabinet-horizon.example>",
        "Confirmation de votre entretien chez Lumière Logistique",
        "Bonjour Camille,\n\nJe vous confirme votre entretien chez notre client Lumière "
        "Logistique le jeudi 19 mars 2026 à 10h00, dans leurs locaux de Lyon. Vous "
        "rencontrerez M. Thierry Lefèvre-Garnier, Directeur des opérations, ainsi que "
        "Mme Aïcha Benali, Responsable RH.\n\nN'hésitez pas à m'appeler après l'entretien."
        "\n\nBien cordialement,\nClaire Dumas\nConsultante, Cabinet Horizon",
        ("Thierry Lefèvre-Garnier", "Aïcha Benali"),
        user="fr",
    ),
    Probe(
        "agency_es_consultora",
        "Lucía Paredes <lucia.paredes@talentia-rrhh.example>",
        "Confirmación entrevista - Grupo Almendro",
        "Hola Pablo:\n\nTe confirmo la entrevista con nuestro cliente, Grupo Almendro, el "
        "martes 17 de marzo a las 12:00 en su oficina de Valencia (Calle Colón 40). Te "
        "entrevistarán José Manuel Iturriaga, director financiero, y Begoña Sáenz de Ugarte, "
        "de Recursos Humanos.\n\nMucha suerte y me cuentas.\n\nLucía Paredes\nConsultora "
        "senior, Talentia RRHH",
        ("José Manuel Iturriaga", "Begoña Sáenz de Ugarte"),
        user="es",
    ),
)

# --- Forwarded confirmations ---------------------------------------------------------------
FORWARDS: tuple[Probe, ...] = (
    Probe(
        "recruiter_forwards_manager_note",
        "Hannah Kowalski <hannah.kowalski@driftwood.example>",
        "Fwd: Interview with Alex Morgan",
        "Hi Alex, see the note from Leopold below - you're confirmed for Monday.\n\nHannah\n\n"
        "---------- Forwarded message ---------\nFrom: Leopold Achterberg "
        "<leopold.achterberg@driftwood.example>\nDate: Fri, Mar 6, 2026 at 4:12 PM\n"
        "Subject: Interview with Alex Morgan\nTo: Hannah Kowalski "
        "<hannah.kowalski@driftwood.example>\n\nHannah - Monday March 16 at 10am ET works "
        "for me to interview Alex. I'll bring Yasmin Haddad-Price from my team.\n\nLeopold",
        ("Leopold Achterberg", "Yasmin Haddad-Price"),
    ),
    Probe(
        "user_self_forward_confirmation",
        "Alex Morgan <alex.morgan@gmail.com>",
        "Fwd: Interview confirmation - Redwater",
        "for my records\n\n---------- Forwarded message ---------\nFrom: Redwater Careers "
        "<careers@redwater-energy.example>\nDate: Mon, Mar 9, 2026 at 9:02 AM\nSubject: "
        "Interview confirmation - Redwater\nTo: <alex.morgan@gmail.com>\n\nDear Alex,\n\n"
        "Your interview is confirmed for Wednesday, March 18, 2026 at 2:00 PM CT with "
        "Cornelius Mbatha (Drilling Superintendent) and Ilse Verhoeven (HSE Lead).\n\n"
        "Redwater Careers",
        ("Cornelius Mbatha", "Ilse Verhoeven"),
    ),
    Probe(
        "forwarded_outlook_header_block",
        "Marguerite Osei <m.osei@halcyonrail.example>",
        "FW: Interview confirmed",
        "Alex - forwarding the confirmation from our panel chair.\n\nMarguerite\n\n"
        "From: Sørensen, Lars <lars.sorensen@halcyonrail.example>\nSent: Monday, March 9, "
        "2026 10:14 AM\nTo: Osei, Marguerite <m.osei@halcyonrail.example>\nSubject: RE: "
        "Interview - Alex Morgan\n\nThursday 3/19 at 1:30pm ET is confirmed. Deborah Achebe-Ross"
        " and I will interview.\n\nLars Sørensen\nHead of Signalling",
        ("Lars Sørensen", "Deborah Achebe-Ross"),
    ),
)

# --- German ---------------------------------------------------------------------------------
GERMAN: tuple[Probe, ...] = (
    Probe(
        "de_ihre_gespraechspartner_list",
        "Personalabteilung Lindenhof AG <bewerbung@lindenhof-ag.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nwir laden Sie herzlich zu einem persönlichen Gespräch "
        "am Dienstag, 17. März 2026, um 09:30 Uhr in unsere Zentrale in Köln ein.\n\n"
        "Ihre Gesprächspartner:\n- Herr Dr. Friedrich Albrecht-Lohmann, Bereichsleiter IT\n"
        "- Frau Zeynep Aydın, Personalreferentin\n\nMit freundlichen Grüßen\nIhre "
        "Personalabteilung",
        ("Friedrich Albrecht-Lohmann", "Zeynep Aydın"),
        user="de",
    ),
    Probe(
        "de_sie_treffen_sentence",
        "Miriam Ostermann <miriam.ostermann@wellenreiter.example>",
        "Bestätigung: Gespräch am Donnerstag",
        "Hallo Jonas,\n\ndanke für deine Bewerbung als Product Designer! Wir sehen uns am Donnerstag, "
        "19.03., um 15 Uhr per Teams. Du triffst Lars Hoffmann (CTO) und Aleksandra "
        "Wiśniewska aus dem Produktteam.\n\nViele Grüße\nMiriam Ostermann\nTalent Acquisition",
        ("Lars Hoffmann", "Aleksandra Wiśniewska"),
        user="de",
    ),
    Probe(
        "de_gespraech_mit_herrn",
        "Karriere Brandauer Bau <karriere@brandauer-bau.example>",
        "Ihr Vorstellungsgespräch am 20.03.2026",
        "Guten Tag Herr Weber,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Freitag, "
        "20.03.2026, um 11:00 Uhr mit Herrn Dipl.-Ing. Ulrich Brandauer und Frau Mag. Eva "
        "Straßer-Kolb. Bitte melden Sie sich am Empfang.\n\nFreundliche Grüße\nIhr "
        "Brandauer-Team",
        ("Ulrich Brandauer", "Eva Straßer-Kolb"),
        user="de",
    ),
    Probe(
        "de_teilnehmer_table",
        "Recruiting Nordhafen <recruiting@nordhafen.example>",
        "Interviewplan Mittwoch",
        "Hallo Herr Weber,\n\nhier Ihr Ablauf am Mittwoch, 18. März 2026:\n\n"
        "10:00 - 10:45 Uhr | Fachgespräch | Annika Søndergaard\n"
        "11:00 - 11:30 Uhr | Kennenlernen Team | Pierre-Louis Hartmann\n\n"
        "Viele Grüße\nRecruiting Nordhafen",
        ("Annika Søndergaard", "Pierre-Louis Hartmann"),
        user="de",
    ),
)

# --- French ---------------------------------------------------------------------------------
FRENCH: tuple[Probe, ...] = (
    Probe(
        "fr_vous_rencontrerez_list",
        "Recrutement Verlaine Assurances <recrutement@verlaine-assurances.example>",
        "Convocation à un entretien",
        "Bonjour Madame Martin,\n\nNous avons le plaisir de vous convier à un entretien le "
        "mercredi 18 mars 2026 à 10h30 dans nos locaux, 12 rue de la Paix, Paris.\n\n"
        "Vous rencontrerez :\n- Mme Hélène Duplessis-Moreau, Directrice juridique\n"
        "- M. Karim Benzarti, Juriste senior\n\nCordialement,\nL'équipe Recrutement",
        ("Hélène Duplessis-Moreau", "Karim Benzarti"),
        user="fr",
    ),
    Probe(
        "fr_entretien_avec_sentence",
        "Guillaume Roche <guillaume.roche@orbe-studio.example>",
        "Entretien jeudi",
        "Bonjour Camille,\n\nSuite à votre candidature au poste de graphiste, je vous confirme notre entretien jeudi 19 mars à 14h en visio "
        "(Google Meet). Il se déroulera avec Sandrine Le Gall, notre directrice artistique, "
        "et moi-même.\n\nÀ jeudi,\nGuillaume Roche\nDirecteur, Orbe Studio",
        ("Sandrine Le Gall", "Guillaume Roche"),
        user="fr",
    ),
    Probe(
        "fr_interlocuteurs_field",
        "Talents Groupe Azur <talents@groupe-azur.example>",
        "Confirmation de votre entretien",
        "Bonjour Camille Martin,\n\nVotre entretien est confirmé.\n\nDate : vendredi 20 mars "
        "2026\nHeure : 09h30\nLieu : Tour Azur, 3e étage, La Défense\n"
        "Vos interlocuteurs : Benoît d'Harcourt (Responsable Achats) et Nadia Ould-Ali "
        "(Acheteuse senior)\n\nL'équipe Talents",
        ("Benoît d'Harcourt", "Nadia Ould-Ali"),
        user="fr",
    ),
    Probe(
        "fr_echanger_avec",
        "Margaux Petit <margaux.petit@lumea.example>",
        "Votre entretien chez Luméa",
        "Bonjour Camille,\n\nSuite à notre échange, votre entretien est fixé au lundi 16 mars "
        "à 11h00 (heure de Paris). Vous échangerez avec François-Xavier Delaunay, CTO.\n\n"
        "Belle journée,\nMargaux Petit\nChargée de recrutement",
        ("François-Xavier Delaunay",),
        user="fr",
    ),
)

# --- Spanish --------------------------------------------------------------------------------
SPANISH: tuple[Probe, ...] = (
    Probe(
        "es_te_entrevistaran",
        "Selección Olivar <seleccion@olivar-energia.example>",
        "Entrevista confirmada - Ingeniero/a de proyectos",
        "Hola Pablo:\n\nTe confirmamos la entrevista el jueves 19 de marzo a las 10:00 en "
        "nuestras oficinas de Sevilla. Te entrevistarán María del Carmen Vázquez Ruiz "
        "(Directora de Proyectos) y Álvaro Núñez.\n\nUn saludo,\nEquipo de Selección",
        ("María del Carmen Vázquez Ruiz", "Álvaro Núñez"),
        user="es",
    ),
    Probe(
        "es_entrevistadores_field",
        "RRHH Cierzo <rrhh@cierzo.example>",
        "Convocatoria de entrevista",
        "Estimado Pablo García:\n\nLe convocamos a una entrevista con los siguientes datos:"
        "\n\nFecha: miércoles, 18 de marzo de 2026\nHora: 16:30\nLugar: Paseo de Gracia 88, "
        "Barcelona\nEntrevistadores: Jordi Puigdomènech i Serra y Ainhoa Etxeberria\n\n"
        "Atentamente,\nRecursos Humanos",
        ("Jordi Puigdomènech i Serra", "Ainhoa Etxeberria"),
        user="es",
    ),
    Probe(
        "es_reunion_con_list",
        "Rocío Benítez <rocio.benitez@tramontana.example>",
        "Entrevista final - martes",
        "Hola Pablo,\n\nLa entrevista final será el martes 17 de marzo a las 11:00 por Teams."
        " Estarás con:\n\n• Fernando Castro Olmedo – CEO\n• Inés Rubio – Head of People\n\n"
        "Saludos,\nRocío Benítez\nTalent Acquisition",
        ("Fernando Castro Olmedo", "Inés Rubio"),
        user="es",
    ),
    Probe(
        "es_hablaras_con",
        "Talento Brisa <talento@brisa-tech.example>",
        "Tu entrevista con Brisa",
        "¡Hola Pablo!\n\nTu entrevista está confirmada para el lunes 16 de marzo a las 17:00 "
        "(hora de Madrid). Hablarás con Dra. Ana-María de la Fuente, nuestra directora de "
        "datos.\n\nEquipo de Talento",
        ("Ana-María de la Fuente",),
        user="es",
    ),
)

# --- More shapes --------------------------------------------------------------------------
MORE: tuple[Probe, ...] = (
    Probe(
        "cal_es_outlook_inverted",
        '"Sáenz, Marta" <marta.saenz@cobalto-seguros.example>',
        "Entrevista - Analista de riesgos",
        "Hola Pablo,\n\nTe adjunto la convocatoria.\n\nCuándo: viernes, 20 de marzo de 2026 "
        "10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París\nDónde: Reunión de "
        "Microsoft Teams\n\nNos vemos el viernes.\n\nMarta Sáenz\nResponsable de Riesgos",
        ("Marta Sáenz", "Joaquín Echevarría"),
        user="es",
        ics=cal(
            summary="Entrevista - Analista de riesgos",
            start="20260320T100000",
            end="20260320T110000",
            tzid="Europe/Madrid",
            organizer='CN="Sáenz, Marta":mailto:marta.saenz@cobalto-seguros.example',
            attendees=(
                att("Echevarría, Joaquín", "joaquin.echevarria@cobalto-seguros.example"),
                att("García, Pablo", "pablo.garcia@gmail.com"),
            ),
        ),
    ),
    Probe(
        "cal_cn_with_credential",
        "Rahul Iyer <rahul.iyer@medivance.example>",
        "Invitation: Clinical Scientist interview",
        "Hi Alex, here is the invite for Tuesday. Looking forward to it.\n\nRahul",
        ("Rahul Iyer", "Beatrice Okwuosa"),
        ics=cal(
            summary="Clinical Scientist interview",
            start="20260317T090000",
            end="20260317T100000",
            tzid=NY,
            organizer="CN=Rahul Iyer, PhD:mailto:rahul.iyer@medivance.example",
            attendees=(
                att("Rahul Iyer, PhD", "rahul.iyer@medivance.example", partstat="ACCEPTED"),
                att("Beatrice Okwuosa, MD", "beatrice.okwuosa@medivance.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "meet_your_interviewers_block",
        "Cinderford <no-reply@us.greenhouse-mail.io>",
        "Interview confirmed: Cinderford",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12, 2026 at 1:00 PM EDT "
        "(Zoom).\n\nMeet your interviewers\n\nWilhelmina Achterberg\nSenior Engineering "
        "Manager\n\nDeshawn Prescott\nStaff Software Engineer\n\nBest,\nCinderford Recruiting",
        ("Wilhelmina Achterberg", "Deshawn Prescott"),
    ),
    Probe(
        "interviewed_by_title_with_comma",
        "Sophie Lenormand <sophie.lenormand@paywharf.example>",
        "Interview confirmation - Paywharf",
        "Hi Alex,\n\nConfirming your interview on Monday, March 16 at 4:00 PM ET. You'll be "
        "interviewed by Ngozi Eze-Williams, Senior Manager, Payments, who leads the team.\n\n"
        "Sophie Lenormand\nTalent Partner",
        ("Ngozi Eze-Williams",),
    ),
    Probe(
        "one_on_one_then_pairing",
        "Fitz Recruiting <jobs@fitzworks.example>",
        "Fitzworks: interview on Tuesday",
        "Hi Alex,\n\nYou're confirmed for Tuesday, March 10 from 10:00 AM to 12:00 PM ET. "
        "You'll have a 1:1 with Tariq Al-Mansouri, followed by a pair-programming session "
        "with Linnea Sjöberg.\n\nFitz Recruiting",
        ("Tariq Al-Mansouri", "Linnea Sjöberg"),
    ),
    Probe(
        "malay_patronymics",
        "Talent Team <talent@tropika-foods.example>",
        "Interview confirmation",
        "Dear Sam,\n\nYour interview is confirmed for Wednesday 11 March 2026 at 09:00 GMT via "
        "Teams. You will meet Ahmad bin Yusof (Regional Director) and Siti Nurhaliza binti "
        "Ismail (Finance Manager).\n\nKind regards,\nTropika Talent Team",
        ("Ahmad bin Yusof", "Siti Nurhaliza binti Ismail"),
        user="uk",
    ),
    Probe(
        "de_am_gespraech_nehmen_teil",
        "Sandra Köhler <s.koehler@elbtal-klinik.example>",
        "Einladung Vorstellungsgespräch Stationsleitung",
        "Sehr geehrter Herr Weber,\n\nwir freuen uns, Sie am Montag, 16. März 2026, um 13:00 "
        "Uhr zu einem Vorstellungsgespräch in der Elbtal-Klinik begrüßen zu dürfen. Am "
        "Gespräch nehmen Frau Pflegedirektorin Gudrun Meißner und Herr Dr. Emre Yılmaz teil."
        "\n\nMit freundlichen Grüßen\nSandra Köhler\nPersonalabteilung",
        ("Gudrun Meißner", "Emre Yılmaz"),
        user="de",
    ),
    Probe(
        "fr_jury_compose",
        "Service RH Mairie de Valrose <rh@valrose.example>",
        "Convocation - entretien de recrutement",
        "Madame,\n\nVous êtes convoquée à un entretien le mardi 17 mars 2026 à 9h00 à l'Hôtel "
        "de Ville, salle du conseil. Le jury sera composé de Mme Odile Lacombe, Directrice "
        "générale des services, et de M. Yannick Le Floch, Responsable des finances.\n\n"
        "Le Service des Ressources Humaines",
        ("Odile Lacombe", "Yannick Le Floch"),
        user="fr",
    ),
    Probe(
        "es_estaran_presentes",
        "Marcos Villalobos <marcos@huerta-digital.example>",
        "Entrevista el miércoles",
        "Hola Pablo,\n\nTe confirmo la entrevista el miércoles 18 de marzo a las 9:30 en "
        "nuestra oficina de Madrid (Calle Alcalá 120). Estaremos presentes Lorena Quintana, "
        "responsable de producto, y yo.\n\nUn abrazo,\nMarcos Villalobos\nCTO, Huerta Digital",
        ("Lorena Quintana", "Marcos Villalobos"),
        user="es",
    ),
)

INTERVIEWS: tuple[Probe, ...] = (
    *CALENDAR,
    *SENTENCES,
    *PANELS,
    *FIELDS,
    *WRITERS,
    *ITINERARIES,
    *AGENCIES,
    *FORWARDS,
    *GERMAN,
    *FRENCH,
    *SPANISH,
    *MORE,
)

# --- Traps: people named who do not interview -----------------------------------------------
TRAPS: tuple[Probe, ...] = (
    Probe(
        "trap_coordinator_signature",
        "Maria Lopez <maria.lopez@quarrybank.example>",
        "Interview confirmation - Quarry Bank",
        "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 17 at 11:00 AM ET with "
        "Desmond Hale, Head of Treasury. I'll send the Teams link the day before.\n\n"
        "Best,\nMaria Lopez\nRecruiting Coordinator, Quarry Bank",
        ("Desmond Hale",),
    ),
    Probe(
        "trap_office_manager_greets",
        "Felicity Crane <felicity@ashby-architects.example>",
        "Interview on Thursday",
        "Dear Sam,\n\nThank you for your application. We'd like to invite you to interview on "
        "Thursday 19 March at 10:00 at our Bath studio with our two partners, Edmund Ashby and "
        "Priya Chandrasekhar. Our office manager, Janet Pruitt, will greet you on arrival.\n\n"
        "Kind regards,\nFelicity Crane\nStudio Administrator",
        ("Edmund Ashby", "Priya Chandrasekhar"),
        user="uk",
    ),
    Probe(
        "trap_ask_for_at_reception",
        "Careers Holbrook Engineering <careers@holbrook-eng.example>",
        "Interview details",
        "Dear Alex,\n\nYour interview with Victor Anand (Engineering Manager) is confirmed for "
        "Friday, March 20 at 9:00 AM ET. When you arrive, please ask for Tom Baxter at "
        "reception; he will bring you up.\n\nHolbrook Engineering Careers",
        ("Victor Anand",),
    ),
    Probe(
        "trap_sent_on_behalf_coordinator",
        "Rina Patel via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Interview confirmation: Staff Designer at Loomstead",
        "Hi Alex,\n\nYour interview for Staff Designer is confirmed.\n\nWednesday, March 18, "
        "2026\n2:00 PM - 3:00 PM EDT\nInterviewer: Okonkwo Adebayo-Smith\n\nThanks,\nRina Patel"
        "\nRecruiting Coordinator\n\nThis email was sent by Rina Patel using Greenhouse.",
        ("Okonkwo Adebayo-Smith",),
    ),
    Probe(
        "trap_user_named_among_guests",
        "Leona Fairweather <leona@brackenridge.example>",
        "Invitation: Alex Morgan <> Leona Fairweather",
        "Invitation from Google Calendar\n\nAlex Morgan <> Leona Fairweather\nWednesday Mar 11,"
        " 2026 ⋅ 10am – 10:30am (Eastern Time - New York)\n\nGuests\nLeona Fairweather - "
        "organizer\nAlex Morgan\n\nFirst-round interview for the Account Executive role.",
        ("Leona Fairweather",),
        ics=cal(
            summary="Alex Morgan <> Leona Fairweather",
            start="20260311T100000",
            end="20260311T103000",
            tzid=NY,
            organizer="CN=Leona Fairweather:mailto:leona@brackenridge.example",
            attendees=(
                att("Leona Fairweather", "leona@brackenridge.example", partstat="ACCEPTED"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
            description="First-round interview for the Account Executive role.",
        ),
    ),
    Probe(
        "trap_cc_only_hr",
        "Owen Blakely <owen.blakely@tarncrest.example>",
        "Interview - Thursday 12 March",
        "Hi Sam,\n\nThanks for your time on the phone. I'm pleased to confirm your interview "
        "with me on Thursday 12 March at 14:00 at our Manchester office. I've copied our HR "
        "team for their records.\n\nBest,\nOwen Blakely\nHead of Customer Success",
        ("Owen Blakely",),
        user="uk",
        headers={"Cc": "Gemma Rourke <gemma.rourke@tarncrest.example>"},
    ),
    Probe(
        "trap_reporting_to",
        "Talent at Veridian <talent@veridian-health.example>",
        "Veridian - interview confirmed",
        "Hi Alex,\n\nYour interview for Sales Operations Manager (reporting to Marcus Feld, VP "
        "Sales) is confirmed for Monday, March 16 at 3:00 PM ET. You'll meet Olga Petrenko, "
        "Director of Revenue Operations.\n\nVeridian Talent",
        ("Olga Petrenko",),
    ),
    Probe(
        "trap_reports_to_sentence",
        "Natalie Cho <natalie.cho@gravelpit.example>",
        "Interview Tuesday",
        "Hi Alex,\n\nConfirming Tuesday, March 17 at 10:00 AM ET on Zoom with Benedikt "
        "Lorenz, Engineering Manager. The role reports to Siobhan Kearney, our CTO, who you'd "
        "meet in a later round.\n\nNatalie Cho\nRecruiter",
        ("Benedikt Lorenz",),
    ),
    Probe(
        "trap_referees",
        "Ellery Moss <ellery.moss@northgate-school.example>",
        "Interview invitation: Teacher of Mathematics",
        "Dear Sam,\n\nWe are delighted to invite you to interview on Wednesday 18 March at "
        "09:00. The interview panel will be Mrs Harriet Doyle (Headteacher) and Mr Idris "
        "Kamara (Head of Maths). We have contacted your referees, Dr Philippa Grant and "
        "Mr Colin Ashworth.\n\nYours sincerely,\nEllery Moss\nHR Officer",
        ("Harriet Doyle", "Idris Kamara"),
        user="uk",
    ),
    Probe(
        "trap_questions_contact",
        "Hiring Team <hiring@sandpiper.example>",
        "Interview confirmed: Sandpiper",
        "Hi Alex,\n\nYour interview with Kaito Yamamoto is confirmed for Thursday, March 19 "
        "at 11:00 AM ET.\n\nIf you have any questions before then, please contact Lucy Ngata "
        "at lucy.ngata@sandpiper.example.\n\nSandpiper Hiring Team",
        ("Kaito Yamamoto",),
    ),
    Probe(
        "trap_interviewer_replaced",
        "Sunita Rao <sunita.rao@cloudberry.example>",
        "Change of interviewer - Wednesday",
        "Hi Alex,\n\nA quick update: Peter Lindahl can no longer make it on Wednesday, so "
        "Farah Qureshi will interview you instead. The time stays the same: Wednesday, March "
        "18 at 1:00 PM ET.\n\nSunita Rao\nRecruiting",
        ("Farah Qureshi",),
    ),
    Probe(
        "trap_recruiter_sends_link",
        "Recruiting <recruiting@bramblecode.example>",
        "Interview scheduled",
        "Hi Alex,\n\nYour interview with Henrik Aalto (Staff Engineer) is scheduled for Friday, "
        "March 13 at 2:00 PM ET. Your recruiter, Dana Whitlock, will send the Zoom link the "
        "morning of.\n\nBramblecode Recruiting",
        ("Henrik Aalto",),
    ),
    Probe(
        "trap_referrer_thanked",
        "Ike Onuoha <ike.onuoha@fieldglass-labs.example>",
        "Interview confirmed",
        "Hi Alex,\n\nThanks to Rachel Summers for referring you! Your interview is confirmed "
        "for Tuesday, March 10 at 4:00 PM ET with Mónica Arroyo, Lab Manager.\n\nIke Onuoha\n"
        "Talent Acquisition",
        ("Mónica Arroyo",),
    ),
    Probe(
        "trap_de_empfang_frau",
        "Personal Hellweg GmbH <personal@hellweg.example>",
        "Vorstellungsgespräch am 17.03.",
        "Sehr geehrter Herr Weber,\n\nwir bestätigen Ihr Vorstellungsgespräch am Dienstag, "
        "17.03.2026, um 10:00 Uhr. Ihr Gesprächspartner ist Herr Dr. Clemens Lang, "
        "Abteilungsleiter Vertrieb. Bitte melden Sie sich am Empfang bei Frau Krause.\n\n"
        "Mit freundlichen Grüßen\ni. A. Petra Seidel\nPersonalsachbearbeiterin",
        ("Clemens Lang",),
        user="de",
    ),
    Probe(
        "trap_fr_accueil",
        "Recrutement Maison Vidal <recrutement@maison-vidal.example>",
        "Votre entretien du 18 mars",
        "Bonjour Camille,\n\nNous vous confirmons votre entretien le mercredi 18 mars à 15h00 "
        "avec M. Arnaud Dubois, Directeur commercial. À votre arrivée, présentez-vous à "
        "l'accueil auprès de Mme Sylvie Leroy.\n\nCordialement,\nJulie Moreau\nAssistante RH",
        ("Arnaud Dubois",),
        user="fr",
    ),
    Probe(
        "trap_es_recepcion",
        "Selección Grupo Faro <seleccion@grupofaro.example>",
        "Confirmación de entrevista",
        "Hola Pablo,\n\nTe confirmamos la entrevista el jueves 19 de marzo a las 12:30 con Luis "
        "Ortega Prieto, jefe de almacén. Al llegar, pregunta por Marta Gil en recepción.\n\n"
        "Un saludo,\nCristina Soler\nTécnica de Selección",
        ("Luis Ortega Prieto",),
        user="es",
    ),
    Probe(
        "trap_agency_signature_only",
        "Priya Shah <priya.shah@keystone-talent.example>",
        "Interview confirmed - Ardent Media",
        "Hi Alex,\n\nConfirmed! Ardent Media will see you on Wednesday, March 11 at 10:00 AM ET"
        " at 30 Hudson Yards. You'll be interviewed by Gabriel Fontaine, Editorial Director."
        "\n\nCall me after!\n\nPriya Shah\nPrincipal Recruiter | Keystone Talent\n"
        "m: 555-010-4477",
        ("Gabriel Fontaine",),
    ),
    Probe(
        "trap_assistant_sends_invite",
        "Dr. Miriam Kohl <miriam.kohl@orchid-biotech.example>",
        "Interview next week",
        "Dear Alex,\n\nI'd be glad to meet you on Monday, March 16 at 2:00 PM ET at our "
        "Cambridge site. My assistant, Chloe Park, will send you a calendar invitation and "
        "visitor instructions.\n\nBest wishes,\nMiriam Kohl, PhD\nVP Discovery",
        ("Miriam Kohl",),
    ),
    Probe(
        "trap_on_behalf_of_manager",
        "Chloe Park <chloe.park@orchid-biotech.example>",
        "Interview with Dr. Kohl",
        "Dear Alex,\n\nI am writing on behalf of Dr. Miriam Kohl, who would like to meet you "
        "on Monday, March 16 at 2:00 PM ET at our Cambridge site. A calendar invitation will "
        "follow.\n\nKind regards,\nChloe Park\nExecutive Assistant to Dr. Kohl",
        ("Miriam Kohl",),
    ),
    Probe(
        "trap_founder_in_blurb",
        "Recruiting <jobs@pebblepath.example>",
        "Interview confirmed - Pebblepath",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12 at 3:00 PM ET with "
        "Arun Pillai, Head of Engineering.\n\nAbout us: Pebblepath was founded in 2019 by "
        "Elena Marchetti and Sipho Dlamini to make trail maps open to everyone.\n\n"
        "Pebblepath Recruiting",
        ("Arun Pillai",),
    ),
    Probe(
        "trap_cal_non_participant_coordinator",
        "Yvette Charbonneau <yvette.c@lakeshore-mfg.example>",
        "Invitation: Interview - Quality Engineer",
        "Hi Alex, please see the invitation attached.\n\nYvette Charbonneau\nHR Coordinator",
        ("Gordon Mwangi",),
        ics=cal(
            summary="Interview - Quality Engineer",
            start="20260317T140000",
            end="20260317T150000",
            tzid=NY,
            organizer="CN=Yvette Charbonneau:mailto:yvette.c@lakeshore-mfg.example",
            attendees=(
                att(
                    "Yvette Charbonneau",
                    "yvette.c@lakeshore-mfg.example",
                    role="NON-PARTICIPANT",
                    partstat="ACCEPTED",
                ),
                att("Gordon Mwangi", "gordon.mwangi@lakeshore-mfg.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "trap_interviewer_tbd_coordinator",
        "Amara Diallo <amara.diallo@silverbirch.example>",
        "Interview booked - Silverbirch",
        "Hi Sam,\n\nYour interview is booked for Friday 13 March at 15:00 GMT on Teams. The "
        "interviewer will be confirmed nearer the time.\n\nThanks,\nAmara Diallo\n"
        "Talent Coordinator",
        (),
        user="uk",
    ),
    Probe(
        "trap_previous_interviewer_mentioned",
        "Jade Whitaker <jade.whitaker@morrowind-games.example>",
        "Second interview confirmed",
        "Hi Alex,\n\nCaleb Frost really enjoyed your first conversation! Your second interview"
        " is confirmed for Wednesday, March 18 at 1:00 PM ET with Ingrid Solvang, Art "
        "Director.\n\nJade Whitaker\nRecruiter",
        ("Ingrid Solvang",),
    ),
    Probe(
        "trap_security_escort",
        "Facilities & Recruiting <recruiting@ironbridge-defense.example>",
        "Onsite interview logistics",
        "Dear Alex,\n\nYour onsite interview with Marguerite Osterhout (Program Director) is "
        "confirmed for Tuesday, March 17 at 9:00 AM ET. Bring a government-issued ID; Officer "
        "Dwayne Ellis from site security will escort you to Building 4.\n\nIronbridge "
        "Recruiting",
        ("Marguerite Osterhout",),
    ),
    Probe(
        "trap_parking_contact_and_user_name",
        "Hollis Grant <hollis.grant@fernwood-ortho.example>",
        "Interview Friday - Alex Morgan",
        "Hi Alex Morgan,\n\nThanks for applying for the dental assistant position. Looking forward to meeting you Friday, March 13 at 8:30 AM ET at "
        "the Fernwood clinic. For parking, text Rosa Delgado at the front desk on arrival."
        "\n\nHollis Grant, DDS\nPractice Owner",
        ("Hollis Grant",),
    ),
)
