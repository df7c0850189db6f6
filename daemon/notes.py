"""Understanding the user's interview notes: a reply to the notes prompt, or the shell.

Pure functions over text. The user answers the prompt with a line per person::

    Sarah: project management in China
    - Raj Patel – the Kafka migration
    sarah@acme.com: the offices in Shanghai
    All: how fast the team ships
    Gut: good, they seemed relaxed
    Idea: the onboarding checklist could be automated
    Raj Patel <raj.patel@acme.com>
    Raj's title: Staff Engineer

Lines are matched to interviewers by first name (when unique), full name or address,
ignoring case and accents; bullets are tolerated. Addresses come only from what the user
wrote, never from a guess. Anything not understood is kept in ``unmatched`` so the user
can be shown it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from mailparser_reply import EmailMessage

from daemon.understand import default_lexicon, given_first
from daemon.understand.model import Person

__all__ = [
    "REPLY_LANGUAGES",
    "ContactUpdate",
    "InterviewerNote",
    "Notes",
    "answer_key",
    "clean_phrase",
    "display_name",
    "first_name",
    "normalise",
    "parse_notes",
    "strip_reply",
]

REPLY_LANGUAGES: Final = ("en", "de", "fr", "es")
"""Languages whose reply headers ("On … wrote:", "Am … schrieb") the reply parser knows."""

_HONORIFICS: Final = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})
_QUOTES: Final = "\"'“”‘’«»"
_EMAIL_RE: Final = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_BULLET_RE: Final = re.compile(r"^\s*(?:[-*•·–—+>]+|\d{1,2}[.)])\s+")
# "Name: value", "Name - value", "Name – value", "Name — value". A dash needs spaces
# around it so hyphenated names (Jean-Luc, Smith-Jones) stay whole.
_SEPARATOR_RE: Final = re.compile(r"\s*:\s*|\s+[-–—]\s+")
_POSSESSIVE_RE: Final = re.compile(
    r"^(?P<who>.+?)(?:'s|’s|s'|s’)\s+"
    r"(?P<field>job\s+title|title|role|position|e-?mail(?:\s+address)?|address|full\s+name|name)"
    r"\s*(?::|\s[-–—]\s|\s=\s)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_ANGLE_RE: Final = re.compile(
    r"^(?P<name>[^<>:]*?)\s*<\s*(?P<email>[^<>\s]+)\s*>\s*(?:(?P<sep>[,:]|\s[-–—])\s*(?P<rest>.*))?$"
)
_MAX_KEY_WORDS: Final = 6
_LABELS: Final = {
    "all": "everyone",
    "everyone": "everyone",
    "everybody": "everyone",
    "both": "everyone",
    "team": "everyone",
    "general": "everyone",
    "gut": "gut",
    "gut feeling": "gut",
    "feeling": "gut",
    "impression": "gut",
    "vibe": "gut",
    "idea": "idea",
    "ideas": "idea",
    "improvement": "idea",
    "improvements": "idea",
    "suggestion": "idea",
}


# ------------------------------------------------------------------------------ names


def normalise(text: str) -> str:
    """Fold case and accents and collapse whitespace, for matching ("José " → "jose")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("’", "'").split())


def clean_phrase(text: str) -> str:
    """A note as it goes into a sentence: one line, trimmed, no trailing punctuation."""
    phrase = " ".join(text.replace("\x00", " ").split())
    for _ in range(3):  # '"China."' needs two rounds; bounded on purpose
        phrase = phrase.rstrip(".,;:! ")
        if len(phrase) >= 2 and phrase[0] in _QUOTES and phrase[-1] in _QUOTES:
            phrase = phrase[1:-1].strip()
    return phrase


def _name_words(name: str) -> list[str]:
    """Given-name-first words of a display name, honorifics dropped ("Connor, Sarah")."""
    # The calendar's own rule: "Jane Roe, PhD" and "Sam Lee, Hiring Manager" are not flipped.
    words = given_first(name, default_lexicon())[0].split()
    while len(words) > 1 and normalise(words[0]).rstrip(".") in _HONORIFICS:
        words = words[1:]
    return words


def first_name(person: Person) -> str | None:
    """The given name to greet someone by, or None when only an address is known."""
    if not person.name or not person.name.strip():
        return None
    words = _name_words(person.name)
    return words[0] if words else None


