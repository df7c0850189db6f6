"""Shared pieces for authoring the evaluation messages: personas, headers, calendar text.

Everything here is invented. Company domains use the reserved ``.example`` TLD or
example.com/.net/.org (RFC 2606); vendor domains (ATS, calendar, video) appear only to mirror
the public shape of their mail. Network addresses come from TEST-NET blocks (RFC 5737).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .mime import Part, addr, hdr_text, message


@dataclass(frozen=True)
class User:
    """The mailbox owner a message is read for (becomes the label's ``user`` block)."""

    name: str
    addresses: tuple[str, ...]
    timezone: str
    date_order: str

    @property
    def mailbox(self) -> str:
        """The user's primary address as a To: value."""
        return addr(self.name, self.addresses[0])

    def label(self) -> dict[str, Any]:
        """The ``user`` block of labels.yaml."""
        return {
            "name": self.name,
            "addresses": list(self.addresses),
            "timezone": self.timezone,
            "date_order": self.date_order,
        }


JORDAN = User("Jordan Lee", ("jordan.lee@example.net",), "America/New_York", "mdy")
PRIYA = User(
    "Priya Raman", ("priya.raman@example.com", "priya.r.cv@example.org"), "Europe/London", "dmy"
)
LUKAS = User("Lukas Becker", ("lukas.becker@example.org",), "Europe/Berlin", "dmy")
MEI = User("Mei Chen", ("mei.chen@example.net",), "America/Los_Angeles", "mdy")
AARAV = User("Aarav Sharma", ("aarav.sharma@example.com",), "Asia/Kolkata", "dmy")
CHLOE = User("Chloé Martin", ("chloe.martin@example.org",), "Europe/Paris", "dmy")
SAM = User("Sam O'Brien", ("sam.obrien@example.net",), "Australia/Sydney", "dmy")
DEVON = User("Devon Brooks", ("devon.brooks@example.com",), "America/Chicago", "mdy")


@dataclass
class Msg:
    """One authored message and its label (without the file name, assigned at build)."""

    slug: str
    kind: str
    user: User
    raw: bytes
    label: dict[str, Any] = field(default_factory=dict)


def mid(seed: str, domain: str) -> str:
    """A stable, realistic-looking Message-ID for ``seed``."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{domain}>"


def received(date: str, to_addr: str, helo: str, ip: str, mx: str = "mx1.example.net") -> str:
    """A plausible final-hop Received: header value."""
    qid = hashlib.md5((date + to_addr).encode()).hexdigest()[:12].upper()
    return (
        f"from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{to_addr}>; {date}"
    )


def headers(
    user: User,
    *,
    frm: str,
    subject: str,
    date: str,
    msgid: str,
    to: str | None = None,
    cc: str | None = None,
    reply_to: str | None = None,
    helo: str = "mail-out.example.com",
    ip: str = "192.0.2.25",
    extra: list[tuple[str, str]] | None = None,
    subject_charset: str = "UTF-8",
    subject_method: str = "Q",
    return_path: str | None = None,
) -> list[tuple[str, str]]:
    """Top-level headers in the order a typical MTA-delivered message has them."""
    rp = frm.rsplit("<", 1)[-1].rstrip(">") if return_path is None else return_path
    out: list[tuple[str, str]] = [
        ("Return-Path", f"<{rp}>"),
        ("Delivered-To", user.addresses[0]),
        ("Received", received(date, user.addresses[0], helo, ip)),
    ]
    out.extend(extra or [])
    out += [
        ("Date", date),
        ("From", frm),
        ("To", to if to is not None else user.mailbox),
    ]
    if cc:
        out.append(("Cc", cc))
    if reply_to:
        out.append(("Reply-To", reply_to))
    out += [
        ("Subject", hdr_text(subject, subject_charset, subject_method)),
        ("Message-ID", msgid),
    ]
    return out


def build(hdrs: list[tuple[str, str]], body: Part, *, crlf: bool = True) -> bytes:
    """Serialise a message."""
    return message(hdrs, body, crlf=crlf)


# --- iCalendar ------------------------------------------------------------------------

# (std offset, dst offset or None, std abbrev, dst abbrev, dst start rule, std start rule,
#  dst start local time, std start local time)
_ZONES: dict[str, tuple[str, str | None, str, str, str, str, str, str]] = {
    "America/Los_Angeles": (
        "-0800",
        "-0700",
        "PST",
        "PDT",
        "2SU;BYMONTH=3",
        "1SU;BYMONTH=11",
        "020000",
        "020000",
    ),
    "America/New_York": (
        "-0500",
        "-0400",
        "EST",
        "EDT",
        "2SU;BYMONTH=3",
        "1SU;BYMONTH=11",
        "020000",
        "020000",
    ),
    "America/Chicago": (
        "-0600",
        "-0500",
        "CST",
        "CDT",
        "2SU;BYMONTH=3",
        "1SU;BYMONTH=11",
        "020000",
        "020000",
    ),
    "Europe/London": (
        "+0000",
        "+0100",
        "GMT",
        "BST",
        "-1SU;BYMONTH=3",
        "-1SU;BYMONTH=10",
        "010000",
        "020000",
    ),
    "Europe/Berlin": (
        "+0100",
        "+0200",
        "CET",
        "CEST",
        "-1SU;BYMONTH=3",
        "-1SU;BYMONTH=10",
        "020000",
        "030000",
    ),
    "Europe/Paris": (
        "+0100",
        "+0200",
        "CET",
        "CEST",
        "-1SU;BYMONTH=3",
        "-1SU;BYMONTH=10",
        "020000",
        "030000",
    ),
    "Europe/Amsterdam": (
        "+0100",
        "+0200",
        "CET",
        "CEST",
        "-1SU;BYMONTH=3",
        "-1SU;BYMONTH=10",
        "020000",
        "030000",
    ),
    "Australia/Sydney": (
        "+1000",
        "+1100",
        "AEST",
        "AEDT",
        "1SU;BYMONTH=10",
        "1SU;BYMONTH=4",
        "020000",
        "030000",
    ),
    "Asia/Kolkata": ("+0530", None, "IST", "", "", "", "", ""),
}

WINDOWS = {
    "Pacific Standard Time": "America/Los_Angeles",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
}


def vtz_iana(name: str) -> str:
    """A VTIMEZONE as Google/Apple write it for an IANA zone."""
    std, dst, sn, dn, drule, srule, dtime, stime = _ZONES[name]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}"]
    if dst is None:
        lines += [
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sn}",
            "DTSTART:19700101T000000",
            "END:STANDARD",
        ]
    else:
        dmonth = drule.split("BYMONTH=")[1].zfill(2)
        smonth = srule.split("BYMONTH=")[1].zfill(2)
        lines += [
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dn}",
            f"DTSTART:1970{dmonth}08T{dtime}",
            f"RRULE:FREQ=YEARLY;BYMONTH={int(dmonth)};BYDAY={drule.split(';')[0]}",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sn}",
            f"DTSTART:1970{smonth}01T{stime}",
            f"RRULE:FREQ=YEARLY;BYMONTH={int(smonth)};BYDAY={srule.split(';')[0]}",
            "END:STANDARD",
        ]
    lines.append("END:VTIMEZONE")
    return "\n".join(lines)


def vtz_windows(win: str) -> str:
    """A VTIMEZONE as Exchange/Outlook writes it for a Windows zone name."""
    std, dst, _sn, _dn, drule, srule, dtime, stime = _ZONES[WINDOWS[win]]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{win}"]
    if dst is None:
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            "END:STANDARD",
        ]
    else:
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:16010101T{stime}",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={srule}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            f"DTSTART:16010101T{dtime}",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={drule}",
            "END:DAYLIGHT",
        ]
    lines.append("END:VTIMEZONE")
    return "\n".join(lines)


def esc(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def attendee(
    name: str,
    email: str,
    partstat: str = "NEEDS-ACTION",
    *,
    role: str = "REQ-PARTICIPANT",
    rsvp: bool = True,
    google: bool = False,
) -> str:
    """An ATTENDEE line."""
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    if google:
        return (
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn};X-NUM-GUESTS=0:mailto:{email}"
        )
    return (
        f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
        f"CN={cn}:mailto:{email}"
    )


def vcal(
    prodid: str,
    method: str | None,
    body: list[str],
    *,
    tz: list[str] | None = None,
    extra: list[str] | None = None,
) -> str:
    """Wrap VTIMEZONEs and components into a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += extra or []
    lines += tz or []
    lines += body
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def vevent(*lines: str) -> str:
    """Wrap lines into a VEVENT."""
    return "\n".join(["BEGIN:VEVENT", *lines, "END:VEVENT"])


def outlook_description(teams_url: str | None, extra: str = "") -> str:
    """The plain DESCRIPTION Outlook puts into a Teams meeting request."""
    text = extra
    if teams_url:
        text += (
            "\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{teams_url}>\n"
            "Meeting ID: 284 615 903 771\nPasscode: Lq7Fz2\n"
            "________________________________________________________________________________\n"
        )
    return text


def html_page(inner: str, *, lang: str = "en") -> str:
    """Wrap body markup the way most web mailers and ATS templates do."""
    return (
        f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;'
        f'font-size:14px;color:#222">\n{inner}\n</body></html>\n'
    )


def paras(text: str) -> str:
    """Plain text to simple HTML paragraphs (as a rich-text editor would emit)."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [
            ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            for ln in block.split("\n")
        ]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def iv(
    start: str,
    tz: str | None,
    *,
    company: str | None = None,
    role: str | None = None,
    interviewers: list[str] | None = None,
    emails: list[str] | None = None,
    notes: str = "",
) -> dict[str, Any]:
    """Label fields for an interview or a cancellation."""
    out: dict[str, Any] = {"start": start, "timezone": tz}
    if company:
        out["company"] = company
    if role:
        out["role"] = role
    out["interviewers"] = interviewers or []
    out["interviewer_emails"] = emails or []
    if notes:
        out["notes"] = notes
    return out


def note(notes: str, **more: Any) -> dict[str, Any]:
    """Label fields for every other kind."""
    return {**more, "notes": notes}


def personal(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str, str],
    subject: str,
    date: str,
    body: str,
    label: dict[str, Any],
    to: str | None = None,
    cc: str | None = None,
    reply_to: str | None = None,
    charset: str = "UTF-8",
    cte: str = "quoted-printable",
    html_only: bool = False,
    text_only: bool = False,
    in_reply_to: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    crlf: bool = True,
    mailer: str = "gmail",
) -> Msg:
    """A message typed by a person in a webmail or desktop client."""
    from .mime import addr as _addr
    from .mime import html as _html
    from .mime import multi as _multi
    from .mime import text as _text

    domain = frm[1].split("@")[1]
    more = list(extra or [])
    if in_reply_to:
        more += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    if mailer == "outlook":
        more.append(("X-MS-Has-Attach", ""))
        more.append(("Content-Language", "en-GB" if user.date_order == "dmy" else "en-US"))
    elif mailer == "thunderbird":
        more.append(("User-Agent", "Mozilla Thunderbird"))
    hdrs = headers(
        user,
        frm=_addr(*frm, charset=charset if charset != "us-ascii" else "UTF-8"),
        subject=subject,
        date=date,
        msgid=mid(slug, "mail.gmail.com" if mailer == "gmail" else domain),
        to=to,
        cc=cc,
        reply_to=reply_to,
        helo=f"mail.{domain}",
        ip="203.0.113.25",
        extra=more,
        subject_charset=charset if charset != "us-ascii" else "UTF-8",
    )
    rich = (
        html_page(paras(body))
        if mailer != "gmail"
        else ('<div dir="ltr">' + paras(body) + "</div>\n")
    )
    if html_only:
        part = _html(rich, charset=charset, cte=cte)
    elif text_only:
        part = _text(body, charset=charset, cte=cte)
    else:
        bnd = "000000000000" + hashlib.sha1(slug.encode()).hexdigest()[:16]
        part = _multi(
            "alternative",
            bnd,
            _text(body, charset=charset, cte=cte),
            _html(rich, charset=charset, cte=cte),
        )
    return Msg(slug, kind, user, build(hdrs, part, crlf=crlf), label)
