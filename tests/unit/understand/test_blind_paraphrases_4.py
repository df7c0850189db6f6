"""Blind paraphrases, fourth sample: tool notices, webmail invitations, series and relative dates.

Readable blind-written messages (eval4 and the dev halves of eval5 to eval12) of four kinds were
rewritten by hand as another writer or another tool would send them: text-only notices of
applicant tracking and booking tools (confirmations, reschedules, reminders, cancellations,
availability requests) with no calendar part; invitations from webmail calendars (iCloud, Yahoo,
Zoho, Fastmail, Outlook.com) and their plain-text notices; all-day events, recurring series,
updates of one instance (RECURRENCE-ID, RFC 5545 3.8.4.4), invitations forwarded by the user, an
assistant or a coach, and invitations quoted in replies; relative dates ("tomorrow at 10", "this
Thursday", "next Tuesday") read against the Date header, and reschedules giving a new time. Every
person and company is invented under reserved names; nothing is copied from an evaluation
message. Traps in the same areas (a prep block, a standup, a dentist, a webinar, a benefits
notice, a forwarded meeting) must not read as interviews.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, sorted_names, start
from .paraphrase_users import (
    AKL,
    BER,
    CHI,
    DEN,
    DUB,
    JHB,
    KOL,
    LA,
    LON,
    MAD,
    NY,
    PAR,
    SGP,
    SYD,
    TOR,
    USERS,
    C,
    I,
    S,
)


@dataclass(frozen=True)
class Variant:
    """One rewritten message and what it must be read as."""

    key: str
    user: str
    sender: str
    subject: str
    body: str
    date: str
    kind: Kind
    when: tuple[int, int, int, int, int, str] | None = None
    names: list[str] = field(default_factory=list)
    ics: str | None = None
    method: str = "REQUEST"


def V(
    key: str,
    user: str,
    sender: str,
    subject: str,
    body: str,
    date: str,
    kind: Kind,
    when: tuple[int, int, int, int, int, str] | None = None,
    names: list[str] | None = None,
    ics: str | None = None,
    method: str = "REQUEST",
) -> Variant:
    """A variant; interviewer names sorted as the reader's result is compared."""
    return Variant(
        key, user, sender, subject, body, date, kind, when, sorted(names or []), ics, method
    )


