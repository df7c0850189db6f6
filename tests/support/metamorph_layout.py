"""Metamorphic layout testing: label-preserving changes to how a message is presented.

A message means the same thing whatever its transfer encoding, charset, line endings,
line wrapping, MIME layout (plain, alternative, HTML only), the signature, disclaimer or
footer a mail system adds, the older message of the thread quoted below it, where its
calendar part sits, the order of its header fields or the RFC 2047 encoding of its subject
and display names. Each :class:`Transform` here rewrites a message's bytes that way; the
recogniser must give the same kind, start instant and interviewer names for the result as
for the original (``bench/metamorph_layout.py`` measures it over the readable evaluation
sets, ``tests/unit/understand/test_layout_invariance.py`` pins a fixed sample).

How a rewrite works: the message is read into a small body model (plain text, HTML,
calendars inline or attached, other attachments as raw bytes) and the header section kept
as its raw fields; a transform changes the model or the fields, and :func:`render` writes
a new message with its own MIME tree, boundaries and encodings. Messages with a delivery
report or an embedded message are left alone by the rewriting transforms (``None``: not
applicable), as are messages with more than one text part of a type.

Everything added (signatures, disclaimers, footers, quoted notes) is written here for
these tests, in our own words; names and addresses come from the message itself.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import html
import quopri
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.policy import compat32
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "TRANSFORMS",
    "Body",
    "Sample",
    "Transform",
    "by_name",
    "read_body",
    "render",
]

# ---------------------------------------------------------------------------------------
# The message model


@dataclass(frozen=True, slots=True)
class Sample:
    """What a transform may know about a message besides its bytes (from its label)."""

    user_name: str = "Alex Morgan"
    user_address: str = "alex.morgan@example.net"
    kind: str = "other"
    """The labelled kind: quoting an older note is left out for bulk mail."""


@dataclass(slots=True)
class Body:
    """A message's content, independent of its MIME layout."""

    fields: list[bytes]
    """Raw top-level header fields (each with its folded continuation lines, no line end)."""
    plain: str | None = None
    html: str | None = None
    flowed: bool = False
    """The plain part is format=flowed (RFC 3676)."""
    inline_calendars: list[tuple[bytes, str]] = field(default_factory=list)
    """(data, method) of text/calendar parts shown inline (in the alternative)."""
    attached_calendars: list[tuple[bytes, str]] = field(default_factory=list)
    """(data, filename) of calendar attachments."""
    others: list[bytes] = field(default_factory=list)
    """Other attachments, as their raw MIME entity bytes."""
    newline: bytes = b"\r\n"


_CONTENT_FIELD = re.compile(rb"^(content-[\w-]+|mime-version)\s*:", re.IGNORECASE)
_LINE_END = re.compile(rb"\r\n|\r|\n")


def _split_raw(raw: bytes) -> tuple[list[bytes], bytes, bytes]:
    """Header fields, body bytes and the newline the message uses."""
    newline = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    m = re.search(rb"(\r\n|\n)(\r\n|\n)", raw)
    head, body = (raw[: m.start()], raw[m.end() :]) if m else (raw, b"")
    fields: list[bytes] = []
    for line in _LINE_END.split(head):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += newline + line
        elif line:
            fields.append(line)
    return fields, body, newline


