"""Writing the mails: thank-yous, the notes prompt, reminders, digests and notices.

Pure functions from frozen inputs to a :class:`Draft` (subject and plain-text body). The
texts come from Jinja2 templates rendered in a ``SandboxedEnvironment``:

- defaults are package files ``daemon/templates/<name>.j2`` (see :data:`TEMPLATE_NAMES`);
  the YAML config may override any of them with a string;
- ``autoescape`` is off (plain text), undefined variables raise (``StrictUndefined``), and
  the only templates reachable from a template are ours (the loader), never the file
  system at large;
- everything that comes from mail or from the user's notes is passed in as *data*: Jinja
  never evaluates the output of an expression again, so ``{{ 7*7 }}`` in a note is sent as
  those characters.

Varied phrasing: templates call ``choose(slot, option, ...)``. The pick is a pure
function of the case, the slot and the interviewer's *variant* number, so a draft renders
the same way every time, and :func:`compose_thank_yous` gives each interviewer of a case
a different variant so their mails differ in structure, not only in names and topics.

Safety: subjects (the only header text made here) are stripped of CR, LF, NUL and other
control characters, so nothing can start a new header (RFC 5322 §2.2 header fields end at
CRLF). Bodies are normalised to ``\\n`` line ends, lose control characters, and never begin
with whitespace, so a MIME builder cannot read them as header continuation lines.
:func:`check_personal` refuses sets of thank-yous that are not personal.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

import jinja2
import phonenumbers
from jinja2.sandbox import SandboxedEnvironment

from daemon.notes import answer_key, clean_phrase, display_name, first_name, normalise
from daemon.understand.model import Person

__all__ = [
    "DEFAULT_BAD_NEWS_QUESTIONS",
    "DEFAULT_GOOD_NEWS_QUESTIONS",
    "LINKEDIN_NOTE_LIMIT",
    "OWN_SUBJECT_TAG",
    "SIMILARITY_LIMIT",
    "TEMPLATE_NAMES",
    "DigestInput",
    "DigestItem",
    "Draft",
    "DroppedNoticeInput",
    "LinkedInContact",
    "LinkedInInput",
    "NotesPromptInput",
    "NotesReminderInput",
    "PersonalProblem",
    "SendFailedInput",
    "TemplateError",
    "Templates",
    "ThankYouInput",
    "check_personal",
    "compose_call_digest",
    "compose_dropped_notice",
    "compose_linkedin_reminder",
    "compose_notes_prompt",
    "compose_notes_reminder",
    "compose_send_failed",
    "compose_thank_you",
    "compose_thank_yous",
    "header_safe",
    "linkedin_note",
    "similarity",
    "when_phrase",
]

OWN_SUBJECT_TAG: Final = "[interview-followup]"
"""Prefix of every subject the daemon writes to the user (never to the company)."""
SIMILARITY_LIMIT: Final = 0.8
"""Two thank-yous whose name-free bodies have a word-level ``difflib`` ratio at or above
this are "near-identical": a copy with another name pasted in scores about 0.9 or more,
our varied defaults score well under 0.6."""
# Variants tried per person before a too-similar text is left for check_personal to hold.
_VARIANT_TRIES: Final = 12
LINKEDIN_NOTE_LIMIT: Final = 300
"""LinkedIn's limit for an invitation note, in characters."""
MAX_SUBJECT_CHARS: Final = 150

DEFAULT_GOOD_NEWS_QUESTIONS: Final = (
    "What are the next steps, and who would I meet?",
    "Is there anything you would like me to prepare?",
    "What timeline are you working to?",
)
DEFAULT_BAD_NEWS_QUESTIONS: Final = (
    "What made the difference in the end?",
    "Which skills or experience would have made me a stronger candidate?",
    "Could you keep me in mind for future roles?",
    "Is there someone else it would be worth staying in touch with?",
)