def cal(
    *,
    summary: str,
    dtstart: str,
    dtend: str,
    organizer: tuple[str, str],
    attendees: Sequence[tuple[str, str]] = (),
    description: str = "",
    method: str = "REQUEST",
    prodid: str = "-//Apple Inc.//iCloud 2.0//EN",
    extra: str = "",
    location: str = "",
    sequence: int = 0,
    status: str = "CONFIRMED",
    vtimezone: str = "",
    uid: str = "p4-0001@example.net",
) -> str:
    """A VCALENDAR object; DTSTART/DTEND lines are given whole (TZID, VALUE=DATE or UTC)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if vtimezone:
        lines.append(vtimezone.strip())
    lines += [
        "BEGIN:VEVENT",
        dtstart,
        dtend,
        "DTSTAMP:20270401T080000Z",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for cn, addr in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={cn}:mailto:{addr}"
        )
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{summary.replace(',', chr(92) + ',')}",
    ]
    if extra:
        lines.append(extra.strip())
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


# --- 1. Text-only notices of tracking and booking tools ------------------------------------

ATS = [
    V(
        "gh_loop_pipes",
        "la",
        "Tallis Freight <no-reply@greenhouse.io>",
        "Your interview schedule with Tallis Freight",
        "Hello Jenna,\n\nWe're looking forward to hosting you on Tuesday, April 13, 2027 for your final "
        "round for the Senior Data Engineer opening. Agenda (Pacific Time):\n\n"
        "10:00am - 10:45am | Technical deep dive | Omar Siddiqui (Staff Engineer)\n"
        "11:00am - 11:45am | Architecture | Priyanka Rao (Principal Engineer)\n"
        "12:00pm - 12:30pm | Meet the manager | Colm Reyes (Engineering Manager)\n\n"
        "Video links will follow in separate calendar holds.\n\nCheers,\nHattie Lunde\nRecruiting Coordinator\n",
        "Wed, 07 Apr 2027 16:20:00 -0700",
        I,
        (2027, 4, 13, 10, 0, LA),
        ["Omar Siddiqui", "Priyanka Rao", "Colm Reyes"],
    ),
    V(
        "gh_loop_interviewer_first",
        "ny",
        "Harbourline Bank <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Maya Okafor for Risk Analyst",
        "Hi Maya,\n\nYour interviews for the Risk Analyst position are confirmed for Monday, April 19, 2027. "
        "All times below are Eastern.\n\n"
        "Denise Albright, Head of Credit Risk - 1:30 PM to 2:15 PM\n"
        "Ravi Chandran, Senior Risk Analyst - 2:30 PM to 3:15 PM\n\n"
        "Please reach out with any questions.\n\nThanks,\nPaige\nTalent Team, Harbourline Bank\n",
        "Tue, 13 Apr 2027 10:02:00 -0400",
        I,
        (2027, 4, 19, 13, 30, NY),
        ["Denise Albright", "Ravi Chandran"],
    ),
    V(
        "workday_iso_sgp",
        "sgp",
        "Meranti Logistics <meranti@myworkday.com>",
        "Interview Scheduled - Procurement Analyst (R-31205)",
        "Dear Tan Wei Ling,\n\nAn interview has been arranged for the position below.\n\n"
        "Job Requisition: R-31205 Procurement Analyst\nInterview Format: Video (Microsoft Teams)\n"
        "Date: 2027-04-20\nTime: 09:30 - 10:30 (GMT+08:00) Singapore\n"
        "Interviewers: Lim Boon Keat (Procurement Manager); Farah Aziz (Category Lead)\n\n"
        "Sign in to your candidate home to view details.\n\nThis mailbox is not monitored.\n",
        "Wed, 14 Apr 2027 11:00:00 +0800",
        I,
        (2027, 4, 20, 9, 30, SGP),
        ["Lim Boon Keat", "Farah Aziz"],
    ),
    V(
        "workday_resched_chi",
        "chi",
        "Lakeview Mutual <lakeviewmutual@myworkday.com>",
        "Interview Rescheduled - Claims Analyst (R-77310)",
        "Dear Marcus Hale,\n\nThe interview for Claims Analyst (R-77310) has been moved.\n\n"
        "Updated Date: 04/22/2027\nUpdated Time: 2:00 PM - 3:00 PM (GMT-05:00) Central Time (US & Canada)\n"
        "Interviewer(s): Dale Kowalski; Nadia Ferrer\n\n"
        "Original date 04/20/2027 no longer applies.\n\nTalent Acquisition, Lakeview Mutual\n",
        "Fri, 16 Apr 2027 09:30:00 -0500",
        I,
        (2027, 4, 22, 14, 0, CHI),
        ["Dale Kowalski", "Nadia Ferrer"],
    ),
    V(
        "ashby_confirm_uk",
        "uk",
        "Kestrel Dynamics <no-reply@ashbyhq.com>",
        "Your interview with Kestrel Dynamics is confirmed",
        "Hi Callum,\n\nYou're all set. Details below:\n\n"
        "Technical Screen with Maren Holt\nThu, 15 Apr 2027\n14:00 - 14:45 BST (Europe/London)\n"
        "Zoom: https://kestrel.zoom.example/j/88812345\n\n"
        "Maren leads our platform team and will be your manager if you join.\n\n"
        "Something come up? Write to talent@kestreldynamics.example.\n\nPowered by Ashby\n",
        "Fri, 09 Apr 2027 12:10:00 +0100",
        I,
        (2027, 4, 15, 14, 0, LON),
        ["Maren Holt"],
    ),
    V(
        "ashby_resched_akl",
        "akl",
        "Kauri Freight <no-reply@ashbyhq.com>",
        "Time change: Operations Manager interview",
        "Kia ora Tane,\n\nWe've moved your Operations Manager interview.\n\n"
        "New time: Tuesday 27 April 2027, 9:00 AM - 9:45 AM NZST\n"
        "Old time: Monday 26 April 2027, 2:00 PM NZST\n\n"
        "Interviewer: Aroha Kingi (GM Operations)\nLocation: Google Meet\n\nPowered by Ashby\n",
        "Thu, 22 Apr 2027 13:20:00 +1200",
        I,
        (2027, 4, 27, 9, 0, AKL),
        ["Aroha Kingi"],
    ),
    V(
        "smartr_jhb",
        "jhb",
        "Karoo Rail <noreply@smartrecruiters.com>",
        "Invitation to interview - Maintenance Planner",
        "Dear Sipho,\n\nWe are pleased to invite you to an interview for the Maintenance Planner role.\n\n"
        "Interview details\nDate: 20 April 2027\nStart time: 11:00 (SAST)\nDuration: 45 minutes\n"
        "Format: In person, Karoo Rail depot, 12 Station Rd, Germiston\n"
        "Interviewers: Johan Pretorius (Depot Manager), Nomsa Khumalo (Planning Lead)\n\n"
        "Kind regards,\nKaroo Rail Recruitment\n",
        "Tue, 13 Apr 2027 08:45:00 +0200",
        I,
        (2027, 4, 20, 11, 0, JHB),
        ["Johan Pretorius", "Nomsa Khumalo"],
    ),
    V(
        "icims_ny",
        "ny",
        "Bridgewell Health Careers <careers-bridgewell@talent.icims.com>",
        "Interview Confirmation - Payroll Specialist",
        "Maya,\n\nThis confirms your interview for Payroll Specialist (Req 2027-0412).\n\n"
        "Scheduled for: Thursday, 04/15/2027 at 10:30 AM Eastern\n"
        "Location: 200 Water St, 5th floor reception\n"
        "You will meet with: Gloria Estrada (Payroll Manager) and Ken Ito (Controller)\n\n"
        "Please bring photo ID.\n\nBridgewell Health Talent Acquisition\nPlease do not reply to this message.\n",
        "Fri, 09 Apr 2027 08:12:00 -0400",
        I,
        (2027, 4, 15, 10, 30, NY),
        ["Gloria Estrada", "Ken Ito"],
    ),
    V(
        "workable_dub",
        "dub",
        "Liffey Analytics <noreply@workablemail.com>",
        "Interview with Liffey Analytics for Analytics Engineer",
        "Hi Aoife,\n\nThanks for booking a time. Here are your interview details:\n\n"
        "Wednesday 21 April 2027\n15:00 - 15:45 Irish Standard Time (Europe/Dublin)\n"
        "Interviewers: Cathal Doyle, Niamh Kearney\nWhere: Google Meet (link in the calendar invite)\n\n"
        "Best of luck,\nLiffey Analytics Hiring Team\n",
        "Thu, 15 Apr 2027 17:01:00 +0100",
        I,
        (2027, 4, 21, 15, 0, DUB),
        ["Cathal Doyle", "Niamh Kearney"],
    ),
    V(
        "teamtailor_ber",
        "ber",
        "Nordlicht Games <no-reply@teamtailor-mail.com>",
        "Time to meet - Growth Marketer",
        "Hi Lena!\n\nYour interview for Growth Marketer has been scheduled.\n\n"
        "Date & time: 2027-04-19 13:00 - 13:45 (Europe/Berlin)\nParticipants: Jonas Eklund, Frida Lind\n"
        "Location: Video meeting - link in the invitation\n\nSee you then!\nNordlicht Games\n",
        "Tue, 13 Apr 2027 09:15:00 +0200",
        I,
        (2027, 4, 19, 13, 0, BER),
        ["Jonas Eklund", "Frida Lind"],
    ),
    V(
        "recruitee_syd",
        "syd",
        "Banksia Software <jobs@banksia.recruitee.com>",
        "Your interview is booked - Product Owner",
        "Dear Bronte,\n\nThank you for choosing a slot. Your video interview is booked for "
        "Tuesday 20 April at 9:30am AEST.\n\nYou'll be meeting Gemma Ross (Head of Product).\n\n"
        "Link: https://meet.google.com/qwe-rtyu-iop\n\nWarm regards,\nBanksia Software People Team\n",
        "Wed, 14 Apr 2027 15:40:00 +1000",
        I,
        (2027, 4, 20, 9, 30, SYD),
        ["Gemma Ross"],
    ),
    V(
        "bamboohr_call_syd",
        "syd",
        "Wattle Co <notifications@wattleco.bamboohr.com>",
        "Phone screen - Customer Success Coordinator",
        "Hi Bronte,\n\nThanks for your application for Customer Success Coordinator. I'd love to "
        "have a short phone chat.\n\nI'll ring you on the mobile number you gave us on Thursday 22 April "
        "at 3pm Sydney time; plan on 20 minutes.\n\nSpeak then,\nKirsty Aldous\nPeople & Culture Advisor\n"
        "Wattle Co\n",
        "Fri, 16 Apr 2027 11:22:00 +1000",
        I,
        (2027, 4, 22, 15, 0, SYD),
        ["Kirsty Aldous"],
    ),
    V(
        "personio_en_ber",
        "ber",
        "Rheinblick Energie <no-reply@personio.de>",
        "Interview invitation - Customer Success Lead",
        "Dear Lena Vogt,\n\nthank you for your application. We would like to get to know you.\n\n"
        "Appointment: 27.04.2027, 10:00 - 11:00 (CEST)\nLocation: Online (Microsoft Teams)\n"
        "Your contacts: Sabine Kranz (Head of Customer Success), Tobias Ruhl (Team Lead)\n\n"
        "Best regards\nRheinblick Energie GmbH\n",
        "Mon, 19 Apr 2027 10:05:00 +0200",
        I,
        (2027, 4, 27, 10, 0, BER),
        ["Sabine Kranz", "Tobias Ruhl"],
    ),
    V(
        "calendly_invitee_ber",
        "ber",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Hiring manager interview with Dirk Baumann on Wednesday, 21 April 2027",
        "Hi Lena Vogt,\n\nYour event is scheduled.\n\nWhat: Hiring manager interview (30 min)\n"
        "Who: Dirk Baumann (Spreewald Analytics)\n"
        "When: 2:30pm - 3:00pm, Wednesday, 21 April 2027 (Central European Time)\n"
        "Where: Microsoft Teams - details to follow\n\n"
        "Cancel: https://calendly.com/cancellations/2b1c\nReschedule: https://calendly.com/reschedulings/2b1c\n",
        "Thu, 15 Apr 2027 18:03:00 +0200",
        I,
        (2027, 4, 21, 14, 30, BER),
        ["Dirk Baumann"],
    ),
    V(
        "calendly_time_first_tor",
        "tor",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Technical interview with Priya Sundar",
        "Hi Claire Tremblay,\n\nA new event has been scheduled.\n\nEvent Type:\nTechnical interview (45 min)\n\n"
        "Invitee:\nClaire Tremblay\n\nEvent Date/Time:\n10:00am - 10:45am (Eastern Time - US & Canada) - "
        "Thursday, April 29, 2027\n\nHost:\nPriya Sundar (Maplegrid Systems)\n\nPowered by Calendly.com\n",
        "Fri, 23 Apr 2027 14:03:00 -0400",
        I,
        (2027, 4, 29, 10, 0, TOR),
        ["Priya Sundar"],
    ),
    V(
        "goodtime_reminder_chi",
        "chi",
        "Prairie Ridge Recruiting <scheduling@goodtime.io>",
        "Reminder: your Prairie Ridge interviews are tomorrow",
        "Hi Marcus,\n\nA quick reminder about tomorrow.\n\nRole: Supply Planner\nDate: Tuesday, April 20, 2027\n"
        "Time: 1:00 PM - 2:30 PM CDT\n\nAgenda\n1:00 PM  Ana Torres, Director of Planning\n"
        "1:45 PM  Glen Hoskins, Senior Planner\n\nJoin: https://prairieridge.zoom.example/j/55511122\n\n"
        "Sent via GoodTime on behalf of Prairie Ridge\n",
        "Mon, 19 Apr 2027 14:00:00 -0500",
        I,
        (2027, 4, 20, 13, 0, CHI),
        ["Ana Torres", "Glen Hoskins"],
    ),
    V(
        "goodtime_reminder_relative_den",
        "den",
        "Summit Ridge Talent <scheduling@goodtime.io>",
        "Reminder: interviews tomorrow",
        "Hi Luis,\n\nJust a reminder that your interviews with Summit Ridge are tomorrow, starting at "
        "9:30 AM (MDT).\n\n9:30 - 10:15  Rob Finch, Engineering Manager\n"
        "10:15 - 11:00  Keiko Abe, Staff Engineer\n\nGood luck!\nSent via GoodTime\n",
        "Wed, 14 Apr 2027 15:00:00 -0600",
        I,
        (2027, 4, 15, 9, 30, DEN),
        ["Rob Finch", "Keiko Abe"],
    ),
    V(
        "modernloop_agenda_tor",
        "tor",
        "Lakeshore Robotics <notifications@modernloop.io>",
        "Your onsite agenda - Lakeshore Robotics",
        "Hi Claire,\n\nHere is the plan for Monday, May 3, 2027 (Eastern Time):\n\n"
        "8:45 AM  Arrival and check-in, 20 Bay St lobby\n9:00 AM  Controls design - Nikhil Bhatt, Principal Engineer\n"
        "9:45 AM  Debugging exercise - Sara Kowal, Senior Engineer\n10:30 AM  Coffee with the team\n\n"
        "Sent via ModernLoop\n",
        "Tue, 27 Apr 2027 10:00:00 -0400",
        I,
        (2027, 5, 3, 9, 0, TOR),
        ["Nikhil Bhatt", "Sara Kowal"],
    ),
    V(
        "modernloop_moved_la",
        "la",
        "Pacifica Health Recruiting <notifications@modernloop.io>",
        "Your interview time has changed",
        "Hi Jenna,\n\nYour interview has a new time.\n\nWas: Tue Apr 27, 11:00 AM PDT\n"
        "Now: Wed Apr 28, 2:00 PM - 3:00 PM PDT\n\nWith: Owen Maddox (Director, Clinical Ops)\n\n"
        "Pacifica Health Recruiting\n",
        "Fri, 23 Apr 2027 11:11:00 -0700",
        I,
        (2027, 4, 28, 14, 0, LA),
        ["Owen Maddox"],
    ),
    V(
        "cronofy_kol",
        "kol",
        "Deccan Cloud Hiring <no-reply@cronofy.com>",
        "Your interview slot is booked",
        "Booking confirmed.\n\nPlatform Engineer interview - Deccan Cloud\n"
        "Tuesday 4 May 2027, 10:15 - 11:00 (Asia/Kolkata, GMT+5:30)\nWith: Kavya Iyer, Rahul Menon\n\n"
        "A calendar invitation has been sent to arjun.mehta@example.com.\n",
        "Wed, 28 Apr 2027 10:01:00 +0530",
        I,
        (2027, 5, 4, 10, 15, KOL),
        ["Kavya Iyer", "Rahul Menon"],
    ),
    V(
        "ycbm_panel_uk",
        "uk",
        "Thornbury College HR <noreply@youcanbook.me>",
        "Booking confirmed: Lab Technician interview, Wed 28 Apr 11:30",
        "Dear Callum Reid,\n\nThank you, your booking is confirmed.\n\nLab Technician - interview\n"
        "Wednesday 28 April 2027, 11:30 - 12:15 (Europe/London)\nScience Block, Room S1.04\n\n"
        "Interview panel: Dr Helen Marsh (Head of Science), Mr Tom Bright (Senior Technician)\n\n"
        "To change this booking use the link in your confirmation.\n",
        "Wed, 21 Apr 2027 10:05:00 +0100",
        I,
        (2027, 4, 28, 11, 30, LON),
        ["Helen Marsh", "Tom Bright"],
    ),
    V(
        "msbookings_jhb",
        "jhb",
        "Northgate Careers <bookings@northgate.example>",
        "Your booking with Northgate Careers is confirmed",
        "Hello Sipho Dlamini,\n\nThanks for booking with Northgate Careers.\n\n"
        "Service: Second-round interview - Financial Analyst\nStaff: Helen Achterberg\n"
        "Date and time: 29/04/2027 14:00 (UTC+02:00) Harare, Pretoria\nDuration: 1 hour\n"
        "Location: Teams meeting\n\nIf you need to reschedule, use Manage booking.\n\nPowered by Microsoft Bookings\n",
        "Thu, 22 Apr 2027 09:00:00 +0200",
        I,
        (2027, 4, 29, 14, 0, JHB),
        ["Helen Achterberg"],
    ),
    V(
        "calcom_chi",
        "chi",
        '"Cal.com" <hello@cal.com>',
        "Confirmed: Screening interview between Nikhil Rao and Marcus Hale @ 3:00pm - Monday 26 April 2027",
        "This meeting is scheduled\n\nWhat: Screening interview between Nikhil Rao and Marcus Hale\n"
        "When: Monday 26 April 2027 | 3:00pm - 3:30pm (America/Chicago)\n"
        "Who: Nikhil Rao - Organizer (nikhil@ferrolabs.example)\n     Marcus Hale (marcus.hale@example.com)\n"
        "Where: Cal Video\nDescription: First conversation about the Data Analyst opening at Ferro Labs.\n",
        "Tue, 20 Apr 2027 19:10:00 -0500",
        I,
        (2027, 4, 26, 15, 0, CHI),
        ["Nikhil Rao"],
    ),
    V(
        "hubspot_chi",
        "chi",
        "Sara Lindqvist <sara.lindqvist@quarrytech.example>",
        "Meeting booked: Interview - Solutions Consultant - Marcus / Sara",
        "You're booked with Sara Lindqvist\n\nInterview - Solutions Consultant - Marcus / Sara\n"
        "Tuesday, April 27, 2027\n11:00 AM - 11:45 AM (GMT-5) Central Time\n\n"
        "Sara will send a Zoom link before the call.\n\nReschedule | Cancel\n\nPowered by HubSpot\n",
        "Wed, 21 Apr 2027 12:01:00 -0500",
        I,
        (2027, 4, 27, 11, 0, CHI),
        ["Sara Lindqvist"],
    ),
    V(
        "lever_confirm_dub",
        "dub",
        "Corrib Energy <no-reply@hire.lever.co>",
        "Confirmed: your interview with Corrib Energy",
        "Hi Aoife,\n\nGood news, your interview is confirmed.\n\n"
        "- Role: Grid Analyst\n- When: Friday, 23 April 2027 at 11:00 (Dublin time)\n"
        "- Who: Eoin Gallagher (Grid Planning Manager) and Sinead Ward (Senior Analyst)\n"
        "- Where: Corrib Energy, Dock Road, Galway\n\nTalk soon,\nRachel, Corrib Energy Talent\n",
        "Fri, 16 Apr 2027 09:48:00 +0100",
        I,
        (2027, 4, 23, 11, 0, DUB),
        ["Eoin Gallagher", "Sinead Ward"],
    ),
    V(
        "smartr_es_mad",
        "mad",
        "Grupo Albero <noreply@smartrecruiters.com>",
        "Invitación a entrevista - Analista de Compras",
        "Hola Lucía:\n\nNos complace invitarte a una entrevista para el puesto de Analista de Compras.\n\n"
        "Fecha: jueves, 22 de abril de 2027\nHora: 10:30 (hora de Madrid)\n"
        "Entrevistadores: Marta Quesada (Jefa de Compras), Iker Salaberri (Comprador Senior)\n"
        "Lugar: Microsoft Teams\n\nUn saludo,\nEquipo de Selección de Grupo Albero\n",
        "Thu, 15 Apr 2027 09:00:00 +0200",
        I,
        (2027, 4, 22, 10, 30, MAD),
        ["Marta Quesada", "Iker Salaberri"],
    ),
    V(
        "teamtailor_fr_par",
        "par",
        "Maison Verlaine <no-reply@teamtailor-mail.com>",
        "Votre entretien est planifié - Chargée de communication",
        "Bonjour Margaux,\n\nVotre entretien pour le poste de Chargée de communication est planifié.\n\n"
        "Quand : mardi 27 avril 2027, 14h00 - 14h45 (Europe/Paris)\nAvec : Hélène Garnier, Julien Masson\n"
        "Où : visio, lien dans l'invitation\n\nÀ bientôt !\nMaison Verlaine\n",
        "Wed, 21 Apr 2027 12:15:00 +0200",
        I,
        (2027, 4, 27, 14, 0, PAR),
        ["Hélène Garnier", "Julien Masson"],
    ),
    V(
        "personio_de_ber",
        "ber",
        "Elbtal Logistik <no-reply@personio.de>",
        "Terminbestätigung: Ihr Vorstellungsgespräch",
        "Hallo Frau Vogt,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch als "
        "Disponentin.\n\nDatum: Donnerstag, 29.04.2027\nUhrzeit: 09:30 - 10:30 Uhr\n"
        "Ort: Elbtal Logistik, Hafenstraße 8, Hamburg\nGesprächspartner: Uwe Brandt (Niederlassungsleiter), "
        "Katrin Lohse (Personal)\n\nMit freundlichen Grüßen\nIhr Elbtal Logistik Recruiting-Team\n",
        "Wed, 21 Apr 2027 10:05:00 +0200",
        I,
        (2027, 4, 29, 9, 30, BER),
        ["Uwe Brandt", "Katrin Lohse"],
    ),
]

ATS_OTHER = [
    V(
        "gh_cancel_ny",
        "ny",
        "Harbourline Bank <no-reply@us.greenhouse-mail.io>",
        "Interview cancelled: Harbourline Bank - Risk Analyst",
        "Hi Maya,\n\nYour interview scheduled for Thursday, April 22 at 3:00 PM ET with Paul Vance has been "
        "cancelled. Your recruiter will be in touch about next steps.\n\nHarbourline Bank Talent Team\n",
        "Tue, 20 Apr 2027 10:02:00 -0400",
        C,
    ),
    V(
        "calendly_cancel_den",
        "den",
        "Calendly <notifications@calendly.com>",
        "Canceled: Intro interview with Hana Mori on Friday, April 23, 2027",
        "Hi Luis Carmona,\n\nHana Mori canceled the event below.\n\nEvent Type:\nIntro interview (30 min)\n\n"
        "Event Date/Time:\n1:00pm - 1:30pm (Mountain Time - US & Canada) - Friday, April 23, 2027\n\n"
        "Cancellation reason:\nThe role has been paused; sorry for the short notice.\n",
        "Wed, 21 Apr 2027 08:00:00 -0600",
        C,
    ),
    V(
        "workday_cancel_sgp",
        "sgp",
        "Meranti Logistics <meranti@myworkday.com>",
        "Interview Cancelled - Procurement Analyst (R-31205)",
        "Dear Tan Wei Ling,\n\nThe interview for Procurement Analyst (R-31205) on 2027-04-20 at 09:30 "
        "(GMT+08:00) has been cancelled. The recruiter will contact you with further details.\n\n"
        "This mailbox is not monitored.\n",
        "Fri, 16 Apr 2027 11:00:00 +0800",
        C,
    ),
    V(
        "bookings_cancel_jhb",
        "jhb",
        "Northgate Careers <bookings@northgate.example>",
        "Your booking has been cancelled",
        "Hello Sipho Dlamini,\n\nYour appointment with Northgate Careers has been cancelled.\n\n"
        "Service: Second-round interview - Financial Analyst\nDate and time: 29/04/2027 14:00\n\n"
        "Book again at any time from our booking page.\n\nPowered by Microsoft Bookings\n",
        "Mon, 26 Apr 2027 09:00:00 +0200",
        C,
    ),
    V(
        "gh_availability_la",
        "la",
        "Tallis Freight <no-reply@greenhouse.io>",
        "Tallis Freight - when are you available?",
        "Hi Jenna,\n\nThe team would like to move you forward to a 45-minute video interview for Senior Data "
        "Engineer. Please use the link below to tell us which times work for you over the next week.\n\n"
        "https://app.greenhouse.io/availability/abc123\n\nThanks,\nHattie\n",
        "Wed, 31 Mar 2027 16:20:00 -0700",
        S,
    ),
    V(
        "goodtime_pick_uk",
        "uk",
        "Kestrel Dynamics <scheduling@goodtime.io>",
        "Choose times for your onsite",
        "Hi Callum,\n\nPlease pick the times that suit you for your onsite at Kestrel Dynamics. We'll "
        "confirm one of them within a day.\n\nhttps://candidate.goodtime.io/pick/f00d\n\nSent via GoodTime\n",
        "Mon, 05 Apr 2027 09:00:00 +0100",
        S,
    ),
    V(
        "lever_availability_tor",
        "tor",
        "Maplegrid Systems <no-reply@hire.lever.co>",
        "Next interview for Maplegrid Systems - your availability",
        "Hi Claire,\n\nWe'd like to set up your next conversation with the engineering team. Could you let us "
        "know your availability for the week of April 26 using this link?\n\n"
        "https://hire.lever.co/availability/9f9f\n\nBest,\nMaplegrid Recruiting\n",
        "Thu, 22 Apr 2027 11:00:00 -0400",
        S,
    ),
    V(
        "calendly_link_syd",
        "syd",
        "Ned Carver <ned@banksiasoftware.example>",
        "Product Owner role - grab a time?",
        "Hi Bronte,\n\nThanks for applying for the Product Owner role. I'd like a 20-minute chat to learn a bit "
        "more about you. Please grab a time that suits on my calendar: https://calendly.com/ned-carver/20min\n\n"
        "Cheers,\nNed\nTalent Partner, Banksia Software\n",
        "Mon, 12 Apr 2027 10:00:00 +1000",
        S,
    ),
    V(
        "ashby_selfschedule_akl",
        "akl",
        "Kauri Freight <no-reply@ashbyhq.com>",
        "Schedule your interview with Kauri Freight",
        "Kia ora Tane,\n\nPlease choose a time for your Operations Manager interview using the link below. "
        "Slots are shown in your local time.\n\nhttps://jobs.ashbyhq.com/kauri/schedule/77aa\n\nPowered by Ashby\n",
        "Mon, 19 Apr 2027 13:20:00 +1200",
        S,
    ),
    V(
        "workday_task_chi",
        "chi",
        "Lakeview Mutual <lakeviewmutual@myworkday.com>",
        "Action Required: Schedule Your Interview - Claims Analyst",
        "Dear Marcus Hale,\n\nYou have a new task in your candidate home: Schedule Interview for Claims "
        "Analyst (R-77310). Please select one of the available interview times by April 16.\n\n"
        "Sign in: https://wd5.myworkday.com/lakeview/d/home.htmld\n",
        "Mon, 12 Apr 2027 09:30:00 -0500",
        S,
    ),
    V(
        "modernloop_avail_kol",
        "kol",
        "Deccan Cloud Hiring <notifications@modernloop.io>",
        "Action needed: share your availability",
        "Hi Arjun,\n\nTo schedule your Platform Engineer interviews, please share when you're free over "
        "the next two weeks: https://app.modernloop.io/availability/55ee\n\nDeccan Cloud Hiring\n",
        "Mon, 19 Apr 2027 10:01:00 +0530",
        S,
    ),
]

# --- 4. Relative dates against the Date header, and reschedules giving a new time ----------

RELATIVE = [
    V(
        "rel_push_weekday_ny",
        "ny",
        "Karen Wu <karen.wu@ledgerline.example>",
        "Interview - small change",
        "Hi Maya,\n\nSorry for the shuffle: we need to move your interview with me from Wednesday to "
        "Thursday, same time (2pm ET). The Zoom link stays the same.\n\nThanks,\nKaren Wu\nHiring Manager, Ledgerline\n",
        "Mon, 19 Apr 2027 09:10:00 -0400",
        I,
        (2027, 4, 22, 14, 0, NY),
        ["Karen Wu"],
    ),
    V(
        "rel_tomorrow_now_at_ber",
        "ber",
        "Svenja Ott <svenja.ott@havelpay.example>",
        "Change of time for tomorrow",
        "Hi Lena,\n\ntomorrow's interview with our CTO, Ivo Petrov, is now at 4:30pm instead of 11am. "
        "Same Teams link.\n\nBest,\nSvenja\nTalent Acquisition, Havel Pay\n",
        "Thu, 15 Apr 2027 17:00:00 +0200",
        I,
        (2027, 4, 16, 16, 30, BER),
        ["Ivo Petrov"],
    ),
    V(
        "rel_next_tuesday_den",
        "den",
        "Priya Desai <priya.desai@alpinecode.example>",
        "Technical interview moved",
        "Hi Luis,\n\nHeads up: Dana Kim had a clash, so your technical interview moves to next Tuesday at "
        "10am (it was this Friday). Same Zoom room.\n\nPriya Desai\nRecruiter, Alpine Code\n",
        "Wed, 14 Apr 2027 12:00:00 -0600",
        I,
        (2027, 4, 20, 10, 0, DEN),
        ["Dana Kim"],
    ),
    V(
        "rel_this_thursday_chi",
        "chi",
        "Bill Ng <bill.ng@ironprairie.example>",
        "Confirming Thursday",
        "Marcus,\n\nConfirming your interview this Thursday at 2:15pm with Tess Harlan and me at our Wacker "
        "Drive office. Bring a copy of your portfolio.\n\nBill Ng\nDirector of Engineering, Iron Prairie\n",
        "Mon, 12 Apr 2027 16:30:00 -0500",
        I,
        (2027, 4, 15, 14, 15, CHI),
        ["Bill Ng", "Tess Harlan"],
    ),
    V(
        "rel_tomorrow_at_10_uk",
        "uk",
        "Ruth Mensah <ruth.mensah@quaysidehealth.example>",
        "See you tomorrow",
        "Hi Callum,\n\nJust confirming we'll see you tomorrow at 10 for your interview at 4 Quay Street. "
        "You'll be meeting me and Dev Patel, our Finance Director.\n\nRuth Mensah\nHead of Finance Operations\n",
        "Tue, 13 Apr 2027 15:45:00 +0100",
        I,
        (2027, 4, 14, 10, 0, LON),
        ["Ruth Mensah", "Dev Patel"],
    ),
    V(
        "rel_moved_numeric_ny",
        "ny",
        "Talia Brooks <talia.brooks@meridianfoods.example>",
        "Re: Interview - Category Manager",
        "Hi Maya,\n\nYour interview with Sam Ortega has been moved to 04/23 at 1:30 PM ET. Everything else "
        "stays as it was.\n\nTalia\nRecruiting, Meridian Foods\n",
        "Tue, 20 Apr 2027 10:00:00 -0400",
        I,
        (2027, 4, 23, 13, 30, NY),
        ["Sam Ortega"],
    ),
    V(
        "rel_tomorrow_afternoon_syd",
        "syd",
        "Jack Moreau <jack.moreau@coastalgrid.example>",
        "Tomorrow",
        "Hi Bronte,\n\nThanks for making time at short notice. Locking in tomorrow at 2:30pm for the "
        "interview, here at Level 9, 60 Martin Place. I'll be there with Mei Chen from our data team.\n\n"
        "Jack Moreau\nEngineering Manager, Coastal Grid\n",
        "Sun, 18 Apr 2027 19:00:00 +1000",
        I,
        (2027, 4, 19, 14, 30, SYD),
        ["Jack Moreau", "Mei Chen"],
    ),
    V(
        "rel_monday_after_weekend_akl",
        "akl",
        "Hemi Parata <hemi@kowhaitech.example>",
        "Monday interview",
        "Kia ora Tane,\n\nGreat to chat on Friday. We've booked your interview for Monday at 11am at our "
        "Ponsonby office. You'll meet Kiri Walker (Head of Product) and me.\n\nNgā mihi,\nHemi Parata\nCTO, Kowhai Tech\n",
        "Sat, 17 Apr 2027 09:00:00 +1200",
        I,
        (2027, 4, 19, 11, 0, AKL),
        ["Hemi Parata", "Kiri Walker"],
    ),
    V(
        "rel_de_kommenden_donnerstag",
        "ber",
        "Markus Feld <markus.feld@spreeguss.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Frau Vogt,\n\nwie telefonisch besprochen sehen wir uns am kommenden Donnerstag um 14 Uhr zum "
        "Vorstellungsgespräch bei uns in der Köpenicker Straße 12. Dabei sind Frau Dr. Kerstin Maier "
        "(Bereichsleitung) und ich.\n\nViele Grüße\nMarkus Feld\nPersonalreferent, Spreeguss GmbH\n",
        "Mon, 19 Apr 2027 11:00:00 +0200",
        I,
        (2027, 4, 22, 14, 0, BER),
        ["Kerstin Maier", "Markus Feld"],
    ),
    V(
        "rel_es_manana",
        "mad",
        "Carlos Peña <carlos.pena@olivatech.example>",
        "Entrevista mañana",
        "Hola Lucía:\n\nTe confirmo la entrevista de mañana a las 12:00 en nuestra oficina de la calle "
        "Alcalá 120. Te atenderemos Nuria Pardo, directora de producto, y yo.\n\nUn saludo,\nCarlos Peña\n"
        "Responsable de Selección, Oliva Tech\n",
        "Wed, 21 Apr 2027 18:00:00 +0200",
        I,
        (2027, 4, 22, 12, 0, MAD),
        ["Carlos Peña", "Nuria Pardo"],
    ),
    V(
        "rel_fr_decale",
        "par",
        "Claire Dubois <claire.dubois@lumenbank.example>",
        "Entretien décalé",
        "Bonjour Margaux,\n\nNotre entretien de jeudi est décalé à vendredi 23 avril à 10h, même lien "
        "Teams. Vous échangerez avec Paul Renaud, directeur financier.\n\nBien à vous,\nClaire Dubois\n"
        "Chargée de recrutement, Lumen Bank\n",
        "Mon, 19 Apr 2027 09:30:00 +0200",
        I,
        (2027, 4, 23, 10, 0, PAR),
        ["Paul Renaud"],
    ),
    V(
        "rel_reschedule_new_day_tor",
        "tor",
        "Nadia Roy <nadia.roy@borealmetrics.example>",
        "Rescheduling our interview",
        "Hi Claire,\n\nOur VP, Olivier Gagnon, is travelling on Wednesday, so we've rebooked your final "
        "interview for Friday, April 30 at 3:00 p.m. instead. Same video link as before.\n\n"
        "Nadia Roy\nTalent Partner, Boreal Metrics\n",
        "Mon, 26 Apr 2027 10:00:00 -0400",
        I,
        (2027, 4, 30, 15, 0, TOR),
        ["Olivier Gagnon"],
    ),
    V(
        "rel_same_day_later_sgp",
        "sgp",
        "Grace Koh <grace.koh@straitsbio.example>",
        "Later start today",
        "Hi Wei Ling,\n\nOur interviewer Dr Ang Kok Wee is held up in a meeting, so today's interview will "
        "start at 4pm rather than 2pm. Apologies for the late change.\n\nGrace Koh\nHR Business Partner, Straits Bio\n",
        "Thu, 22 Apr 2027 10:00:00 +0800",
        I,
        (2027, 4, 22, 16, 0, SGP),
        ["Ang Kok Wee"],
    ),
    V(
        "rel_next_week_monday_kol",
        "kol",
        "Sneha Kulkarni <sneha.k@indusledger.example>",
        "Interview confirmed for Monday",
        "Dear Arjun,\n\nThank you for confirming. Your interview is fixed for next Monday at 11:30 AM IST "
        "with Vikram Shah (Head of Engineering). The Google Meet link is below.\n\n"
        "https://meet.google.com/abc-defg-xyz\n\nRegards,\nSneha Kulkarni\nHR, Indus Ledger\n",
        "Thu, 22 Apr 2027 17:00:00 +0530",
        I,
        (2027, 4, 26, 11, 30, KOL),
        ["Vikram Shah"],
    ),
]

RELATIVE_OTHER = [
    V(
        "rel_cancel_tomorrow_uk",
        "uk",
        "Ruth Mensah <ruth.mensah@quaysidehealth.example>",
        "Tomorrow's interview",
        "Hi Callum,\n\nI'm afraid we have to cancel tomorrow's interview: the role has been put on hold "
        "while the budget is reviewed. I'm sorry for the late notice.\n\nRuth Mensah\n",
        "Tue, 13 Apr 2027 15:45:00 +0100",
        C,
    ),
    V(
        "rel_need_new_times_den",
        "den",
        "Priya Desai <priya.desai@alpinecode.example>",
        "Need to move Friday's interview",
        "Hi Luis,\n\nDana can't make Friday any more. Could you send me two or three times that work for "
        "you next week? Mornings are best on our side.\n\nPriya\n",
        "Wed, 14 Apr 2027 12:00:00 -0600",
        S,
    ),
]

# --- 2. Webmail calendar invitations and their plain-text notices --------------------------

_APPLE = "-//Apple Inc.//iCloud 2.0//EN"
_YAHOO = "-//Yahoo//Calendar//EN"
_ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
_FASTMAIL = "-//Fastmail/2020.5/EN"
_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

WEBMAIL = [
    V(
        "icloud_founder_uk",
        "uk",
        "Ollie Grant <ollie.grant@icloud.com>",
        "Invitation: Interview - Operations Lead (Callum Reid) @ Thu 22 Apr 2027 10:00 - 10:45 (BST)",
        'Ollie Grant has invited you to "Interview - Operations Lead (Callum Reid)".\n\n'
        "Thursday 22 April 2027 10:00 - 10:45 (BST)\nLocation: Fernhill Roasters, 3 Canal Yard, Bristol\n\n"
        "Accept | Decline | Maybe\n",
        "Fri, 16 Apr 2027 20:12:00 +0100",
        I,
        (2027, 4, 22, 10, 0, LON),
        ["Ollie Grant"],
        ics=cal(
            summary="Interview - Operations Lead (Callum Reid)",
            dtstart="DTSTART;TZID=Europe/London:20270422T100000",
            dtend="DTEND;TZID=Europe/London:20270422T104500",
            organizer=("Ollie Grant", "ollie.grant@icloud.com"),
            attendees=[("Callum Reid", "callum.reid@example.com")],
            location="Fernhill Roasters, 3 Canal Yard, Bristol",
            prodid=_APPLE,
        ),
    ),
    V(
        "icloud_notice_text_ber",
        "ber",
        "Jana Roth <jana.roth@icloud.com>",
        "Invitation: Second interview - Lena Vogt",
        "Jana Roth has invited you to an event.\n\nSecond interview - Lena Vogt\n"
        "Thursday, 22 April 2027, 14:00 - 15:00 Europe/Berlin\nLocation: Atelier Roth, Torstraße 44, Berlin\n\n"
        "Notes: Second interview for the Studio Manager role with Jana Roth and Piet Sander.\n",
        "Fri, 16 Apr 2027 20:12:00 +0200",
        I,
        (2027, 4, 22, 14, 0, BER),
        ["Jana Roth", "Piet Sander"],
    ),
    V(
        "yahoo_invite_la",
        "la",
        "Doug Ferris <doug.ferris.pcs@yahoo.com>",
        "Invitation: Interview - Store Manager @ Wed Apr 21, 2027 9am - 10am (PDT)",
        "Jenna,\n\nSending an invite for the in-person interview at the Glendale store. Ask for me at the "
        "counter. My assistant manager Rosa Quintero will sit in.\n\nDoug Ferris\nOwner, Pacific Cycle Shop\n\n"
        "Sent from Yahoo Mail\n",
        "Thu, 15 Apr 2027 19:55:00 -0700",
        I,
        (2027, 4, 21, 9, 0, LA),
        ["Doug Ferris", "Rosa Quintero"],
        ics=cal(
            summary="Interview - Store Manager",
            dtstart="DTSTART;TZID=America/Los_Angeles:20270421T090000",
            dtend="DTEND;TZID=America/Los_Angeles:20270421T100000",
            organizer=("Doug Ferris", "doug.ferris.pcs@yahoo.com"),
            attendees=[("Jenna Park", "jenna.park@example.net")],
            prodid=_YAHOO,
        ),
    ),
    V(
        "yahoo_notice_text_den",
        "den",
        "Yahoo Calendar <calendar-invite@yahoo.com>",
        "Invitation from Gary Stone: Interview with Luis Carmona",
        "Gary Stone (gary.stone.ranch@yahoo.com) has invited you.\n\nEvent: Interview with Luis Carmona\n"
        "When: Friday, April 23, 2027 8:00 AM - 9:00 AM MDT\nWhere: Stone Ridge Ranch office, Hwy 287, Loveland\n"
        "Notes: Ranch hand position. Meet me at the barn office.\n\nRespond: Yes - No - Maybe\n",
        "Mon, 19 Apr 2027 18:00:00 -0600",
        I,
        (2027, 4, 23, 8, 0, DEN),
        ["Gary Stone"],
    ),
    V(
        "zoho_invite_kol",
        "kol",
        "Kavya Iyer <kavya@deccancloud.example>",
        "Invitation: Technical interview - Arjun Mehta - Platform Engineer",
        "Hi Arjun,\n\nPlease find the invitation for your technical interview with Rahul Menon and me.\n\n"
        "Regards,\nKavya Iyer\nEngineering Manager, Deccan Cloud\n",
        "Wed, 28 Apr 2027 10:01:00 +0530",
        I,
        (2027, 5, 4, 10, 15, KOL),
        ["Kavya Iyer", "Rahul Menon"],
        ics=cal(
            summary="Technical interview - Arjun Mehta - Platform Engineer",
            dtstart="DTSTART;TZID=Asia/Kolkata:20270504T101500",
            dtend="DTEND;TZID=Asia/Kolkata:20270504T110000",
            organizer=("Kavya Iyer", "kavya@deccancloud.example"),
            attendees=[
                ("Rahul Menon", "rahul@deccancloud.example"),
                ("Arjun Mehta", "arjun.mehta@example.com"),
            ],
            prodid=_ZOHO,
        ),
    ),
    V(
        "zoho_notice_text_sgp",
        "sgp",
        "Zoho Calendar <noreply@zohocalendar.com>",
        "Event invitation: Interview - Finance Associate",
        "Nur Aisyah has invited you to an event.\n\nTitle : Interview - Finance Associate\n"
        "Date : 28-Apr-2027\nTime : 03:00 PM - 04:00 PM (Asia/Singapore)\nLocation : Straits Bio, 1 Fusionopolis Way\n"
        "Description : Interview for the Finance Associate role with Nur Aisyah (Finance Manager).\n\n"
        "Accept | Decline | Maybe\n",
        "Wed, 21 Apr 2027 10:00:00 +0800",
        I,
        (2027, 4, 28, 15, 0, SGP),
        ["Nur Aisyah"],
    ),
    V(
        "fastmail_invite_syd",
        "syd",
        "Ned Carver <ned@banksiasoftware.example>",
        "Invitation: Product Owner - second round",
        "Hi Bronte, here's the invite for the second round with Gemma and Tom.\n\nNed\n",
        "Thu, 22 Apr 2027 10:00:00 +1000",
        I,
        (2027, 4, 28, 13, 0, SYD),
        ["Gemma Ross", "Tom Avery"],
        ics=cal(
            summary="Product Owner - second round",
            dtstart="DTSTART;TZID=Australia/Sydney:20270428T130000",
            dtend="DTEND;TZID=Australia/Sydney:20270428T140000",
            organizer=("Ned Carver", "ned@banksiasoftware.example"),
            attendees=[
                ("Gemma Ross", "gemma@banksiasoftware.example"),
                ("Tom Avery", "tom@banksiasoftware.example"),
                ("Bronte Hale", "bronte.hale@example.com"),
            ],
            description="Second-round interview for the Product Owner role with Gemma Ross (Head of Product) "
            "and Tom Avery (Delivery Lead).",
            prodid=_FASTMAIL,
        ),
    ),
    V(
        "outlookcom_invite_dub",
        "dub",
        "Cathal Doyle <cathal.doyle@outlook.com>",
        "Interview: Bookkeeper - Aoife Byrne",
        "Hi Aoife,\n\nAs discussed on the phone, here is the invite for the interview at our office.\n\n"
        "Cathal Doyle\nDoyle & Kearney Accountants\n",
        "Fri, 16 Apr 2027 17:01:00 +0100",
        I,
        (2027, 4, 21, 11, 0, DUB),
        ["Cathal Doyle"],
        ics=cal(
            summary="Interview: Bookkeeper - Aoife Byrne",
            dtstart="DTSTART;TZID=GMT Standard Time:20270421T110000",
            dtend="DTEND;TZID=GMT Standard Time:20270421T120000",
            organizer=("Cathal Doyle", "cathal.doyle@outlook.com"),
            attendees=[("Aoife Byrne", "aoife.byrne@example.org")],
            prodid=_OUTLOOK,
            vtimezone="""BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
        ),
    ),
    V(
        "outlookcom_when_text_uk",
        "uk",
        "Priya Sharma <priya.sharma1988@outlook.com>",
        "Interview - Practice Manager",
        "Priya Sharma has invited you to a meeting.\n\nInterview - Practice Manager\n"
        "When: Tuesday, 27 April 2027 14:30-15:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
        "Where: Greenway Dental, 18 High Street, Reading\n\nHi Callum, looking forward to meeting you. "
        "Our lead dentist Dr Amir Haddad will join me.\n\nPriya Sharma\nOwner, Greenway Dental\n",
        "Tue, 20 Apr 2027 09:00:00 +0100",
        I,
        (2027, 4, 27, 14, 30, LON),
        ["Priya Sharma", "Amir Haddad"],
    ),
]