def _text_of(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        data = b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def read_body(raw: bytes) -> Body | None:
    """The body model of ``raw``, or None when the message is not one we rewrite."""
    fields, _, newline = _split_raw(raw)
    msg = message_from_bytes(raw, policy=compat32)
    body = Body(fields=[f for f in fields if not _CONTENT_FIELD.match(f)], newline=newline)
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype not in ("multipart/alternative", "multipart/mixed", "multipart/related"):
                return None
            continue
        disposition = (part.get("content-disposition") or "").lower()
        name = part.get_filename() or ""
        if ctype in ("text/calendar", "application/ics") or name.lower().endswith(".ics"):
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                return None
            if "attachment" in disposition or ctype == "application/ics":
                body.attached_calendars.append((data, name or "invite.ics"))
            else:
                method = str(part.get_param("method") or "REQUEST")
                body.inline_calendars.append((data, method))
        elif ctype == "text/plain" and "attachment" not in disposition:
            if body.plain is not None:
                return None
            body.plain = _text_of(part)
            body.flowed = str(part.get_param("format") or "").lower() == "flowed"
        elif ctype == "text/html" and "attachment" not in disposition:
            if body.html is not None:
                return None
            body.html = _text_of(part)
        elif ctype.startswith(("message/", "text/rfc822")):
            return None
        else:
            body.others.append(part.as_bytes())
    if body.plain is None and body.html is None and not body.inline_calendars:
        return None
    if body.flowed and body.plain is not None:
        body.plain = _unflow(body.plain)
        body.flowed = False
    return body


def _unflow(text: str) -> str:
    """RFC 3676 section 4.2: join a line ending in a space with the next one."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.rstrip("\r")
        if out and out[-1].endswith(" ") and out[-1] != "-- ":
            out[-1] += stripped
        else:
            out.append(stripped)
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class Encoding:
    """How text parts are written."""

    transfer: str = "quoted-printable"
    charset: str = "utf-8"


def _encode(text: str, enc: Encoding, newline: bytes) -> tuple[bytes, str] | None:
    """(body bytes, charset) or None when the charset cannot hold the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        data = text.encode(enc.charset)
    except UnicodeEncodeError:
        return None
    if enc.transfer == "base64":
        out = base64.encodebytes(data)
    elif enc.transfer == "quoted-printable":
        out = quopri.encodestring(data)
    elif enc.transfer == "7bit":
        if any(b > 127 for b in data) or any(len(x) > 998 for x in data.split(b"\n")):
            return None
        out = data
    else:  # 8bit
        if any(len(x) > 998 for x in data.split(b"\n")):
            return None
        out = data
    return out.replace(b"\n", newline), enc.charset


_BOUNDARY_SEQ = [0]


def _boundary() -> bytes:
    _BOUNDARY_SEQ[0] += 1
    return b"=_layout_%06d_=" % _BOUNDARY_SEQ[0]


def _leaf(headers: list[bytes], payload: bytes, newline: bytes) -> bytes:
    return newline.join(headers) + newline + newline + payload


def _multi(subtype: bytes, children: list[bytes], newline: bytes) -> bytes:
    b = _boundary()
    parts = [b'Content-Type: multipart/%s; boundary="%s"' % (subtype, b), b""]
    for child in children:
        parts += [b"--" + b, child]
    parts += [b"--" + b + b"--", b""]
    return newline.join(parts)


def render(body: Body, enc: Encoding | None = None) -> bytes | None:
    """The message bytes for ``body``; None when the encoding cannot carry its text."""
    enc = enc or Encoding()
    nl = body.newline
    cte = enc.transfer.encode()
    alternatives: list[bytes] = []
    for subtype, text in ((b"plain", body.plain), (b"html", body.html)):
        if text is None:
            continue
        encoded = _encode(text, enc, nl)
        if encoded is None:
            return None
        data, charset = encoded
        params = b"; format=flowed" if subtype == b"plain" and body.flowed else b""
        ctype = b'Content-Type: text/%s; charset="%s"%s' % (subtype, charset.encode(), params)
        alternatives.append(_leaf([ctype, b"Content-Transfer-Encoding: " + cte], data, nl))
    for data, method in body.inline_calendars:
        ctype = b'Content-Type: text/calendar; charset="utf-8"; method=' + method.encode()
        payload = base64.encodebytes(data).replace(b"\n", nl)
        alternatives.append(_leaf([ctype, b"Content-Transfer-Encoding: base64"], payload, nl))
    attachments: list[bytes] = []
    for data, name in body.attached_calendars:
        payload = base64.encodebytes(data).replace(b"\n", nl)
        attachments.append(
            _leaf(
                [
                    b'Content-Type: application/ics; name="%s"' % name.encode(),
                    b'Content-Disposition: attachment; filename="%s"' % name.encode(),
                    b"Content-Transfer-Encoding: base64",
                ],
                payload,
                nl,
            )
        )
    attachments += [_LINE_END.sub(nl, o) for o in body.others]
    core = alternatives[0] if len(alternatives) == 1 else _multi(b"alternative", alternatives, nl)
    root = core if not attachments else _multi(b"mixed", [core, *attachments], nl)
    head = nl.join([*body.fields, b"MIME-Version: 1.0"])
    return head + nl + root


# ---------------------------------------------------------------------------------------
# Helpers over headers


def _field(body: Body, name: str) -> str:
    """A top-level field's decoded, unfolded value ('' when absent)."""
    prefix = name.lower().encode() + b":"
    for f in body.fields:
        if f.lower().startswith(prefix):
            raw = f[len(prefix) :].decode("utf-8", "replace")
            value = " ".join(raw.split())
            try:
                return str(make_header(decode_header(value)))
            except (LookupError, ValueError, UnicodeError):
                return value
    return ""


def _sender(body: Body) -> tuple[str, str]:
    name, addr = email.utils.parseaddr(_field(body, "from"))
    return name.strip(), addr.strip()


def _date(body: Body) -> dt.datetime:
    try:
        value = email.utils.parsedate_to_datetime(_field(body, "date"))
    except (TypeError, ValueError, IndexError):
        value = None
    if value is None:
        return dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _first(name: str) -> str:
    words = name.replace(",", " ").split()
    return words[0] if words else "there"


# ---------------------------------------------------------------------------------------
# Text to HTML, in the styles real senders use


def _para_lines(text: str) -> list[list[str]]:
    """Paragraphs (blank-line separated) as lists of lines."""
    paras: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            paras[-1].append(line)
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p]


def _esc(line: str) -> str:
    """Escape a line; keep runs of spaces as &nbsp; (how clients preserve them)."""
    out = html.escape(line, quote=False)
    out = re.sub(r"(?<= ) ", "&nbsp;", out)
    return re.sub(r"^ ", "&nbsp;", out)


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _linked(line: str) -> str:
    return _URL.sub(r'<a href="\1" target="_blank">\1</a>', line)


def gmail_html(text: str) -> str:
    """Gmail's composer: one div, lines joined by <br>, a blank <div><br></div> between."""
    blocks = ["<br>".join(_linked(_esc(x)) for x in p) for p in _para_lines(text)]
    inner = "<div><br></div>".join(f"<div>{b}</div>" for b in blocks)
    return f'<div dir="ltr">{inner}</div>\n'


