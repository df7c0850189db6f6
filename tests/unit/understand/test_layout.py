"""Presentation does not change meaning: wrapping, format=flowed and HTML line blocks.

Fixtures are written for these tests: an interview confirmation told the same way in the
layouts mail clients produce, and near neighbours whose line structure must stay as it is.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from daemon.understand import Context, understand
from daemon.understand._mime import html_to_text, parse

from .messages import names, start

CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
)

# The confirmation as its writer typed it: one line per paragraph.
PARAGRAPHS = [
    "Hi Alex,",
    "Thank you for your time last week. I'm happy to confirm your second interview for the "
    "Platform Engineer role at Tallgrass on Thursday, March 12, 2026 at 2:00 PM Eastern.",
    "You will be meeting with our engineering director Marguerite Okonkwo-Reyes and our "
    "principal engineer Tobias Lindqvist, who will walk you through a design exercise.",
    "Best regards,\nPriya Raman\nTallgrass",
]
SENDER = "Priya Raman <priya.raman@tallgrass.example>"
SUBJECT = "Second interview confirmed - Platform Engineer"
WANT_NAMES = ["Marguerite Okonkwo-Reyes", "Tobias Lindqvist"]


def _wrap(paragraph: str, width: int, soft: str = "") -> str:
    """Hard-wrap a paragraph as a mail client does (soft: the flowed trailing space)."""
    out: list[str] = []
    for line in paragraph.split("\n"):
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + soft)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def _plain(body: str, *, flowed: bool = False, delsp: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "Alex Morgan <alex.morgan@gmail.com>"
    msg["Subject"] = SUBJECT
    msg["Date"] = "Mon, 02 Mar 2026 15:04:00 -0500"
    msg["Message-ID"] = "<layout-1@tallgrass.example>"
    msg.set_content(body, cte="quoted-printable")
    if flowed:
        msg.set_param("format", "flowed")
        if delsp:
            msg.set_param("delsp", "yes")
    return msg.as_bytes(policy=SMTP)


def _html(markup: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "Alex Morgan <alex.morgan@gmail.com>"
    msg["Subject"] = SUBJECT
    msg["Date"] = "Mon, 02 Mar 2026 15:04:00 -0500"
    msg["Message-ID"] = "<layout-2@tallgrass.example>"
    msg.set_content(markup, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def _assert_same_as_typed(raw: bytes) -> None:
    u = understand(raw, CTX)
    assert start(u).isoformat() == "2026-03-12T14:00:00-04:00", u.reasons
    assert sorted(names(u)) == WANT_NAMES


class TestHardWrap:
    """Plain text hard-wrapped at a fixed width reads as the writer typed it."""

    def test_unwrapped_original(self) -> None:
        """The confirmation as typed gives its start and both interviewers."""
        _assert_same_as_typed(_plain("\n\n".join(PARAGRAPHS)))

    def test_wrapped_at_72(self) -> None:
        """Wrapped at 72 columns, a name split over two lines is still one name."""
        body = "\n\n".join(_wrap(p, 72) for p in PARAGRAPHS)
        assert "Okonkwo-Reyes" not in body.split("\n")[2]  # the wrap did split it
        _assert_same_as_typed(_plain(body))

    def test_wrapped_at_76(self) -> None:
        """Wrapped at 76 columns, the same."""
        _assert_same_as_typed(_plain("\n\n".join(_wrap(p, 76) for p in PARAGRAPHS)))

    def test_label_rows_stay_rows(self) -> None:
        """A "Label: value" row under a long line is no wrapped continuation."""
        body = (
            "Hi Alex, here are the details of the interview we talked about on the phone\n"
            "this morning, with everything you need to know for Thursday afternoon at our\n"
            "office in the city centre, including the parking arrangements for visitors.\n"
            "Interviewers: Jane Roe\n"
        )
        text = parse(_plain(body)).text
        assert "\nInterviewers: Jane Roe" in text
        assert "interview we talked about on the phone this morning" in text

    def test_short_lines_are_left_alone(self) -> None:
        """Trap: lines well short of any wrap width (a list, a signature) are not joined."""
        body = (
            "Your panel:\nJane Roe - Engineering Manager\nRaj Patel - Staff Engineer\n\n"
            "Best,\nPriya Raman\nTalent Partner, Tallgrass\n"
        )
        assert parse(_plain(body)).text == body.strip()

    def test_one_wrapped_line_in_a_short_note(self) -> None:
        """A short note with one long line wrapped once: the split name is one name."""
        body = (
            "Alex,\n\n"
            "Confirmed for Thursday, March 12th at 2:00 PM Eastern with Marguerite\n"
            "Okonkwo-Reyes (VP Engineering) at Tallgrass. Video, she'll send a link.\n\n"
            "Call me after.\nPriya\n"
        )
        text = parse(_plain(body)).text
        assert "with Marguerite Okonkwo-Reyes (VP Engineering)" in text
        u = understand(_plain(body), CTX)
        assert start(u).isoformat() == "2026-03-12T14:00:00-04:00", u.reasons
        assert names(u) == ["Marguerite Okonkwo-Reyes"]

    def test_one_long_line_keeps_a_closing_line(self) -> None:
        """Trap: with only one long line, a closing "Cheers," under it stays its own line."""
        body = (
            "Thanks again for making time today, it was great to hear about the platform\n"
            "Cheers,\nPriya\n"
        )
        assert "platform\nCheers,\nPriya" in parse(_plain(body)).text

    def test_one_long_line_keeps_its_full_stop(self) -> None:
        """Trap: with only one long line, a break after a full stop is the writer's."""
        body = (
            "We will be in touch by Friday with the outcome of the final round of talks.\n"
            "Priya Raman\nTallgrass\n"
        )
        assert "talks.\nPriya Raman\nTallgrass" in parse(_plain(body)).text

    def test_agenda_rows_are_left_alone(self) -> None:
        """Trap: long agenda rows that each open with a time are rows, not a wrapped text."""
        rows = (
            "09:30 - 10:15  System design with Arjun Mehta (Principal Engineer, Platform)\n"
            "10:30 - 11:15  Coding exercise with Chen Jia Hui (Senior Software Engineer)\n"
            "11:30 - 12:15  Hiring manager conversation with Farhan Iskandar (Director)\n"
        )
        text = parse(_plain("Your schedule on Thursday:\n\n" + rows)).text
        assert text.count("\n") == rows.count("\n") + 1

    def test_list_marks_open_lines(self) -> None:
        """Trap: a bulleted line after a long one stays its own line."""
        body = (
            "We have put together the following panel for your onsite interview next week,\n"
            "all of whom are looking forward to meeting you in person at the office there:\n"
            "- Jane Roe, Engineering Manager\n"
            "- Raj Patel, Staff Engineer\n"
        )
        assert "\n- Jane Roe, Engineering Manager\n- Raj Patel" in parse(_plain(body)).text


