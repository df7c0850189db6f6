"""The hiring company and the role a hiring message names.

The company comes from the text's own wording first ("Interview with Acme", "your
application to Acme"), then from the sender's display name, then from the sender's
domain (never a free-mail, hiring-system, scheduler or agency domain); a name that is a
person, a place or a hiring tool is not a company.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon, per_lexicon
from ._mime import ParsedMessage
from ._safety import domain_of, in_domains, is_noreply, local_of

_COMPANY_TRAIL = re.compile(
    r"\s+(?:team|talent|recruiting|recruitment|careers|hiring|hr|people)(?:\s+team)?$",
    re.IGNORECASE,
)
# Compiled once: per-call re.* lookups go through re's small cache, which per-message
# patterns used to overflow.
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_ROLE_END = re.compile(r"\s+(?:at|with|@)\s+|\s[-–|]\s")
# A requisition number after a title ("Data Analyst (R-10482)", "(Req 2026-4471)"): ATS
# bookkeeping, not part of the role. Brackets with words only stay ("(Gauteng North)").
_REQ_ID = re.compile(r"\s*[(\[][^()\[\]\n]{0,20}\d{3}[^()\[\]\n]{0,12}[)\]]\s*$")
# A calendar sending for a person ("Jane Roe (Google Calendar)" from
# calendar-notification@google.com): its domain is the calendar's, not the employer's.
_CALENDAR_RELAY_NAME = re.compile(
    r"\((?:google )?(?:calendar|agenda|kalender|calendario)\)\s*$", re.IGNORECASE
)
_CALENDAR_LOCAL = re.compile(r"calendar(?:[-_.][a-z0-9-]+)?", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|co|labs|technologies|group|ag|sa|bv|limited)\b\.?",
    re.IGNORECASE,
)


def _clean_company(name: str, lex: Lexicon) -> str | None:
    """Trim a company candidate; None when it is not usable."""
    name = name.strip(" \t-–|:,.\"'")
    # Company names are capitalised words; "Acme has been scheduled" ends at "has", and
    # "Interview with Harlow Foods Thursday" at the day the subject adds.
    kept: list[str] = []
    for word in name.split():
        if not (word[0].isupper() or word[0].isdigit() or word in ("&", "of", "and", "de", "+")):
            break
        # A day spelt out, not an abbreviation a name may hold ("Sun", "Mar").
        day = word.lower().strip(".,")
        if kept and len(day) >= 5 and day in lex.weekdays:
            break
        kept.append(word)
    name = " ".join(kept)
    name = _COMPANY_TRAIL.sub("", name).strip(" -–|:,.")
    if name.lower().startswith("the "):
        name = name[4:]
    if not name or len(name) > 60 or "@" in name or len(name) < 2:
        return None
    return name


def find_company(
    msg: ParsedMessage,
    texts: list[str],
    lex: Lexicon,
    *,
    ats: bool,
    agency: bool,
    people: frozenset[str],
) -> tuple[str | None, str]:
    """The hiring company and where it came from (``people``: names that are persons)."""
    for pat in lex.company_patterns:
        for text in texts:
            m = pat.search(text)
            if m:
                name = _clean_company(m.group("company"), lex)
                # "Interview with Jane Doe" names a person when Jane is in the message;
                # "puesto de Analista en Madrid" names a city.
                low = name.lower() if name else ""
                if name and not any(low in ws for ws in (lex.not_names, people, lex.zone_regions)):
                    if _people_listed(low, people, lex):
                        continue
                    return name, "text"
    display = (msg.sender.name or "") if msg.sender else ""
    if display and "@" not in display:
        for sender_pat in lex.sender_company_patterns:
            m = sender_pat.match(display)
            if m:
                name = _clean_company(m.group("company"), lex)
                if name and not in_domains(name.lower(), lex.ats_domains):
                    return name, "sender name"
        sender_email = msg.sender.email if msg.sender else None
        if (ats or is_noreply(sender_email, lex)) and (
            len(display.split()) == 1 or _COMPANY_SUFFIX.search(display)
        ):
            name = _clean_company(display, lex)
            # "Calendly <notifications@calendly.com>" names the tool, not the employer.
            if name and not _names_tool(name, lex):
                return name, "sender name"
    if not agency and not ats and msg.sender and msg.sender.email:
        dom = domain_of(msg.sender.email)
        relayed = bool(
            _CALENDAR_RELAY_NAME.search(display)
            or _CALENDAR_LOCAL.fullmatch(local_of(msg.sender.email))
        )
        if relayed:
            # Replies go to the person the calendar sends for: their domain is the employer's.
            dom = next((domain_of(p.email) for p in msg.reply_to if p.email), "")
        if not (
            not dom
            or in_domains(dom, lex.freemail_domains)
            or in_domains(dom, lex.ats_domains)
            or in_domains(dom, lex.scheduling_domains)
            or in_domains(dom, lex.agency_domains)
        ):
            label = domain_label(dom)
            if label and label not in ("mail", "email", "example"):
                return label.capitalize(), "reply-to domain" if relayed else "sender domain"
    return None, ""


def _people_listed(low: str, people: frozenset[str], lex: Lexicon) -> bool:
    """Whether a candidate names people ("Jane Roe and Raj Patel"), not one company.

    "Interview for Analyst with Jane Roe and Raj Patel", "with Recruiter Jane Roe": a part
    the list's joiners separate is, or ends with, a full name read as a person ("Johnson &
    Johnson", "Acme Corp and Partners" hold none).
    """
    parts = [p.strip() for p in _list_split(lex).split(low) if p.strip()]
    full = [name for name in people if " " in name.strip()]
    return any(p == name or p.endswith(f" {name}") for p in parts for name in full)


@per_lexicon
def _list_split(lex: Lexicon) -> re.Pattern[str]:
    """What separates the items of a list: a comma or an "and" word of the lexicon."""
    joiners = "|".join(re.escape(w) for w in sorted(lex.and_words, key=len, reverse=True))
    return re.compile(rf",|\s(?:{joiners})(?:\s|$)")


def domain_label(dom: str) -> str:
    """The organisation's own label in a domain ("acme.com", "mail.acme.co.uk" -> "acme")."""
    parts = dom.split(".")
    if len(parts) >= 3 and len(parts[-2]) <= 3:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else ""


def _names_tool(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is an ATS or scheduling tool ("Calendly", "Greenhouse")."""
    key = _NON_ALNUM.sub("", name.lower())
    return any(
        key == _NON_ALNUM.sub("", d.split(".")[0])
        for d in (*lex.ats_domains, *lex.scheduling_domains)
    )


def find_role(texts: list[str], lex: Lexicon) -> str | None:
    """The role applied for, from the first text that states it."""
    for text in texts:
        for pat in lex.role_patterns:
            m = pat.search(text)
            if m:
                role = _ROLE_END.split(m.group("role"))[0]
                role = _REQ_ID.sub("", role).strip(" .,:;-\"'")
                if 2 <= len(role) <= 80 and role.lower() not in lex.not_names:
                    return role
    return None