def outlook_html(text: str) -> str:
    """Outlook desktop: Word HTML with MsoNormal paragraphs, one per line, &nbsp; blanks."""
    rows: list[str] = []
    for i, p in enumerate(_para_lines(text)):
        if i:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        rows += [f'<p class="MsoNormal">{_linked(_esc(x))}<o:p></o:p></p>' for x in p]
    body = "\n".join(rows)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt;"
        ' font-family:"Calibri",sans-serif;}\n--></style></head>'
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f'<div class="WordSection1">\n{body}\n</div></body></html>\n'
    )


def ats_html(text: str) -> str:
    """A hiring system's template: layout tables, inline styles, a tracking pixel."""
    paras = "\n".join(
        '<p style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
        'line-height:20px;color:#333333;">' + "<br />".join(_linked(_esc(x)) for x in p) + "</p>"
        for p in _para_lines(text)
    )
    return (
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width">'
        "<title></title></head>"
        '<body style="margin:0;padding:0;background-color:#f4f4f4;">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center" style="padding:24px 0;">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"'
        ' style="background:#ffffff;">'
        f'<tr><td style="padding:32px 40px;">\n{paras}\n</td></tr>'
        "</table></td></tr></table>"
        '<img src="https://links.mail-tracker.example/o/eJx1kE2OwjAMhe_-a.gif" width="1"'
        ' height="1" alt="" style="display:block;border:0;" />'
        "</body></html>\n"
    )


def _html_append(markup: str, snippet: str) -> str:
    """``snippet`` placed at the end of the body of ``markup``."""
    at = markup.lower().rfind("</body>")
    return markup[:at] + snippet + markup[at:] if at >= 0 else markup + snippet


# ---------------------------------------------------------------------------------------
# Additions: signature, disclaimer, footer, "Sent from", quoted older message

_HARNESS_QUOTE = re.compile(
    r"^(?:>|on .{0,200}wrote:|from: |-{3,}\s*original|-{3,}\s*forwarded|_{10,}|begin forwarded)",
    re.IGNORECASE | re.MULTILINE,
)


def _insert_above_quote(text: str, addition: str) -> str:
    """``addition`` after the message's own words (above any quoted history)."""
    m = _HARNESS_QUOTE.search(text)
    if m is None:
        return text.rstrip("\n") + "\n\n" + addition + "\n"
    return text[: m.start()].rstrip("\n") + "\n\n" + addition + "\n\n" + text[m.start() :]


def _add(
    body: Body, plain: str, snippet: str, *, above_quote: bool, plain_only: bool = False
) -> Body:
    new = replace(body, fields=list(body.fields))
    if new.plain is not None:
        new.plain = (
            _insert_above_quote(new.plain, plain)
            if above_quote
            else new.plain.rstrip("\n") + "\n\n" + plain + "\n"
        )
    if new.html is not None and not plain_only:
        new.html = _html_append(new.html, snippet)
    return new


def _company_domain(addr: str) -> str:
    return addr.rpartition("@")[2] or "example.com"


_MACHINE = re.compile(r"no-?reply|notification|calendar|mailer|bounce|system", re.IGNORECASE)


def add_signature(body: Body, sample: Sample) -> Body | None:
    """The sender's signature block (RFC 3676 "-- " separator, phone, website)."""
    name, addr = _sender(body)
    if not name or "@" not in addr or _MACHINE.search(addr.partition("@")[0]):
        return None
    if any(name.casefold() in (t or "").casefold() for t in (body.plain, body.html)):
        return None  # the message is signed already; a second signature is no real layout
    domain = _company_domain(addr)
    plain = f"-- \n{name}\nm: +1 (555) 010-4477\nw: https://www.{domain}/"
    snippet = (
        '<div class="signature" style="font-size:12px;color:#666">-- <br>'
        f"{html.escape(name)}<br>m: +1 (555) 010-4477<br>"
        f'w: <a href="https://www.{domain}/">https://www.{domain}/</a></div>'
    )
    return _add(body, plain, snippet, above_quote=True)


_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any files sent with it are confidential and "
    "intended solely for the use of the individual or entity to whom they are addressed. If "
    "you have received this e-mail in error, please notify the sender and delete it from "
    "your system. Any review, copying or distribution by anyone other than the addressee is "
    "prohibited. E-mail cannot be guaranteed to be secure or error-free."
)


def add_disclaimer(body: Body, sample: Sample) -> Body | None:
    """A legal confidentiality disclaimer appended by the sender's mail server."""
    snippet = f'<p style="font-size:9px;color:#999999">{html.escape(_DISCLAIMER)}</p>'
    return _add(body, _DISCLAIMER, snippet, above_quote=False)


def add_footer(body: Body, sample: Sample) -> Body | None:
    """A transactional mail's footer: preferences/unsubscribe links, postal address."""
    _, addr = _sender(body)
    domain = _company_domain(addr)
    plain = (
        f"This email was sent to {sample.user_address}.\n"
        f"Manage notification preferences: https://www.{domain}/settings/notifications\n"
        f"Unsubscribe: https://www.{domain}/u/8f3a1c | Privacy Policy: "
        f"https://www.{domain}/privacy\n"
        "100 Example Plaza, Suite 400, Springfield, IL 62701"
    )
    snippet = (
        '<table role="presentation" width="100%"><tr><td style="font-size:11px;color:#8a8a8a;'
        f'padding:16px">This email was sent to {html.escape(sample.user_address)}.<br>'
        f'<a href="https://www.{domain}/settings/notifications">Manage notification '
        f'preferences</a> &middot; <a href="https://www.{domain}/u/8f3a1c">Unsubscribe</a>'
        f' &middot; <a href="https://www.{domain}/privacy">Privacy Policy</a><br>'
        "100 Example Plaza, Suite 400, Springfield, IL 62701</td></tr></table>"
        f'<img src="https://www.{domain}/t/open.gif?u=8f3a1c" width="1" height="1" alt="">'
    )
    return _add(body, plain, snippet, above_quote=False)


