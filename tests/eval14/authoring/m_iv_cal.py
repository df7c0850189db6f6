"""Calendar-carrying mail from less common writers, and calendar traps that are not interviews."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .kit import (
    ACORAN,
    APPLE,
    ARONUI,
    CAOIMHE,
    DESHAWN,
    FACUNDO,
    GARRETT,
    GENEVIEVE,
    GOOGLE,
    IGNACIA,
    ILKNUR,
    JALEESA,
    KAWIKA,
    KEELY,
    KOHINE,
    MYROSLAVA,
    NIZHONI,
    OSWIN,
    OUTLOOK,
    SHIRIN,
    VIGGO,
    WEIJIE,
    YUTING,
    ZARGHONA,
    Msg,
    User,
    d,
    dh,
    exchange,
    gcal,
    ics,
    lab,
    mail,
    note,
    uid,
)

NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.3//EN"
LIGHTNING = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
PROTON_CAL = "-//Proton AG//web-calendar 5.0.61.4//EN"
ZOHO_CAL = "-//Zoho Corporation//Zoho Calendar//EN"
CALCOM_CAL = "-//Cal.com Inc.//Cal.com Event//EN"
SAVVYCAL = "-//SavvyCal//SavvyCal//EN"
HUBSPOT = "-//HubSpot Inc//HubSpot Meetings//EN"
TEAMUP = "-//Teamup Solutions AG//Teamup Calendar//EN"
DENTAL = "-//Dentrix Ascend//Appointment Reminder//EN"


def cal_msg(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str | None,
    minutes: int,
    summary: str,
    organizer: tuple[str | None, str] | None,
    attendees: Sequence[tuple[str | None, str]] = (),
    prodid: str,
    method: str = "REQUEST",
    edit: Callable[[str], str] | None = None,
    utc_zone: str | None = None,
    description: str = "",
    location: str = "",
    ics_mode: str = "attach",
    ics_name: str = "invite.ics",
    wr: str | None = None,
    sequence: int = 0,
    **kw: Any,
) -> Msg:
    """A mail carrying one calendar written by ``prodid``, optionally edited afterwards."""
    text = ics(
        uid=uid(slug, "cal.example"),
        start=start,
        zone=zone,
        utc_zone=utc_zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=list(attendees),
        description=description,
        location=location,
        method=method,
        prodid=prodid,
        wr_timezone=wr,
        sequence=sequence,
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
    )
    if edit:
        text = edit(text)
    return mail(
        user, slug, kind, ics=text, ics_mode=ics_mode, ics_method=method, ics_name=ics_name, **kw
    )


def retzid(old: str, new: str) -> Callable[[str], str]:
    """Rename a TZID everywhere in a calendar (how some writers spell zones)."""
    return lambda text: text.replace(f"TZID:{old}", f"TZID:{new}").replace(
        f"TZID={old}:", f"TZID={new}:"
    )


def floating(zone: str) -> Callable[[str], str]:
    """Drop the VTIMEZONE and write local times without a zone (RFC 5545 3.3.5 form 1)."""

    def edit(text: str) -> str:
        text = re.sub(r"BEGIN:VTIMEZONE\n.*?END:VTIMEZONE\n", "", text, flags=re.S)
        return text.replace(f";TZID={zone}:", ":")

    return edit


def add_events(*more: str) -> Callable[[str], str]:
    """Append the VEVENTs of other calendars to this one (one invitation, several events)."""

    def edit(text: str) -> str:
        blocks = [re.search(r"BEGIN:VEVENT\n.*?END:VEVENT\n", m + "\n", re.S) for m in more]
        extra = "".join(b.group(0) for b in blocks if b)
        return text.replace("END:VCALENDAR", extra + "END:VCALENDAR")

    return edit


def _part(
    slug: str, start: str, zone: str, minutes: int, summary: str, org: tuple[str, str]
) -> str:
    return ics(
        uid=uid(slug, "cal.example"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=summary,
        organizer=org,
        prodid=GOOGLE,
    )


_YT_ORG = ("Recruiting Team", "recruiting@formosa-chip.example")

MESSAGES: list[Msg] = [
    cal_msg(
        OSWIN,
        "nextcloud-invite-from-small-studio",
        "interview",
        start="2033-03-30 11:00",
        zone="Europe/London",
        minutes=60,
        summary="Interview: Oswin / Greyhollow Studio (Motion Designer)",
        organizer=("Agnieszka Fairbairn", "aga@greyhollow.example"),
        attendees=[("Oswin Pettigrew-Nkemelu", "oswin.pettigrew@example.com")],
        prodid=NEXTCLOUD,
        location="Greyhollow Studio, Unit 4, 19 Hackney Road, London",
        description="Portfolio review with Aga and Ned.",
        ics_mode="inline",
        frm=("Agnieszka Fairbairn", "aga@greyhollow.example"),
        sender="Nextcloud Calendar <calendar@cloud.greyhollow.example>",
        subject="Invitation: Interview: Oswin / Greyhollow Studio (Motion Designer)",
        date=dh("2033-03-24 10:20", "Europe/London"),
        body=f"""Hello Oswin Pettigrew-Nkemelu,