class TestFlowed:
    """format=flowed (RFC 3676): soft line breaks are undone."""

    def test_flowed_text_is_joined(self) -> None:
        """Lines ending in a space join the next one, as RFC 3676 section 4.2 says."""
        body = "\n\n".join(_wrap(p, 66, soft=" ") for p in PARAGRAPHS)
        _assert_same_as_typed(_plain(body, flowed=True))

    def test_delsp_removes_the_space(self) -> None:
        """With DelSp=yes the space before a soft break is deleted (a split word rejoins)."""
        raw = _plain("Your interviewer is Marguerite Okon \nkwo-Reyes.\n", flowed=True, delsp=True)
        assert "Marguerite Okonkwo-Reyes." in parse(raw).text

    def test_signature_separator_is_no_soft_break(self) -> None:
        """ "-- " (RFC 3676 section 4.3) keeps the signature on its own lines."""
        raw = _plain("See you Thursday.\n-- \nPriya Raman\n", flowed=True)
        assert parse(raw).text == "See you Thursday.\n--\nPriya Raman"

    def test_fixed_lines_of_flowed_text_stay(self) -> None:
        """Lines without a trailing space are hard breaks, kept."""
        raw = _plain("Date: Thursday\nTime: 2pm\n", flowed=True)
        assert parse(raw).text == "Date: Thursday\nTime: 2pm"