def add_sent_from(body: Body, sample: Sample) -> Body | None:
    """A phone client's "Sent from my iPhone" line below the own words."""
    return _add(
        body,
        "Sent from my iPhone",
        "<div><br></div><div>Sent from my iPhone</div>",
        above_quote=True,
    )


# The older note quoted below (the user's earlier message to the sender), per language.
_NOTES = {
    "en": "Hi {first},\n\nThank you for the update, I appreciate it. I look forward to "
    "hearing from you.\n\nBest regards,\n{user}",
    "de": "Hallo {first},\n\nvielen Dank für die Rückmeldung. Ich freue mich, von Ihnen zu "
    "hören.\n\nViele Grüße\n{user}",
    "fr": "Bonjour {first},\n\nMerci beaucoup pour votre retour. Au plaisir de vous lire."
    "\n\nCordialement,\n{user}",
    "es": "Hola {first}:\n\nMuchas gracias por la información. Quedo a la espera de sus "
    "noticias.\n\nSaludos cordiales,\n{user}",
}
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}


def _when(lang: str, moment: dt.datetime, style: str) -> str:
    """The sent date as the client writes it in its attribution line or header block."""
    day = _DAYS[lang][moment.weekday()]
    month = _MONTHS[lang].split()[moment.month - 1]
    hm = moment.strftime("%H:%M")
    if lang == "en":
        ampm = moment.strftime("%I:%M %p").lstrip("0")
        if style == "gmail":
            return f"{day[:3]}, {month[:3]} {moment.day}, {moment.year} at {ampm}"
        if style == "apple":
            return f"{month[:3]} {moment.day}, {moment.year}, at {ampm}"
        return f"{day}, {month} {moment.day}, {moment.year} {ampm}"
    if lang == "de":
        if style == "gmail":
            return f"{day[:2]}., {moment.day}. {month} {moment.year} um {hm} Uhr"
        return f"{day}, {moment.day}. {month} {moment.year} {hm}"
    if lang == "fr":
        if style == "gmail":
            return f"{day[:3]}. {moment.day} {month} {moment.year} à {hm}"
        return f"{day} {moment.day} {month} {moment.year} {hm}"
    if style == "gmail":
        return f"{day[:3]}, {moment.day} {month[:3]} {moment.year} a las {hm}"
    return f"{day}, {moment.day} de {month} de {moment.year} {hm}"


_ATTRIBUTION = {
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}
_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "RE"),
    "de": ("Von", "Gesendet", "An", "Betreff", "AW"),
    "fr": ("De", "Envoyé", "À", "Objet", "RE"),
    "es": ("De", "Enviado el", "Para", "Asunto", "RE"),
}


def _quote_blocks(body: Body, sample: Sample, lang: str, style: str) -> tuple[str, str] | None:
    """(plain, html) of the older quoted message in ``style``; None for bulk mail."""
    if sample.kind == "bulk":
        return None
    sender_name, sender_addr = _sender(body)
    if not sender_addr:
        return None
    when = _date(body) - dt.timedelta(days=3, hours=2, minutes=17)
    note = _NOTES[lang].format(first=_first(sender_name), user=sample.user_name)
    who = f"{sample.user_name} <{sample.user_address}>"
    subject = re.sub(
        r"^\s*((re|aw|fwd?|wg|tr|rv)\s*:\s*)+", "", _field(body, "subject"), flags=re.I
    )
    if style in ("gmail", "apple"):
        head = _ATTRIBUTION[lang].format(when=_when(lang, when, style), who=who)
        quoted = "\n".join(f"> {x}" if x else ">" for x in note.split("\n"))
        plain = f"{head}\n\n{quoted}"
        note_html = "<br>".join(html.escape(x) for x in note.split("\n"))
        markup = (
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"{html.escape(head)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{note_html}'
            "</blockquote></div>"
        )
        return plain, markup
    frm, sent, to, subj, re_mark = _OUTLOOK_LABELS[lang]
    to_who = f"{sender_name} <{sender_addr}>" if sender_name else sender_addr
    rows = [
        (frm, who),
        (sent, _when(lang, when, "outlook")),
        (to, to_who),
        (subj, f"{re_mark}: {subject}" if subject else re_mark),
    ]
    sep = " : " if lang == "fr" else ": "
    top = "-----Original Message-----" if style == "original" else "_" * 32
    plain = top + "\n" + "\n".join(f"{k}{sep}{v}" for k, v in rows) + "\n\n" + note
    note_html = "".join(f'<p class="MsoNormal">{html.escape(x)}</p>' for x in note.split("\n"))
    markup = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal">'
        + "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in rows)
        + f"</p></div>{note_html}"
    )
    return plain, markup