Agnieszka Fairbairn has invited you to »Interview: Oswin / Greyhollow Studio (Motion
Designer)«.

Title:  Interview: Oswin / Greyhollow Studio (Motion Designer)
Time:   {d("2033-03-30", "usy")} 11:00 AM - 12:00 PM (Europe/London)
Location: Greyhollow Studio, Unit 4, 19 Hackney Road, London
Description: Portfolio review with Aga and Ned.

Accept   Tentative   Decline
""",
        label=lab(
            "2033-03-30 11:00",
            "Europe/London",
            "Europe/London",
            company="Greyhollow Studio",
            role="Motion Designer",
            who=["Agnieszka Fairbairn", "Ned"],
            emails=["aga@greyhollow.example"],
            notes="Nextcloud's invitation mail; BST after 27 March.",
        ),
    ),
    cal_msg(
        GARRETT,
        "lightning-citadel-tzid-denver",
        "interview",
        start="2033-04-05 13:00",
        zone="America/Denver",
        minutes=90,
        summary="Garrett Lindahl-Moreno - pairing interview",
        organizer=("Ilse Marchetti", "ilse@cobaltgulch.example"),
        attendees=[
            ("Garrett Lindahl-Moreno", "garrett.lindahl@example.org"),
            ("Tobias Wren", "tobias@cobaltgulch.example"),
        ],
        prodid=LIGHTNING,
        edit=retzid("America/Denver", "/citadel.org/20250101_1/America/Denver"),
        ics_name="invite.ics",
        frm=("Ilse Marchetti", "ilse@cobaltgulch.example"),
        subject="Invitation: Garrett Lindahl-Moreno - pairing interview",
        date=dh("2033-03-29 15:45", "America/Denver"),
        body="""Hi Garrett,

Calendar invite attached for the pairing session (Tobias and I, 90 minutes, in our
Golden office). Bring a laptop with your usual editor set up.

Ilse
--\x20
Ilse Marchetti, Engineering Lead, Cobalt Gulch
""",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0",
            )
        ],
        label=lab(
            "2033-04-05 13:00",
            "America/Denver",
            "America/Denver",
            company="Cobalt Gulch",
            who=["Ilse Marchetti", "Tobias Wren"],
            emails=["ilse@cobaltgulch.example", "tobias@cobaltgulch.example"],
            notes="The time is only in the calendar (Citadel-style TZID path for Denver).",
        ),
    ),
    cal_msg(
        SHIRIN,
        "proton-invite-zurich-time-tehran-user",
        "interview",
        start="2033-03-29 10:00",
        zone="Europe/Zurich",
        minutes=45,
        summary="Interview - Shirin Farahani-Moghadam (Computational Linguist)",
        organizer=("Beat Oberholzer", "beat@lindenhall-ai.example"),
        attendees=[("Shirin Farahani-Moghadam", "shirin.farahani@example.net")],
        prodid=PROTON_CAL,
        ics_name="invite.ics",
        frm=("Beat Oberholzer", "beat@lindenhall-ai.example"),
        subject="Invitation: Interview - Shirin Farahani-Moghadam (Computational Linguist)",
        date=dh("2033-03-22 13:00", "Asia/Tehran"),
        body="""Beat Oberholzer has invited you to:

Interview - Shirin Farahani-Moghadam (Computational Linguist)
When: Tuesday, March 29, 2033 at 10:00 AM - 10:45 AM (Central European Summer Time, Zurich)
Organizer: beat@lindenhall-ai.example