class TestHtmlLines:
    """HTML line blocks (<div>, margin-less <p>) read as lines, not paragraphs."""

    def test_outlook_msonormal_paragraphs_are_lines(self) -> None:
        """Outlook's one <p class=MsoNormal> per line keeps "Date:" and "Time:" together."""
        markup = (
            '<html><body><div class="WordSection1">'
            '<p class="MsoNormal">Hi Alex,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Your interview with Tallgrass is confirmed.<o:p></o:p></p>'
            '<p class="MsoNormal">Date: Thursday, March 12, 2026<o:p></o:p></p>'
            '<p class="MsoNormal">Time: 2:00 PM - 3:00 PM Eastern<o:p></o:p></p>'
            '<p class="MsoNormal">Interviewers: Tobias Lindqvist<o:p></o:p></p>'
            "</div></body></html>"
        )
        text = html_to_text(markup)
        assert "Date: Thursday, March 12, 2026\nTime: 2:00 PM" in text
        assert "Hi Alex,\n\xa0\nYour interview" in text  # the empty paragraph is a blank line
        u = understand(_html(markup), CTX)
        assert start(u).isoformat() == "2026-03-12T14:00:00-04:00", u.reasons
        assert names(u) == ["Tobias Lindqvist"]

    def test_gmail_div_per_line(self) -> None:
        """Gmail's one <div> per line, <div><br></div> for a blank line."""
        lines = "".join(
            f"<div>{x}</div>" if x else "<div><br></div>"
            for p in PARAGRAPHS
            for x in [*p.split("\n"), ""]
        )
        text = html_to_text(f'<div dir="ltr">{lines}</div>')
        assert "Best regards,\nPriya Raman\nTallgrass" in text
        _assert_same_as_typed(_html(f'<div dir="ltr">{lines}</div>'))

    def test_paragraphs_with_margins_stay_paragraphs(self) -> None:
        """Trap: ordinary <p> paragraphs keep their blank line."""
        assert html_to_text("<p>One.</p><p>Two.</p>").strip() == "One.\n\nTwo."

    def test_divs_in_a_label_cell_stay_lines(self) -> None:
        """A table cell of one <div> per guest keeps a guest per line under its label."""
        markup = (
            "<table><tr><td>Guests</td><td><div>Jane Roe</div><div>Raj Patel</div></td></tr>"
            "<tr><td><div>When</div></td><td><div>Thursday 2pm</div></td></tr></table>"
        )
        assert html_to_text(markup).strip() == "Guests:\nJane Roe\nRaj Patel\nWhen: Thursday 2pm"

    def test_sign_off_ends_a_guest_list(self) -> None:
        """Trap: the name under "Best," after a list of line blocks signs the mail."""
        markup = (
            "<div>Your interview on Thursday, March 12, 2026 at 2:00 PM Eastern is confirmed."
            "</div><div><br></div><div>Interviewers:</div><div>Tobias Lindqvist</div>"
            "<div>Best,</div><div>Jordan Fairweather</div>"
        )
        assert names(understand(_html(markup), CTX)) == ["Tobias Lindqvist"]


