"""A deterministic generator of realistic mixed mail for the benchmarks.

A job seeker's inbox is mostly mail nobody needs to read closely: newsletters and job
alerts (multipart/alternative with a heavy HTML part and list headers), mailing-list
traffic, receipts and notifications from no-reply senders, ordinary human mail (some with
quoted history), a little hiring mail (interview confirmations with an iCalendar part,
rejections, scheduling requests), a few out-of-office replies and bounces, and a handful of
messages with multi-megabyte attachments. The mix below follows that shape; everything is
seeded, so a run on another day fetches the same bytes (only the dates move with ``now``).

```
messages(count, seed=7, now=...) -> Iterator[Generated]     # bytes + internal date + kind
confirmation(n, now) -> bytes                               # one interview confirmation
```

All names live under reserved domains (RFC 2606); vendor domains only mirror the public
shape of their mail, as in the evaluation set.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime

ME = "Jordan Lee <jordan.lee@example.net>"
ME_ADDR = "jordan.lee@example.net"

# (share, kind): the mix of a job seeker's inbox. Shares sum to 1.
MIX: tuple[tuple[float, str], ...] = (
    (0.30, "newsletter"),
    (0.08, "job_alert"),
    (0.14, "list"),
    (0.12, "receipt"),
    (0.26, "human"),
    (0.04, "interview"),
    (0.02, "hiring_other"),
    (0.02, "auto_reply"),
    (0.01, "bounce"),
    (0.01, "notification"),
)
LARGE_SHARE = 0.002
"""Share of human messages replaced by one carrying a 1-4 MB attachment."""

_FIRST = ["Alex", "Sam", "Priya", "Chen", "Maria", "Tom", "Aisha", "Lars", "Noah", "Yuki"]
_LAST = ["Novak", "Okafor", "Schmidt", "Garcia", "Tanaka", "Brown", "Kaur", "Rossi", "Ivanova"]
_COMPANIES = [
    "Acme Robotics",
    "Kestrel Mobile",
    "Bluefin Analytics",
    "Northwind Health",
    "Orchid Payments",
    "Granite Cloud",
    "Heron Logistics",
]
_ROLES = ["Data Engineer", "Backend Developer", "Product Designer", "SRE", "iOS Engineer"]
_WORDS = [
    "the",
    "quarterly",
    "update",
    "covers",
    "pricing",
    "roadmap",
    "team",
    "shipping",
    "weekend",
    "photos",
    "garden",
    "project",
    "budget",
    "meeting",
    "notes",
    "draft",
    "review",
    "release",
    "train",
    "coffee",
    "travel",
    "invoice",
    "schedule",
    "football",
    "concert",
    "recipe",
    "bicycle",
    "apartment",
    "lease",
    "insurance",
    "parcel",
]


@dataclass(frozen=True, slots=True)
class Generated:
    """One generated message with its IMAP internal date and what it was made to be."""

    raw: bytes
    date: dt.datetime
    kind: str


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng: random.Random, count: int) -> str:
    return "\n\n".join(
        " ".join(_sentence(rng, rng.randint(6, 16)) for _ in range(rng.randint(2, 5)))
        for _ in range(count)
    )


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{rng.choice(_LAST).lower()}.example"


def _headers(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\r\n" for k, v in fields)


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _html(rng: random.Random, kb: int) -> str:
    """An HTML newsletter body of roughly ``kb`` kilobytes (tables, inline styles, links)."""
    rows = []
    while sum(len(r) for r in rows) < kb * 1024:
        rows.append(
            '<tr><td style="padding:12px;font-family:Arial,sans-serif;font-size:14px;'
            f'color:#333"><h2 style="margin:0">{_sentence(rng, 5)}</h2><p>{_sentence(rng, 30)}'
            f'</p><a href="https://news.example.com/t/{rng.getrandbits(48):x}" '
            'style="color:#0a66c2">Read more</a></td></tr>\n'
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        '<table width="600" cellpadding="0" cellspacing="0">\n'
        + "".join(rows)
        + "</table><p>You are receiving this because you subscribed. "
        '<a href="https://news.example.com/unsub">Unsubscribe</a></p></body></html>'
    )


def _alternative(rng: random.Random, text: str, html: str) -> tuple[str, str]:
    boundary = f"alt_{rng.getrandbits(40):x}"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n\n{html}\n"
        f"--{boundary}--\n"
    )
    return f'multipart/alternative; boundary="{boundary}"', body


def _base(
    rng: random.Random, n: int, when: dt.datetime, sender: str, *, subject: str, domain: str
) -> list[tuple[str, str]]:
    return [
        ("Return-Path", f"<bounce-{n}@{domain}>"),
        ("Date", format_datetime(when)),
        ("From", sender),
        ("To", ME),
        ("Subject", subject),
        ("Message-ID", f"<bench-{n}-{rng.getrandbits(32):x}@{domain}>"),
        ("MIME-Version", "1.0"),
    ]


def _newsletter(rng: random.Random, n: int, when: dt.datetime, *, alert: bool) -> bytes:
    brand = rng.choice(["Weekly Digest", "Tech Brief", "Design Notes", "Market Watch"])
    domain = "news.example.com"
    if alert:
        subject = f"{rng.randint(3, 40)} new jobs for you: {rng.choice(_ROLES)}"
        # Job alerts mention interviews in passing; the headers settle them as bulk.
        text = f"Top tips to ace your next interview.\n\n{_paragraphs(rng, 3)}"
    else:
        subject = f"{brand} #{rng.randint(1, 400)}: {_sentence(rng, 5)}"
        text = _paragraphs(rng, 3)
    ctype, body = _alternative(rng, text, _html(rng, rng.randint(8, 40)))
    fields = _base(rng, n, when, f"{brand} <newsletter@{domain}>", subject=subject, domain=domain)
    fields += [
        ("List-Unsubscribe", f"<https://{domain}/u/{n}>, <mailto:unsub-{n}@{domain}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Feedback-ID", f"{n % 97}:campaign:esp"),
        ("X-Campaign", f"c{n % 1000}"),
        ("Precedence", "bulk"),
        ("Content-Type", ctype),
    ]
    return _crlf(_headers(fields) + "\n" + body).encode()


def _list_mail(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    name, addr = _person(rng)
    listname = rng.choice(["python-dev", "neighbours", "climbing-club", "book-circle"])
    domain = "lists.example.org"
    fields = _base(
        rng, n, when, f"{name} <{addr}>", subject=f"[{listname}] {_sentence(rng, 6)}", domain=domain
    )
    fields += [
        ("List-Id", f"<{listname}.{domain}>"),
        ("List-Post", f"<mailto:{listname}@{domain}>"),
        ("Precedence", "list"),
        ("Content-Type", "text/plain; charset=utf-8"),
    ]
    return _crlf(_headers(fields) + "\n" + _paragraphs(rng, rng.randint(2, 8))).encode()


def _receipt(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    shop = rng.choice(["Parcel Shop", "Rail Tickets", "Grocer", "Cloud Bills"])
    domain = "shop.example.com"
    total = f"{rng.randint(3, 300)}.{rng.randint(0, 99):02d}"
    text = f"Thank you for your order #{n}. Total: EUR {total}.\n\n{_paragraphs(rng, 2)}"
    ctype, body = _alternative(rng, text, _html(rng, rng.randint(4, 12)))
    fields = _base(
        rng, n, when, f"{shop} <no-reply@{domain}>", subject=f"Your receipt #{n}", domain=domain
    )
    fields += [
        ("List-Unsubscribe", f"<https://{domain}/prefs>"),
        ("Feedback-ID", f"{n % 13}:receipts"),
        ("Content-Type", ctype),
    ]
    return _crlf(_headers(fields) + "\n" + body).encode()


def _notification(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    domain = "accounts.example.com"
    fields = _base(
        rng,
        n,
        when,
        f"Security <no-reply@{domain}>",
        subject="New sign-in to your account",
        domain=domain,
    )
    fields += [("Auto-Submitted", "auto-generated"), ("Content-Type", "text/plain")]
    return _crlf(_headers(fields) + "\n" + _paragraphs(rng, 1)).encode()


def _human(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    name, addr = _person(rng)
    first = name.split()[0]
    subject = rng.choice(["Re: ", "", "", "Fwd: "]) + _sentence(rng, 4).rstrip(".")
    text = f"Hi Jordan,\n\n{_paragraphs(rng, rng.randint(1, 3))}\n\nCheers,\n{first}\n"
    fields = _base(rng, n, when, f"{name} <{addr}>", subject=subject, domain=addr.split("@")[1])
    if subject.startswith("Re: "):
        fields.append(("In-Reply-To", f"<prev-{n}@example.net>"))
        quoted = "\n".join("> " + line for line in _paragraphs(rng, 2).splitlines())
        text += f"\nOn Mon, Jordan Lee wrote:\n{quoted}\n"
    if rng.random() < 0.3:
        ctype, body = _alternative(rng, text, "<div>" + text.replace("\n", "<br>") + "</div>")
        fields.append(("Content-Type", ctype))
    else:
        fields.append(("Content-Type", "text/plain; charset=utf-8"))
        body = text
    return _crlf(_headers(fields) + "\n" + body).encode()


def _large(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    name, addr = _person(rng)
    size = rng.randint(1, 4) * 1024 * 1024
    payload = base64.encodebytes(rng.randbytes(size)).decode()
    boundary = f"mix_{rng.getrandbits(40):x}"
    fields = _base(
        rng, n, when, f"{name} <{addr}>", subject="Photos from the weekend", domain="example.org"
    )
    fields.append(("Content-Type", f'multipart/mixed; boundary="{boundary}"'))
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\nHere they are!\n"
        f"--{boundary}\nContent-Type: application/zip\n"
        f'Content-Disposition: attachment; filename="photos-{n}.zip"\n'
        f"Content-Transfer-Encoding: base64\n\n{payload}--{boundary}--\n"
    )
    return _crlf(_headers(fields) + "\n" + body).encode()


def confirmation(n: int, sent: dt.datetime, *, ats: bool = True, salt: int = 0) -> bytes:
    """An interview confirmation with a calendar REQUEST, three days after ``sent``.

    Its Subject always contains "Interview confirmation" (the imapfilter peer's rule).
    """
    rng = random.Random(n * 7919 + salt)
    company, role = rng.choice(_COMPANIES), rng.choice(_ROLES)
    start = (sent + dt.timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
    start = start.replace(hour=14)
    end = start + dt.timedelta(hours=1)
    iv_name, iv_addr = _person(rng)
    slug = company.lower().replace(" ", "-")
    if ats:
        sender = f"{company} Recruiting <no-reply@us.greenhouse-mail.io>"
        domain = "us.greenhouse-mail.io"
    else:
        sender = f"Dana Whitfield <dana.whitfield@{slug}.example>"
        domain = f"{slug}.example"
    subject = f"Interview confirmation: {role} at {company}"
    stamp = "%Y%m%dT%H%M%SZ"
    utc = dt.UTC
    when_text = start.strftime("%A, %B %d, %Y at 2:00 PM UTC")
    text = (
        f"Hi Jordan,\n\nThank you for your interest in the {role} role at {company}. "
        f"I'm happy to confirm your video interview.\n\nDate: {when_text}\n"
        f"Duration: 60 minutes\nLocation: https://meet.example.com/{rng.getrandbits(32):x}\n\n"
        f"You'll be meeting with {iv_name}, Engineering Manager.\n\nBest,\nDana Whitfield\n"
        f"Recruiting Coordinator | {company}\n"
    )
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//bench//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\n"
        f"UID:bench-{n}-{salt}@{domain}\nSEQUENCE:0\n"
        f"DTSTAMP:{sent.astimezone(utc).strftime(stamp)}\n"
        f"DTSTART:{start.astimezone(utc).strftime(stamp)}\n"
        f"DTEND:{end.astimezone(utc).strftime(stamp)}\n"
        f"SUMMARY:Interview: {role} at {company}\n"
        f"ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@{slug}.example\n"
        f"ATTENDEE;CN={iv_name};ROLE=REQ-PARTICIPANT:mailto:{iv_addr}\n"
        f"ATTENDEE;CN=Jordan Lee;ROLE=REQ-PARTICIPANT:mailto:{ME_ADDR}\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    boundary = f"cal_{rng.getrandbits(40):x}"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        f"--{boundary}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}"
        f"--{boundary}--\n"
    )
    fields = [
        ("Date", format_datetime(sent)),
        ("From", sender),
        ("To", ME),
        ("Reply-To", f"Dana Whitfield <dana.whitfield@{slug}.example>"),
        ("Subject", subject),
        ("Message-ID", f"<confirm-{n}-{salt}-{rng.getrandbits(32):x}@{domain}>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{boundary}"'),
    ]
    return _crlf(_headers(fields) + "\n" + body).encode()


def _hiring_other(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    company = rng.choice(_COMPANIES)
    if rng.random() < 0.5:
        subject = f"Your application to {company}"
        text = (
            "Hi Jordan,\n\nThank you for interviewing with us. After careful consideration "
            "we have decided to move forward with other candidates.\n\nBest of luck,\n"
            f"{company} Talent Team\n"
        )
    else:
        subject = f"Next steps with {company}"
        text = (
            "Hi Jordan,\n\nWe'd love to schedule a phone screen. Could you send me a few "
            "times that work for you next week?\n\nThanks,\nDana\n"
        )
    slug = company.lower().replace(" ", "-")
    fields = _base(
        rng, n, when, f"Dana Whitfield <dana@{slug}.example>", subject=subject, domain=slug
    )
    fields.append(("Content-Type", "text/plain; charset=utf-8"))
    return _crlf(_headers(fields) + "\n" + text).encode()


def _auto_reply(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    name, addr = _person(rng)
    fields = _base(
        rng, n, when, f"{name} <{addr}>", subject="Automatic reply: Thank you", domain="example.org"
    )
    fields += [("Auto-Submitted", "auto-replied"), ("Content-Type", "text/plain")]
    text = "I am out of the office until Monday 16 March with limited access to email.\n"
    return _crlf(_headers(fields) + "\n" + text).encode()


def _bounce(rng: random.Random, n: int, when: dt.datetime) -> bytes:
    boundary = f"rep_{rng.getrandbits(40):x}"
    fields = _base(
        rng,
        n,
        when,
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        subject="Undelivered Mail Returned to Sender",
        domain="mx.example.net",
    )
    fields.append(
        ("Content-Type", f'multipart/report; report-type=delivery-status; boundary="{boundary}"')
    )
    body = (
        f"--{boundary}\nContent-Type: text/plain\n\nThe message could not be delivered.\n"
        f"--{boundary}\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; gone@example.org\n"
        f"Action: failed\nStatus: 5.1.1\n--{boundary}--\n"
    )
    return _crlf(_headers(fields) + "\n" + body).encode()


def messages(count: int, seed: int = 7, now: dt.datetime | None = None) -> Iterator[Generated]:
    """``count`` messages of the mix, oldest first, spread over the 20 days before ``now``."""
    rng = random.Random(seed)
    now = now or dt.datetime.now(dt.UTC)
    span = dt.timedelta(days=20).total_seconds()
    kinds = [k for _, k in MIX]
    weights = [w for w, _ in MIX]
    for n in range(count):
        when = (now - dt.timedelta(seconds=span * (1 - n / max(count, 1)))).replace(microsecond=0)
        kind = rng.choices(kinds, weights)[0]
        if kind == "human" and rng.random() < LARGE_SHARE / 0.26:
            yield Generated(_large(rng, n, when), when, "large")
            continue
        raw = _make(kind, rng, n, when)
        yield Generated(raw, when, kind)


def _make(kind: str, rng: random.Random, n: int, when: dt.datetime) -> bytes:
    if kind == "newsletter":
        return _newsletter(rng, n, when, alert=False)
    if kind == "job_alert":
        return _newsletter(rng, n, when, alert=True)
    if kind == "list":
        return _list_mail(rng, n, when)
    if kind == "receipt":
        return _receipt(rng, n, when)
    if kind == "notification":
        return _notification(rng, n, when)
    if kind == "interview":
        return confirmation(n, when, ats=rng.random() < 0.6, salt=1)
    if kind == "hiring_other":
        return _hiring_other(rng, n, when)
    if kind == "auto_reply":
        return _auto_reply(rng, n, when)
    if kind == "bounce":
        return _bounce(rng, n, when)
    return _human(rng, n, when)