def quote_older(lang: str, style: str) -> Callable[[Body, Sample], Body | None]:
    """A transform quoting the user's older note below the message, as ``style`` does."""

    def apply(body: Body, sample: Sample) -> Body | None:
        blocks = _quote_blocks(body, sample, lang, style)
        if blocks is None:
            return None
        plain, markup = blocks
        return _add(body, plain, markup, above_quote=False)

    apply.__doc__ = f"An older note of the thread quoted below ({lang}, {style} style)."
    return apply


def mobile_reply(body: Body, sample: Sample) -> Body | None:
    """The iPhone reply layout: own words, "Sent from my iPhone", then the quoted note."""
    blocks = _quote_blocks(body, sample, "en", "apple")
    if blocks is None:
        return None
    with_line = add_sent_from(body, sample)
    if with_line is None:
        return None
    plain, markup = blocks
    return _add(with_line, plain, markup, above_quote=False)


_AGENCY = ("Sam Okafor", "sam.okafor@brightpath-talent.example")
_REPLACED_ON_FORWARD = (b"from:", b"subject:", b"message-id:", b"in-reply-to:", b"references:")


def forwarded_by_agency(body: Body, sample: Sample) -> Body | None:
    """An agency recruiter forwards the company's confirmation to the user with a short
    note above Gmail's "Forwarded message" block. Only first-hand text confirmations: a
    forwarded invitation carries its calendar as an attachment, and a forwarded reply or
    forward nests a thread, other layouts."""
    if sample.kind != "interview" or body.plain is None:
        return None
    if body.inline_calendars or body.attached_calendars:
        return None
    if _field(body, "in-reply-to") or _HARNESS_QUOTE.search(body.plain):
        # A reply in a thread, or mail that already quotes or forwards: another layout.
        return None
    name, addr = _sender(body)
    header = (
        "---------- Forwarded message ---------\n"
        f"From: {name} <{addr}>\n"
        f"Date: {_field(body, 'date')}\n"
        f"Subject: {_field(body, 'subject')}\n"
        f"To: {_field(body, 'to')}\n"
    )
    note = (
        f"Hi {_first(sample.user_name)},\n\nForwarding the confirmation from the client "
        "below - all booked. Good luck, and call me afterwards!\n\nSam\n"
    )
    fields = [f for f in body.fields if not f.lower().startswith(_REPLACED_ON_FORWARD)]
    fields += [
        f"From: {_AGENCY[0]} <{_AGENCY[1]}>".encode(),
        f"Subject: Fwd: {_field(body, 'subject')}".encode(),
        b"Message-ID: <fwd-metamorph-1@brightpath-talent.example>",
    ]
    new = replace(body, fields=fields)
    new.plain = f"{note}\n{header}\n{body.plain}"
    if body.html is not None:
        top = html.escape(note).replace("\n", "<br>")
        block = html.escape(header).replace("\n", "<br>")
        new.html = (
            f'<div dir="ltr">{top}<br><div class="gmail_quote">{block}<br>{body.html}</div></div>'
        )
    return new


# ---------------------------------------------------------------------------------------
# Layout changes