This invitation was sent with Proton Calendar.
""",
        label=lab(
            "2033-03-29 10:00",
            "Europe/Zurich",
            "Europe/Zurich",
            company="Lindenhall AI",
            role="Computational Linguist",
            who=["Beat Oberholzer"],
            emails=["beat@lindenhall-ai.example"],
            notes="Proton invitation; Zurich on CEST, Tehran +03:30 without DST.",
        ),
    ),
    cal_msg(
        ZARGHONA,
        "zoho-calendar-dubai-time-kabul-user",
        "interview",
        start="2033-04-11 11:00",
        zone="Asia/Dubai",
        minutes=60,
        summary="Interview with Sahel Relief Partners - Grants Officer",
        organizer=("Leila Haddad", "leila.haddad@sahelrelief.example"),
        attendees=[
            ("Zarghona Wardak-Amiri", "zarghona.wardak@example.org"),
            ("Idris Mahamat", "idris.mahamat@sahelrelief.example"),
        ],
        prodid=ZOHO_CAL,
        ics_name="ZohoCalendar.ics",
        frm=("Leila Haddad", "leila.haddad@sahelrelief.example"),
        sender="Zoho Calendar <calendar-noreply@sahelrelief.example>",
        subject="Invitation: Interview with Sahel Relief Partners - Grants Officer",
        date=dh("2033-04-04 10:00", "Asia/Kabul"),
        body="""Leila Haddad has invited you to an event.

Interview with Sahel Relief Partners - Grants Officer
Date: 11/04/2033
Time: 11:00 AM - 12:00 PM (Asia/Dubai)
Attendees: Idris Mahamat, Zarghona Wardak-Amiri

Will you attend?  Yes | No | Maybe
""",
        label=lab(
            "2033-04-11 11:00",
            "Asia/Dubai",
            "Asia/Dubai",
            company="Sahel Relief Partners",
            role="Grants Officer",
            who=["Leila Haddad", "Idris Mahamat"],
            emails=["leila.haddad@sahelrelief.example", "idris.mahamat@sahelrelief.example"],
            notes="Day-first numeric date in a Zoho mail; the user is in Kabul (+04:30).",
        ),
    ),
    cal_msg(
        JALEESA,
        "microsoft-bookings-recruiter-screen-darwin",
        "interview",
        start="2033-03-23 14:30",
        zone="AUS Central Standard Time",
        minutes=30,
        summary="Recruiter screen - Jaleesa Munkara-Reid",
        organizer=("Arafura Water Careers", "careers@arafurawater.example"),
        attendees=[("Jaleesa Munkara-Reid", "jaleesa.munkara@example.org")],
        prodid=OUTLOOK,
        ics_mode="inline",
        ics_name="booking.ics",
        frm=("Arafura Water Careers", "careers@arafurawater.example"),
        subject="Booking confirmed: Recruiter screen with Jacinta Murray",
        date=dh("2033-03-18 16:02", "Australia/Darwin"),
        body=f"""Your booking is confirmed

Recruiter screen
{d("2033-03-23", "uk")} 2033, 2:30 PM - 3:00 PM (UTC+09:30) Darwin
Staff: Jacinta Murray
Service: Recruiter screen (Water Treatment Operator)

Phone: we will call the number you entered.

Need to make changes? Reschedule or cancel your booking.

Powered by Microsoft Bookings
""",
        label=lab(
            "2033-03-23 14:30",
            "AUS Central Standard Time",
            "Australia/Darwin",
            company="Arafura Water",
            role="Water Treatment Operator",
            who=["Jacinta Murray"],
            notes="Microsoft Bookings confirmation; Windows TZID AUS Central (Darwin, +09:30).",
        ),
    ),
    cal_msg(
        IGNACIA,
        "calcom-utc-ics-after-chile-switch",
        "interview",
        start="2033-04-04 10:00",
        zone=None,
        utc_zone="America/Santiago",
        minutes=45,
        summary="Entrevista técnica between Andino Cloud and Ignacia Larraín Urzúa",
        organizer=("Matías Errázuriz", "matias@andinocloud.example"),
        attendees=[("Ignacia Larraín Urzúa", "ignacia.larrain@example.com")],
        prodid=CALCOM_CAL,
        ics_name="event.ics",
        frm=("Cal.com", "no-reply@cal.com"),
        reply_to=("Matías Errázuriz", "matias@andinocloud.example"),
        subject="Confirmed: Entrevista técnica between Andino Cloud and Ignacia Larraín Urzúa",
        date=dh("2033-03-28 09:12", "America/Santiago"),
        body=f"""Your event has been scheduled