class TestClientLines:
    """What a mail client adds around the writer's words carries no meaning."""

    BODY = (
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12, 2026 at 2:00 PM "
        "Eastern. Your panel:\nMarguerite Okonkwo-Reyes (Engineering Director)\n"
        "Tobias Lindqvist (Principal Engineer)\n\n{device}\n"
    )

    def test_device_lines_are_no_names(self) -> None:
        """ "Sent from my iPhone" and its de/fr/es forms under a panel list add no person."""
        for device in (
            "Sent from my iPhone",
            "Get Outlook for Android",
            "Von meinem iPhone gesendet",
            "Envoyé de mon iPhone",
            "Enviado desde mi Samsung Galaxy",
        ):
            u = understand(_plain(self.BODY.format(device=device)), CTX)
            assert sorted(names(u)) == WANT_NAMES, device

    def test_sentence_with_sent_from_stays(self) -> None:
        """Trap: a sentence that starts "Sent from" is the writer's, and kept."""
        from daemon.understand import default_lexicon
        from daemon.understand._quotes import own_text

        text = "Sent from our Leeds office: the contract for Jane Roe.\nThanks"
        assert own_text(text, default_lexicon()) == text

    def test_spanish_outlook_quote_block_is_cut(self) -> None:
        """Outlook's Spanish "De:" / "Enviado el:" block starts the quoted history."""
        from daemon.understand import default_lexicon
        from daemon.understand._quotes import own_text

        text = (
            "Confirmado, nos vemos el jueves.\n\nDe: Alex Morgan <alex.morgan@gmail.com>\n"
            "Enviado el: lunes, 2 de marzo de 2026 10:14\nPara: Ana Ruiz\nAsunto: RE: Entrevista"
            "\n\nHola Ana, gracias."
        )
        assert own_text(text, default_lexicon()).strip() == "Confirmado, nos vemos el jueves."

    def test_cancellation_over_a_spanish_outlook_quote(self) -> None:
        """A cancellation with the user's older note quoted below (Outlook, es) stays one."""
        body = (
            "Hi Alex,\n\nI'm sorry, but we have to cancel your interview on Thursday, March 12, "
            "2026 at 2:00 PM Eastern. I will be in touch about a new date.\n\nBest,\nPriya\n\n"
            "De: Alex Morgan <alex.morgan@gmail.com>\nEnviado el: lunes, 2 de marzo de 2026 "
            "10:14\nPara: Priya Raman <priya.raman@tallgrass.example>\nAsunto: RE: Interview\n\n"
            "Hola Priya:\n\nMuchas gracias por la información.\n\nSaludos cordiales,\nAlex Morgan"
        )
        u = understand(_plain(body), CTX)
        assert u.kind.value == "interview_cancelled", u.reasons


class TestSentencePerLine:
    """A writer who presses Enter after each sentence says the same as one who does not."""

    BODY = (
        "Alex,\n\nThank you for your interest in Tallgrass.{sep}Your panel interview has been "
        "scheduled:\n\nPosition: Platform Engineer\nDate: Thursday, March 12, 2026\n"
        "Time: 2:00 PM - 3:30 PM Eastern\nLocation: 80 Pine Street, Floor 12, Brooklyn, NY\n\n"
        "{label}\nMarguerite Okonkwo-Reyes, Director of Engineering\n"
        "Tobias Lindqvist, Principal Engineer\n\nTallgrass Talent Team\n"
    )

    def test_a_sentence_about_the_panel_interview_lists_no_one(self) -> None:
        """ "Your panel interview has been scheduled:" on its own line opens no list of people
        (its labels and the place below are no interviewers)."""
        for sep in (" ", "\n"):
            raw = _plain(self.BODY.format(sep=sep, label="Panel:"))
            u = understand(raw, CTX)
            assert sorted(names(u)) == WANT_NAMES, (repr(sep), names(u))

    def test_label_lines_naming_the_panel_still_list_it(self) -> None:
        """Neighbours: "Meet your panel:" and "Your interviewers for the day:" open the list."""
        for label in ("Meet your panel:", "Your interviewers for the day:", "Your panel:"):
            raw = _plain(self.BODY.format(sep="\n", label=label))
            assert sorted(names(understand(raw, CTX))) == WANT_NAMES, label