# --- 3. All-day events, series and one instance, forwards and quoted invitations -----------

SERIES = [
    V(
        "allday_assessment_centre_uk",
        "uk",
        "Graduate Recruitment <graduates@thamesrail.example>",
        "Invitation: Assessment centre - Graduate Engineer",
        "Dear Callum,\n\nYou are invited to our assessment centre for the Graduate Engineer scheme. The day "
        "starts at 9:00am with a welcome talk and ends around 4pm. Interviews are with members of our "
        "engineering leadership.\n\nThames Rail Graduate Recruitment\n",
        "Mon, 12 Apr 2027 09:00:00 +0100",
        I,
        (2027, 4, 22, 9, 0, LON),
        [],
        ics=cal(
            summary="Assessment centre - Graduate Engineer",
            dtstart="DTSTART;VALUE=DATE:20270422",
            dtend="DTEND;VALUE=DATE:20270423",
            organizer=("Graduate Recruitment", "graduates@thamesrail.example"),
            attendees=[("Callum Reid", "callum.reid@example.com")],
            description="Assessment centre for the Graduate Engineer scheme. Starts at 9:00am.",
            prodid=_OUTLOOK,
        ),
    ),
    V(
        "instance_moved_two_part_ny",
        "ny",
        "Karen Wu <karen.wu@ledgerline.example>",
        "Updated invitation: Case interview (part 2) - Maya Okafor",
        "This event has been changed.\n\nCase interview (part 2) - Maya Okafor\n"
        "Thursday Apr 22, 2027 2pm - 3pm (EDT)\n\nThe second part moves by one day; part 1 is unchanged.\n",
        "Mon, 19 Apr 2027 09:10:00 -0400",
        I,
        (2027, 4, 22, 14, 0, NY),
        ["Karen Wu"],
        ics=cal(
            summary="Case interview (part 2) - Maya Okafor",
            dtstart="DTSTART;TZID=America/New_York:20270422T140000",
            dtend="DTEND;TZID=America/New_York:20270422T150000",
            organizer=("Karen Wu", "karen.wu@ledgerline.example"),
            attendees=[("Maya Okafor", "maya.okafor@example.com")],
            description="Case interview for the Strategy Associate role with Karen Wu.",
            prodid=_GOOGLE,
            extra="RECURRENCE-ID;TZID=America/New_York:20270421T140000",
            sequence=1,
        ),
    ),
    V(
        "series_two_days_den",
        "den",
        "Priya Desai <priya.desai@alpinecode.example>",
        "Invitation: Alpine Code onsite - Luis Carmona (2 days)",
        "Hi Luis, the onsite runs over two mornings. Day one is with Dana Kim, day two with Ross Avila.\n",
        "Wed, 14 Apr 2027 12:00:00 -0600",
        I,
        (2027, 4, 20, 9, 0, DEN),
        ["Dana Kim", "Ross Avila"],
        ics=cal(
            summary="Alpine Code onsite interview - Luis Carmona",
            dtstart="DTSTART;TZID=America/Denver:20270420T090000",
            dtend="DTEND;TZID=America/Denver:20270420T120000",
            organizer=("Priya Desai", "priya.desai@alpinecode.example"),
            attendees=[
                ("Dana Kim", "dana.kim@alpinecode.example"),
                ("Ross Avila", "ross.avila@alpinecode.example"),
                ("Luis Carmona", "luis.carmona@example.org"),
            ],
            description="Onsite interview for Senior Backend Engineer. Day one with Dana Kim, day two with Ross Avila.",
            prodid=_GOOGLE,
            extra="RRULE:FREQ=DAILY;COUNT=2",
        ),
    ),
    V(
        "fwd_self_text_chi",
        "chi",
        "Marcus Hale <marcus.hale@example.com>",
        "Fwd: Invitation: Interview - Supply Planner @ Tue Apr 20, 2027 1pm - 2pm (CDT)",
        "\n\n---------- Forwarded message ---------\nFrom: Ana Torres <ana.torres@prairieridge.example>\n"
        "Date: Fri, Apr 16, 2027 at 3:12 PM\nSubject: Invitation: Interview - Supply Planner @ Tue Apr 20, 2027 "
        "1pm - 2pm (CDT)\nTo: <marcus.hale@gmail.example>\n\n"
        "Interview - Supply Planner\nTuesday Apr 20, 2027 - 1pm - 2pm (Central Time - Chicago)\n"
        "Joining info: meet.google.com/ppr-tyui-opq\n\nOrganizer: Ana Torres\n"
        "Guests: Ana Torres, Glen Hoskins, marcus.hale@gmail.example\n\n"
        "Interview for the Supply Planner role with Ana Torres and Glen Hoskins.\n",
        "Fri, 16 Apr 2027 15:20:00 -0500",
        I,
        (2027, 4, 20, 13, 0, CHI),
        ["Ana Torres", "Glen Hoskins"],
    ),
    V(
        "fwd_assistant_ny",
        "ny",
        "Jordan Lee <jordan.lee@okaforconsulting.example>",
        "FW: Interview confirmation - Harbourline Bank",
        "Hi Maya,\n\nForwarding the confirmation that came to the shared inbox. They have you down for "
        "Monday; I've blocked your calendar.\n\nJordan\nExecutive Assistant\n\n"
        "-----Original Message-----\nFrom: Paige Kerr <paige.kerr@harbourline.example>\n"
        "Sent: Wednesday, April 14, 2027 10:02 AM\nTo: Okafor Consulting <info@okaforconsulting.example>\n"
        "Subject: Interview confirmation - Harbourline Bank\n\nDear Maya,\n\nThis confirms your interview for the "
        "Head of Risk role on Monday, April 19, 2027 at 1:30 PM Eastern with Denise Albright (CRO).\n\n"
        "Paige Kerr\nTalent Team, Harbourline Bank\n",
        "Wed, 14 Apr 2027 11:00:00 -0400",
        I,
        (2027, 4, 19, 13, 30, NY),
        ["Denise Albright"],
    ),
    V(
        "fwd_coach_uk",
        "uk",
        "Helen Marsh <helen@marshcareers.example>",
        "Fwd: Invitation: Kestrel Dynamics - Callum Reid - Technical Screen",
        "Callum - this landed with me because you gave them my address as a referee contact. Forwarding so "
        "you have it. Good luck on Thursday!\n\nHelen\nCareer Coach\n\n"
        "Begin forwarded message:\n\nFrom: Maren Holt <maren.holt@kestreldynamics.example>\n"
        "Subject: Invitation: Kestrel Dynamics - Callum Reid - Technical Screen\n"
        "Date: 9 April 2027 at 12:10:00 BST\n\n"
        "Kestrel Dynamics - Callum Reid - Technical Screen\nThursday 15 April 2027 - 14:00 - 14:45 (British Summer Time)\n"
        "Technical interview for the Platform Engineer role with Maren Holt.\n",
        "Fri, 09 Apr 2027 18:00:00 +0100",
        I,
        (2027, 4, 15, 14, 0, LON),
        ["Maren Holt"],
    ),
    V(
        "fwd_self_with_ics_tor",
        "tor",
        "Claire Tremblay <claire.tremblay@example.net>",
        "Fwd: Invitation: Boreal Metrics final interview",
        "Forwarding to my personal address.\n\n---------- Forwarded message ---------\n"
        "From: Nadia Roy <nadia.roy@borealmetrics.example>\nSubject: Invitation: Boreal Metrics final interview\n\n"
        "Final interview with Olivier Gagnon (VP Analytics).\n",
        "Mon, 26 Apr 2027 10:10:00 -0400",
        I,
        (2027, 4, 30, 15, 0, TOR),
        ["Olivier Gagnon"],
        ics=cal(
            summary="Boreal Metrics final interview",
            dtstart="DTSTART;TZID=America/Toronto:20270430T150000",
            dtend="DTEND;TZID=America/Toronto:20270430T160000",
            organizer=("Nadia Roy", "nadia.roy@borealmetrics.example"),
            attendees=[
                ("Olivier Gagnon", "olivier.gagnon@borealmetrics.example"),
                ("Claire Tremblay", "claire.tremblay@work.example"),
            ],
            description="Final interview with Olivier Gagnon (VP Analytics).",
            prodid=_GOOGLE,
        ),
    ),
    V(
        "quoted_invite_reply_syd",
        "syd",
        "Jack Moreau <jack.moreau@coastalgrid.example>",
        "Re: Invitation: Coastal Grid interview - Bronte Hale @ Wed 21 Apr 2027 2:30pm - 3:30pm (AEST)",
        "Hi Bronte,\n\nYes, the address in the invite is right: Level 9, 60 Martin Place. Mei will meet you "
        "in the lobby.\n\nJack\n\nOn Mon, 19 Apr 2027 at 10:00, Bronte Hale <bronte.hale@example.com> wrote:\n"
        "> Hi Jack, is the address in the invite correct?\n>\n"
        "> On Fri, 16 Apr 2027, Jack Moreau wrote:\n"
        ">> Coastal Grid interview - Bronte Hale\n>> Wednesday 21 Apr 2027 2:30pm - 3:30pm (Australian Eastern Time - Sydney)\n"
        ">> Interview for the Data Engineer role with Jack Moreau and Mei Chen.\n",
        "Mon, 19 Apr 2027 10:30:00 +1000",
        I,
        (2027, 4, 21, 14, 30, SYD),
        ["Jack Moreau", "Mei Chen"],
    ),
    V(
        "quoted_outlook_when_reply_chi",
        "chi",
        "Tess Harlan <tess.harlan@ironprairie.example>",
        "RE: Interview - Senior Developer",
        "Marcus,\n\nParking is in the garage on Lake St; we'll validate. See you Thursday.\n\nTess\n\n"
        "From: Marcus Hale <marcus.hale@example.com>\nSent: Monday, April 12, 2027 5:02 PM\n"
        "To: Tess Harlan <tess.harlan@ironprairie.example>\nSubject: RE: Interview - Senior Developer\n\n"
        "Hi Tess, is there parking nearby?\n\n-----Original Appointment-----\nFrom: Tess Harlan\n"
        "When: Thursday, April 15, 2027 2:15 PM-3:30 PM (UTC-06:00) Central Time (US & Canada).\n"
        "Where: Iron Prairie, 233 S Wacker Dr\n\nInterview with Tess Harlan and Bill Ng for the Senior Developer role.\n",
        "Tue, 13 Apr 2027 08:30:00 -0500",
        I,
        (2027, 4, 15, 14, 15, CHI),
        ["Tess Harlan", "Bill Ng"],
    ),
    V(
        "gcal_cancel_instance_la",
        "la",
        "Owen Maddox <owen.maddox@pacificahealth.example>",
        "Canceled event: Pacifica Health interview - Jenna Park @ Tue Apr 27, 2027 11am - 12pm (PDT)",
        "This event has been canceled and removed from your calendar.\n\nPacifica Health interview - Jenna Park\n",
        "Fri, 23 Apr 2027 11:00:00 -0700",
        C,
        (2027, 4, 27, 11, 0, LA),
        ics=cal(
            summary="Pacifica Health interview - Jenna Park",
            dtstart="DTSTART;TZID=America/Los_Angeles:20270427T110000",
            dtend="DTEND;TZID=America/Los_Angeles:20270427T120000",
            organizer=("Owen Maddox", "owen.maddox@pacificahealth.example"),
            attendees=[("Jenna Park", "jenna.park@example.net")],
            method="CANCEL",
            status="CANCELLED",
            sequence=2,
            prodid=_GOOGLE,
        ),
        method="CANCEL",
    ),
]