def _wrap_lines(text: str, width: int, *, flowed: bool) -> str:
    """Hard-wrap long lines at ``width``; flowed lines keep a trailing space (RFC 3676)."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if flowed else line)
            continue
        prefix = re.match(r"^(>+ ?)?", line)
        lead = prefix.group(0) if prefix else ""
        pieces = textwrap.wrap(
            line[len(lead) :],
            width=width - len(lead),
            break_long_words=False,
            break_on_hyphens=False,
        )
        if flowed:
            pieces = [p + " " for p in pieces[:-1]] + pieces[-1:]
        out += [lead + p for p in pieces]
    return "\n".join(out)


def hard_wrap(width: int) -> Callable[[Body, Sample], Body | None]:
    """Hard line breaks at ``width`` columns in the plain part (old clients, Outlook)."""

    def apply(body: Body, sample: Sample) -> Body | None:
        if body.plain is None or max(map(len, body.plain.split("\n"))) <= width:
            return None
        new = replace(body, fields=list(body.fields))
        new.plain = _wrap_lines(body.plain, width, flowed=False)
        return new

    apply.__doc__ = f"Plain lines hard-wrapped at {width} columns."
    return apply


def flowed(body: Body, sample: Sample) -> Body | None:
    """format=flowed (RFC 3676): soft breaks at 72 columns, a space before each break."""
    if body.plain is None or max(map(len, body.plain.split("\n"))) <= 72:
        return None
    new = replace(body, fields=list(body.fields))
    new.plain = _wrap_lines(body.plain, 72, flowed=True)
    new.flowed = True
    return new


# A sentence's end inside a line: ". " (or "! ", "? ") before a capital letter, not after a
# short capitalised abbreviation ("Dr. ", "St. ", "Ing. ", "Prof. ") or an initial ("J. ").
_SENTENCE_BREAK = re.compile(
    r"(?<=[a-z0-9)\]][a-z0-9)\]][.!?])"
    r"(?<!\b[A-Z][a-z][.])(?<!\b[A-Z][a-z]{2}[.])(?<!\b[A-Z][a-z]{3}[.])"
    r" (?=[A-ZÀ-ÖØ-Þ])"
)


def sentence_lines(body: Body, sample: Sample) -> Body | None:
    """Each sentence on a line of its own (a phone writer pressing Enter after each one)."""
    if body.plain is None:
        return None
    lines = body.plain.split("\n")
    split = [ln if ln.startswith(">") else _SENTENCE_BREAK.sub("\n", ln) for ln in lines]
    if split == lines:
        return None
    new = replace(body, fields=list(body.fields))
    new.plain = "\n".join(split)
    return new


_TAG = re.compile(r"<[^>]*>")


def _stub_plain(body: Body) -> bool:
    """Whether the plain part is a stub beside a fuller HTML part ("view it in HTML")."""
    if body.plain is None or body.html is None:
        return False
    shown = html.unescape(_TAG.sub(" ", re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", body.html)))
    return len(body.plain.split()) < 0.5 * len(shown.split())


def plain_only(body: Body, sample: Sample) -> Body | None:
    """A multipart/alternative reduced to its plain part (not when that is a stub)."""
    if body.plain is None or body.html is None or _stub_plain(body):
        return None
    new = replace(body, fields=list(body.fields))
    new.html = None
    return new


def html_only(body: Body, sample: Sample) -> Body | None:
    """A multipart/alternative reduced to its HTML part."""
    if body.plain is None or body.html is None:
        return None
    new = replace(body, fields=list(body.fields))
    new.plain = None
    return new


def as_html(style: Callable[[str], str]) -> Callable[[Body, Sample], Body | None]:
    """The plain text sent as HTML only, written as ``style`` writes it."""

    def apply(body: Body, sample: Sample) -> Body | None:
        if body.plain is None or not body.plain.strip() or _stub_plain(body):
            return None
        new = replace(body, fields=list(body.fields))
        new.html = style(body.plain)
        new.plain = None
        return new

    apply.__doc__ = f"The plain text as HTML only ({style.__name__})."
    return apply


def with_alternative(body: Body, sample: Sample) -> Body | None:
    """A plain-only message sent as multipart/alternative with a Gmail-style HTML part."""
    if body.plain is None or body.html is not None:
        return None
    new = replace(body, fields=list(body.fields))
    new.html = gmail_html(body.plain)
    return new


def ics_attached(body: Body, sample: Sample) -> Body | None:
    """Inline text/calendar parts moved to an .ics attachment."""
    if not body.inline_calendars or body.attached_calendars:
        return None
    new = replace(body, fields=list(body.fields), others=list(body.others))
    new.attached_calendars = [(d, "invite.ics") for d, _ in body.inline_calendars]
    new.inline_calendars = []
    if new.plain is None and new.html is None:
        return None
    return new


_METHOD = re.compile(rb"^METHOD:\s*([A-Z-]+)", re.MULTILINE)


def ics_inline(body: Body, sample: Sample) -> Body | None:
    """Calendar attachments shown inline as text/calendar (with the file's METHOD)."""
    if not body.attached_calendars or body.inline_calendars:
        return None
    new = replace(body, fields=list(body.fields))
    new.inline_calendars = []
    for data, _ in body.attached_calendars:
        m = _METHOD.search(data)
        new.inline_calendars.append((data, m.group(1).decode() if m else "PUBLISH"))
    new.attached_calendars = []
    return new


def _calendars(body: Body, rewrite: Callable[[bytes], bytes | None]) -> Body | None:
    """``body`` with every calendar part rewritten; None when no part changes."""
    inline = [(rewrite(d), m) for d, m in body.inline_calendars]
    attached = [(rewrite(d), f) for d, f in body.attached_calendars]
    if all(d is None for d, _ in [*inline, *attached]):
        return None
    new = replace(body, fields=list(body.fields))
    new.inline_calendars = [
        (d if d is not None else o, m)
        for (d, m), (o, _) in zip(inline, body.inline_calendars, strict=True)
    ]
    new.attached_calendars = [
        (d if d is not None else o, f)
        for (d, f), (o, _) in zip(attached, body.attached_calendars, strict=True)
    ]
    return new


_ICS_UNFOLD = re.compile(rb"\r?\n[ \t]")


def _fold_lines(data: bytes) -> bytes | None:
    """RFC 5545 3.1: content lines folded at 75 octets (CRLF and a space), whole UTF-8
    characters kept together."""
    lines = _ICS_UNFOLD.sub(b"", data).replace(b"\r\n", b"\n").split(b"\n")
    if all(len(line) <= 75 for line in lines):
        return None
    out: list[bytes] = []
    for line in lines:
        text = line.decode("utf-8", "replace")
        chunk, size, pieces = "", 0, []
        for ch in text:
            n = len(ch.encode("utf-8"))
            if size + n > (75 if not pieces else 74):
                pieces.append(chunk)
                chunk, size = "", 0
            chunk += ch
            size += n
        pieces.append(chunk)
        out.append("\r\n ".join(pieces).encode("utf-8"))
    return b"\r\n".join(out)


def ics_folded(body: Body, sample: Sample) -> Body | None:
    """Calendar lines folded at 75 octets, as Outlook and Google fold long lines."""
    return _calendars(body, _fold_lines)


_ZONED_TIME = re.compile(rb"^(DTSTART|DTEND);TZID=\"?([^\":;\r\n]+)\"?:(\d{8}T\d{6})\r?$", re.M)


def _in_utc(data: bytes) -> bytes | None:
    """DTSTART/DTEND given with a TZID rewritten as the same instants in UTC ("...Z")."""
    unfolded = _ICS_UNFOLD.sub(b"", data)
    failed = False

    def utc(m: re.Match[bytes]) -> bytes:
        nonlocal failed
        try:
            zone = ZoneInfo(m.group(2).decode().strip())
        except (ValueError, KeyError, ZoneInfoNotFoundError):
            failed = True
            return m.group(0)
        local = dt.datetime.strptime(m.group(3).decode(), "%Y%m%dT%H%M%S").replace(tzinfo=zone)
        when = local.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return m.group(1) + b":" + when.encode()

    new = _ZONED_TIME.sub(utc, unfolded)
    return None if failed or new == unfolded else new


def ics_utc(body: Body, sample: Sample) -> Body | None:
    """Event times given in UTC instead of a named zone (same instants)."""
    return _calendars(body, _in_utc)


def reordered_headers(body: Body, sample: Sample) -> Body | None:
    """Top-level header fields in reverse order (RFC 5322 gives order no meaning here)."""
    return replace(body, fields=list(reversed(body.fields)))


_ADDRESS_FIELDS = ("from", "to", "cc", "reply-to", "sender")


def _encoded_word(text: str, charset: str, q: bool, newline: str) -> str:
    """``text`` as RFC 2047 encoded words (Q or B), folded as mailers fold them."""
    if q:
        return Header(text, charset).encode(maxlinelen=76, linesep=newline)
    words: list[str] = []
    chunk = ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    encoded = [f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words]
    return (newline + " ").join(encoded)


def rfc2047(charset: str, q: bool) -> Callable[[Body, Sample], Body | None]:
    """Subject and display names sent as RFC 2047 encoded words."""

    def apply(body: Body, sample: Sample) -> Body | None:
        fields: list[bytes] = []
        changed = False
        nl = body.newline.decode()
        for f in body.fields:
            name, _, _ = f.partition(b":")
            key = name.strip().lower().decode("ascii", "replace")
            if key == "subject":
                value = _field(body, "subject")
                try:
                    word = _encoded_word(value, charset, q, nl) if value else ""
                except UnicodeEncodeError:
                    return None
                fields.append(b"Subject: " + word.encode("ascii"))
                changed = changed or bool(value)
            elif key in _ADDRESS_FIELDS:
                value = _field(Body(fields=[f]), key)
                pairs = email.utils.getaddresses([value])
                out: list[str] = []
                for display, addr in pairs:
                    if display:
                        try:
                            out.append(f"{_encoded_word(display, charset, q, nl)} <{addr}>")
                        except UnicodeEncodeError:
                            return None
                        changed = True
                    else:
                        out.append(addr)
                fields.append(name + b": " + ", ".join(out).encode("ascii", "replace"))
            else:
                fields.append(f)
        return replace(body, fields=fields) if changed else None

    apply.__doc__ = f"Subject and display names as RFC 2047 {'Q' if q else 'B'} words ({charset})."
    return apply


# ---------------------------------------------------------------------------------------
# The catalogue

BodyFn = Callable[[Body, Sample], Body | None]


@dataclass(frozen=True, slots=True)
class Transform:
    """One label-preserving rewrite of a message."""

    name: str
    family: str
    change: BodyFn | None = None
    """The body-model change (None: the model as read)."""
    encoding: Encoding = Encoding()
    raw: Callable[[bytes], bytes | None] | None = None
    """A byte-level rewrite instead of a model change."""

    def apply(self, raw: bytes, sample: Sample) -> bytes | None:
        """The rewritten message, or None when the transform does not apply to it."""
        if self.raw is not None:
            out = self.raw(raw)
            return None if out is None or out == raw else out
        body = read_body(raw)
        if body is None:
            return None
        if self.change is not None:
            changed = self.change(body, sample)
            if changed is None:
                return None
            body = changed
        return render(body, self.encoding)


def _to_crlf(raw: bytes) -> bytes | None:
    return _LINE_END.sub(b"\r\n", raw)


def _to_lf(raw: bytes) -> bytes | None:
    return _LINE_END.sub(b"\n", raw)


# ---------------------------------------------------------------------------------------
# Wording that keeps the meaning: a greeting left out, a 24-hour clock


_GREETING_LINE = re.compile(
    r"\A\s*(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|guten tag|liebe[rs]?|"
    r"sehr geehrte[rs]?|bonjour|salut|cher|chère|hola|buenos días|estimad[oa])\b"
    r"[^\n.?;]{0,40}[,!]?[ \t]*\n+",
    re.IGNORECASE,
)


def without_greeting(body: Body, sample: Sample) -> Body | None:
    """The opening "Hi Alex," left out, as terse writers do (plain part; HTML too when it
    has a plain part to follow)."""
    if body.plain is None or not _GREETING_LINE.match(body.plain):
        return None
    new = replace(body, fields=list(body.fields))
    new.plain = _GREETING_LINE.sub("", body.plain, count=1)
    if body.html is not None:
        text = html_to_text_like(new.plain)
        new.html = f'<div dir="ltr">{text}</div>'
    return new


def html_to_text_like(plain: str) -> str:
    """Plain text as Gmail's HTML composer writes it: escaped, one <br> per line."""
    return html.escape(plain).replace("\n", "<br>")


_TWELVE_HOUR = re.compile(
    r"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])"
)


def _to_24h(m: re.Match[str]) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3) in "Pp" else 0)
    return f"{hour:02d}:{m.group(2) or '00'}"