TEMPLATE_NAMES: Final = (
    "thank_you.subject",
    "thank_you.body",
    "thank_you_generic.subject",
    "thank_you_generic.body",
    "notes_prompt.subject",
    "notes_prompt.body",
    "notes_reminder.subject",
    "notes_reminder.body",
    "call_digest.subject",
    "call_digest.body",
    "linkedin_reminder.subject",
    "linkedin_reminder.body",
    "linkedin_note",
    "dropped.subject",
    "dropped.body",
    "send_failed.subject",
    "send_failed.body",
    "notice.subject",
    "notice.body",
)

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_GREETING_RE: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_CONTROL_EXCEPT_NEWLINE_TAB: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")


class TemplateError(ValueError):
    """A template (default or from the config) does not compile or cannot render."""


# ---------------------------------------------------------------------- data in, out


@dataclass(frozen=True, slots=True)
class Draft:
    """A mail's text: a one-line subject and a plain-text body (``\\n`` line ends)."""

    subject: str
    body: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ThankYouInput:
    """Everything one interviewer's thank-you is made from.

    `variant` picks the phrasing; None derives it from (case, interviewer).
    `greeting` is the salutation word(s): "Dear" (default), "Hi", "Hello".
    """

    case_key: str
    user_name: str
    signature: str
    company: str | None
    role: str | None
    interview_start_local: dt.datetime
    send_date: dt.date
    interviewer: Person
    topic: str | None
    idea: str | None = None
    shared_note: str | None = None
    greeting: str = "Dear"
    variant: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NotesPromptInput:
    """The mail asking the user for notes right after an interview."""

    case_key: str
    user_name: str
    company: str | None
    role: str | None
    interview_start_local: dt.datetime
    interviewers: tuple[Person, ...]
    thank_you_due_local: dt.datetime | None = None
    """When the thank-yous are planned to go out, in the interview's zone."""


@dataclass(frozen=True, slots=True, kw_only=True)
class NotesReminderInput:
    """The single reminder when notes are still missing close to send time."""

    case_key: str
    user_name: str
    company: str | None
    role: str | None
    interview_start_local: dt.datetime
    interviewers: tuple[Person, ...]
    missing: tuple[Person, ...]
    """Interviewers without a topic."""
    due_local: dt.datetime
    on_missing_notes: Literal["hold", "send_generic"] = "hold"


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestItem:
    """One case that needs a phone call."""

    case_ref: str
    """How the user names the case in a reply ("done Acme"), usually the company."""
    company: str | None
    role: str | None
    contact: Person
    """Whom to call: the recruiter for an agency case, else the interviewer or organiser."""
    agency: str | None = None
    """The agency's name when the case came through one."""
    reason: str
    """Why a call is due, in words ("no reply 3 business days after your thank-you")."""
    phones: tuple[str, ...] = ()
    """E.164 numbers found in the thread."""
    where_to_look: str | None = None
    """Where to find a number when none was found, as a phrase starting with a
    preposition ("in the Greenhouse mail of 3 June"); a sensible default otherwise."""
    last_message_from: Person | None = None
    last_message_at_local: dt.datetime | None = None
    last_message_excerpt: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestInput:
    """The daily call-needed digest."""

    user_name: str
    today_local: dt.date
    items: tuple[DigestItem, ...]
    good_news_questions: tuple[str, ...] = DEFAULT_GOOD_NEWS_QUESTIONS
    bad_news_questions: tuple[str, ...] = DEFAULT_BAD_NEWS_QUESTIONS