# --- Traps in the same areas: none of these is an interview --------------------------------

_TRAP = Kind.OTHER
TRAPS = [
    V(
        "trap_allday_prep_block",
        "uk",
        "Callum Reid <callum.reid@example.com>",
        "Interview prep",
        "Interview prep\n\nBlock the day: practise case questions, reread the Kestrel notes.\n",
        "Mon, 12 Apr 2027 08:00:00 +0100",
        _TRAP,
        ics=cal(
            summary="Interview prep",
            dtstart="DTSTART;VALUE=DATE:20270414",
            dtend="DTEND;VALUE=DATE:20270415",
            organizer=("Callum Reid", "callum.reid@example.com"),
            description="Practise case questions, reread the Kestrel notes.",
            method="PUBLISH",
            prodid=_APPLE,
        ),
        method="PUBLISH",
    ),
    V(
        "trap_recurring_standup",
        "ny",
        "Derek Shaw <derek.shaw@currentjob.example>",
        "Invitation: Team standup @ Weekly from 9:15am to 9:30am on weekdays (EDT)",
        "Daily standup for the analytics team. Same link every day.\n",
        "Mon, 12 Apr 2027 08:00:00 -0400",
        _TRAP,
        ics=cal(
            summary="Team standup",
            dtstart="DTSTART;TZID=America/New_York:20270413T091500",
            dtend="DTEND;TZID=America/New_York:20270413T093000",
            organizer=("Derek Shaw", "derek.shaw@currentjob.example"),
            attendees=[
                ("Maya Okafor", "maya.okafor@example.com"),
                ("Lin Ho", "lin.ho@currentjob.example"),
            ],
            description="Daily standup for the analytics team.",
            extra="RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            prodid=_GOOGLE,
        ),
    ),
    V(
        "trap_recurring_instance_moved",
        "ber",
        "Anke Wolf <anke.wolf@currentjob.example>",
        "Aktualisierte Einladung: Jour fixe Lena / Anke",
        "Diese Woche verschieben wir unser Jour fixe auf Donnerstag.\n",
        "Mon, 19 Apr 2027 08:00:00 +0200",
        _TRAP,
        ics=cal(
            summary="Jour fixe Lena / Anke",
            dtstart="DTSTART;TZID=Europe/Berlin:20270422T100000",
            dtend="DTEND;TZID=Europe/Berlin:20270422T103000",
            organizer=("Anke Wolf", "anke.wolf@currentjob.example"),
            attendees=[("Lena Vogt", "lena.vogt@example.com")],
            extra="RECURRENCE-ID;TZID=Europe/Berlin:20270421T100000",
            sequence=3,
            prodid=_OUTLOOK,
        ),
    ),
    V(
        "trap_calendly_dentist",
        "la",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Check-up & clean with Dr. Nguyen on Tuesday, April 20, 2027",
        "Hi Jenna Park,\n\nYour event is scheduled.\n\nEvent Type: Check-up & clean (45 min)\n"
        "Host: Dr. Linh Nguyen (Sunset Dental)\nEvent Date/Time: 8:30am - 9:15am (Pacific Time) - Tuesday, April 20, 2027\n"
        "Location: 1200 Sunset Blvd, Suite 4\n\nPlease arrive 10 minutes early.\n",
        "Tue, 13 Apr 2027 09:00:00 -0700",
        _TRAP,
    ),
    V(
        "trap_calcom_webinar",
        "chi",
        '"Cal.com" <hello@cal.com>',
        "Confirmed: Webinar: Acing the behavioural interview between Careerly and Marcus Hale @ 6:00pm",
        "This meeting is scheduled\n\nWhat: Webinar: Acing the behavioural interview\n"
        "When: Thursday 22 April 2027 | 6:00pm - 7:00pm (America/Chicago)\nWho: Careerly Events - Organizer\n"
        "     Marcus Hale (marcus.hale@example.com)\nWhere: Cal Video\n"
        "Description: A live session with tips on answering behavioural interview questions. Q&A at the end.\n",
        "Mon, 19 Apr 2027 12:00:00 -0500",
        _TRAP,
    ),
    V(
        "trap_workday_benefits",
        "den",
        "Alpine Code HR <alpinecode@myworkday.com>",
        "Action Required: Complete your benefits enrollment by April 30",
        "Dear Luis Carmona,\n\nYou have a new task in Workday: Benefits Enrollment. Please elect your medical, "
        "dental and vision coverage by April 30, 2027 at 5:00 PM MT.\n\nSign in: https://wd5.myworkday.com/alpinecode\n",
        "Mon, 19 Apr 2027 09:00:00 -0600",
        _TRAP,
    ),
    V(
        "trap_fwd_invite_agm",
        "uk",
        "Callum Reid <callum.reid@example.com>",
        "Fwd: Invitation: Residents' association AGM @ Thu 22 Apr 2027 19:00 - 20:30 (BST)",
        "For my calendar.\n\n---------- Forwarded message ---------\nFrom: Sue Platt <sue.platt@btinternet.example>\n"
        "Subject: Invitation: Residents' association AGM\n\nResidents' association AGM\n"
        "Thursday 22 April 2027 - 19:00 - 20:30 (BST)\nChurch hall, Mill Lane.\nAgenda: accounts, parking, summer fete.\n",
        "Fri, 16 Apr 2027 18:00:00 +0100",
        _TRAP,
    ),
    V(
        "trap_gh_ack",
        "la",
        "Tallis Freight <no-reply@greenhouse.io>",
        "Thanks for applying to Tallis Freight",
        "Hi Jenna,\n\nThanks for applying for the Senior Data Engineer role. Our team reviews every application "
        "and will reach out if there's a match for an interview.\n\nTallis Freight Recruiting\n",
        "Thu, 01 Apr 2027 16:20:00 -0700",
        Kind.OTHER,
    ),
    V(
        "trap_lever_reject",
        "tor",
        "Maplegrid Systems <no-reply@hire.lever.co>",
        "Update on your application to Maplegrid Systems",
        "Hi Claire,\n\nThank you for interviewing with us last Thursday. After careful consideration we've decided "
        "to move forward with other candidates for this role.\n\nWe wish you the best,\nMaplegrid Recruiting\n",
        "Mon, 03 May 2027 11:00:00 -0400",
        Kind.REJECTION,
    ),
    V(
        "trap_calendly_haircut",
        "syd",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Cut & colour with Mia on Saturday, 24 April 2027",
        "Hi Bronte Hale,\n\nYour booking is confirmed.\n\nEvent Type: Cut & colour (90 min)\nHost: Mia (Salon Verde)\n"
        "When: 10:00am - 11:30am (Australia/Sydney) - Saturday, 24 April 2027\n",
        "Mon, 19 Apr 2027 09:00:00 +1000",
        _TRAP,
    ),
    V(
        "trap_bookings_gp",
        "dub",
        "Riverside Medical <bookings@riversidemedical.example>",
        "Your booking with Riverside Medical is confirmed",
        "Hello Aoife Byrne,\n\nService: GP consultation\nStaff: Dr Fiona Walsh\nDate and time: 22/04/2027 09:40\n"
        "Location: Riverside Medical Centre\n\nPowered by Microsoft Bookings\n",
        "Mon, 19 Apr 2027 09:00:00 +0100",
        _TRAP,
    ),
    V(
        "trap_hubspot_demo",
        "sgp",
        "Aaron Teo <aaron.teo@cloudmetric.example>",
        "Meeting booked: Product demo - CloudMetric",
        "You're booked with Aaron Teo\n\nProduct demo - CloudMetric\nWednesday, April 21, 2027\n"
        "3:00 PM - 3:30 PM (GMT+8) Singapore\n\nAaron will walk you through dashboards and pricing.\n\nPowered by HubSpot\n",
        "Mon, 19 Apr 2027 12:00:00 +0800",
        _TRAP,
    ),
    V(
        "trap_ycbm_tutor",
        "uk",
        "Maths with Ana <noreply@youcanbook.me>",
        "Booking confirmed: GCSE maths tutoring, Tue 20 Apr 17:00",
        "Dear Callum Reid,\n\nYour booking is confirmed.\n\nGCSE maths tutoring (for Sam)\nTuesday 20 April 2027, 17:00 - 18:00 "
        "(Europe/London)\nOnline\n",
        "Mon, 12 Apr 2027 09:00:00 +0100",
        _TRAP,
    ),
    V(
        "trap_workday_timeoff",
        "chi",
        "Iron Prairie HR <ironprairie@myworkday.com>",
        "Time Off Request Approved",
        "Dear Marcus Hale,\n\nYour time off request for Thursday, April 22, 2027 (8 hours) has been approved by "
        "Bill Ng.\n\nThis is a system-generated message.\n",
        "Mon, 19 Apr 2027 09:00:00 -0500",
        _TRAP,
    ),
    V(
        "trap_bamboohr_onboarding",
        "syd",
        "Wattle Co <notifications@wattleco.bamboohr.com>",
        "Welcome to Wattle Co - your first day",
        "Hi Bronte,\n\nWelcome aboard! Your first day is Monday 3 May at 9am. Please complete your onboarding "
        "tasks in BambooHR before then. Your buddy, Kirsty Aldous, will meet you at reception.\n\nWattle Co People Team\n",
        "Mon, 26 Apr 2027 09:00:00 +1000",
        _TRAP,
    ),
    V(
        "trap_personio_absence",
        "ber",
        "Personio <no-reply@personio.de>",
        "Ihr Abwesenheitsantrag wurde genehmigt",
        "Hallo Lena,\n\nIhr Urlaubsantrag vom 26.04.2027 bis 30.04.2027 wurde von Anke Wolf genehmigt.\n\nIhr Personio-Team\n",
        "Mon, 19 Apr 2027 09:00:00 +0200",
        _TRAP,
    ),
    V(
        "trap_goodtime_user_interviews",
        "ny",
        "Ledgerline Recruiting <scheduling@goodtime.io>",
        "You're scheduled to interview Jamie Lee",
        "Hi Maya,\n\nYou have been scheduled to interview a candidate.\n\nCandidate: Jamie Lee\nRole: Junior Analyst\n"
        "When: Thursday, April 22, 2027, 11:00 AM - 11:45 AM EDT\nFocus: SQL and case discussion\n\n"
        "Please submit your scorecard within 24 hours.\nSent via GoodTime\n",
        "Mon, 19 Apr 2027 09:00:00 -0400",
        _TRAP,
    ),
    V(
        "trap_icloud_dinner",
        "akl",
        "Mere Walker <mere.walker@icloud.com>",
        "Invitation: Mum's birthday dinner @ Sat 24 Apr 2027 18:30 - 21:00 (NZST)",
        'Mere Walker has invited you to "Mum\'s birthday dinner".\n\nSaturday 24 April 2027 18:30 - 21:00\n',
        "Mon, 19 Apr 2027 20:00:00 +1200",
        _TRAP,
        ics=cal(
            summary="Mum's birthday dinner",
            dtstart="DTSTART;TZID=Pacific/Auckland:20270424T183000",
            dtend="DTEND;TZID=Pacific/Auckland:20270424T210000",
            organizer=("Mere Walker", "mere.walker@icloud.com"),
            attendees=[("Tane Wiremu", "tane.wiremu@example.org")],
            location="Ponsonby Road Bistro",
            prodid=_APPLE,
        ),
    ),
    V(
        "trap_yahoo_practice",
        "den",
        "Coach Ray <ray.fields.soccer@yahoo.com>",
        "Invitation: U10 soccer practice @ Weekly on Wednesdays 5:30pm (MDT)",
        "Practice moves to field 3 this season. Bring water.\n",
        "Mon, 12 Apr 2027 20:00:00 -0600",
        _TRAP,
        ics=cal(
            summary="U10 soccer practice",
            dtstart="DTSTART;TZID=America/Denver:20270414T173000",
            dtend="DTEND;TZID=America/Denver:20270414T183000",
            organizer=("Ray Fields", "ray.fields.soccer@yahoo.com"),
            attendees=[("Luis Carmona", "luis.carmona@example.org")],
            extra="RRULE:FREQ=WEEKLY;BYDAY=WE",
            prodid=_YAHOO,
        ),
    ),
    V(
        "trap_zoho_client_review",
        "kol",
        "Meera Pillai <meera@clientco.example>",
        "Invitation: Quarterly review - Deccan / ClientCo",
        "Hi Arjun, sending the invite for our quarterly service review.\n",
        "Mon, 19 Apr 2027 10:00:00 +0530",
        _TRAP,
        ics=cal(
            summary="Quarterly review - Deccan / ClientCo",
            dtstart="DTSTART;TZID=Asia/Kolkata:20270423T150000",
            dtend="DTEND;TZID=Asia/Kolkata:20270423T160000",
            organizer=("Meera Pillai", "meera@clientco.example"),
            attendees=[("Arjun Mehta", "arjun.mehta@example.com")],
            description="Service metrics, open tickets, renewal.",
            prodid=_ZOHO,
        ),
    ),
    V(
        "trap_outlookcom_offsite_allday",
        "dub",
        "Sean Keane <sean.keane@outlook.com>",
        "Team offsite",
        "Hi all, the offsite is booked for the whole day. Lunch provided.\n",
        "Mon, 12 Apr 2027 09:00:00 +0100",
        _TRAP,
        ics=cal(
            summary="Team offsite",
            dtstart="DTSTART;VALUE=DATE:20270423",
            dtend="DTEND;VALUE=DATE:20270424",
            organizer=("Sean Keane", "sean.keane@outlook.com"),
            attendees=[("Aoife Byrne", "aoife.byrne@example.org")],
            prodid=_OUTLOOK,
        ),
    ),
    V(
        "trap_coach_mock_series",
        "uk",
        "Helen Marsh <helen@marshcareers.example>",
        "Invitation: Mock interview practice - Callum (weekly)",
        "Hi Callum, here's a weekly slot for our mock interview practice until your real interviews start.\n\nHelen\nCareer Coach\n",
        "Mon, 05 Apr 2027 09:00:00 +0100",
        _TRAP,
        ics=cal(
            summary="Mock interview practice - Callum",
            dtstart="DTSTART;TZID=Europe/London:20270407T180000",
            dtend="DTEND;TZID=Europe/London:20270407T190000",
            organizer=("Helen Marsh", "helen@marshcareers.example"),
            attendees=[("Callum Reid", "callum.reid@example.com")],
            description="Mock interview practice with your career coach.",
            extra="RRULE:FREQ=WEEKLY;COUNT=4",
            prodid=_GOOGLE,
        ),
    ),
    V(
        "trap_ashby_survey",
        "akl",
        "Kauri Freight <no-reply@ashbyhq.com>",
        "How was your interview with Kauri Freight?",
        "Kia ora Tane,\n\nThanks for interviewing with us on Tuesday. We'd love two minutes of feedback on how the "
        "process felt: https://jobs.ashbyhq.com/kauri/survey/11\n\nPowered by Ashby\n",
        "Thu, 29 Apr 2027 13:20:00 +1200",
        _TRAP,
    ),
    V(
        "trap_teamtailor_alert",
        "ber",
        "Nordlicht Games <no-reply@teamtailor-mail.com>",
        "New jobs at Nordlicht Games",
        "Hi Lena!\n\nThree new jobs matching your alert: Growth Marketer, CRM Manager, Data Analyst. Apply by "
        "Friday.\n\nUnsubscribe from job alerts\n",
        "Mon, 19 Apr 2027 09:00:00 +0200",
        Kind.BULK,
    ),
    V(
        "trap_cronofy_mortgage",
        "uk",
        "Keystone Mortgages <no-reply@cronofy.com>",
        "Booking confirmed: Mortgage advice call",
        "Your booking is confirmed.\n\nMortgage advice call - Keystone Mortgages\nWednesday 21 April 2027, 12:30 - 13:15 "
        "(Europe/London)\nWith: Gareth Lloyd, Mortgage Adviser\n",
        "Mon, 12 Apr 2027 09:00:00 +0100",
        _TRAP,
    ),
    V(
        "trap_calendly_freelance_client",
        "la",
        "Calendly <notifications@calendly.com>",
        "New Event: Rosa Diaz - 10:00am Thu, Apr 22, 2027 - Website consultation",
        "Hi Jenna Park,\n\nA new event has been scheduled.\n\nEvent Type: Website consultation (30 min)\nInvitee: Rosa Diaz\n"
        "Invitee Email: rosa@diazbakery.example\nEvent Date/Time: 10:00am - 10:30am (Pacific Time) - Thursday, April 22, 2027\n"
        "Questions: We need a new menu page.\n",
        "Mon, 19 Apr 2027 09:00:00 -0700",
        _TRAP,
    ),
    V(
        "trap_newsletter_tomorrow_webinar",
        "ny",
        "Careerly <news@careerly.example>",
        "Tomorrow at 6pm: interview skills for engineers",
        "Hi Maya,\n\nJoin us tomorrow at 6pm ET for a free live session on interview skills for engineers. "
        "Register here: https://careerly.example/live\n\nYou receive this because you subscribed. Unsubscribe.\n",
        "Mon, 19 Apr 2027 09:00:00 -0400",
        Kind.BULK,
    ),
    V(
        "trap_bookings_flu_shot",
        "tor",
        "Lakeshore Pharmacy <bookings@lakeshorepharmacy.example>",
        "Reminder: your appointment is tomorrow",
        "Hello Claire Tremblay,\n\nThis is a reminder of your appointment tomorrow.\n\nService: Flu vaccination\n"
        "Date and time: 04/22/2027 10:00 AM\n\nPowered by Microsoft Bookings\n",
        "Wed, 21 Apr 2027 09:00:00 -0400",
        _TRAP,
    ),
    V(
        "trap_fwd_coach_networking",
        "syd",
        "Helen Marsh <helen@marshcareers.example>",
        "Fwd: Invitation: Alumni networking coffee",
        "Bronte - worth going to this, lots of people from product teams.\n\nHelen\n\n"
        "Begin forwarded message:\n\nFrom: Alumni Office <alumni@uni.example>\nSubject: Invitation: Alumni networking coffee\n\n"
        "Alumni networking coffee\nThursday 22 April 2027, 7:30am - 9:00am (AEST)\nThe Grounds, Alexandria\n",
        "Mon, 19 Apr 2027 09:00:00 +1000",
        _TRAP,
    ),
    V(
        "trap_gh_interviewer_kit",
        "chi",
        "Greenhouse <no-reply@greenhouse.io>",
        "Interview kit: you're interviewing Priya Rao for Data Analyst",
        "Hi Marcus,\n\nYou're on the interview panel for Priya Rao (Data Analyst) on Tuesday, April 20, 2027 at "
        "1:00 PM CDT. Your focus: SQL. Open the interview kit to see questions and submit your scorecard.\n",
        "Mon, 19 Apr 2027 09:00:00 -0500",
        _TRAP,
    ),
]