def clock_24h(body: Body, sample: Sample) -> Body | None:
    """Times written on a 24-hour clock ("2:30 PM" as "14:30"), in the words only."""
    if body.plain is None or not _TWELVE_HOUR.search(body.plain):
        return None
    new = replace(body, fields=list(body.fields))
    new.plain = _TWELVE_HOUR.sub(_to_24h, body.plain)
    if body.html is not None:
        new.html = _TWELVE_HOUR.sub(_to_24h, body.html)
    return new


_PERSONAL_KINDS = frozenset(
    {"interview", "interview_cancelled", "scheduling_request", "rejection", "offer", "other"}
)


def in_reply(body: Body, sample: Sample) -> Body | None:
    """The same words sent as a reply in the thread the user began ("RE:" subject,
    In-Reply-To and References naming the user's earlier message)."""
    subject = _field(body, "subject")
    if sample.kind not in _PERSONAL_KINDS or not subject or _field(body, "in-reply-to"):
        return None
    if re.match(r"(?i)\s*(re|aw|sv|fw|fwd|wg|tr|rv)\s*:", subject):
        return None
    fields = [f for f in body.fields if not f.lower().startswith((b"subject:", b"references:"))]
    earlier = b"<user-note-1@mail.example.net>"
    fields += [
        f"Subject: RE: {subject}".encode(),
        b"In-Reply-To: " + earlier,
        b"References: " + earlier,
    ]
    return replace(body, fields=fields)