def display_name(person: Person) -> str:
    """The best human label for a person: full name, else address, else "someone"."""
    if person.name and person.name.strip():
        return " ".join(_name_words(person.name))
    return person.email or "someone"


def _full_key(person: Person) -> str | None:
    return normalise(" ".join(_name_words(person.name))) if person.name else None


def _first_key(person: Person) -> str | None:
    given = first_name(person)
    return normalise(given) if given else None


def answer_key(person: Person, interviewers: Sequence[Person]) -> str:
    """What the user should write before the colon to mean `person` among `interviewers`.

    The first name when no one else shares it, else the full name, else the address.
    """
    given = _first_key(person)
    if given is not None:
        shared = sum(1 for other in interviewers if _first_key(other) == given)
        if shared <= 1:
            return first_name(person) or display_name(person)
        full = _full_key(person)
        if full is not None and sum(1 for o in interviewers if _full_key(o) == full) <= 1:
            return display_name(person)
    return person.email or display_name(person)


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class ContactUpdate:
    """A name, address or title the user wrote for someone they met.

    `matches` is the known interviewer it refers to, or None for a person the case did
    not know yet.
    """

    name: str | None
    email: str | None = None
    """Lower-cased; only ever an address the user typed."""
    title: str | None = None
    matches: Person | None = None


@dataclass(frozen=True, slots=True)
class InterviewerNote:
    """What to mention in one interviewer's thank-you."""

    person: Person
    topic: str