MORE = [
    V(
        "icims_resched_tor",
        "tor",
        "Boreal Metrics Careers <careers-borealmetrics@talent.icims.com>",
        "Interview Rescheduled - Data Analyst II",
        "Claire,\n\nYour interview for Data Analyst II (Req 5521) has a new time.\n\n"
        "New date and time: Thursday, 04/29/2027, 9:00 AM - 10:00 AM Eastern\n"
        "Interviewers: Marc Belanger (Analytics Manager), Yasmin Haddad (Senior Analyst)\n\n"
        "Please do not reply to this message.\n",
        "Mon, 26 Apr 2027 08:12:00 -0400",
        I,
        (2027, 4, 29, 9, 0, TOR),
        ["Marc Belanger", "Yasmin Haddad"],
    ),
    V(
        "workable_reminder_tomorrow_dub",
        "dub",
        "Liffey Analytics <noreply@workablemail.com>",
        "Reminder: your interview tomorrow",
        "Hi Aoife,\n\nThis is a reminder that your interview with Liffey Analytics is tomorrow at 15:00 "
        "(Dublin time) with Cathal Doyle.\n\nGood luck!\nLiffey Analytics Hiring Team\n",
        "Tue, 20 Apr 2027 15:00:00 +0100",
        I,
        (2027, 4, 21, 15, 0, DUB),
        ["Cathal Doyle"],
    ),
    V(
        "recruitee_resched_syd",
        "syd",
        "Banksia Software <jobs@banksia.recruitee.com>",
        "Interview rescheduled - Product Owner",
        "Dear Bronte,\n\nYour interview has been rescheduled to Thursday 22 April 2027 at 11:00am AEST. "
        "Gemma Ross (Head of Product) will still be interviewing you.\n\nBanksia Software People Team\n",
        "Mon, 19 Apr 2027 15:40:00 +1000",
        I,
        (2027, 4, 22, 11, 0, SYD),
        ["Gemma Ross"],
    ),
    V(
        "bamboohr_onsite_den",
        "den",
        "Summit Ridge <notifications@summitridge.bamboohr.com>",
        "Interview for Warehouse Lead at Summit Ridge",
        "Hi Luis,\n\nWe'd like to see you in person for the Warehouse Lead position on Friday, April 23 at "
        "10:30 AM at our Commerce City warehouse (5800 Quebec St). You'll meet with Hank Mueller, our "
        "Operations Manager.\n\nThanks,\nDeb Collins\nHR Generalist, Summit Ridge\n",
        "Mon, 19 Apr 2027 11:22:00 -0600",
        I,
        (2027, 4, 23, 10, 30, DEN),
        ["Hank Mueller"],
    ),
    V(
        "calendly_host_notice_style_ny",
        "ny",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Recruiter screen with Tasha Bell on Tuesday, April 20, 2027",
        "Hi Maya Okafor,\n\nYour Recruiter screen (25 min) with Tasha Bell is confirmed.\n\n"
        "Tuesday, April 20, 2027\n4:00pm - 4:25pm (Eastern Time - US & Canada)\n"
        "Tasha will call you at the number you entered.\n\nNeed to change? Reschedule | Cancel\n",
        "Fri, 16 Apr 2027 14:03:00 -0400",
        I,
        (2027, 4, 20, 16, 0, NY),
        ["Tasha Bell"],
    ),
    V(
        "goodtime_schedule_sgp",
        "sgp",
        "Straits Bio Talent <scheduling@goodtime.io>",
        "Your interview schedule - Straits Bio",
        "Hi Wei Ling,\n\nYour interviews for Quality Lead are confirmed for Wednesday 28 April 2027 "
        "(Singapore time).\n\n10:00 - 10:45  Dr Ang Kok Wee, Head of Quality\n"
        "11:00 - 11:45  Priya Balan, QA Manager\n\nSent via GoodTime\n",
        "Wed, 21 Apr 2027 10:00:00 +0800",
        I,
        (2027, 4, 28, 10, 0, SGP),
        ["Ang Kok Wee", "Priya Balan"],
    ),
    V(
        "cronofy_text_moved_uk",
        "uk",
        "Thornbury College HR <no-reply@cronofy.com>",
        "Booking updated: Lab Technician interview",
        "Your booking has been updated.\n\nLab Technician interview - Thornbury College\n"
        "New time: Thursday 29 April 2027, 14:00 - 14:45 (Europe/London)\nWith: Dr Helen Marsh\n",
        "Fri, 23 Apr 2027 10:01:00 +0100",
        I,
        (2027, 4, 29, 14, 0, LON),
        ["Helen Marsh"],
    ),
    V(
        "hubspot_de_ber",
        "ber",
        "Dirk Baumann <dirk.baumann@spreewald.example>",
        "Meeting gebucht: Kennenlerngespräch Data Analyst - Lena / Dirk",
        "Sie haben einen Termin mit Dirk Baumann gebucht.\n\nKennenlerngespräch Data Analyst - Lena / Dirk\n"
        "Mittwoch, 28. April 2027\n10:00 - 10:30 (GMT+2) Mitteleuropäische Zeit - Berlin\n\n"
        "Verschieben | Absagen\n\nPowered by HubSpot\n",
        "Wed, 21 Apr 2027 12:01:00 +0200",
        I,
        (2027, 4, 28, 10, 0, BER),
        ["Dirk Baumann"],
    ),
    V(
        "rel_friday_this_week_la",
        "la",
        "Owen Maddox <owen.maddox@pacificahealth.example>",
        "Friday",
        "Hi Jenna,\n\nGreat speaking today. Let's do the panel interview this Friday at 1pm PT at our "
        "Pasadena office; you'll meet me and Dr. Elena Cruz.\n\nOwen Maddox\nDirector, Clinical Ops\n",
        "Tue, 20 Apr 2027 16:00:00 -0700",
        I,
        (2027, 4, 23, 13, 0, LA),
        ["Owen Maddox", "Elena Cruz"],
    ),
    V(
        "rel_day_after_tomorrow_kol",
        "kol",
        "Sneha Kulkarni <sneha.k@indusledger.example>",
        "Interview on Thursday",
        "Dear Arjun,\n\nAs discussed, your interview is on Thursday at 3 PM at our Bandra office with "
        "Vikram Shah.\n\nRegards,\nSneha\n",
        "Tue, 20 Apr 2027 17:00:00 +0530",
        I,
        (2027, 4, 22, 15, 0, KOL),
        ["Vikram Shah"],
    ),
    V(
        "rel_pushed_hour_chi",
        "chi",
        "Bill Ng <bill.ng@ironprairie.example>",
        "Thursday - pushed an hour",
        "Marcus,\n\nCan we push Thursday's interview back an hour to 3:15pm? Tess has a conflict. "
        "Same place.\n\nBill\n",
        "Tue, 13 Apr 2027 09:00:00 -0500",
        I,
        (2027, 4, 15, 15, 15, CHI),
        ["Bill Ng", "Tess Harlan"],
    ),
    V(
        "rel_de_morgen_verschoben",
        "ber",
        "Svenja Ott <svenja.ott@havelpay.example>",
        "Neue Uhrzeit für morgen",
        "Hallo Lena,\n\nunser Gespräch morgen mit Ivo Petrov (CTO) verschiebt sich auf 16:30 Uhr statt "
        "11 Uhr. Der Teams-Link bleibt gleich.\n\nViele Grüße\nSvenja Ott\nTalent Acquisition, Havel Pay\n",
        "Thu, 15 Apr 2027 17:00:00 +0200",
        I,
        (2027, 4, 16, 16, 30, BER),
        ["Ivo Petrov"],
    ),
    V(
        "rel_fr_demain_14h",
        "par",
        "Claire Dubois <claire.dubois@lumenbank.example>",
        "Entretien demain",
        "Bonjour Margaux,\n\nJe vous confirme notre entretien demain à 14h dans nos locaux, 8 rue de "
        "Rivoli. Vous rencontrerez Paul Renaud, directeur financier.\n\nBien à vous,\nClaire Dubois\n",
        "Thu, 22 Apr 2027 18:00:00 +0200",
        I,
        (2027, 4, 23, 14, 0, PAR),
        ["Paul Renaud"],
    ),
    V(
        "rel_es_proximo_martes",
        "mad",
        "Nuria Pardo <nuria.pardo@olivatech.example>",
        "Segunda entrevista",
        "Hola Lucía:\n\nQueremos verte en una segunda entrevista el próximo martes a las 10:00 en la "
        "oficina. Estarás con Carlos Peña y conmigo.\n\nUn abrazo,\nNuria Pardo\nDirectora de Producto\n",
        "Thu, 22 Apr 2027 12:00:00 +0200",
        I,
        (2027, 4, 27, 10, 0, MAD),
        ["Carlos Peña", "Nuria Pardo"],
    ),
    V(
        "icloud_update_time_akl",
        "akl",
        "Hemi Parata <hemi.parata@icloud.com>",
        "Updated Invitation: Interview - Tane Wiremu",
        'Hemi Parata has updated the event "Interview - Tane Wiremu".\n\nNew time: Tuesday 20 April 2027 '
        "14:00 - 15:00 (NZST)\n",
        "Sat, 17 Apr 2027 09:00:00 +1200",
        I,
        (2027, 4, 20, 14, 0, AKL),
        ["Hemi Parata"],
        ics=cal(
            summary="Interview - Tane Wiremu",
            dtstart="DTSTART;TZID=Pacific/Auckland:20270420T140000",
            dtend="DTEND;TZID=Pacific/Auckland:20270420T150000",
            organizer=("Hemi Parata", "hemi.parata@icloud.com"),
            attendees=[("Tane Wiremu", "tane.wiremu@example.org")],
            description="Interview for the Product Designer role at Kowhai Tech.",
            sequence=1,
            prodid=_APPLE,
        ),
    ),
    V(
        "yahoo_cancel_la",
        "la",
        "Doug Ferris <doug.ferris.pcs@yahoo.com>",
        "Canceled: Interview - Store Manager @ Wed Apr 21, 2027 9am - 10am (PDT)",
        "Jenna, sorry, I have to cancel Wednesday. I'll call you to set another day.\n\nDoug\n",
        "Mon, 19 Apr 2027 19:55:00 -0700",
        C,
        (2027, 4, 21, 9, 0, LA),
        ics=cal(
            summary="Interview - Store Manager",
            dtstart="DTSTART;TZID=America/Los_Angeles:20270421T090000",
            dtend="DTEND;TZID=America/Los_Angeles:20270421T100000",
            organizer=("Doug Ferris", "doug.ferris.pcs@yahoo.com"),
            attendees=[("Jenna Park", "jenna.park@example.net")],
            method="CANCEL",
            status="CANCELLED",
            sequence=1,
            prodid=_YAHOO,
        ),
        method="CANCEL",
    ),
    V(
        "zoho_invite_utc_jhb",
        "jhb",
        "Johan Pretorius <johan@karoorail.example>",
        "Invitation: Maintenance Planner - interview - Sipho Dlamini",
        "Dear Sipho, please accept the invitation for your interview.\n\nJohan Pretorius\nDepot Manager\n",
        "Tue, 13 Apr 2027 08:45:00 +0200",
        I,
        (2027, 4, 20, 11, 0, JHB),
        ["Johan Pretorius"],
        ics=cal(
            summary="Maintenance Planner - interview - Sipho Dlamini",
            dtstart="DTSTART:20270420T090000Z",
            dtend="DTEND:20270420T094500Z",
            organizer=("Johan Pretorius", "johan@karoorail.example"),
            attendees=[("Sipho Dlamini", "sipho.dlamini@example.org")],
            prodid=_ZOHO,
        ),
    ),
    V(
        "fastmail_text_notice_par",
        "par",
        "Hélène Garnier <helene.garnier@fastmail.example>",
        "Invitation : Entretien - Chargée de communication - Margaux Leroy",
        "Hélène Garnier vous invite à un événement.\n\nEntretien - Chargée de communication - Margaux Leroy\n"
        "Quand : mardi 27 avril 2027 14:00 – 14:45 (Europe/Paris)\nOù : visioconférence\n\n"
        "Entretien avec Hélène Garnier et Julien Masson.\n",
        "Wed, 21 Apr 2027 12:15:00 +0200",
        I,
        (2027, 4, 27, 14, 0, PAR),
        ["Hélène Garnier", "Julien Masson"],
    ),
    V(
        "outlookcom_text_update_ny",
        "ny",
        "Sam Ortega <sam.ortega@outlook.com>",
        "Updated: Interview - Category Manager",
        "Sam Ortega has updated this meeting.\n\nInterview - Category Manager\n"
        "When: Friday, April 23, 2027 1:30 PM-2:15 PM (UTC-05:00) Eastern Time (US & Canada)\n"
        "Where: Microsoft Teams Meeting\n\nMoved from Thursday. Interview with Sam Ortega for the Category "
        "Manager role.\n",
        "Tue, 20 Apr 2027 10:00:00 -0400",
        I,
        (2027, 4, 23, 13, 30, NY),
        ["Sam Ortega"],
    ),
    V(
        "fwd_self_outlook_text_dub",
        "dub",
        "Aoife Byrne <aoife.byrne@example.org>",
        "FW: Interview: Bookkeeper - Aoife Byrne",
        "\n\n________________________________\nFrom: Cathal Doyle <cathal.doyle@outlook.com>\n"
        "Sent: Friday, April 16, 2027 5:01 PM\nTo: aoife.byrne@work.example\nSubject: Interview: Bookkeeper - Aoife Byrne\n"
        "When: Wednesday, April 21, 2027 11:00 AM-12:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
        "Where: Doyle & Kearney, 14 Eyre Square, Galway\n\nInterview for the Bookkeeper role with Cathal Doyle.\n",
        "Fri, 16 Apr 2027 17:30:00 +0100",
        I,
        (2027, 4, 21, 11, 0, DUB),
        ["Cathal Doyle"],
    ),
    V(
        "fwd_recruiter_agency_ber",
        "ber",
        "Tim Haller <tim.haller@talentbruecke.example>",
        "WG: Einladung: Vorstellungsgespräch Lena Vogt - Controllerin",
        "Hallo Lena,\n\nanbei die Einladung unseres Kunden, die bei mir gelandet ist. Viel Erfolg!\n\n"
        "Tim\n\n-----Ursprüngliche Nachricht-----\nVon: Heike Brandt <heike.brandt@elbtal.example>\n"
        "Gesendet: Montag, 19. April 2027 09:00\nBetreff: Einladung: Vorstellungsgespräch Lena Vogt - Controllerin\n\n"
        "Vorstellungsgespräch Lena Vogt - Controllerin\nWann: Mittwoch, 28. April 2027 11:00-12:00 (UTC+01:00) Amsterdam, "
        "Berlin, Bern, Rom, Stockholm, Wien\nGesprächspartner: Heike Brandt (Leitung Finanzen)\n",
        "Mon, 19 Apr 2027 10:00:00 +0200",
        I,
        (2027, 4, 28, 11, 0, BER),
        ["Heike Brandt"],
    ),
    V(
        "series_instance_cancel_ny",
        "ny",
        "Karen Wu <karen.wu@ledgerline.example>",
        "Canceled event: Case interview (part 2) - Maya Okafor @ Thu Apr 22, 2027 2pm - 3pm (EDT)",
        "This event has been canceled.\n\nCase interview (part 2) - Maya Okafor\n",
        "Tue, 20 Apr 2027 09:10:00 -0400",
        C,
        (2027, 4, 22, 14, 0, NY),
        ics=cal(
            summary="Case interview (part 2) - Maya Okafor",
            dtstart="DTSTART;TZID=America/New_York:20270422T140000",
            dtend="DTEND;TZID=America/New_York:20270422T150000",
            organizer=("Karen Wu", "karen.wu@ledgerline.example"),
            attendees=[("Maya Okafor", "maya.okafor@example.com")],
            method="CANCEL",
            status="CANCELLED",
            extra="RECURRENCE-ID;TZID=America/New_York:20270422T140000",
            sequence=2,
            prodid=_GOOGLE,
        ),
        method="CANCEL",
    ),
    V(
        "lever_avail_reply_window_sgp",
        "sgp",
        "Grace Koh <grace.koh@straitsbio.example>",
        "Straits Bio - next interview",
        "Hi Wei Ling,\n\nThe panel would like to meet you for a second round. Which of these suit you: "
        "Tuesday 27 April at 10am or Wednesday 28 April at 2pm (Singapore time)?\n\nGrace\n",
        "Thu, 22 Apr 2027 10:00:00 +0800",
        S,
    ),
    V(
        "personio_absage_ber",
        "ber",
        "Elbtal Logistik <no-reply@personio.de>",
        "Absage Ihres Termins: Vorstellungsgespräch Disponentin",
        "Hallo Frau Vogt,\n\nleider müssen wir Ihren Termin am 29.04.2027 um 09:30 Uhr absagen. Wir melden "
        "uns zeitnah mit einem neuen Terminvorschlag.\n\nIhr Elbtal Logistik Recruiting-Team\n",
        "Mon, 26 Apr 2027 10:05:00 +0200",
        C,
    ),
    V(
        "smartr_availability_jhb",
        "jhb",
        "Karoo Rail <noreply@smartrecruiters.com>",
        "Please select your interview slot - Maintenance Planner",
        "Dear Sipho,\n\nCongratulations, you have been shortlisted. Please select a suitable interview slot "
        "using the link below by Friday.\n\nhttps://jobs.smartrecruiters.com/karoo/slots/44\n\nKaroo Rail Recruitment\n",
        "Mon, 12 Apr 2027 08:45:00 +0200",
        S,
    ),
]