What: Entrevista técnica between Andino Cloud and Ignacia Larraín Urzúa
When: {d("2033-04-04", "usy")} 10:00am - 10:45am (America/Santiago)
Who: Matías Errázuriz - Organizer (matias@andinocloud.example)
     Ignacia Larraín Urzúa (ignacia.larrain@example.com)
Where: Google Meet

Need to make a change? Reschedule or Cancel
""",
        label=lab(
            "2033-04-04 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Andino Cloud",
            who=["Matías Errázuriz"],
            emails=["matias@andinocloud.example"],
            notes="Cal.com calendar in UTC; booked under -03, held after Chile moves to -04.",
        ),
    ),
    cal_msg(
        KOHINE,
        "savvycal-nz-time-chatham-user",
        "interview",
        start="2033-04-05 09:00",
        zone=None,
        utc_zone="Pacific/Auckland",
        minutes=30,
        summary="Kohine Seymour-Tuuta <> Kōwhai Energy: Asset Engineer interview",
        organizer=("Marama Tipene", "marama.tipene@kowhai-energy.example"),
        attendees=[("Kohine Seymour-Tuuta", "kohine.seymour@example.org")],
        prodid=SAVVYCAL,
        ics_name="invite.ics",
        frm=("Marama Tipene via SavvyCal", "notifications@savvycal.example"),
        reply_to=("Marama Tipene", "marama.tipene@kowhai-energy.example"),
        subject="Confirmed: Asset Engineer interview with Marama Tipene",
        date=dh("2033-03-30 20:05", "Pacific/Chatham"),
        body=f"""You're scheduled!

Asset Engineer interview with Marama Tipene
{d("2033-04-05", "uky")} at 9:00 am - 9:30 am NZST (Pacific/Auckland)

Marama will call you on Google Meet. A calendar invitation is attached.

Reschedule | Cancel
""",
        label=lab(
            "2033-04-05 09:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kōwhai Energy",
            role="Asset Engineer",
            who=["Marama Tipene"],
            emails=["marama.tipene@kowhai-energy.example"],
            notes="Chatham user booked in NZ time; after the 3 April switch (NZST, +12).",
        ),
    ),
    cal_msg(
        ARONUI,
        "hubspot-meetings-recruiter-screen",
        "interview",
        start="2033-03-31 15:30",
        zone="Pacific/Auckland",
        minutes=30,
        summary="Screening call: Aronui Te Huia-Mason / Pūriri Software",
        organizer=("Hannah Brightwater", "hannah@puriri-software.example"),
        attendees=[("Aronui Te Huia-Mason", "aronui.tehuia@example.net")],
        prodid=HUBSPOT,
        ics_name="meeting.ics",
        frm=("Hannah Brightwater", "hannah@puriri-software.example"),
        subject="Meeting booked: Screening call with Hannah Brightwater",
        date=dh("2033-03-28 08:40", "Pacific/Auckland"),
        body=f"""Hi Aronui,

Your meeting with Hannah Brightwater is booked.

Screening call: Aronui Te Huia-Mason / Pūriri Software
{d("2033-03-31", "uk")}, 3:30pm - 4:00pm (New Zealand Time)

I'll ring you on the number you gave in the booking form to talk about the Customer
Success Lead role.

