"""Reading a large message part by part: the plan and the rebuilt message (pure)."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import compat32

from daemon import parts

# imapclient's parse of a BODYSTRUCTURE (RFC 3501 §7.4.2) for multipart/mixed with
# [multipart/alternative [text/plain, text/html], application/pdf, text/calendar].
ALTERNATIVE = (
    [
        (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 7, 1, None, None, None),
        (b"text", b"html", (b"charset", b"utf-8"), None, None, b"7bit", 14, 1, None, None, None),
    ],
    b"alternative",
    (b"boundary", b"alt-1"),
    None,
    None,
    None,
)
PDF = (
    b"application",
    b"pdf",
    None,
    None,
    None,
    b"base64",
    410528,
    None,
    (b"attachment", (b"filename", b"cv.pdf")),
    None,
    None,
)
OCTET_ICS = (
    b"application",
    b"octet-stream",
    (b"name", b"invite.ics"),
    None,
    None,
    b"base64",
    900,
    None,
    None,
    None,
    None,
)
STRUCTURE = ([ALTERNATIVE, PDF, OCTET_ICS], b"mixed", (b"boundary", b"mix-1"), None, None, None)


def test_plan_reads_text_and_calendars_not_attachments() -> None:
    """Text and calendar parts are fetched whole; a PDF only by its MIME header."""
    root = parts.plan(STRUCTURE)
    assert root is not None
    assert parts.fetch_items(root) == [
        "BODY.PEEK[1.MIME]",
        "BODY.PEEK[1.1.MIME]",
        f"BODY.PEEK[1.1]<0.{parts.PART_LIMIT}>",
        "BODY.PEEK[1.2.MIME]",
        f"BODY.PEEK[1.2]<0.{parts.PART_LIMIT}>",
        "BODY.PEEK[2.MIME]",
        "BODY.PEEK[3.MIME]",
        f"BODY.PEEK[3]<0.{parts.PART_LIMIT}>",
    ]


def test_single_part_and_structures_without_boundary_are_not_planned() -> None:
    """Nothing to leave out of a single part; no boundary (no extension data) is unusable."""
    assert parts.plan(PDF) is None
    assert parts.plan(([PDF], b"mixed", None, None, None, None)) is None
    assert parts.plan(None) is None
    assert parts.plan("garbage") is None


def test_section_key_matches_the_servers_answer() -> None:
    """A partial FETCH item is answered under its section name without the range."""
    assert parts.section_key("BODY.PEEK[1.2]<0.1048576>") == "BODY[1.2]"
    assert parts.section_key("BODY.PEEK[2.MIME]") == "BODY[2.MIME]"


def test_assembled_message_keeps_tree_text_names_and_calendar() -> None:
    """The rebuilt message parses to the same tree, text, file names and calendar."""
    root = parts.plan(STRUCTURE)
    assert root is not None
    header = (
        b"From: Ana <ana@acme.example>\r\nSubject: Interview\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="mix-1"\r\n\r\n'
    )
    sections = {
        "BODY[1.MIME]": b'Content-Type: multipart/alternative; boundary="alt-1"\r\n\r\n',
        "BODY[1.1.MIME]": b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        "BODY[1.1]": b"See you Tuesday at 10.",
        "BODY[1.2.MIME]": b"Content-Type: text/html; charset=utf-8\r\n\r\n",
        "BODY[1.2]": b"<p>See you</p>",
        "BODY[2.MIME]": (
            b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="cv.pdf"\r\n\r\n'
        ),
        "BODY[3.MIME]": b'Content-Type: application/octet-stream; name="invite.ics"\r\n\r\n',
        "BODY[3]": b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    }
    msg = message_from_bytes(parts.assemble(header, root, sections), policy=compat32)
    assert msg.get_content_type() == "multipart/mixed"
    assert not msg.defects
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    assert [p.get_content_type() for p in leaves] == [
        "text/plain",
        "text/html",
        "application/pdf",
        "application/octet-stream",
    ]
    assert leaves[0].get_payload() == "See you Tuesday at 10."
    assert leaves[2].get_filename() == "cv.pdf"
    assert leaves[2].get_payload() == ""
    assert leaves[3].get_payload() == "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