INTERVIEWS = [*ATS, *RELATIVE, *WEBMAIL, *[v for v in (*SERIES, *MORE) if v.kind is I]]
OTHERS = [*ATS_OTHER, *RELATIVE_OTHER, *[v for v in (*SERIES, *MORE) if v.kind is not I]]

GAPS: dict[str, str] = {
    "bamboohr_call_syd": "a tool's mail signed by a person, with no Reply-To: the signer who will "
    "phone the user is not taken as the writer",
    "personio_en_ber": "a 'Your contacts:' label lists coordinators as often as interviewers",
    "rel_next_tuesday_den": "an interviewer named only as the cause of a move ('X had a clash, so your "
    "interview moves'): a rule for it would also name absent colleagues",
    "rel_reschedule_new_day_tor": "an interviewer named only as the cause of a move ('our VP, X, is "
    "travelling, so we've rebooked your final interview')",
    "yahoo_notice_text_den": "a calendar tool's notice naming its inviter only in 'X (address) has "
    "invited you': the inviter is not read as the writer who says 'meet me'",
    "outlookcom_when_text_uk": "a dental practice hiring: its dentist words mark an appointment and "
    "outweigh 'Interview - <role>' in the subject",
    "allday_assessment_centre_uk": "an all-day invitation whose time is only in its text ('starts at "
    "9:00am'): the date of the event and the time of the text are not joined",
    "rel_pushed_hour_chi": "'push Thursday's interview back an hour to 3:15pm?': the shift ('an hour') "
    "hides the new time, and the question form reads as a request",
    "rel_de_morgen_verschoben": "German 'unser Gespräch morgen' with no hiring noun ('Gespräch' alone "
    "is any talk); the signature's 'Talent Acquisition' is no hiring sign here",
    "trap_teamtailor_alert": "a job alert from an ATS without list headers reads as other, not bulk "
    "(no interview either way)",
}