Hannah
""",
        label=lab(
            "2033-03-31 15:30",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Pūriri Software",
            role="Customer Success Lead",
            who=["Hannah Brightwater"],
            emails=["hannah@puriri-software.example"],
            notes="HubSpot meetings link used by a recruiter who makes the call; NZDT.",
        ),
    ),
    cal_msg(
        YUTING,
        "onsite-three-vevents-taipei",
        "interview",
        start="2033-04-21 09:30",
        zone="Asia/Taipei",
        minutes=60,
        summary="Onsite 1/3: Circuit design deep dive",
        organizer=_YT_ORG,
        attendees=[
            ("Hsu Yu-ting", "yuting.hsu@example.com"),
            ("Chen Po-han", "pohan.chen@formosa-chip.example"),
        ],
        prodid=GOOGLE,
        edit=add_events(
            _part(
                "yt-2", "2033-04-21 10:45", "Asia/Taipei", 60, "Onsite 2/3: Layout review", _YT_ORG
            ),
            _part(
                "yt-3", "2033-04-21 13:30", "Asia/Taipei", 45, "Onsite 3/3: Hiring manager", _YT_ORG
            ),
        ),
        ics_name="onsite.ics",
        frm=("Formosa Chip Recruiting", "recruiting@formosa-chip.example"),
        subject="Your onsite itinerary - Analog IC Design Engineer",
        date=dh("2033-04-14 11:00", "Asia/Taipei"),
        body="""Dear Yu-ting,

Please find your onsite itinerary for 2033-04-21 at our Hsinchu campus (attached as one
calendar file with three events):

09:30-10:30  Circuit design deep dive - Chen Po-han
10:45-11:45  Layout review - Lai Mei-ling
13:30-14:15  Hiring manager - Tsai Wen-hsiung

Please arrive at the lobby by 09:15 for your visitor badge.

Formosa Chip Recruiting
""",
        label=lab(
            "2033-04-21 09:30",
            "Asia/Taipei",
            "Asia/Taipei",
            company="Formosa Chip",
            role="Analog IC Design Engineer",
            who=["Chen Po-han", "Lai Mei-ling", "Tsai Wen-hsiung"],
            emails=["pohan.chen@formosa-chip.example"],
            notes="One calendar with three VEVENTs; the day starts at the first session, not "
            "the badge pickup.",
        ),
    ),
    cal_msg(
        DESHAWN,
        "teamup-utc-value-datetime-second-address",
        "interview",
        start="2033-03-24 13:00",
        zone=None,
        utc_zone="America/New_York",
        minutes=60,
        summary="Case interview - DeShawn Okafor-Whitfield",
        organizer=("Halcyon Partners Recruiting", "recruiting@halcyonpartners.example"),
        attendees=[("DeShawn Okafor-Whitfield", "dow.careers@example.net")],
        prodid=TEAMUP,
        wr="America/New_York",
        edit=lambda t: t.replace("DTSTART:", "DTSTART;VALUE=DATE-TIME:").replace(
            "DTEND:", "DTEND;VALUE=DATE-TIME:"
        ),
        ics_name="case-interview.ics",
        frm=("Halcyon Partners Recruiting", "recruiting@halcyonpartners.example"),
        to="dow.careers@example.net",
        subject="Case interview - Thursday",
        date=dh("2033-03-18 10:30", "America/New_York"),
        body=f"""DeShawn,

Your case interview for the Strategy Associate position is confirmed for
{d("2033-03-24", "us")} at 1:00 PM ET with Yvonne Castellanos, Principal. The calendar
entry is attached. It will be held at 300 Park Avenue South, 9th floor.

Halcyon Partners Recruiting
""",
        label=lab(
            "2033-03-24 13:00",
            "America/New_York",
            "America/New_York",
            company="Halcyon Partners",
            role="Strategy Associate",
            who=["Yvonne Castellanos"],
            notes="Calendar DTSTART;VALUE=DATE-TIME in UTC with X-WR-TIMEZONE New York; the "
            "text says ET. Sent to the user's second address.",
        ),
    ),
    exchange(
        ILKNUR,
        "exchange-turkey-standard-time-panel",
        "interview",
        start="2033-03-31 14:00",
        zone="Turkey Standard Time",
        minutes=75,
        subject="Interview: İlknur Sarıkaya-Demirel - Treasury Manager",
        organizer=("Kerem Aydoğdu", "kerem.aydogdu@bogazici-holding.example"),
        attendees=[
            ("Selin Yurdakul", "selin.yurdakul@bogazici-holding.example"),
            ("Murat Köseoğlu", "murat.koseoglu@bogazici-holding.example"),
        ],
        date=dh("2033-03-25 17:20", "Europe/Istanbul"),
        label=lab(
            "2033-03-31 14:00",
            "Turkey Standard Time",
            "Europe/Istanbul",
            company="Boğaziçi Holding",
            role="Treasury Manager",
            who=["Kerem Aydoğdu", "Selin Yurdakul", "Murat Köseoğlu"],
            emails=[
                "kerem.aydogdu@bogazici-holding.example",
                "selin.yurdakul@bogazici-holding.example",
                "murat.koseoglu@bogazici-holding.example",
            ],
            notes="Exchange request with a Windows TZID (Turkey, +03 all year).",
        ),
        text="""Dear İlknur,