@dataclass(frozen=True, slots=True)
class Notes:
    """Everything understood from one notes text."""

    topics: tuple[InterviewerNote, ...] = ()
    everyone: str | None = None
    """Something to mention to everyone ("All: …")."""
    gut: str | None = None
    """The user's gut feeling; for the user, never mailed to the company."""
    idea: str | None = None
    """An improvement or idea to offer ("Idea: …")."""
    unmatched: tuple[str, ...] = ()
    """Lines that were not understood, kept verbatim."""
    contacts: tuple[ContactUpdate, ...] = ()
    problems: tuple[str, ...] = ()
    """Why some lines could not be used (ambiguous names), in words for the user."""

    def topic_for(self, person: Person) -> str | None:
        """The topic noted for `person`, or None."""
        for note in self.topics:
            if note.person == person:
                return note.topic
        return None

    def missing_topics(self, interviewers: Iterable[Person]) -> tuple[Person, ...]:
        """Interviewers that have no topic yet."""
        return tuple(p for p in interviewers if self.topic_for(p) is None)

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was understood or kept."""
        return self == Notes()

    def merged(self, later: Notes) -> Notes:
        """These notes with `later` ones added (a shell note after a mailed reply)."""
        topics = list(self.topics)
        for note in later.topics:
            topics = _add_topic(topics, note.person, note.topic)
        return Notes(
            topics=tuple(topics),
            everyone=_join(self.everyone, later.everyone),
            gut=_join(self.gut, later.gut),
            idea=_join(self.idea, later.idea),
            unmatched=self.unmatched + later.unmatched,
            contacts=self.contacts + later.contacts,
            problems=self.problems + later.problems,
        )


def _join(first: str | None, second: str | None, sep: str = "; ") -> str | None:
    if first and second:
        return f"{first}{sep}{second}"
    return first or second


def _add_topic(topics: list[InterviewerNote], person: Person, topic: str) -> list[InterviewerNote]:
    for index, note in enumerate(topics):
        if note.person == person:
            topics[index] = replace(note, topic=f"{note.topic}; {topic}")
            return topics
    topics.append(InterviewerNote(person, topic))
    return topics


# ----------------------------------------------------------------------- reply text


def strip_reply(text: str) -> str:
    """The user's own new text in a reply: quoted text, reply headers and signature removed.

    Uses ``mail-parser-reply`` (English, German, French and Spanish reply headers) and
    falls back to a simple cut at "On … wrote:" / "-- " when the library fails. Hyphen
    bullets are kept (the library would otherwise take them for a signature).
    """
    try:
        message = EmailMessage(
            text=text, languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True
        ).read()
        first = message.replies[0] if message.replies else None
        # A first fragment that starts with a reply header means the user wrote nothing
        # above the quote: the quoted prompt must never be read back as notes.
        body = "" if first is None or first.headers else str(first.body)
    except Exception:  # noqa: BLE001 - any parser failure falls back to the simple cut
        body = _fallback_strip(text)
    lines: list[str] = []
    for line in body.splitlines():
        if _WROTE_RE.match(line.strip()):
            break  # a reply header the library missed (e.g. Gmail's Spanish form)
        if not line.lstrip().startswith(">"):
            lines.append(line.rstrip())
    return "\n".join(lines).strip()


_WROTE_RE: Final = re.compile(
    r"^(?:On|Am|Le|El)\b.*\b(?:wrote|schrieb|a\s+écrit|escribió)\s*:$", re.IGNORECASE
)


_FALLBACK_CUT_RE: Final = re.compile(
    r"^(?:On\b.*\bwrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-- ?$|_{5,}$|From:\s)",
    re.IGNORECASE,
)


def _fallback_strip(text: str) -> str:
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _FALLBACK_CUT_RE.match(line.strip()) or _WROTE_RE.match(line.strip()):
            break
        kept.append(line)
    return "\n".join(kept)


# ---------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _Matcher:
    """Resolves what the user wrote before a colon to one interviewer."""

    interviewers: Sequence[Person]

    def resolve(self, key: str) -> tuple[Person | None, str | None]:
        """(person, problem): the interviewer meant by `key`, or why none could be chosen."""
        wanted = normalise(key)
        if not wanted:
            return None, None
        by_email = [p for p in self.interviewers if p.email and normalise(p.email) == wanted]
        if by_email:
            return by_email[0], None
        by_full = _unique([p for p in self.interviewers if _full_key(p) == wanted])
        if len(by_full) == 1:
            return by_full[0], None
        if len(by_full) > 1:
            return None, (
                f"“{key}” matches more than one interviewer; write their address instead "
                f"({', '.join(p.email or display_name(p) for p in by_full)})."
            )
        by_first = _unique([p for p in self.interviewers if _first_key(p) == wanted])
        if len(by_first) == 1:
            return by_first[0], None
        if len(by_first) > 1:
            names = " or ".join(display_name(p) for p in by_first)
            return None, f"“{key}” could be {names}: write the full name."
        return self._by_fuller_name(wanted)

    def _by_fuller_name(self, wanted: str) -> tuple[Person | None, str | None]:
        # "Raj Patel:" for an interviewer known only as "Raj": same given name, and the
        # case knows no surname that would contradict it.
        words = wanted.split()
        if len(words) < 2:
            return None, None
        candidates = _unique(
            [
                p
                for p in self.interviewers
                if _first_key(p) == words[0] and len((_full_key(p) or "").split()) == 1
            ]
        )
        if len(candidates) == 1 and sum(_first_key(p) == words[0] for p in self.interviewers) == 1:
            return candidates[0], None
        return None, None


def _unique(people: list[Person]) -> list[Person]:
    seen: list[Person] = []
    for person in people:
        if person not in seen:
            seen.append(person)
    return seen


def _only_email(value: str) -> str | None:
    candidate = value.strip().strip("<>").strip()
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[len("mailto:") :]
    return candidate.lower() if _EMAIL_RE.fullmatch(candidate) else None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(
        re.fullmatch(r"[^\W\d_][\w.'’-]*", word) is not None for word in words
    )


@dataclass(slots=True)
class _Collector:
    """Accumulates the pieces of a Notes while lines are read."""

    matcher: _Matcher
    topics: list[InterviewerNote]
    labels: dict[str, str]
    unmatched: list[str]
    contacts: list[ContactUpdate]
    problems: list[str]

    def contact(
        self,
        written_name: str | None,
        *,
        email: str | None = None,
        title: str | None = None,
        person: Person | None = None,
    ) -> None:
        name = written_name.strip() if written_name and written_name.strip() else None
        if person is not None and person.name and name is not None:
            # Keep the fuller of the known and the written name.
            if len(_name_words(name)) < len(_name_words(person.name)):
                name = person.name
        elif person is not None and name is None:
            name = person.name
        update = ContactUpdate(name=name, email=email, title=title, matches=person)
        if update not in self.contacts:
            self.contacts.append(update)

    def build(self) -> Notes:
        return Notes(
            topics=tuple(self.topics),
            everyone=self.labels.get("everyone"),
            gut=self.labels.get("gut"),
            idea=self.labels.get("idea"),
            unmatched=tuple(self.unmatched),
            contacts=tuple(self.contacts),
            problems=tuple(self.problems),
        )


def parse_notes(text: str, interviewers: Sequence[Person]) -> Notes:
    """Understand a notes text (already stripped of quotes) for the given interviewers."""
    collector = _Collector(_Matcher(interviewers), [], {}, [], [], [])
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.replace("\x00", "").strip()
        if not line or line.startswith(">"):
            continue
        body = _BULLET_RE.sub("", line, count=1).strip()
        if not body:
            continue
        if not _parse_line(body, collector):
            collector.unmatched.append(line)
    return collector.build()


def _parse_line(line: str, out: _Collector) -> bool:
    """Read one line into `out`; False when it was not understood."""
    return (
        _parse_possessive(line, out)
        or _parse_angle(line, out)
        or _parse_keyed(line, out)
        or _parse_bare_email(line, out)
    )


def _parse_possessive(line: str, out: _Collector) -> bool:
    match = _POSSESSIVE_RE.match(line)
    if match is None:
        return False
    who, field_name, value = match.group("who"), normalise(match.group("field")), match["value"]
    value = clean_phrase(value)
    if not value or len(who.split()) > _MAX_KEY_WORDS:
        return False
    person, problem = out.matcher.resolve(who)
    if problem is not None:
        out.problems.append(problem)
        return False
    written = who if person is None else None
    if "mail" in field_name or field_name == "address":
        email = _only_email(value)
        if email is None:
            out.problems.append(f"“{value}” is not an e-mail address (line: {line}).")
            return False
        out.contact(written, email=email, person=person)
    elif "name" in field_name:
        out.contact(value, person=person)
    else:
        out.contact(written, title=value, person=person)
    return True


def _parse_angle(line: str, out: _Collector) -> bool:
    match = _ANGLE_RE.match(line)
    if match is None:
        return False
    email = _only_email(match.group("email"))
    name = clean_phrase(match.group("name") or "")
    if email is None or (name and not _looks_like_name(name)):
        return False
    person, problem = out.matcher.resolve(email)
    if person is None and name:
        person, problem = out.matcher.resolve(name)
    if problem is not None:
        out.problems.append(problem)
    out.contact(name or None, email=email, person=person)
    rest = clean_phrase(match.group("rest") or "")
    if rest:
        if match.group("sep") == ",":
            out.contact(name or None, title=rest, person=person)
        elif person is not None:
            out.topics = _add_topic(out.topics, person, rest)
        else:
            out.unmatched.append(line)
    return True


def _parse_keyed(line: str, out: _Collector) -> bool:
    split = _SEPARATOR_RE.search(line)
    if split is None or split.start() == 0:
        return False
    key, value = line[: split.start()].strip(), line[split.end() :].strip()
    if not key or len(key.split()) > _MAX_KEY_WORDS:
        return False
    label = _LABELS.get(normalise(key))
    if label is not None:
        phrase = clean_phrase(value)
        if phrase:
            out.labels[label] = _join(out.labels.get(label), phrase) or phrase
        return True
    person, problem = out.matcher.resolve(key)
    if problem is not None:
        out.problems.append(problem)
        return False
    email = _only_email(value)
    if person is not None:
        if email is not None:
            out.contact(key if _looks_like_name(key) else None, email=email, person=person)
            return True
        if len(key.split()) > 1 and person.name and len(_name_words(person.name)) == 1:
            out.contact(key, person=person)
        phrase = clean_phrase(value)
        if phrase:
            out.topics = _add_topic(out.topics, person, phrase)
        return True
    if email is not None and _looks_like_name(key):
        # Someone the case did not know: keep the address the user typed.
        out.contact(key, email=email)
        return True
    return False


def _parse_bare_email(line: str, out: _Collector) -> bool:
    email = _only_email(line)
    if email is None:
        return False
    person, _ = out.matcher.resolve(email)
    out.contact(None, email=email, person=person)
    return True