def read(v: Variant) -> Understanding:
    """Understand one variant as mail sent to its user."""
    address, name, zone, order = USERS[v.user]
    raw = mail(
        sender=v.sender,
        subject=v.subject,
        body=v.body,
        to=f"{name} <{address}>",
        date=v.date,
        ics=v.ics,
        ics_method=v.method,
    )
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


def cases(variants: Sequence[Variant]) -> list[object]:
    """Variants as parameters, the open gaps marked as strict expected failures."""
    return [
        pytest.param(v, id=v.key, marks=pytest.mark.xfail(strict=True, reason=GAPS[v.key]))
        if v.key in GAPS
        else pytest.param(v, id=v.key)
        for v in variants
    ]


def test_sample_size() -> None:
    """About a hundred variants and thirty traps, every key unique."""
    keys = [v.key for v in (*INTERVIEWS, *OTHERS, *TRAPS)]
    assert len(INTERVIEWS) + len(OTHERS) >= 95 and len(TRAPS) >= 30
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("v", cases(INTERVIEWS))
def test_interview_variant(v: Variant) -> None:
    """A reworded interview is read as one, at its start, with its named interviewers."""
    u = read(v)
    assert v.when is not None
    y, mo, d, h, mi, zone = v.when
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    assert sorted_names(u) == v.names