Thank you for your interest in the Treasury Manager role. Selin (CFO), Murat (Head of
Risk) and I would like to meet you online. Please accept this invitation.

Kind regards,
Kerem Aydoğdu
""",
    ),
    exchange(
        NIZHONI,
        "exchange-arizona-second-round",
        "interview",
        start="2033-04-07 10:00",
        zone="US Mountain Standard Time",
        minutes=60,
        subject="2nd round - Field Operations Manager",
        organizer=("Abel Yazzie-Trujillo", "abel@sunroot-solar.example"),
        attendees=[("Renee Castaneda", "renee.castaneda@sunroot-solar.example")],
        date=dh("2033-03-29 08:05", "America/Phoenix"),
        label=lab(
            "2033-04-07 10:00",
            "US Mountain Standard Time",
            "America/Phoenix",
            company="Sunroot Solar",
            role="Field Operations Manager",
            who=["Abel Yazzie-Trujillo", "Renee Castaneda"],
            emails=["abel@sunroot-solar.example", "renee.castaneda@sunroot-solar.example"],
            notes="Second round, in Arizona time this time (US Mountain: Phoenix, no DST).",
        ),
        with_teams=False,
        location="Sunroot Solar, 2200 E Camelback Rd, Phoenix",
        text="""Nizhoni - great talking last week. For round two I'll be in Phoenix, so let's meet
at our office there with Renee from our install crews.

Abel
""",
    ),
    gcal(
        ACORAN,
        "google-invite-canary-time",
        "interview",
        start="2033-03-29 12:00",
        zone="Atlantic/Canary",
        minutes=45,
        summary="Entrevista Acorán Betancort / Alisio Travel Tech",
        organizer=("Yeray Santana", "yeray.santana@alisio-travel.example"),
        guests=[("Yeray Santana", "yeray.santana@alisio-travel.example")],
        date=dh("2033-03-23 19:10", "Atlantic/Canary"),
        meet="axo-kqpe-rmu",
        note_text="Hi Acorán, a 45 minute first interview for the Android Developer role. "
        "Speak soon, Yeray",
        label=lab(
            "2033-03-29 12:00",
            "Atlantic/Canary",
            "Atlantic/Canary",
            company="Alisio Travel Tech",
            role="Android Developer",
            who=["Yeray Santana"],
            emails=["yeray.santana@alisio-travel.example"],
            notes="Google caption 'Western European Time - Canary'; WEST after 27 March.",
        ),
    ),
    gcal(
        FACUNDO,
        "google-updated-invite-montevideo",
        "interview",
        start="2033-04-13 16:00",
        zone="America/Montevideo",
        minutes=60,
        summary="Facundo Olivera - Technical interview (Data Engineer)",
        organizer=("Lucía Bentancor", "lucia.bentancor@rambla-data.example"),
        guests=[
            ("Lucía Bentancor", "lucia.bentancor@rambla-data.example"),
            ("Gonzalo Pereyra", "gonzalo.pereyra@rambla-data.example"),
        ],
        date=dh("2033-04-08 11:30", "America/Montevideo"),
        updated="Time",
        sequence=1,
        label=lab(
            "2033-04-13 16:00",
            "America/Montevideo",
            "America/Montevideo",
            company="Rambla Data",
            role="Data Engineer",
            who=["Lucía Bentancor", "Gonzalo Pereyra"],
            emails=["lucia.bentancor@rambla-data.example", "gonzalo.pereyra@rambla-data.example"],
            notes="Google 'Updated invitation' (time changed, SEQUENCE 1); the new time counts.",
        ),
    ),
    mail(
        KEELY,
        "icloud-invite-from-founder-personal",
        "interview",
        frm=("Oscar Pham", "oscar.pham@icloud.com"),
        subject="Invitation: Coffee + interview (Ops Coordinator) @ Fri 22 Apr 2033 8:00am",
        date=dh("2033-04-18 21:15", "Australia/Brisbane"),
        body=f"""Oscar Pham has invited you to "Coffee + interview (Ops Coordinator)".

