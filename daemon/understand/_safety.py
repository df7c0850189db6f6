"""Automatic-mail detection: RFC 3834 auto-responses, lists, bulk mail and delivery reports.

Cheap header checks run first so that the bulk of a mailbox (newsletters, notifications,
bounces) is settled without looking at bodies or calendars.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum

from ._lexicon import Lexicon
from ._mime import ParsedMessage


class Verdict(Enum):
    """What the headers alone say about a message."""

    HUMAN = "human"
    """No automatic sign at all."""
    MACHINE = "machine"
    """Machine generated (notifications, no-reply senders) but possibly meaningful."""
    BULK = "bulk"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"


@dataclass(frozen=True, slots=True)
class Safety:
    """The safety verdict with its reasons."""

    verdict: Verdict
    reasons: tuple[str, ...]

    @property
    def automated(self) -> bool:
        """Any automatic sign: never a human reply, never answered."""
        return self.verdict is not Verdict.HUMAN


_AUTO_REPLY_HEADERS = (
    "x-autoreply",
    "x-autorespond",
    "x-autoresponder",
    "x-auto-response-suppress",
    "x-mail-autoreply",
    "x-vacationmessage",
    "x-ms-exchange-inbox-rules-loop",
)
BULK_ESP_HEADERS = (
    "x-campaign",
    "x-campaignid",
    "x-mailchimp-id",
    "x-mc-user",
    "x-sg-eid",
    "x-mailgun-tag",
    "x-marketoid",
    "x-sfmc-stack",
    "x-rpcampaign",
    "x-newsletter",
    "x-mailer-lid",
    "x-listmember",
    "x-bulkmail",
    "x-ems-proxy",
)


def domain_of(address: str | None) -> str:
    """Lower-case domain of an address, or ''."""
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[1].strip().strip(">").lower()


def local_of(address: str | None) -> str:
    """Lower-case local part of an address, or ''."""
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[0].strip().strip("<").lower()


def in_domains(domain: str | None, domains: Collection[str]) -> bool:
    """Whether ``domain`` is one of ``domains`` or a subdomain of one."""
    if not domain:
        return False
    parts = domain.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def is_noreply(address: str | None, lex: Lexicon) -> bool:
    """A no-reply or system address nobody reads."""
    local = local_of(address)
    return bool(local) and bool(lex.noreply_local.match(local) or lex.system_local.match(local))


def assess(msg: ParsedMessage, lex: Lexicon) -> Safety:
    """Judge a message's headers (and MIME structure) for automatic origin."""
    reasons: list[str] = []
    h = msg.header
    sender_addr = msg.sender.email if msg.sender else None
    subject = msg.subject.lower()

    # Delivery and disposition reports (RFC 3462/6522 multipart/report, RFC 3464 DSN,
    # RFC 8098 MDN, RFC 5965 ARF): always a bounce, even when the returned original
    # carries a calendar REQUEST.
    if msg.content_type == "multipart/report" or msg.report_type:
        return Safety(
            Verdict.BOUNCE, (f"delivery report ({msg.report_type or 'multipart/report'})",)
        )
    if msg.has_report_part:
        return Safety(Verdict.BOUNCE, ("contains a delivery/disposition report part",))
    if sender_addr and lex.system_local.match(local_of(sender_addr)):
        return Safety(Verdict.BOUNCE, (f"system sender {sender_addr}",))
    if lex.phrase("bounce_subject").search(subject):
        return Safety(Verdict.BOUNCE, (f"bounce subject {msg.subject[:60]!r}",))
    # Only an MTA adds X-Failed-Recipients (Exim and friends) - to its bounces.
    if h("x-failed-recipients"):
        return Safety(Verdict.BOUNCE, ("X-Failed-Recipients header",))

    # RFC 3834 section 5: Auto-Submitted other than "no" marks automatic mail;
    # "auto-replied" is a response to a message (out of office, vacation).
    auto = h("auto-submitted").strip().lower()
    if auto.startswith("auto-replied"):
        return Safety(Verdict.AUTO_REPLY, (f"Auto-Submitted: {auto}",))
    for name in _AUTO_REPLY_HEADERS:
        if name in msg.headers and name != "x-auto-response-suppress":
            return Safety(Verdict.AUTO_REPLY, (f"{name} header",))
    if lex.phrase("auto_reply_subject").search(subject):
        return Safety(Verdict.AUTO_REPLY, (f"auto-reply subject {msg.subject[:60]!r}",))

    precedence = h("precedence").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        reasons.append(f"Precedence: {precedence}")
    if "list-id" in msg.headers or "list-post" in msg.headers:
        reasons.append("mailing list (List-Id/List-Post)")
    if any(name in msg.headers for name in BULK_ESP_HEADERS):
        reasons.append("bulk-mailer header")
    if "list-unsubscribe" in msg.headers and (
        reasons or lex.phrase("bulk_subject").search(subject) or "feedback-id" in msg.headers
    ):
        reasons.append("List-Unsubscribe with bulk signs")
    if reasons:
        return Safety(Verdict.BULK, tuple(reasons))

    machine: list[str] = []
    if auto and auto != "no":
        machine.append(f"Auto-Submitted: {auto}")
    if "x-auto-response-suppress" in msg.headers:
        machine.append("X-Auto-Response-Suppress header")
    if "list-unsubscribe" in msg.headers:
        machine.append("List-Unsubscribe header")
    if is_noreply(sender_addr, lex):
        machine.append(f"no-reply sender {sender_addr}")
    if machine:
        return Safety(Verdict.MACHINE, tuple(machine))
    return Safety(Verdict.HUMAN, ())