@pytest.mark.parametrize("v", cases(OTHERS))
def test_other_variant(v: Variant) -> None:
    """A reworded cancellation or availability request keeps its kind."""
    assert read(v).kind is v.kind


@pytest.mark.parametrize("v", cases(TRAPS))
def test_trap(v: Variant) -> None:
    """A booking, series, notice or forward that is no interview is not read as one."""
    u = read(v)
    assert u.kind not in {Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.SCHEDULING_REQUEST}, (
        u.kind,
        u.reasons,
    )
    if v.kind in {Kind.REJECTION, Kind.BULK}:
        assert u.kind is v.kind, (u.kind, u.reasons)


# --- The families fixed for these variants, each with neighbours and near misses ---------

_BY_KEY = {v.key: v for v in (*INTERVIEWS, *OTHERS, *TRAPS)}


def _as(key: str, **changes: object) -> Understanding:
    """Read a variant with some fields changed."""
    return read(replace(_BY_KEY[key], **changes))  # type: ignore[arg-type]


def _names(u: Understanding) -> list[str]:
    """Sorted interviewer names, or none when the mail is no interview."""
    return sorted_names(u) if u.interview is not None else []


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        pytest.param(
            "Second interview for the Studio Manager position with Jana Roth and Piet Sander.",
            ["Jana Roth", "Piet Sander"],
            id="position-with-two",
        ),
        pytest.param(
            "Interview for the Analyst opening with Tom Bright (Head of Data).",
            ["Tom Bright"],
            id="opening-with-title",
        ),
        pytest.param(
            "Interviews for the Designer vacancy with Ana Ruiz, then Li Wei.",
            ["Ana Ruiz", "Li Wei"],
            id="vacancy-with-list",
        ),
        pytest.param(
            "Interview for the Studio Manager role with the whole team.", [], id="team-lowercase"
        ),
        pytest.param(
            "Interview for the Studio Manager role. With thanks, the studio.", [], id="closing"
        ),
    ],
)
def test_interviewers_after_the_role(notes: str, expected: list[str]) -> None:
    """Names after "interview for the <role> role with" interview; a team or a closing does not."""
    v = _BY_KEY["icloud_notice_text_ber"]
    body = v.body.replace(
        "Second interview for the Studio Manager role with Jana Roth and Piet Sander.", notes
    )
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Our interviewer Dr Ang Kok Wee is held up in a meeting", ["Ang Kok Wee"], id="our"
        ),
        pytest.param(
            "Your interviewer, Priya Balan, is held up in a meeting", ["Priya Balan"], id="your"
        ),
        pytest.param("Our interviewer is held up in a meeting", [], id="unnamed"),
        pytest.param(
            "Our interviewer guide is being updated and the panel is held up", [], id="guide"
        ),
    ],
)
def test_our_interviewer_names_them(sentence: str, expected: list[str]) -> None:
    """ "Our interviewer X" / "your interviewer, X," names X; an unnamed interviewer names nobody."""
    v = _BY_KEY["rel_same_day_later_sgp"]
    body = v.body.replace("Our interviewer Dr Ang Kok Wee is held up in a meeting", sentence)
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Gemma Ross (Head of Product) will still be interviewing you.",
            ["Gemma Ross"],
            id="still",
        ),
        pytest.param(
            "Gemma Ross (Head of Product) will still be meeting you.", ["Gemma Ross"], id="meeting"
        ),
        pytest.param("Gemma Ross will still be in touch about the offer pack.", [], id="in-touch"),
    ],
)
def test_still_interviewing_you(sentence: str, expected: list[str]) -> None:
    """ "X will still be interviewing you" names X; "X will still be in touch" does not."""
    v = _BY_KEY["recruitee_resched_syd"]
    body = v.body.replace("Gemma Ross (Head of Product) will still be interviewing you.", sentence)
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("lines", "hour", "day"),
    [
        pytest.param(
            "Was: Tue Apr 27, 11:00 AM PDT\nNow: Wed Apr 28, 2:00 PM - 3:00 PM PDT",
            14,
            28,
            id="was-now",
        ),
        pytest.param(
            "Now: Wed Apr 28, 2:00 PM - 3:00 PM PDT\nWas: Tue Apr 27, 11:00 AM PDT",
            14,
            28,
            id="now-was",
        ),
        pytest.param("Now: Wed Apr 28, 2:00 PM - 3:00 PM PDT", 14, 28, id="now-only"),
        pytest.param("Wed Apr 28, 2:00 PM - 3:00 PM PDT", 14, 28, id="bare"),
    ],
)
def test_was_and_now_labels(lines: str, hour: int, day: int) -> None:
    """A tool's "Was:" line is the old time and "Now:" the new one, in either order."""
    v = _BY_KEY["modernloop_moved_la"]
    body = v.body.replace(
        "Was: Tue Apr 27, 11:00 AM PDT\nNow: Wed Apr 28, 2:00 PM - 3:00 PM PDT", lines
    )
    assert start(_as(v.key, body=body)) == dt.datetime(2027, 4, day, hour, 0, tzinfo=ZoneInfo(LA))


@pytest.mark.parametrize(
    ("footer", "kind"),
    [
        pytest.param("Need to change? Reschedule | Cancel", I, id="need-to-change"),
        pytest.param("Need a change? Reschedule or cancel", I, id="need-a-change"),
        pytest.param("Need to change this event? Cancel", I, id="change-this-event"),
        pytest.param(
            "Sorry, we need to cancel this call: Tasha is out sick.", C, id="real-cancellation"
        ),
    ],
)
def test_link_row_after_a_question_is_no_cancellation(footer: str, kind: Kind) -> None:
    """A booking footer's "Need to change? Reschedule | Cancel" cancels nothing; a sentence does."""
    v = _BY_KEY["calendly_host_notice_style_ny"]
    body = v.body.replace("Need to change? Reschedule | Cancel", footer)
    assert _as(v.key, body=body).kind is kind


@pytest.mark.parametrize(
    "sender",
    [
        pytest.param("Yahoo Calendar <calendar-invite@yahoo.com>", id="yahoo"),
        pytest.param("Zoho Calendar <calendar.invitation@zoho.example>", id="zoho"),
    ],
)
def test_calendar_tool_sender_is_no_interviewer(sender: str) -> None:
    """A webmail calendar's own sender is a tool, never an interviewer."""
    names = _names(_as("yahoo_notice_text_den", sender=sender))
    assert not any("Calendar" in n for n in names)


def test_calendar_named_person_still_interviews() -> None:
    """A person's own address with "calendar" in it is still the writer ("Meet me ...")."""
    u = _as("yahoo_notice_text_den", sender="Gary Stone <gary.calendar@stoneridge.example>")
    assert _names(u) == ["Gary Stone"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ask for me at the counter. My assistant manager Rosa Quintero will sit in.",
            ["Doug Ferris", "Rosa Quintero"],
            id="sit-in",
        ),
        pytest.param(
            "Ask for me at the counter. My assistant manager Rosa Quintero will join.",
            ["Doug Ferris", "Rosa Quintero"],
            id="join",
        ),
        pytest.param(
            "Our regional manager Rosa Quintero will interview you; ask for her at the counter.",
            ["Rosa Quintero"],
            id="colleague-interviews",
        ),
    ],
)
def test_colleague_sitting_in_brings_the_writer(sentence: str, expected: list[str]) -> None:
    """ "X will sit in." joins the writer's own meeting; "X will interview you" is X's alone."""
    v = _BY_KEY["yahoo_invite_la"]
    body = v.body.replace(
        "Ask for me at the counter. My assistant manager Rosa Quintero will sit in.", sentence
    )
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "I'll be there with Mei Chen from our data team.",
            ["Jack Moreau", "Mei Chen"],
            id="there-with",
        ),
        pytest.param(
            "We'll be there with Mei Chen from our data team.",
            ["Jack Moreau", "Mei Chen"],
            id="we",
        ),
        pytest.param("I'll be there with bells on.", [], id="idiom"),
    ],
)
def test_writer_there_with_a_colleague(sentence: str, expected: list[str]) -> None:
    """ "I'll be there with X" names the writer and X; an idiom names no one."""
    v = _BY_KEY["rel_tomorrow_afternoon_syd"]
    body = v.body.replace("I'll be there with Mei Chen from our data team.", sentence)
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "Sie haben einen Termin mit Dirk Baumann gebucht.", ["Dirk Baumann"], id="gebucht"
        ),
        pytest.param(
            "Sie haben Ihren Termin mit Dirk Baumann bestätigt.", ["Dirk Baumann"], id="bestaetigt"
        ),
        pytest.param("Sie haben einen Termin mit unserem Team gebucht.", [], id="team"),
    ],
)
def test_german_booking_names_its_host(line: str, expected: list[str]) -> None:
    """A German booking page's "einen Termin mit X gebucht" names X; "mit unserem Team" no one."""
    v = _BY_KEY["hubspot_de_ber"]
    body = v.body.replace("Sie haben einen Termin mit Dirk Baumann gebucht.", line)
    assert _names(_as(v.key, body=body)) == expected


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        pytest.param("verschiebt sich auf 16:30 Uhr statt 11 Uhr", 16, id="auf-statt"),
        pytest.param("wurde auf 16:30 Uhr verschoben", 16, id="verschoben-auf"),
        pytest.param("verschiebt sich auf 11 Uhr statt 16:30 Uhr", 11, id="reversed"),
    ],
)
def test_german_move_to_a_new_hour(sentence: str, hour: int) -> None:
    """German "verschiebt sich auf X statt Y" takes X, the hour after "statt" being the old one."""
    v = _BY_KEY["rel_de_morgen_verschoben"]
    body = v.body.replace("unser Gespräch", "unser Vorstellungsgespräch").replace(
        "verschiebt sich auf 16:30 Uhr statt 11 Uhr", sentence
    )
    got = start(_as(v.key, body=body))
    assert (got.day, got.hour) == (16, hour)


@pytest.mark.parametrize(
    ("rows", "when", "expected"),
    [
        pytest.param(
            "Denise Albright, Head of Credit Risk - 1:30 PM to 2:15 PM\n"
            "Ravi Chandran, Senior Risk Analyst - 2:30 PM to 3:15 PM",
            (13, 30),
            ["Denise Albright", "Ravi Chandran"],
            id="two-rows",
        ),
        pytest.param(
            "Ravi Chandran, Analyst – 10:00 AM – 10:45 AM ET\n"
            "Denise Albright, CRO – 11:00 AM – 11:45 AM ET\n"
            "Li Wei Tan, Director – 12:00 PM – 12:30 PM ET",
            (10, 0),
            ["Denise Albright", "Li Wei Tan", "Ravi Chandran"],
            id="three-rows-en-dash-zone",
        ),
        pytest.param(
            "Denise Albright, Head of Credit Risk - 1:30 PM to 2:15 PM", None, [], id="one-row"
        ),
        pytest.param(
            "Front desk, Building A - 8:00 AM to 6:00 PM\nCafeteria, Building B - 11:30 AM to 2:00 PM",
            None,
            [],
            id="opening-hours",
        ),
    ],
)
def test_agenda_rows_name_first(
    rows: str, when: tuple[int, int] | None, expected: list[str]
) -> None:
    """Two or more rows "Name, Title - time to time" under a dated sentence give the start and people."""
    v = _BY_KEY["gh_loop_interviewer_first"]
    body = v.body.replace(
        "Denise Albright, Head of Credit Risk - 1:30 PM to 2:15 PM\n"
        "Ravi Chandran, Senior Risk Analyst - 2:30 PM to 3:15 PM",
        rows,
    )
    u = _as(v.key, body=body)
    if when is None:
        assert u.kind is not Kind.INTERVIEW or u.interview is None or u.interview.start.hour != 8
        assert u.kind is not Kind.INTERVIEW
        return
    assert (start(u).day, start(u).hour, start(u).minute) == (19, *when)
    assert sorted_names(u) == expected