{d("2033-04-22", "uky")}, 8:00am - 9:00am (AEST)
Location: Nodo, 1 Ella Street, Newstead

Hi Keely - it's Oscar, founder of Mangrove Freight. Proper interview, just over a coffee.

Accept  Decline  Maybe
""",
        ics=ics(
            uid=uid("icloud-invite-from-founder-personal", "apple"),
            start="2033-04-22 08:00",
            zone="Australia/Brisbane",
            minutes=60,
            summary="Coffee + interview (Ops Coordinator)",
            organizer=("Oscar Pham", "oscar.pham@icloud.com"),
            attendees=[("Keely Bamblett-Rose", "keely.bamblett@example.org")],
            location="Nodo, 1 Ella Street, Newstead",
            prodid=APPLE,
        ),
        ics_mode="attach",
        label=lab(
            "2033-04-22 08:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Mangrove Freight",
            role="Ops Coordinator",
            who=["Oscar Pham"],
            emails=["oscar.pham@icloud.com"],
            notes="Founder invites from a personal iCloud address; 'proper interview'.",
        ),
    ),
    gcal(
        OSWIN,
        "google-cancelled-second-interview",
        "interview_cancelled",
        start="2033-04-06 16:00",
        zone="Europe/London",
        minutes=60,
        summary="Second interview: Oswin Pettigrew-Nkemelu (Credit Risk Analyst)",
        organizer=("Mahesh Ranganathan", "mahesh.ranganathan@fenwickdrayton.example"),
        guests=[("Mahesh Ranganathan", "mahesh.ranganathan@fenwickdrayton.example")],
        date=dh("2033-04-04 09:02", "Europe/London"),
        cancelled=True,
        label=lab(
            "2033-04-06 16:00",
            "Europe/London",
            "Europe/London",
            company="Fenwick Drayton",
            role="Credit Risk Analyst",
            who=["Mahesh Ranganathan"],
            emails=["mahesh.ranganathan@fenwickdrayton.example"],
            notes="Google cancellation without a new time.",
        ),
    ),
    exchange(
        CAOIMHE,
        "exchange-cancel-newfoundland",
        "interview_cancelled",
        start="2033-03-29 10:00",
        zone="Newfoundland Standard Time",
        minutes=60,
        subject="Panel interview - Quality Assurance Coordinator",
        organizer=("Ruairi Penney", "ruairi.penney@harbourgrace-fisheries.example"),
        attendees=[("Gail Drover", "gail.drover@harbourgrace-fisheries.example")],
        date=dh("2033-03-25 14:50", "America/St_Johns"),
        cancelled=True,
        prefix="Canceled: ",
        with_teams=False,
        location="Plant boardroom",
        label=lab(
            "2033-03-29 10:00",
            "Newfoundland Standard Time",
            "America/St_Johns",
            company="Harbour Grace Fisheries",
            role="Quality Assurance Coordinator",
            who=["Ruairi Penney", "Gail Drover"],
            emails=[
                "ruairi.penney@harbourgrace-fisheries.example",
                "gail.drover@harbourgrace-fisheries.example",
            ],
            notes="Exchange CANCEL; the text promises to be in touch, no new time.",
        ),
        text="""Caoimhe, I have to cancel Tuesday's panel - we've had an inspection called for that
morning. I'll be in touch next week with new times. Sorry about this.

Ruairi
""",
    ),
    # --- calendar traps: not interviews ---------------------------------------------------
    cal_msg(
        MYROSLAVA,
        "teams-webinar-registration-careers",
        "other",
        start="2033-04-14 17:00",
        zone="Europe/London",
        minutes=60,
        summary="Inside Quillmarsh: Careers in Localisation (webinar)",
        organizer=("Quillmarsh Events", "events@quillmarsh.example"),
        prodid=OUTLOOK,
        method="PUBLISH",
        ics_name="webinar.ics",
        frm=("Quillmarsh Events", "events@quillmarsh.example"),
        subject="You're registered: Inside Quillmarsh - Careers in Localisation",
        date=dh("2033-03-25 10:00", "Europe/Kyiv"),
        body=f"""Thanks for registering!