@dataclass(frozen=True, slots=True)
class LinkedInContact:
    """Someone to connect with, and what the user talked about with them."""

    person: Person
    topic: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkedInInput:
    """The reminder, some days after an outcome, to connect on LinkedIn."""

    case_key: str
    user_name: str
    company: str | None
    role: str | None
    outcome: Literal["offer", "rejection", "closed"]
    contacts: tuple[LinkedInContact, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DroppedNoticeInput:
    """Tells the user a planned thank-you was dropped because they wrote themselves."""

    user_name: str
    company: str | None
    role: str | None
    interviewer: Person
    user_message_at_local: dt.datetime | None = None
    user_message_subject: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SendFailedInput:
    """Tells the user a mail could not be delivered (permanent failure)."""

    user_name: str
    company: str | None
    role: str | None
    recipient: Person
    error: str
    """The server's answer, e.g. ``550 5.1.1 user unknown``."""
    what: str = "thank-you"
    planned_body: str | None = None


@dataclass(frozen=True, slots=True)
class PersonalProblem:
    """Why a set of thank-yous may not go out as it is."""

    kind: Literal["no_topic", "missing_topic", "foreign_topic", "too_similar"]
    people: tuple[Person, ...]
    detail: str

    def __str__(self) -> str:
        return self.detail


# ----------------------------------------------------------------------- sanitising


def header_safe(text: str, limit: int = MAX_SUBJECT_CHARS) -> str:
    """One header-safe line: CR, LF, NUL and other controls become spaces, then trimmed."""
    flat = "".join(" " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch for ch in text)
    line = " ".join(flat.split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def _one_line(text: str | None) -> str | None:
    """Data for use inside a sentence or a header: one line, or None when empty."""
    if text is None:
        return None
    line = header_safe(text, limit=500)
    return line or None


def _phrase(text: str | None) -> str | None:
    """A note for use inside a sentence (see :func:`daemon.notes.clean_phrase`)."""
    if text is None:
        return None
    return clean_phrase(header_safe(text, limit=500)) or None


def _clean_body(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = [_CONTROL_EXCEPT_NEWLINE_TAB.sub("", line).rstrip() for line in lines]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(cleaned)).strip()
    return body + "\n"


def _multi_line(text: str | None) -> str | None:
    if text is None:
        return None
    body = _clean_body(text).strip("\n")
    return body or None


# ----------------------------------------------------------------------- formatting


def _day(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def _short_day(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()][:3]} {day.day} {_MONTHS[day.month - 1][:3]}"


def _moment(value: dt.datetime) -> str:
    return f"{_day(value.date())} at {value:%H:%M}"


def when_phrase(start_local: dt.date | dt.datetime, send_date: dt.date) -> str:
    """How the thank-you refers to the interview day, seen from the send date.

    "today", "yesterday", "on Friday" within the last week, else "on Friday 6 March".
    """
    day = start_local.date() if isinstance(start_local, dt.datetime) else start_local
    days_ago = (send_date - day).days
    if days_ago == 0:
        return "today"
    if days_ago == 1:
        return "yesterday"
    if 1 < days_ago < 7:
        return f"on {_WEEKDAYS[day.weekday()]}"
    return f"on {_day(day)}"


def _position(role: str | None, company: str | None) -> str:
    role_text, company_text = _one_line(role), _one_line(company)
    if role_text and re.search(r"\b(role|position|job|post|vacancy)\b", role_text, re.I):
        noun = f"the {role_text}"
    elif role_text:
        noun = f"the {role_text} role"
    else:
        noun = "the role"
    return f"{noun} at {company_text}" if company_text else noun


def _greeting_line(greeting: str, person: Person) -> str:
    word = " ".join(greeting.split())
    if not _GREETING_RE.fullmatch(word):
        raise ValueError(f"greeting must be one or two words (e.g. Dear, Hi), got {greeting!r}")
    given = first_name(person)
    if given:
        return f"{word} {_one_line(given)},"
    return "Hello,"


def _user_first(user_name: str) -> str | None:
    words = user_name.split()
    return _one_line(words[0]) if words else None


def _phone(number: str) -> str:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return header_safe(number)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _person_line(person: Person) -> str:
    label = display_name(person)
    title = _one_line(person.title)
    text = f"{label}, {title}" if title and person.name else label
    if person.email and person.name:
        text += f" <{person.email}>"
    return header_safe(text, limit=300)


def _interviewer_key(person: Person) -> str:
    return normalise(person.email or display_name(person))


# ------------------------------------------------------------------------ templates


def _finalize(value: object) -> object:
    # None renders as nothing rather than the word "None".
    return "" if value is None else value


class Templates:
    """The compiled templates: package defaults, with overrides from the config.

    Overrides map a name from :data:`TEMPLATE_NAMES` to template source. Every template
    is compiled here, so a broken override fails at config load, naming the template.
    """

    def __init__(self, overrides: Mapping[str, str] | None = None) -> None:
        overrides = dict(overrides or {})
        unknown = sorted(set(overrides) - set(TEMPLATE_NAMES))
        if unknown:
            raise TemplateError(
                f"unknown template name(s) {', '.join(unknown)}; "
                f"choose from {', '.join(TEMPLATE_NAMES)}"
            )
        loader = jinja2.ChoiceLoader(
            [
                jinja2.DictLoader({f"{name}.j2": src for name, src in overrides.items()}),
                jinja2.PackageLoader("daemon", "templates"),
            ]
        )
        self._env = SandboxedEnvironment(
            loader=loader,
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=_finalize,
            auto_reload=False,
        )
        self._compiled: dict[str, jinja2.Template] = {}
        for name in TEMPLATE_NAMES:
            try:
                self._compiled[name] = self._env.get_template(f"{name}.j2")
            except jinja2.TemplateSyntaxError as exc:
                origin = "config override" if name in overrides else "package default"
                raise TemplateError(
                    f"template {name} ({origin}) line {exc.lineno}: {exc.message}"
                ) from exc
            except jinja2.TemplateNotFound as exc:
                raise TemplateError(f"template {name} is missing from the package") from exc

    def render(
        self,
        name: str,
        context: Mapping[str, object],
        *,
        seed: str = "",
        variant: int = 0,
    ) -> str:
        """Render template `name` with `context` and a ``choose`` bound to seed/variant."""
        template = self._compiled.get(name)
        if template is None:
            raise TemplateError(f"unknown template {name!r}; choose from {TEMPLATE_NAMES}")
        try:
            return template.render({**context, "choose": _chooser(seed, variant)})
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {name} failed to render: {exc}") from exc


def _stable_int(*parts: str) -> int:
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def _chooser(seed: str, variant: int) -> Callable[..., object]:
    """``choose(slot, *options)``: a deterministic pick per (seed, slot, variant).

    The slot's base index comes from a hash of (seed, slot); `variant` moves along the
    options one step, so variants 0..n-1 of an n-option slot all differ.
    """

    def choose(slot: str, *options: object) -> object:
        if not options:
            raise TemplateError(f"choose({slot!r}) needs at least one option")
        return options[(_stable_int(seed, str(slot)) + variant) % len(options)]

    return choose


_DEFAULT_TEMPLATES: Templates | None = None


def _templates(templates: Templates | None) -> Templates:
    global _DEFAULT_TEMPLATES  # noqa: PLW0603 - compile the package defaults once, lazily
    if templates is not None:
        return templates
    if _DEFAULT_TEMPLATES is None:
        _DEFAULT_TEMPLATES = Templates()
    return _DEFAULT_TEMPLATES


def _draft(subject: str, body: str) -> Draft:
    return Draft(subject=header_safe(subject), body=_clean_body(body))


def _own_subject(text: str) -> str:
    return f"{OWN_SUBJECT_TAG} {header_safe(text)}"


# ------------------------------------------------------------------------ thank-yous


def _variant(inp: ThankYouInput) -> int:
    if inp.variant is not None:
        return inp.variant
    return _stable_int(inp.case_key, _interviewer_key(inp.interviewer)) % 997


def compose_thank_you(inp: ThankYouInput, templates: Templates | None = None) -> Draft:
    """One interviewer's thank-you; generic (no topic) when `inp.topic` is None.

    A missing or empty topic selects the ``thank_you_generic`` templates, which are
    meant for ``on_missing_notes: send_generic`` only.
    """
    tpl = _templates(templates)
    topic = _phrase(inp.topic)
    context: dict[str, object] = {
        "greeting_line": _greeting_line(inp.greeting, inp.interviewer),
        "first_name": _one_line(first_name(inp.interviewer)),
        "name": display_name(inp.interviewer),
        "when": when_phrase(inp.interview_start_local, inp.send_date),
        "weekday": _WEEKDAYS[inp.interview_start_local.weekday()],
        "role": _one_line(inp.role),
        "company": _one_line(inp.company),
        "position": _position(inp.role, inp.company),
        "topic": topic,
        "idea": _phrase(inp.idea),
        "shared": _phrase(inp.shared_note),
        "signature": _multi_line(inp.signature) or _one_line(inp.user_name) or "",
        "user_name": _one_line(inp.user_name),
    }
    kind = "thank_you" if topic else "thank_you_generic"
    variant = _variant(inp)
    subject = tpl.render(f"{kind}.subject", context, seed=inp.case_key, variant=variant)
    body = tpl.render(f"{kind}.body", context, seed=inp.case_key, variant=variant)
    return _draft(subject, body)


def compose_thank_yous(
    inputs: Sequence[ThankYouInput],
    templates: Templates | None = None,
    *,
    written: Mapping[int, Draft] | None = None,
) -> tuple[Draft, ...]:
    """Thank-yous for every interviewer of one case, each with its own variant.

    Variants follow the interviewers' order by address (or name), so each person keeps
    the same phrasing when the drafts are rendered again, and no two people share one.
    ``written`` maps indexes of `inputs` to the text already sent or placed as a draft for
    that person: it is returned as is, and the others step to a later variant while theirs
    would be as alike as :data:`SIMILARITY_LIMIT` to one of those or to an earlier new one
    (people added to a round after some mails went out shift everyone's rank, and a
    template slot with n options repeats every n variants). Returned in the order of
    `inputs`. Run :func:`check_personal` on the result.
    """
    fixed = dict(written or {})
    order = sorted(range(len(inputs)), key=lambda i: _interviewer_key(inputs[i].interviewer))
    rank = {index: position for position, index in enumerate(order)}
    people = [inp.interviewer for inp in inputs]
    chosen: dict[int, Draft] = dict(fixed)
    for index in order:
        if index in fixed:
            continue
        inp = inputs[index]
        base = inp.variant if inp.variant is not None else rank[index]
        tries = (
            compose_thank_you(replace(inp, variant=base + step), templates)
            for step in range(_VARIANT_TRIES)
        )
        first = next(tries)
        # Bounded: every slot shipped has at most a handful of options; if no variant
        # differs enough, the first stands and check_personal holds it (the safe failure).
        pick = next(
            (
                draft
                for draft in itertools.chain((first,), tries)
                if all(
                    similarity(draft.body, other.body, people) < SIMILARITY_LIMIT
                    for other in chosen.values()
                )
            ),
            first,
        )
        chosen[index] = pick
    return tuple(chosen[index] for index in range(len(inputs)))


# -------------------------------------------------------------------- personal check


def _name_tokens(people: Sequence[Person]) -> set[str]:
    tokens: set[str] = set()
    for person in people:
        for text in (person.name, person.email):
            if text:
                tokens.update(re.findall(r"\w+", normalise(text)))
        if person.email:
            tokens.add(normalise(person.email))
    return tokens


def _words_without_names(body: str, names: set[str]) -> list[str]:
    words = re.findall(r"[\w@.'-]+", normalise(body))
    return ["<name>" if word.strip(".'-") in names else word for word in words]


def similarity(first: str, second: str, people: Sequence[Person] = ()) -> float:
    """Word-level likeness (0..1) of two bodies after every person's name is masked."""
    names = _name_tokens(people)
    a, b = _words_without_names(first, names), _words_without_names(second, names)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def check_personal(
    drafts: Sequence[tuple[Person, Draft, str | None]],
    *,
    threshold: float = SIMILARITY_LIMIT,
    require_topics: bool = True,
) -> list[PersonalProblem]:
    """Why these thank-yous for one interview are not personal enough (empty: fine).

    - each body must contain its interviewer's own topic (case, accents and spacing
      ignored), unless `require_topics` is False (``send_generic``);
    - no body may contain another interviewer's topic that is not also its own;
    - no two bodies may be near-identical once names are masked: a word-level
      ``difflib`` ratio at or above `threshold` (default :data:`SIMILARITY_LIMIT`).
    """
    problems: list[PersonalProblem] = []
    people = [person for person, _, _ in drafts]
    topics = [_phrase(topic) for _, _, topic in drafts]
    bodies = [normalise(draft.body) for _, draft, _ in drafts]
    for (person, _, _), topic, body in zip(drafts, topics, bodies, strict=True):
        label = display_name(person)
        if topic is None:
            if require_topics:
                problems.append(PersonalProblem("no_topic", (person,), f"no topic for {label}"))
            continue
        if normalise(topic) not in body:
            problems.append(
                PersonalProblem(
                    "missing_topic", (person,), f"the mail to {label} does not mention “{topic}”"
                )
            )
    for i, (person, _, _) in enumerate(drafts):
        own = normalise(topics[i] or "")
        for j, other_topic in enumerate(topics):
            if i == j or other_topic is None:
                continue
            foreign = normalise(other_topic)
            if foreign and foreign not in own and foreign in bodies[i]:
                problems.append(
                    PersonalProblem(
                        "foreign_topic",
                        (person, people[j]),
                        f"the mail to {display_name(person)} mentions "
                        f"{display_name(people[j])}'s topic “{other_topic}”",
                    )
                )
    for i in range(len(drafts)):
        for j in range(i + 1, len(drafts)):
            ratio = similarity(drafts[i][1].body, drafts[j][1].body, people)
            if ratio >= threshold:
                problems.append(
                    PersonalProblem(
                        "too_similar",
                        (people[i], people[j]),
                        f"the mails to {display_name(people[i])} and "
                        f"{display_name(people[j])} are {ratio:.0%} alike "
                        f"(limit {threshold:.0%})",
                    )
                )
    return problems


# ---------------------------------------------------------------- mails to the user


def _case_context(
    company: str | None, role: str | None, start: dt.datetime | None = None
) -> dict[str, object]:
    context: dict[str, object] = {
        "company": _one_line(company),
        "role": _one_line(role),
        "position": _position(role, company),
        "interview_label": " — ".join(x for x in (_one_line(company), _one_line(role)) if x)
        or None,
    }
    if start is not None:
        context["interview_when"] = _moment(start)
        context["interview_day"] = _day(start.date())
    return context


@dataclass(frozen=True, slots=True)
class _PromptPerson:
    label: str
    key: str
    needs_email: bool
    needs_name: bool
    needs_title: bool


def _prompt_people(people: Sequence[Person]) -> list[_PromptPerson]:
    return [
        _PromptPerson(
            label=_person_line(person),
            key=header_safe(answer_key(person, people)),
            needs_email=person.email is None,
            needs_name=not person.name,
            needs_title=bool(person.name) and not person.title,
        )
        for person in people
    ]


def compose_notes_prompt(inp: NotesPromptInput, templates: Templates | None = None) -> Draft:
    """The prompt asking for notes while the interview is fresh."""
    tpl = _templates(templates)
    context = _case_context(inp.company, inp.role, inp.interview_start_local)
    context.update(
        user_first_name=_user_first(inp.user_name),
        people=_prompt_people(inp.interviewers),
        thank_you_when=_moment(inp.thank_you_due_local) if inp.thank_you_due_local else None,
    )
    subject = tpl.render("notes_prompt.subject", context, seed=inp.case_key)
    body = tpl.render("notes_prompt.body", context, seed=inp.case_key)
    return _draft(_own_subject(subject), body)


def compose_notes_reminder(inp: NotesReminderInput, templates: Templates | None = None) -> Draft:
    """The one reminder when notes are missing at send time."""
    tpl = _templates(templates)
    context = _case_context(inp.company, inp.role, inp.interview_start_local)
    missing = set(inp.missing)
    context.update(
        user_first_name=_user_first(inp.user_name),
        missing_people=[
            entry
            for entry, person in zip(
                _prompt_people(inp.interviewers), inp.interviewers, strict=True
            )
            if person in missing
        ],
        due_when=_moment(inp.due_local),
        generic=inp.on_missing_notes == "send_generic",
    )
    subject = tpl.render("notes_reminder.subject", context, seed=inp.case_key)
    body = tpl.render("notes_reminder.body", context, seed=inp.case_key)
    return _draft(_own_subject(subject), body)


@dataclass(frozen=True, slots=True)
class _DigestView:
    case_ref: str
    heading: str
    contact: str
    via: str | None
    reason: str
    phones: tuple[str, ...]
    where_to_look: str
    last_message: str | None


def _digest_view(item: DigestItem) -> _DigestView:
    heading = " — ".join(x for x in (_one_line(item.company), _one_line(item.role)) if x)
    agency = _one_line(item.agency)
    last: str | None = None
    if item.last_message_at_local is not None or item.last_message_excerpt:
        parts: list[str] = []
        excerpt = _one_line(item.last_message_excerpt)
        if excerpt:
            if len(excerpt) > 200:
                excerpt = excerpt[:199].rstrip() + "…"
            parts.append(f"“{excerpt}”")
        who = display_name(item.last_message_from) if item.last_message_from else None
        when = _moment(item.last_message_at_local) if item.last_message_at_local else None
        tail = ", ".join(x for x in (who, when) if x)
        last = " — ".join(x for x in (" ".join(parts), tail) if x) or None
    default_where = (
        f"on {agency}'s website or in the recruiter's signature in older mail"
        if agency
        else "on the company's website, in the invitation's signature, or on the "
        "interviewer's LinkedIn profile"
    )
    return _DigestView(
        case_ref=header_safe(item.case_ref),
        heading=heading or header_safe(item.case_ref),
        contact=_person_line(item.contact),
        via=agency,
        reason=_one_line(item.reason) or "no reply yet",
        phones=tuple(_phone(number) for number in item.phones),
        where_to_look=_one_line(item.where_to_look) or default_where,
        last_message=last,
    )


def compose_call_digest(inp: DigestInput, templates: Templates | None = None) -> Draft:
    """The daily digest of cases where a phone call is due."""
    tpl = _templates(templates)
    context: dict[str, object] = {
        "user_first_name": _user_first(inp.user_name),
        "today": _day(inp.today_local),
        "items": [_digest_view(item) for item in inp.items],
        "good_questions": [q for q in (_one_line(x) for x in inp.good_news_questions) if q],
        "bad_questions": [q for q in (_one_line(x) for x in inp.bad_news_questions) if q],
        "example_ref": header_safe(inp.items[0].case_ref) if inp.items else "Acme",
    }
    seed = inp.today_local.isoformat()
    subject = tpl.render("call_digest.subject", context, seed=seed)
    body = tpl.render("call_digest.body", context, seed=seed)
    return _draft(_own_subject(subject), body)


def linkedin_note(
    person: Person,
    *,
    user_name: str,
    company: str | None,
    topic: str | None,
    case_key: str = "",
    variant: int | None = None,
    templates: Templates | None = None,
) -> str:
    """A LinkedIn invitation note of at most :data:`LINKEDIN_NOTE_LIMIT` characters.

    Polite, personal when a topic is known, and never asking for a meeting or a call.
    Longer renderings fall back to other phrasings, then to no topic, then are cut at a
    word boundary.
    """
    tpl = _templates(templates)
    base = variant if variant is not None else _stable_int(case_key, _interviewer_key(person))
    given = first_name(person)
    context: dict[str, object] = {
        "greeting_line": f"Hi {_one_line(given)}," if given else "Hello,",
        "company": _one_line(company),
        "user_name": _one_line(user_name),
        "user_first_name": _user_first(user_name),
    }
    phrase = _phrase(topic)
    attempts = [phrase, None] if phrase else [None]
    note = ""
    for attempt in attempts:
        for step in range(4):
            rendered = tpl.render(
                "linkedin_note",
                {**context, "topic": attempt},
                seed=case_key,
                variant=base + step,
            )
            note = header_safe(rendered, limit=10_000)
            if len(note) <= LINKEDIN_NOTE_LIMIT:
                return note
    cut = note[: LINKEDIN_NOTE_LIMIT - 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;") + "…" if " " in cut else cut + "…"


@dataclass(frozen=True, slots=True)
class _LinkedInView:
    label: str
    note: str


def compose_linkedin_reminder(inp: LinkedInInput, templates: Templates | None = None) -> Draft:
    """The reminder to connect on LinkedIn, with one drafted note per person."""
    tpl = _templates(templates)
    context = _case_context(inp.company, inp.role)
    views = [
        _LinkedInView(
            label=_person_line(contact.person),
            note=linkedin_note(
                contact.person,
                user_name=inp.user_name,
                company=inp.company,
                topic=contact.topic,
                case_key=inp.case_key,
                variant=index,
                templates=tpl,
            ),
        )
        for index, contact in enumerate(inp.contacts)
    ]
    context.update(
        user_first_name=_user_first(inp.user_name),
        contacts=views,
        outcome=inp.outcome,
        limit=LINKEDIN_NOTE_LIMIT,
    )
    subject = tpl.render("linkedin_reminder.subject", context, seed=inp.case_key)
    body = tpl.render("linkedin_reminder.body", context, seed=inp.case_key)
    return _draft(_own_subject(subject), body)


def compose_dropped_notice(inp: DroppedNoticeInput, templates: Templates | None = None) -> Draft:
    """Tells the user a thank-you was dropped because they already wrote to that person."""
    tpl = _templates(templates)
    context = _case_context(inp.company, inp.role)
    context.update(
        user_first_name=_user_first(inp.user_name),
        person=_person_line(inp.interviewer),
        person_name=display_name(inp.interviewer),
        written_when=_moment(inp.user_message_at_local) if inp.user_message_at_local else None,
        written_subject=_one_line(inp.user_message_subject),
    )
    subject = tpl.render("dropped.subject", context)
    body = tpl.render("dropped.body", context)
    return _draft(_own_subject(subject), body)


def compose_send_failed(inp: SendFailedInput, templates: Templates | None = None) -> Draft:
    """Tells the user a mail could not be delivered and will not be retried."""
    tpl = _templates(templates)
    context = _case_context(inp.company, inp.role)
    planned = _multi_line(inp.planned_body)
    context.update(
        user_first_name=_user_first(inp.user_name),
        person=_person_line(inp.recipient),
        person_name=display_name(inp.recipient),
        email=inp.recipient.email,
        what=_one_line(inp.what) or "mail",
        error=header_safe(inp.error, limit=500) or "no answer from the server",
        planned_lines=planned.split("\n") if planned else [],
    )
    subject = tpl.render("send_failed.subject", context)
    body = tpl.render("send_failed.body", context)
    return _draft(_own_subject(subject), body)


@dataclass(frozen=True, slots=True, kw_only=True)
class NoticeInput:
    """A short message to the user: drafts ready, a send that needs a decision, ..."""

    user_name: str
    headline: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    footer: str | None = None


def compose_notice(inp: NoticeInput, templates: Templates | None = None) -> Draft:
    """A general notice to the user (the text is the caller's, rendered as data)."""
    tpl = _templates(templates)
    context: dict[str, object] = {
        "user_first_name": _user_first(inp.user_name),
        "headline": _one_line(inp.headline) or "",
        "paragraphs": [p for p in (_multi_line(x) for x in inp.paragraphs) if p],
        "items": [i for i in (_one_line(x) for x in inp.items) if i],
        "footer": _multi_line(inp.footer),
    }
    subject = tpl.render("notice.subject", context)
    body = tpl.render("notice.body", context)
    return _draft(_own_subject(subject), body)