def cc_colleague(body: Body, sample: Sample) -> Body | None:
    """A colleague of the sender copied in (Cc), named nowhere in the words."""
    _, addr = _sender(body)
    if sample.kind not in _PERSONAL_KINDS or not addr or _MACHINE.search(addr):
        return None
    if any(f.lower().startswith(b"cc:") for f in body.fields):
        return None
    colleague = f"Morwenna Tregarthen <morwenna.tregarthen@{_company_domain(addr)}>"
    return replace(body, fields=[*body.fields, f"Cc: {colleague}".encode()])


def _same(body: Body, sample: Sample) -> Body | None:
    return body


def _charset(name: str) -> Encoding:
    return Encoding(transfer="quoted-printable", charset=name)


TRANSFORMS: tuple[Transform, ...] = (
    Transform("rebuild", "baseline"),
    Transform("7bit", "encoding", encoding=Encoding(transfer="7bit")),
    Transform("8bit", "encoding", encoding=Encoding(transfer="8bit")),
    Transform("base64", "encoding", encoding=Encoding(transfer="base64")),
    Transform("latin1", "encoding", _same, encoding=_charset("iso-8859-1")),
    Transform("cp1252", "encoding", _same, encoding=_charset("windows-1252")),
    Transform("crlf", "encoding", raw=_to_crlf),
    Transform("lf", "encoding", raw=_to_lf),
    Transform("wrap72", "wrapping", hard_wrap(72)),
    Transform("wrap76", "wrapping", hard_wrap(76)),
    Transform("flowed", "wrapping", flowed),
    Transform("sentence_lines", "wrapping", sentence_lines),
    Transform("plain_only", "mime", plain_only),
    Transform("html_only", "mime", html_only),
    Transform("alternative", "mime", with_alternative),
    Transform("html_gmail", "mime", as_html(gmail_html)),
    Transform("html_outlook", "mime", as_html(outlook_html)),
    Transform("html_ats", "mime", as_html(ats_html)),
    Transform("signature", "addition", add_signature),
    Transform("disclaimer", "addition", add_disclaimer),
    Transform("footer", "addition", add_footer),
    Transform("sent_from", "addition", add_sent_from),
    Transform("mobile_reply", "quote", mobile_reply),
    Transform("fwd_agency", "quote", forwarded_by_agency),
    Transform("no_greeting", "wording", without_greeting),
    Transform("clock_24h", "wording", clock_24h),
    Transform("in_reply", "header", in_reply),
    Transform("cc_colleague", "header", cc_colleague),
    Transform("quote_gmail", "quote", quote_older("en", "gmail")),
    Transform("quote_outlook", "quote", quote_older("en", "outlook")),
    Transform("quote_original", "quote", quote_older("en", "original")),
    Transform("quote_de", "quote", quote_older("de", "gmail")),
    Transform("quote_de_outlook", "quote", quote_older("de", "outlook")),
    Transform("quote_fr", "quote", quote_older("fr", "gmail")),
    Transform("quote_fr_outlook", "quote", quote_older("fr", "outlook")),
    Transform("quote_es", "quote", quote_older("es", "gmail")),
    Transform("quote_es_outlook", "quote", quote_older("es", "outlook")),
    Transform("ics_attached", "calendar", ics_attached),
    Transform("ics_inline", "calendar", ics_inline),
    Transform("ics_folded", "calendar", ics_folded),
    Transform("ics_utc", "calendar", ics_utc),
    Transform("header_order", "header", reordered_headers),
    Transform("rfc2047_b", "header", rfc2047("utf-8", q=False)),
    Transform("rfc2047_q", "header", rfc2047("iso-8859-1", q=True)),
)


def by_name(name: str) -> Transform:
    """The transform called ``name`` (KeyError names the choices)."""
    for t in TRANSFORMS:
        if t.name == name:
            return t
    raise KeyError(f"no transform {name!r}; choose one of {', '.join(t.name for t in TRANSFORMS)}")