Inside Quillmarsh: Careers in Localisation
{d("2033-04-14", "uky")}, 17:00-18:00 (UTC+01:00) London

This is a Microsoft Teams webinar. Attendees are muted and cameras are off. Add it to your
calendar with the attached file; your personal join link is below.

Join webinar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_qmwebinar%40thread.v2/0

You can cancel your registration at any time.
""",
        label=note(
            "Teams webinar registration the user signed up for (PUBLISH): not an interview.",
            company="Quillmarsh",
        ),
    ),
    cal_msg(
        GENEVIEVE,
        "dental-reminder-floating-time",
        "other",
        start="2033-03-22 08:30",
        zone="America/Toronto",
        minutes=60,
        summary="Hygiene appointment - Dr. Okonkwo",
        organizer=("Annex Dental", "reminders@annexdental.example"),
        prodid=DENTAL,
        method="PUBLISH",
        edit=floating("America/Toronto"),
        wr="America/Toronto",
        ics_name="appointment.ics",
        frm=("Annex Dental", "reminders@annexdental.example"),
        subject="Appointment reminder: Tuesday, March 22 at 8:30 AM",
        date=dh("2033-03-19 09:00", "America/Toronto"),
        body=f"""Hi Geneviève,

This is a reminder of your appointment at Annex Dental on {d("2033-03-22", "us")} at
8:30 AM with Dr. Okonkwo (hygiene and check-up).

Reply C to confirm or call 416-555-0148 to reschedule.
""",
        label=note("Dental appointment reminder with a floating-time calendar: not an interview."),
    ),
    exchange(
        VIGGO,
        "one-to-one-moved-current-manager",
        "other",
        start="2033-04-04 15:00",
        zone="W. Europe Standard Time",
        minutes=30,
        subject="Viggo / Annika 1:1",
        organizer=("Annika Bergqvist", "annika.bergqvist@example.org"),
        attendees=[],
        date=dh("2033-03-31 11:00", "Europe/Stockholm"),
        sequence=3,
        label=note("A weekly 1:1 with the user's current manager moved: not an interview."),
        text="Moving our 1:1 this week, I'm travelling Tuesday. /A",
        to_addr="viggo.sandstrom@example.org",
    ),
    gcal(
        WEIJIE,
        "fy32-review-with-current-manager",
        "other",
        start="2033-03-25 10:00",
        zone="Asia/Singapore",
        minutes=60,
        summary="FY32 performance review - Wei Jie",
        organizer=("Nurul Huda Rahman", "nurul.rahman@example.org"),
        guests=[("Nurul Huda Rahman", "nurul.rahman@example.org")],
        date=dh("2033-03-15 09:10", "Asia/Singapore"),
        note_text="Please fill in the self-assessment form before we meet.",
        meet=None,
        location="Meeting room Tembusu, Level 9",
        label=note("Annual review at the user's current employer: not an interview."),
    ),
    exchange(
        KAWIKA,
        "onboarding-day-one-after-offer",
        "other",
        start="2033-05-02 08:00",
        zone="Hawaiian Standard Time",
        minutes=240,
        subject="New hire orientation - Kawika Nakamura-Kealoha",
        organizer=("Kelpline People Team", "people@kelpline.example"),
        attendees=[],
        date=dh("2033-04-20 10:00", "Pacific/Honolulu"),
        label=note(
            "Onboarding session after an accepted offer: not an interview.", company="Kelpline"
        ),
        text="""Welcome aboard, Kawika! This is your first-day orientation: laptop setup, benefits
walkthrough and a team lunch. Your manager Tessa will join at 11.
""",
    ),
    exchange(
        DESHAWN,
        "user-is-interviewer-current-job",
        "other",
        start="2033-04-12 14:00",
        zone="Eastern Standard Time",
        minutes=45,
        subject="Interview: Priya Castellano-Burke - Data Engineer II (System Design)",
        organizer=("Talent Acquisition", "ta@example.com"),
        attendees=[("Priya Castellano-Burke", "pcb.candidate@example.org")],
        date=dh("2033-04-06 13:30", "America/New_York"),
        label=note(
            "The user is on the interview panel at their current job: not the user's interview."
        ),
        text="""Hi DeShawn, thanks for covering the system design round. Scorecard and resume are
in the ATS; please submit feedback within 24 hours.
""",
    ),
]
