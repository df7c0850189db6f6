"""The decision: what one parsed message is, with short reasons and interview details.

Order matters and is chosen for precision (a false interview means mail to a stranger):
headers first (bounces, auto-replies, bulk), then calendar method, then outcome phrases
(cancel, rejection, offer), then an interview only when interview signals *and* a concrete,
future, single time agree; "pick a time" mail is a scheduling request, never an interview.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import _resemblance
from ._calendar import CalEvent, find_meeting_url, parse_calendars
from ._company import domain_label, find_company, find_role
from ._dates import (
    Moment,
    TimeHit,
    clock_on_day,
    date_after,
    find_dates,
    find_duration,
    find_moments,
    find_times,
)
from ._lexicon import Lexicon, per_lexicon, words_alt
from ._mime import ParsedMessage, parse_addresses
from ._names import given_first, latin_form, without_honorifics
from ._people import (
    allowed,
    arrangers,
    co_signers,
    described_coordinators,
    first_names_only,
    from_text,
    interviewers,
    is_coordinator,
    is_title,
    listed_organizer,
    merge_people,
    observers,
    reads_as_name,
    signature_title,
    signed_by,
    signing_teams,
    team_name,
    team_signoff,
    titled_only,
    with_earlier,
)
from ._phones import find_phones, region_for_zone
from ._quotes import (
    credited,
    forwarded,
    own_text,
    quoted_author,
    quoted_below,
    quoted_by,
    sender_quoted,
    text_below,
)
from ._reply_pick import Answer as ReplyAnswer
from ._reply_pick import booked_below, quoted_days, read_reply
from ._safety import Safety, Verdict, assess, domain_of, in_domains, is_noreply, local_of
from ._sentences import confirmation as _confirmation
from ._sentences import hypothetical as _hypothetical
from ._sentences import proposed as _proposed
from ._sentences import reply_accepts, unwrapped
from ._sentences import sentence as _sentence
from .model import DateOrder, Interview, Kind, Person, Understanding

# Words inside links are not the message's words: Teams invitations link to ".../meetup-join/"
# and ATS links carry "/interview/" paths whatever the mail is about.
_URL = re.compile(r"<?https?://[^\s<>]{1,2000}>?", re.IGNORECASE)
_SIG_SEPARATOR = re.compile(r"\n--[ \t]?\r?\n")
_LABEL_HEAD = re.compile(r"\s*\W?\s*\w+(?:[ /&]\w+){0,2}\s*:")
# "Re: ", "Fwd: ", "AW: " prefixes of a subject, however many.
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|fw|aw|wg|sv|tr|rv|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.I
)
_SUBJECT_PARTS = re.compile(r"\s+[-–—|:]\s+|\s*[|:]\s*")


@dataclass(frozen=True, slots=True)
class Settings:
    """What classification needs from the caller's context."""

    user_addresses: frozenset[str]
    user_name: str | None
    timezone: str
    date_order: DateOrder
    lexicon: Lexicon
    learned: bool = True
    hiring_thread: bool = False
    """An earlier message of the thread was hiring mail (the daemon's store knows it)."""


def _names_user(text: str, s: Settings, lex: Lexicon | None = None) -> bool:
    """Whether text names the user (their address, full name or first name).

    With ``lex``, a courtesy title and the user's family name count too ("mit Herrn
    Weber", "l'entretien de Mme Martin"): a client writing to an agency names its candidate
    so.
    """
    low = text.casefold()
    if any(a in low for a in s.user_addresses):
        return True
    if not s.user_name:
        return False
    first = s.user_name.split()[0].casefold() if s.user_name.split() else ""
    names = {s.user_name.casefold(), first}
    if any(len(n) > 1 and _word_re(n).search(low) for n in names):
        return True
    family = s.user_name.split()[-1].casefold() if len(s.user_name.split()) > 1 else ""
    if lex is None or len(family) < 2:
        return False
    titles = "|".join(re.escape(t) for t in sorted(lex.honorifics) if len(t) > 1)
    return bool(re.search(rf"(?<!\w)(?:{titles})\.?\s+{re.escape(family)}(?!\w)", low))


def _addressed_to_user(text: str, s: Settings, lex: Lexicon) -> bool:
    """Whether the message opens with a salutation naming the user ("Hi Alex,", "Dear Ms
    Morgan", "Alex -"): a note written to the user, not to a list."""
    names = {w for w in (s.user_name or "").casefold().split() if len(w) > 1}
    return _addressed_to(names, text, lex)


def _addressed_to(names: set[str], text: str, lex: Lexicon) -> bool:
    """Whether the message opens with a salutation naming one of ``names`` (casefolded)."""
    if not names:
        return False
    greeting = lex.phrase("greeting")
    lines = [ln.strip().casefold() for ln in text[:1500].split("\n") if ln.strip()][:4]
    for line in lines:
        m = greeting.match(line)
        if m is not None and m.end() < len(line) and line[m.end()].isalnum():
            m = None  # "Hi" of "Hiring", "Dear" of "Dearborn"
        words = re.findall(r"\w[\w'-]*", line[m.end() : m.end() + 80] if m else line[:80])
        # After a greeting the name may follow a title ("Dear Ms Morgan", "Sehr geehrte Frau
        # Brandt", "Hi Alex, your ..."); without one, a short line must open with the name
        # ("Alex," or "Alex -").
        if m is not None and any(w in names for w in words[:3]):
            return True
        if m is None and len(words) <= 3 and words[:1] and words[0] in names:
            return True
    return False


def _copied_on_others(msg: ParsedMessage, text: str, s: Settings, lex: Lexicon) -> bool:
    """Whether the user is only copied on mail written to someone else: "Hi Jordan, your
    interview is confirmed ..." to Jordan, the user on Cc and never named."""
    to = parse_addresses(msg.headers.get("to", []))
    if not to or any(p.email in s.user_addresses for p in to):
        return False
    if not any(p.email in s.user_addresses for p in msg.recipients):
        return False
    mine = {w for w in (s.user_name or "").casefold().split() if len(w) > 1}
    others = {p.name.split()[0].casefold() for p in to if p.name and p.name.split()}
    return _addressed_to(others - mine, text, lex) and not _names_user(text, s)


def _footer_reading(
    subject: str, text: str, s: Settings, lex: Lexicon, *, rejected: bool
) -> bool | None:
    """How to read mail that carries a preferences/unsubscribe footer: True when it is mass
    mail, False when it is a note to the user about their own matter (the footer alone does
    not make it bulk), None when its words say neither (the footer rule decides).

    Companies' careers sites and smaller hiring systems send rejections, offers and
    interview mail through transactional mail services, which add the same footer as a
    newsletter. What decides is the message's own substance: an outcome, an offer, a request
    for times, the user's candidacy or interview, or a salutation naming the user. Wording
    that only mass mail has (job alerts, digests, webinars, "log in to see the update", a
    hiring blast that asks for no times) or a subject announcing a piece for many readers
    ("5 interview mistakes") makes it mass mail whatever else it says.
    """
    body = f"{subject}\n{text[:8000]}"
    offered = _offer(body[:6000], lex) is not None
    # The user's own matter outranks what mass mail also says: a rejection, an offer or a
    # confirmed interview of theirs that mentions a webinar, a newsletter or "log in to see
    # your offer letter" is still that rejection, offer or interview.
    matter = rejected or offered or _confirmed_own_interview(body[:6000], lex)
    if (
        (not matter and lex.phrase("mass_content").search(body))
        or lex.phrase("bulk_subject").search(subject)
        or lex.phrase("mass_subject").search(subject)
    ):
        return True
    asks = _asks_for_times(body[:6000], lex) is not None
    if lex.phrase("hiring_blast").search(body) and not asks:
        return True
    personal = (
        asks
        or rejected
        or _addressed_to_user(text, s, lex)
        or lex.phrase("candidacy").search(body)
        or lex.phrase("own_interview").search(body)
        or offered
    )
    return False if personal else None


def _confirmed_own_interview(text: str, lex: Lexicon) -> bool:
    """Whether a sentence confirms the user's own interview ("Your interview ... is confirmed
    for Tuesday at 2pm"), not merely their application's status ("has been updated")."""
    while (conf := _confirmation(text, lex)) is not None:
        start, end = _sentence(text, conf.start(), conf.end())
        sentence = text[start:end]
        if lex.phrase("own_interview").search(sentence) and lex.phrase("interview_noun").search(
            sentence
        ):
            return True
        text = text[max(end, conf.end()) :]
    return False


@lru_cache(maxsize=64)
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (the user's name: the same for every message)."""
    return re.compile(rf"\b{re.escape(word)}\b")


@per_lexicon
def _scheduling_link(lex: Lexicon) -> re.Pattern[str] | None:
    """A link to a scheduling tool's domain, or None without such domains."""
    if not lex.scheduling_domains:
        return None
    return re.compile(
        r"https?://(?:[\w-]+\.)*(?:"
        + "|".join(re.escape(d) for d in lex.scheduling_domains)
        # A booking page may be the bare host ("https://acme.youcanbook.me").
        + r")(?:/|(?![\w.-]))",
        re.IGNORECASE,
    )


def _links_scheduling_page(text: str, lex: Lexicon) -> bool:
    """Whether the text links a scheduling tool or names a booking page ("pick a slot")."""
    link_re = _scheduling_link(lex)
    head = text[:20_000]
    return bool(
        (link_re is not None and link_re.search(head)) or lex.phrase("scheduling_page").search(head)
    )


def _machine_domains(msg: ParsedMessage) -> list[str]:
    """Domains that reveal which system sent a message (From, Sender, Return-Path, Message-ID)."""
    out = [domain_of(msg.sender.email if msg.sender else None)]
    for name in ("sender", "return-path", "x-original-sender"):
        value = msg.header(name).strip("<> ")
        out.append(domain_of(value))
    if msg.thread.message_id:
        out.append(domain_of(msg.thread.message_id))
    return [d for d in out if d]


def _signals(text: str, lex: Lexicon) -> tuple[int, int]:
    """Counts of (strong interview signs, not-an-interview signs) outside each other's spans."""
    blocked = [m.span() for m in lex.phrase("not_interview").finditer(text)]
    strong = 0
    for m in lex.phrase("interview_strong").finditer(text):
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in blocked):
            strong += 1
    return strong, len(blocked)


_CLAUSE_BREAK = re.compile(r"[;:–—]| - ")


# A line break inside a sentence: the line stops on a word or a comma and the next goes on
# with a word. Hard wraps wider than the unwrapper's range (90-100 columns) and an HTML
# part's <br> in mid-sentence leave such breaks; a line ending a sentence, a label or a
# quote does not qualify.
_MID_SENTENCE_BREAK = re.compile(r"(?<=[^\W_]|,)[ \t]*\n[ \t]*(?=[^\W\d_])")


def _rejoined(text: str) -> str:
    """``text`` with its sentences broken across lines put back on one line.

    Outcome wording is read in whole sentences ("we have decided / to move forward with
    other candidates"); the lines a sender's wrap or a ``<br>`` cut it into are not its end.
    """
    return _MID_SENTENCE_BREAK.sub(" ", text)


def _candidate_thread(
    msg: ParsedMessage,
    own: str,
    mine: str,
    lex: Lexicon,
    *,
    agency: bool,
    settles: bool,
    outcome: bool = False,
    user_addresses: frozenset[str] = frozenset(),
) -> bool:
    """Whether the thread is about the user's own candidacy, though this message may not say so.

    A manager answering the user's application ("Would Tuesday work for a chat?") or a
    founder settling a time ("Thursday 3pm works") leaves the hiring to the quoted mail or
    a signature. The direction matters: "your application" said to the user, or "I have
    applied" in the user's quoted words (``mine``); the same words the other way round mean
    the user is the one hiring. A job-title subject or "your CV" says neither: the user
    may have begun the thread to hire ("Would Thursday work for a chat about the role?"),
    and a friend reviews a CV. A reply that only ``settles`` a time needs more than an
    interview mentioned somewhere above ("drinks Friday?" under "my interview went well"):
    the quoted interview mail must itself have asked for or proposed a time. A job-title
    subject counts only beside the other side receiving the user as a visitor ("ask for me
    at the front desk") or phoning the user from a company address that is not the user's
    own ("tmrw 9:15 suits, I'll ring you on your mobile. Should take half an hour"; a
    candidate writes from a personal one and waits to be called, a colleague shares the
    user's domain) or bringing a colleague along ("I'll grab Ravi (our CTO) too"), the
    user's applying words, or for a plain ``outcome`` ("we've decided not to
    proceed"), which a candidate does not write to the one hiring. From a company's
    address the user's quoted thanks for the writer's note about a role ("thanks for
    getting back to me about the farm systems role") stands for the job-title subject.
    """
    theirs = sender_quoted(msg.text, msg.sender, lex)
    company = _company_caller(msg.sender, lex, user_addresses)
    to_user = f"{msg.subject}\n{own[:8000]}\n{theirs}"
    if msg.sender is not None and msg.sender.email in user_addresses:
        # The user's own reply: the quoted words it answers were written to the user
        # ("suite à votre candidature, seriez-vous disponible ...").
        answered = sender_quoted(msg.text, quoted_author(msg.text, lex, user_addresses), lex)
        to_user = f"{to_user}\n{answered}"
    if _roles_reversed(msg.subject, own, mine, theirs, lex):
        return False
    return bool(
        agency
        or lex.phrase("applicant_you").search(to_user)
        # The user telling a friend "I applied for ..." then settling drinks is no interview:
        # a settled time needs the other side's hiring words, or the thread the user began
        # about that very job ("Re: Product analyst role" over "I applied for the role").
        or (
            lex.phrase("applicant_me").search(mine)
            and (not settles or _hiring_subject(msg.subject, lex))
        )
        or (outcome and _hiring_subject(msg.subject, lex, sentence_case=True))
        # "Could I come in for the interview on Thursday at 2pm?" quoted under "thu 2pm works,
        # ask for mike": the user comes to the interview as its candidate (who hosts one does
        # not come in), which settles a time without the hiring subject.
        or bool(lex.phrase("coming_to_interview").search(mine))
        or (
            (
                # From a company's address a title as people type it counts too ("Re:
                # Controls engineer - intro"): a founder answering the user's reply to their
                # outreach. So does the user's quoted thanks for that outreach ("thanks for
                # getting back to me about the farm systems role").
                _hiring_subject(msg.subject, lex, sentence_case=company)
                or (company and bool(lex.phrase("applicant_me").search(mine)))
            )
            and bool(
                lex.phrase("hosts_visitor").search(own[:8000])
                or (
                    company
                    and (
                        lex.phrase("visit_directions").search(own[:8000])
                        or lex.phrase("calls_user").search(own[:8000])
                        # "I'll grab Ravi (our CTO) too": the host brings a colleague.
                        or lex.phrase("host_brings").search(own[:8000])
                    )
                )
            )
        )
        or lex.phrase("hiring_sender").search(own[:8000])
        # Asking for times from a company's address after praising the user's papers
        # ("Loved your portfolio ... could you send me a few windows?") or to dig into what
        # the user told them at a first meeting ("Thanks for Monday - I'd like a follow-up
        # to go deeper on the migration you mentioned"): the writer is weighing the user.
        or (
            not settles
            and company
            and bool(
                lex.phrase("papers_praised").search(own[:8000])
                or lex.phrase("follow_up_on_you").search(own[:8000])
            )
        )
        # A stage of a process in the subject ("Re: next steps") is the hirer's word; a job
        # title ("Re: Motion designer role") may be either side's.
        or lex.phrase("hiring_subject").search(_SUBJECT_PREFIX.sub("", msg.subject))
        # "Re: Candidature consultant junior": the user's application for a job.
        or _application_for_job(msg.subject, lex)
        # The same stage after a title without the dash, in the other side's reply only.
        or (
            not (msg.sender and msg.sender.email in user_addresses)
            and _staged_title(msg.subject, lex)
        )
        or (
            _thread_about_interview(msg.text, own, lex)
            # The user proposing "a chat about the role" may be the one hiring: their own
            # interview words count only beside their applying ("thanks for the invitation
            # to interview for ...", caught above) or the other side's.
            and (
                not _signals(mine, lex)[0]
                or _signals(theirs, lex)[0] > 0
                or lex.phrase("applicant_me").search(mine)
            )
            and (not settles or _asks_for_times(quoted_below(msg.text, own), lex) is not None)
        )
    )


def _application_for_job(subject: str, lex: Lexicon) -> bool:
    """Whether a subject names an application for a job ("Re: Application - Junior
    Consultant", "Candidature consultant junior", "Bewerbung als Werkstudent (m/w/d)").

    The words after the application (lexicon ``application_subject``) must hold a job
    title word: an application for membership, a flat, a nursery place or planning
    permission is no job.
    """
    bare = _SUBJECT_PREFIX.sub("", subject).strip()
    m = lex.phrase("application_subject").match(bare)
    if m is None or len(bare) > 100:
        return False
    rest = bare[m.end() :]
    if _GENDER_MARK.search(rest) or _gendered_title(rest, lex):
        return True
    return any(w.lower().strip(".,;:()[]") in lex.title_words for w in rest.split())


def _roles_reversed(subject: str, own: str, mine: str, theirs: str, lex: Lexicon) -> bool:
    """Whether the thread's words put the user on the hiring side, or the writer applying.

    The writer says they applied or are coming to interview, the user's quoted words hire
    ("thanks for applying"), someone is added as an interviewer, or the writer sells.
    """
    to_user = f"{subject}\n{own[:8000]}\n{theirs}"
    return bool(
        lex.phrase("applicant_me").search(own[:8000])
        or lex.phrase("coming_to_interview").search(own[:8000])
        or lex.phrase("applicant_you").search(mine)
        or lex.phrase("hirer_words").search(mine)
        or lex.phrase("interviewer_side").search(f"{to_user}\n{mine}")
        # A vendor's demo: "we're hiring" is the buyer's news, not an invitation to the user.
        or lex.phrase("sales_meeting").search(own[:8000])
    )


def _job_subject(subject: str, lex: Lexicon) -> bool:
    """Whether a subject names a job or the user's candidacy, in any of its usual shapes.

    A job title ("AW: Gespräch Junior Art Director"), the candidacy ("Re: Candidature -
    Cheffe de projet"), interview wording, or a meeting noun beside a title word whichever
    order the language puts them in ("Re: Entrevista Desarrolladora Backend"). A meeting
    noun alone ("Gespräch über Ihre Baufinanzierung") names no job.
    """
    bare = _without_person_met(_SUBJECT_PREFIX.sub("", subject).strip(), lex)
    if not bare or len(bare) > 100:
        return False
    if _hiring_subject(bare, lex, sentence_case=True):
        return True
    if any(lex.phrase(k).search(bare) for k in ("interview_strong", "interview_weak", "candidacy")):
        return True
    if not (
        lex.phrase("interview_noun").search(bare) or lex.phrase("interview_medium").search(bare)
    ):
        return False
    return _has_title_word(bare, lex)


def _without_person_met(subject: str, lex: Lexicon) -> str:
    """The subject without "with <title>" parts: the person met is no vacancy.

    "Appointment with counselor", "Call with mortgage consultant", "Gespräch mit der
    Schulleiterin", "Rendez-vous avec votre conseillère" name whom the user meets; "Data
    Analyst role - call with hiring manager" keeps its own job title.
    """
    if not lex.meet_leads:
        return subject
    tokens = list(re.finditer(r"\S+", subject))
    cuts: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.group().casefold() not in lex.meet_leads:
            continue
        for nxt in tokens[i + 1 : i + 5]:
            word = "".join(_LETTERS.findall(nxt.group())).casefold()
            if word and _title_word(word, lex):
                cuts.append((tok.start(), nxt.end()))
                break
    for a, b in reversed(cuts):
        subject = f"{subject[:a]}{subject[b:]}"
    return subject.strip()


def _names_job_title(subject: str, lex: Lexicon) -> bool:
    """Whether a subject holds a job title: a title word, or one of the title shapes."""
    bare = _SUBJECT_PREFIX.sub("", subject).strip()
    return _hiring_subject(bare, lex, sentence_case=True) or _has_title_word(bare, lex)


def _has_title_word(bare: str, lex: Lexicon) -> bool:
    """Whether a subject without its reply prefix holds a title word not led by a possessive."""
    words = [w.casefold() for w in _LETTERS.findall(bare)]
    # "Call with our account manager": a title led by a possessive is a person, no vacancy.
    return any(
        _title_word(w, lex) and (i == 0 or words[i - 1] not in _NOT_ROLE_LEADS)
        for i, w in enumerate(words)
    )


# German writes a title as one compound ("Projektleiterin", "Vertriebsingenieur"): its last
# part, when long enough not to end ordinary words by chance, is the title word.
_COMPOUND_TAIL = 6


def _title_word(word: str, lex: Lexicon) -> bool:
    """Whether a casefolded word is a title word or a compound ending in a long one."""
    if word in lex.title_words:
        return True
    return any(
        len(t) >= _COMPOUND_TAIL and len(word) > len(t) + 2 and word.endswith(t)
        for t in lex.title_words
    )


@lru_cache(maxsize=8)
def _candidate_word(label: str) -> re.Pattern[str]:
    """The candidate label as a whole word ("the candidate", "del candidato"), plural too.

    Not inside another word: "Candidature" is the user's own application.
    """
    return re.compile(rf"\b(?:{label})(?:s|en|es)?\b", re.IGNORECASE)


def _books_users_offer(r: _Reading) -> bool:
    """Whether a company's short reply books a time the user's own quoted message offered.

    "passt, dann Donnerstag um 10 bei uns im Büro" under the user's "Ich könnte am
    Donnerstag um 10 oder am Freitag ab 14 Uhr", "je vous confirme notre rendez-vous jeudi
    à 9h30", "Quedamos entonces el jueves a las 15 h": the hiring side settles the meeting
    on the user's proposal in a thread whose subject names the job. What makes it the
    user's interview is the shape (the other side, from a company's address, takes one of
    the user's own times under a job's subject), not the reply's wording, which may name
    no interview, place or person. A friend's, a colleague's (the user's own domain), a
    bank's or a vendor's thread is none of that.
    """
    msg, lex, s = r.msg, r.lex, r.s
    if msg.sender is None or msg.sender.email in s.user_addresses:
        return False
    if not _company_caller(msg.sender, lex, s.user_addresses) or not r.mine.strip():
        return False
    if not _job_subject(msg.subject, lex):
        return False
    theirs = sender_quoted(msg.text, msg.sender, lex)
    if (
        _roles_reversed(msg.subject, r.own, r.mine, theirs, lex)
        # "Re: Senior Engineer hiring plan": the subject already puts the user hiring.
        or lex.phrase("hirer_words").search(msg.subject)
        or lex.phrase("own_employment").search(f"{msg.subject}\n{r.text[:8000]}")
        # "je suis disponible jeudi à 8h30 pour l'entretien du candidat": the user sits on
        # someone else's interview.
        or _candidate_word(lex.phrase("candidate_label").pattern).search(r.mine)
        # "... pour l'entretien en tant que jury": the user's words name another purpose.
        or lex.phrase("other_purpose").search(r.mine)
        # "For the team drinks I could do ...", "Re: Interview for our podcast": the thread's
        # own words name another meeting; the short reply names none to outweigh them.
        or lex.phrase("not_interview").search(f"{msg.subject}\n{r.own[:8000]}\n{r.mine}")
    ):
        return False
    answer = read_reply(
        msg.text,
        r.text,
        msg.date,
        lex=lex,
        order=s.date_order,
        zone=s.timezone,
        user_keys=_user_keys(s),
        by_user=False,
    )
    return answer.users_offer and not answer.moved


def _company_caller(sender: Person | None, lex: Lexicon, user_addresses: frozenset[str]) -> bool:
    """Whether the sender writes from a company's domain, neither a free-mail one nor the user's."""
    dom = domain_of(sender.email if sender else None)
    return bool(dom) and not (
        in_domains(dom, lex.freemail_domains) or dom in {domain_of(a) for a in user_addresses}
    )


def _thread_about_interview(full: str, own: str, lex: Lexicon) -> bool:
    """Whether the quoted history (anyone's words) is about an interview.

    "The last step is a meeting with our CRO" answers "thanks for today's interview".
    """
    at = full.find(own[-200:]) if own else -1
    quoted = full[at + min(len(own), 200) :] if at >= 0 else ""
    if len(quoted) < 20:
        return False
    q_strong, q_blocked = _signals(_URL.sub(" ", quoted[:6000]), lex)
    return q_strong > 0 and not q_blocked


_LETTERS = re.compile(r"[^\W\d_]+")


_TITLE_SEPARATORS = re.compile(r"\s+[-–—|/]\s+|\s*:\s+")
_BRACKETED = re.compile(r"\s*\([^()\n]{1,60}\)")
# First words of a subject that names someone's job rather than a vacancy.
_NOT_ROLE_LEADS = frozenset({"your", "my", "our", "their", "his", "her", "new", "meet", "the"})
_TITLE_JOINERS = frozenset({"of", "and", "&", "for"})
# "<>", "/", " x " and "+" join two parties ("Alex Morgan <> Owen Park"): an introduction. A
# spaced slash separates parts like a dash ("Alex Morgan / Data Analyst"); a person's name
# as a part (below) is still a second party.
_TWO_PARTIES = re.compile(r"<>|\S/|/\S|\+|\s[x×]\s")


def _titled_for_candidate(
    summary: str,
    s: Settings,
    lex: Lexicon,
    details: str = "",
    company: str = "",
    *,
    hirer: bool = False,
    personal: bool = False,
) -> bool:
    """Whether a calendar title is only the user's full name and a job title.

    "Alex Morgan - Senior Data Analyst", "Product Designer | Alex Morgan | Round 2": how
    coordinators title interview invitations. Every other part must be capitalised words (a
    company, a round); a lower-case word ("promotion review"), two parties ("Alex Morgan <>
    Owen Park", "Alex Morgan / Owen Park") or no title word ("Ledgerloop demo") is some other
    meeting, and so is a title the event's ``details`` give someone else ("Alex Morgan -
    Account Manager" for a review "with your account manager"). A part that is the
    sender's organisation (``company``, its domain's label: "Yarra Freightworks" from
    yarrafreight.example) is that company, however much it reads as a person's name.
    A trade's title ("Alex Morgan - Service Technician") is a visit, not an interview, when
    its details or its sender say so and nothing says hiring (``hirer``: a hiring system,
    agency or mailbox sent it); see ``_trade_visit``. A person writing from their own
    address (``personal``) may hire for a bank or a utility: its domain then says no visit.
    """
    name = (s.user_name or "").strip()
    titled_as = summary
    summary = _GENDER_MARK.sub("", summary).strip()
    # "Alex Morgan - Data Analyst (rescheduled)", "(updated time)": a note on the change to
    # the event, not a part of its title.
    summary = _BRACKETED.sub(
        lambda m: "" if lex.phrase("reschedule").search(m.group(0)) else m.group(0), summary
    ).strip()
    if len(name.split()) < 2 or len(summary) > 120 or _TWO_PARTIES.search(summary):
        return False
    span = _user_name_span(summary, name)
    if span is None:
        return False
    at, end = span
    rest = f"{summary[:at]} | {summary[end:]}"
    # "Staff Engineer (Northwind Labs)": a bracketed company is a part of its own.
    rest = _BRACKETED.sub(r" | \g<0>", rest)
    parts = [p.strip(" \t()[],.-–—|:/") for p in _TITLE_SEPARATORS.split(rest)]
    parts = [q for p in parts if p for q in _comma_stage(p, lex)]
    if not parts or len(parts) > 3:
        return False
    titled = False
    for part in parts:
        words = part.split()
        if len(words) > 6:
            return False
        key = _NON_ALNUM.sub("", part.casefold())
        if len(company) >= 3 and len(key) >= 3 and (company in key or key in company):
            continue  # "Yarra Freightworks | Alex Morgan | Solutions Architect"
        if lex.phrase("title_round").fullmatch(part):
            # "Alex Morgan | Round 2", "Alex Morgan - Technical Deep Dive": a stage only
            # hiring names stands for the role a coordinator left out.
            titled = True
            continue
        if len(words) > 1 and lex.phrase("candidate_label").fullmatch(words[-1]):
            # "Data Analyst candidate - Alex Morgan": the role the user is a candidate for.
            words = words[:-1]
        if lex.phrase("title_stage_word").fullmatch(part):
            continue  # "Alex Morgan | Producer | Onsite": the stage beside the role
        staged = _stage_tail(words, lex)
        if staged:
            # "Producer loop", "Data Analyst Onsite": a stage written after the role; the
            # role before it must still read as one (below).
            words = words[:-staged]
        role = " ".join(words)
        field_of = role.split(",", 1)[0].strip()
        if field_of != role and lex.phrase("title_activity").search(role[len(field_of) :]):
            # "Operations Analyst, onboarding day 1": a new starter's day, not a field.
            return False
        if field_of != role and field_of.split() and _title_word(field_of.split()[-1].lower(), lex):
            # "Director, Product Marketing", "VP, Engineering": the title's head, a comma,
            # then its field (American corporate style); the head is the title.
            words, role = field_of.split(), field_of
        # French and Spanish put the head of a job title first and write the rest in lower
        # case ("Développeuse backend", "Chargée de communication", "Analista financiera").
        # ("Product Manager onboarding" is an activity, not a title in that order.)
        # "Senior Data Engineer" ends in its head, however its first word reads.
        # (Only a capitalised last word: "Analista programador", "Technicien comptable" are
        # written head first, their lower-case last word a qualifier.)
        head_first = (
            len(words) > 1
            and words[0].lower() in lex.title_words
            and not (words[-1][:1].isupper() and words[-1].lower() in lex.title_words)
            and is_title(role, lex)
            and not lex.phrase("title_activity").search(role)
        )
        if lex.phrase("title_activity").search(role) and not is_title(role, lex):
            # "Alex Morgan - Data Analyst - Onboarding": a new starter's or an employee's
            # meeting; "Training Manager" and "Chargée de formation" are roles.
            return False
        if lex.phrase("title_stage").fullmatch(role):
            # A named stage may be written in lower case ("Portfolio review", "Case study
            # presentation"): coordinators add it after the candidate and the role.
            continue
        for word in words:
            if head_first:
                break
            if word.lower() not in _TITLE_JOINERS and not (word[0].isupper() or word[0].isdigit()):
                return False
        if len(words) > 1 and reads_as_name(role, lex) and not is_title(role, lex):
            return False  # "Alex Morgan / Owen Park": a second person, not a role
        # "Embedded-Entwickler", "Softwareentwicklerin": a German compound ends in its title.
        if _title_word(words[-1].lower(), lex) or head_first:
            if f"your {role.casefold()}" in details.casefold():
                return False  # the job of whoever the user meets: "your Account Manager"
            if head_first and re.search(
                rf"(?<!\w)(?:notre|votre|nuestro|nuestra|su|tu|our|your)\s+{re.escape(words[0])}",
                details,
                re.IGNORECASE,
            ):
                # "Camille Martin - Technicien automobile" over "avec notre technicien": the
                # garage's technician the user sees, not the user's next job.
                return False
            if (
                not hirer
                # A job advertisement's gender mark ("(m/w/d)") or a numbered round
                # ("Round 2") in the title is hiring's own.
                and not _GENDER_MARK.search(titled_as)
                and not any(lex.phrase("title_round").fullmatch(p) for p in parts)
                and _trade_visit(
                    role,
                    words[0] if head_first else words[-1],
                    titled_as,
                    details,
                    "" if personal else company,
                    lex,
                )
            ):
                return False
            titled = True
        elif staged:
            return False  # "Quarterly panel", "Roadmap screen": no job before the stage
    return titled


def _comma_stage(part: str, lex: Lexicon) -> list[str]:
    """A title part, with a hiring stage after its last comma made a part of its own.

    "Operations Analyst, round 2", "Data Engineer, technical screen": coordinators write
    the stage after the role as often with a comma as with a dash. A comma before anything
    else stays ("Director, Product Marketing" is one title).
    """
    head, comma, tail = part.rpartition(",")
    tail = tail.strip()
    if (
        comma
        and head.strip()
        and any(lex.phrase(key).fullmatch(tail) for key in ("title_round", "title_stage"))
    ):
        return [head.strip(), tail]
    return [part]


def _trade_visit(
    role: str, head: str, title: str, details: str, company: str, lex: Lexicon
) -> bool:
    """Whether a titled ``role`` is a trade serving the user, and the event that trade's visit.

    "Alex Morgan - Technicien fibre" over "Installation de la box", "- Asesora financiera"
    over "Cita en la sucursal", "- Account Manager" over "Quarterly review": firms title a
    customer's appointment with the customer and whoever comes, as hirers title an
    interview with the candidate and the job. The role must be one a visit names (a
    technician, an adviser, an account manager), and a visit must be said: its work or the
    user's account in the ``title`` or ``details``, the firm's own technician ("our
    technician", "votre conseillère") or a bank's, utility's or network's domain
    (``company``). Any hiring word ("position", "candidat", "Bewerbung") keeps the
    interview: a firm also hires its technicians ("Fisheries Data Technician" over "Lorraine
    and Dmitri will be on the call" says no visit and stays one). A stage word in the title
    ("Account Manager onsite") is a visit's as often, so only the details' interview words
    count. The role's own words are the job's, not a visit's ("Maintenance Technician",
    "Técnico de mantenimiento", "Technicien raccordement"), and "our technicians" (plural)
    are the team the user would join.
    """
    if not lex.phrase("trade_role").search(role):
        return False
    said = f"{title}\n{details}"
    if lex.phrase("interview_strong").search(details) or any(
        lex.phrase(key).search(said) for key in ("interview_weak", "job_words", "candidacy")
    ):
        return False
    own = re.search(
        rf"(?<!\w)(?:our|your|notre|votre|nos|vos|unser\w*|ihr\w*|nuestr[oa]s?|sus?|tus?)"
        rf"\s+(?:\w+\s+){{0,2}}{re.escape(head)}(?!\w)",
        said,
        re.IGNORECASE,
    )
    job = role.casefold()
    visit = any(v.group(0).casefold() not in job for v in lex.phrase("trade_visit").finditer(said))
    return bool(own or visit or (company and lex.phrase("trade_label").search(company)))


def _personal_sender(sender: Person | None, lex: Lexicon) -> bool:
    """Whether ``sender`` writes from their own address ("Jo Lane <jo.lane@northbank>").

    A person's name whose given or family name the address spells: not a bank's or a
    utility's booking mailbox ("Citas Banco Meridiano <citas@...>").
    """
    if sender is None or not sender.name or not sender.email:
        return False
    if not reads_as_name(sender.name, lex):
        return False
    local = _folded(local_of(sender.email))
    words = [_folded(w) for w in re.findall(r"[^\W\d_]{3,}", sender.name)]
    return len(sender.name.split()) >= 2 and any(w in local for w in words)


def _stage_tail(words: list[str], lex: Lexicon) -> int:
    """How many last words of a title part name a hiring stage after a role, or 0.

    "Producer loop" -> 1, "Data Analyst Final Round" -> 2; a stage alone is no role's.
    """
    for k in range(min(3, len(words) - 1), 0, -1):
        tail = " ".join(words[-k:])
        if any(
            lex.phrase(key).fullmatch(tail)
            for key in ("title_stage_word", "title_round", "title_stage")
        ):
            return k
    return 0


def _folded(text: str) -> str:
    """``text`` lower-cased without accents, one character for each ("Ó Briain" -> "o briain").

    Each character stays one, so a position in the result is the same in ``text``.
    """
    return "".join(unicodedata.normalize("NFKD", c)[:1].lower()[:1] for c in text)


_NAME_GAP = r"[\s\-'’.]*"


def _user_name_span(summary: str, name: str) -> tuple[int, int] | None:
    """Where a calendar title names the user in full, or in a coordinator's short form.

    Accents, hyphens and apostrophes may differ ("Cathal O Briain", "Jarrah Whitlock Evans",
    "Siobhan O'Neill"), and a coordinator may shorten the family name to its initials
    ("Kaya N-B", "Jarrah W.", "Cathal Ó B."), never the given name.
    """
    parts = [p for p in re.split(r"[\s\-'’.]+", _folded(name)) if p]
    if len(parts) < 2:
        return None
    first, family = parts[0], parts[1:]
    initials = _NAME_GAP.join(re.escape(p[0]) for p in family)
    forms = [
        _NAME_GAP.join(map(re.escape, parts)),
        # The family name's initials, all of them or the last word's only.
        rf"{re.escape(first)}\s+(?:{initials}|{re.escape(family[-1][0])})\.?(?![^\W\d_])",
    ]
    low = _folded(summary)
    for form in forms:
        m = re.search(rf"(?<![^\W\d_]){form}(?![^\W\d_])", low)
        if m is not None:
            return m.start(), m.end()
    return None


_NON_ALNUM = re.compile(r"[^0-9a-z]")
# The text of an Outlook meeting request: its "When:" line (in the sender's language), then
# within a few lines the "*~*~*~*" rule Outlook draws under the meeting's details.
_MEETING_TEXT = re.compile(
    r"\A\s*(?:when|wann|cuándo|cuando|quand)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*\*~\*~\*~",
    re.IGNORECASE,
)
# Two parties in a title, a spaced slash included ("Jonas Weber / Bergmann GmbH").
_JOINED = re.compile(r"<>|/|\+|\s[x×]\s")


def _sender_label(sender: Person | None, lex: Lexicon) -> str:
    """The sender's organisation as its domain's label ("yarrafreight"), or "" (free mail)."""
    dom = domain_of(sender.email if sender else None)
    if not dom or in_domains(dom, lex.freemail_domains):
        return ""
    return _NON_ALNUM.sub("", domain_label(dom))


def _titled_with_hirer(
    summary: str,
    details: str,
    sender: Person | None,
    s: Settings,
    lex: Lexicon,
    organizer: Person | None = None,
) -> bool:
    """Whether a calendar title joins the user with the sender's own company, about a job.

    "Alex Morgan <> Northwind Robotics", "Jonas Weber / Bergmann GmbH - Kennenlernen",
    "Échange Camille Martin / Lumen Data": the two parties of the meeting are the user and
    the company whose address sends it, and the event's own words name the job ("about the
    Senior Product Manager role", "Rolle: Produktmanager (m/w/d)", "Poste : Data Engineer").
    A vendor's "Alex Morgan <> SalesBolt" demo names no job, and a title naming the user
    with another person ("Alex Morgan / Priya Raman") is no company's. A calendar service's
    notice ("Updated invitation" from Google Calendar's own address) speaks for the event's
    ``organizer``: the company is theirs.
    """
    name = (s.user_name or "").strip()
    if len(name.split()) < 2 or len(summary) > 120 or not _JOINED.search(summary):
        return False
    at = summary.casefold().find(name.casefold())
    if at < 0:
        return False
    labels = [
        _NON_ALNUM.sub("", domain_label(dom))
        for p in (sender, organizer)
        if (dom := domain_of(p.email if p else None)) and not in_domains(dom, lex.freemail_domains)
    ]
    others = _JOINED.split(f"{summary[:at]} <> {summary[at + len(name) :]}")
    # The company may be followed by the meeting's name: "Bergmann GmbH - Kennenlernen".
    heads = [_TITLE_SEPARATORS.split(o.strip(" \t-–—|:"))[0] for o in others]
    label = next(
        (
            lab
            for lab in labels
            for h in heads
            if lab
            and h.strip()
            # ("Lémanique Horlogerie" from lemanique-horlogerie.example: accents folded.)
            and len(key := _NON_ALNUM.sub("", _folded(h))) >= 3
            and (key in lab or lab in key)
        ),
        "",
    )
    named = bool(label)
    words = f"{summary}\n{details}"
    # "Review of your application" names no job: a mortgage broker's or a vendor's title
    # joins the user with their company too.
    job_words = words
    for m in reversed(list(lex.phrase("loose_candidacy").finditer(words))):
        job_words = f"{job_words[: m.start()]} {job_words[m.end() :]}"
    # "Entretien Camille Martin / Lumen Data": the interview's own noun, alone before the
    # user's full name (a servicing names its object: "Entretien chaudière").
    lead = summary[:at].strip(" \t-–—|:/")
    return (
        named
        and bool(
            lex.phrase("candidacy").search(job_words)
            or _GENDER_MARK.search(words)
            or _gendered_title(words, lex)
            or _role_part(f"{summary[:at]} | {summary[at + len(name) :]}", label, details, lex)
            or (" " not in lead and lex.phrase("interview_noun").fullmatch(lead))
        )
        and not lex.phrase("sales_meeting").search(words)
    )


def _titled_stage_of_role(summary: str, labels: Sequence[str], details: str, lex: Lexicon) -> bool:
    """Whether a calendar title is the company, a hiring stage and a role, and nothing else.

    "Cinderpath - second stage (Backend Engineer)", "Backend Engineer | Final round |
    Cinderpath": how a company titles the invitation it sends a candidate without writing
    the candidate's name. The company is the sender's or organiser's (their domains'
    ``labels``). A stage alone ("Acme - Round 2") is also a tournament's, and a role alone
    a meeting with whoever holds it; the three together name a step of hiring.
    """
    if len(summary) > 120:
        return False
    parts = [
        p.strip(" \t()[],.-–—|:/")
        for p in _TITLE_SEPARATORS.split(_BRACKETED.sub(r" | \g<0>", summary))
    ]
    parts = [p for p in parts if p]
    if len(parts) != 3:
        return False
    company = stage = role = False
    for part in parts:
        key = _NON_ALNUM.sub("", _folded(part))
        if not company and len(key) >= 3 and any(key in lab or lab in key for lab in labels):
            company = True
        elif not stage and lex.phrase("title_round").fullmatch(part):
            # A numbered stage ("Stage 2") is also a rollout's or a course's: the event's
            # own words must then speak of hiring ("Round 2" is hiring's own).
            numbered = "stage" in part.casefold() and any(c.isdigit() for c in part)
            stage = not numbered or _names_hiring(f"{summary}\n{details}", lex)
        elif not role and _role_part(part, "", details, lex):
            role = True
        else:
            return False
    return company and stage and role


def _names_hiring(text: str, lex: Lexicon) -> bool:
    """Whether text names an interview or a hiring stage ("interview", "portfolio review").

    Wider than ``_dates._names_stage`` (which reads one sentence of prose): a calendar
    event's words may name the stage by its title words ("title_stage") too.
    """
    return any(
        lex.phrase(key).search(text)
        for key in ("interview_strong", "interview_medium", "interview_session", "title_stage")
    )


def _role_part(rest: str, label: str, details: str, lex: Lexicon) -> bool:
    """Whether a part of a title, the user's name taken out, is a job title alone.

    "<user> <> Saffron Quay | Procurement Lead", "Videocall <user> x Coolwater (Asset
    Analyst)": the role the meeting is about, written as its own part. The company's own
    part is not one, nor the job of whoever the user meets ("your Account Manager").
    """
    rest = _BRACKETED.sub(r" | \g<0>", rest)
    for raw in _TITLE_SEPARATORS.split(_JOINED.sub(" | ", rest)):
        part = raw.strip(" \t()[],.-–—|:/")
        words = part.split()
        if not words or len(words) > 5:
            continue
        key = _NON_ALNUM.sub("", part.casefold())
        if label and len(key) >= 3 and (key in label or label in key):
            continue
        if (
            words[-1].lower() in lex.title_words
            and is_title(part, lex)
            and all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words)
            and f"your {part.casefold()}" not in details.casefold()
            and f"our {part.casefold()}" not in details.casefold()
            and not _CLIENT_FACING.search(part)
        ):
            return True
    return False


# The jobs that meet customers, not candidates: "<user> x <vendor> (Customer Success
# Manager)" is a vendor's check-in, whatever job the title names.
_CLIENT_FACING = re.compile(
    r"\b(account|customer|client|sales|success|solutions?|support|service|partnerships?"
    r"|relationship|wealth|mortgage|insurance|advis[eo]r|banker|private client)\b",
    re.I,
)


# The gender marker German, Austrian, Swiss and French job titles carry: "(m/w/d)", "(w/m/d)",
# "(m/f/d)", "(all genders)", "H/F", "F/H".
_GENDER_MARK = re.compile(
    r"\(\s*[mwfdxh]\s*/\s*[mwfdxh](?:\s*/\s*[mwfdxh])?\s*\)"
    r"|\((?:all genders|gn\*?)\)|\b(?:h/f|f/h)\b",
    re.IGNORECASE,
)
# Spanish and French job ads also write both genders into the noun itself: "Desarrollador/a",
# "Jefe/a de ventas", "Développeur·se". Only a job's noun so marked is a title ("audio/a
# demanda" is not): the stem must be a title word.
_GENDERED_NOUN = re.compile(r"\b([^\W\d_]{3,})(?:/as?|·(?:e|se|euse|rice|ne|le)s?)\b")
# German job ads mark the feminine form on the noun: "Aktuar/in", "Sachbearbeiter:in",
# "Entwickler*in", "Berater/-in". Outside job ads the form is rare in a subject, and the
# compounds are too many for the title words: a capitalised agent noun so marked is a title.
_GENDERED_DE = re.compile(
    r"(?<![\w/])[A-ZÄÖÜ][a-zäöüß]{1,30}(?:er|or|ar|ent|eur|ist|ant|loge|at)"
    r"(?:/-?in|:in|\*in|_in|\(in\))(?![\w])"
)


def _gendered_title(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds a job's noun written in both genders ("Desarrollador/a")."""
    if _GENDERED_DE.search(text):
        return True
    return any(m.group(1).lower() in lex.title_words for m in _GENDERED_NOUN.finditer(text))


_THEIR = r"(?:our|your|notre|votre|unser\w*|ihr\w*|nuestr[oa]|su|tu)"


def _titled_with_their_job(r: _Reading) -> bool:
    """Whether an event's title part is a job its details give someone the user meets.

    "Rin Oda <> Saffron Quay | Account Executive" over "Intro call with our Account
    Executive about licensing": the vendor's account executive, not the user's next job.
    Only a customer-facing job or a trade is read so, and only in a title joining two
    parties ("<>", " x "): "Alex Morgan - Customer Success Manager" over "You'll meet Jo
    Lane, our Customer Success Manager" is a coordinator's title for the job the panel does.
    """
    if r.event is None or not r.event.description.strip():
        return False
    if not _TWO_PARTIES.search(r.event.summary):
        return False
    details = r.event.description[:3000]
    for part in _SUBJECT_PARTS.split(_SUBJECT_PREFIX.sub("", r.event.summary)):
        role = part.strip(" \t()[],.<>|-–—:")
        if len(role.split()) < 2 or len(role) > 60:
            continue
        # Only a job that serves customers ("our Product Designer team" may be the panel).
        if not (_CLIENT_FACING.search(role) or r.lex.phrase("trade_role").search(role)):
            continue
        if re.search(rf"(?<!\w){_THEIR}\s+{re.escape(role)}(?![\w-])", details, re.IGNORECASE):
            return True
    return False


def _hiring_subject(subject: str, lex: Lexicon, *, sentence_case: bool = False) -> bool:
    """Whether a subject names a hiring stage or is a job title ("Re: Service Designer").

    Hiring managers reply under the thread the candidate began, whose subject is the role
    or "next step"; the body may then say only "It'll be me and our research lead".
    With ``sentence_case`` a title as people type it ("Re: Gameplay engineer") counts too:
    only where other wording already says hiring (a plain "we're not moving forward").
    """
    bare = _SUBJECT_PREFIX.sub("", subject).strip()
    if not bare or len(bare) > 100:
        return False
    if lex.phrase("hiring_subject").search(bare):
        return True
    if _GENDER_MARK.search(bare) and _GENDER_MARK.sub("", bare).strip(" -–|:"):
        return True  # "Data Engineer (m/w/d)", "Chef de projet H/F": only job ads say so
    if _gendered_title(bare, lex):
        return True  # "Entrevista - Desarrollador/a Frontend"
    for part in _SUBJECT_PARTS.split(bare):
        # "Risk Analyst (Valletta)", "Data Engineer (Req 4471)": a bracketed place or
        # reference after the title is no part of it.
        words = _BRACKETED.sub("", part).strip(" \t()[],.").split()
        if not 2 <= len(words) <= 6:
            continue
        if (
            words[0][0].isupper()
            and words[0].lower() in lex.title_words
            and words[1].lower() in lex.title_field_joiners
        ):
            return True  # "Analista de datos", "Chef de projet": the head noun comes first
        if (
            len(words) >= 3
            and words[-1].lower() in lex.vacancy_words
            and words[-2].lower() in lex.title_words
            and words[0][0].isupper()
            and words[0].lower() not in _NOT_ROLE_LEADS
        ):
            # "Re: Motion designer role": a title in sentence case named as the vacancy.
            return True
        if (
            sentence_case
            and len(words) <= 4
            and words[-1].lower() in lex.vacancy_words
            and words[0][0].isupper()
            and words[0].lower() not in _NOT_ROLE_LEADS
            and not lex.phrase("other_application").search(part)
            and (
                words[-1].lower() not in lex.application_words
                or (len(words) >= 3 and all(w[0].isupper() for w in words[:-1]))
            )
        ):
            # "Re: Embedded role", "Re: Editorial Assistant application": a field or a job
            # named as the vacancy, where other wording already says hiring. An application
            # needs a job's title before it: a "Stall application" is a market's, a
            # "Mortgage application" a lender's.
            return True
        if (
            len(words) >= 4
            and words[-1].lower() in lex.vacancy_words
            and words[0].lower() in lex.title_words
            and words[0].lower() not in _NOT_ROLE_LEADS
            and all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words[:-1])
        ):
            # "Head of Treasury role": a capitalised title, led by its head noun, named as
            # the vacancy (the field after "of" need not be a title word).
            return True
        if words[-1].lower() not in lex.title_words:
            continue
        if words[0].lower() in _NOT_ROLE_LEADS:
            continue  # "Your Account Manager", "Our new Partner": a person, not a vacancy
        # A job title is capitalised words ("Senior Data Engineer", "Head of Product").
        if all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words):
            return True
        if sentence_case and len(words) <= 4 and words[0][0].isupper():
            return True
    return False


def _staged_title(subject: str, lex: Lexicon) -> bool:
    """Whether a subject part is a job title followed by the next stage.

    "Re: Kestrel Ridge - Financial Controller next steps" names the stage as "Re: Financial
    Controller - next steps" does, without the dash; the words before the stage must read
    as a job title ("Re: Quarterly review next steps" is a colleague's).
    """
    bare = _SUBJECT_PREFIX.sub("", subject).strip()
    if len(bare) > 100:
        return False
    for part in _SUBJECT_PARTS.split(bare):
        m = lex.phrase("title_next_stage").search(part)
        if m is not None and m.start() > 0 and _hiring_subject(part[: m.start()], lex):
            return True
    return False


def _asks_for_times(text: str, lex: Lexicon) -> re.Match[str] | None:
    """The first "pick a time" wording that is not a promise to ask later or a thank-you.

    "If your background matches, we'll reach out to schedule an interview" asks nothing yet;
    "Thanks for sharing your availability. Your interview is confirmed:" asked before.
    """
    later = _spans(text, lex, "later_scheduling", "availability_given")
    for m in lex.phrase("scheduling_request").finditer(text):
        if not any(a <= m.start() < b for a, b in later):
            return m
    return None


def _changed(key: str, text: str, lex: Lexicon) -> bool:
    """Whether text says something is cancelled or moved (``key``), not merely how to do it.

    Booking confirmations carry "Cancel: <link>", "Add to calendar | Reschedule | Cancel"
    and "If you need to cancel, ..." lines: offers to cancel or to reschedule, not changes.
    """
    offers: list[tuple[int, int]] | None = None
    for m in lex.phrase(key).finditer(text):
        if offers is None:
            offers = [o.span() for o in lex.phrase("cancel_offer").finditer(text)]
        if not any(a <= m.start() < b for a, b in offers):
            return True
    return False


def _spans(text: str, lex: Lexicon, *keys: str) -> list[tuple[int, int]]:
    """Where the phrases ``keys`` match in text."""
    return [m.span() for key in keys for m in lex.phrase(key).finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


def _hiring_words(text: str, lex: Lexicon) -> int:
    """How many weak hiring words text has, not counting a bank's or landlord's "application".

    "Your application for the Platinum card was unsuccessful" is rejection wording whose only
    hiring word is the application, which is for something else; "I got a verbal offer!"
    is a friend's news, whose offer noun would otherwise be its own hiring context.
    """
    other = _spans(text, lex, "other_application", "not_own_offer")
    if other and lex.phrase("not_own_offer").search(text):
        # "I got an offer! Written offer letter on Monday": the news's other offer nouns are
        # the same offer, no hiring context of the user's.
        other += _spans(text, lex, "offer")
    weak = lex.phrase("interview_weak").finditer(text)
    return sum(1 for m in weak if not _inside(m.start(), other))


def _offer(text: str, lex: Lexicon) -> re.Match[str] | None:
    """The first offer wording that is not someone else's offer or congratulations on one."""
    news = _spans(text, lex, "not_own_offer")
    offers = lex.phrase("offer").finditer(text)
    # "If all goes well we'd move to signing the contract": a step after an interview still
    # to come, not an offer made.
    return next(
        (
            m
            for m in offers
            if not _inside(m.start(), news)
            and not lex.phrase("outcome_condition").search(
                text[_sentence(text, m.start())[0] : m.start()]
            )
        ),
        None,
    )


def _unconditional(key: str, text: str, lex: Lexicon) -> bool:
    """Whether text holds the phrase ``key`` outside a condition (rejection wording).

    Application acknowledgements carry rejection words under a condition ("If you are not
    selected, we will keep your details on file"; "if you have not heard within three weeks,
    please assume your application has been unsuccessful"): a condition earlier in the same
    sentence makes the wording hypothetical.
    """
    for m in lex.phrase(key).finditer(text):
        start = _sentence(text, m.start())[0]
        before = text[start : m.start()]
        # "My attempts to reach you have been unsuccessful": what failed is not the user.
        if not (
            lex.phrase("outcome_condition").search(before)
            or lex.phrase("outcome_other_subject").search(before)
        ):
            return True
    return False


# The call form of an invitation: "hop on a Zoom", "jump on a call".
_CALL_INVITE = re.compile(r"\b(hop|jump|get) on\b", re.IGNORECASE)


# A line that ends on a word and goes on with words on the next line (no list mark, quote
# or blank line between): a wrap inside a sentence. The same idea as _MID_SENTENCE_BREAK,
# matched in place rather than substituted (``_invited`` keeps the text's positions) and
# with a number allowed after the break ("at\n88 Queens Quay West?").
_WRAPPED_ON = re.compile(r"[\w,)]\n[ \t]*(?![-*•>])[\w(]")


def _invited(moment: Moment, moments: list[Moment], text: str, lex: Lexicon) -> str | None:
    """The question proposing the one time to come in or meet, when the time sits in one.

    "Can you come in tomorrow (Wednesday) by 11am? Our creative director wants to meet
    you", "Let's meet at the library cafe, 2:00 on the 8th?": the hiring side names the
    one time it wants, the way a booking does. "Would Tuesday 10am work for you?" asks
    whether a time suits, and "Can you come in Tuesday at 10 or Wednesday at 2?" offers a
    choice: both stay requests.
    """
    start, end = _sentence(text, moment.pos, moment.end_pos)
    for _ in range(2):
        # A question wrapped across lines ("Could we do\nThursday ... at our office at\n88
        # Queens Quay West?"): a line break after a word, before more words, ends nothing.
        if end < len(text) and text[end] == "\n" and _WRAPPED_ON.match(text, end - 1):
            end = _sentence(text, end + 1)[1]
        if start >= 2 and text[start - 1] == "\n" and _WRAPPED_ON.match(text, start - 2):
            start = _sentence(text, start - 2)[0]
    if end >= len(text) or text[end] != "?":
        return None
    sentence = text[start:end]
    asks = [m.group() for m in lex.phrase("invite_question").finditer(sentence)]
    if not asks:
        return None
    if all(_CALL_INVITE.search(a) for a in asks) and not (
        lex.phrase("applicant_you").search(text) and not lex.phrase("interviewer_side").search(text)
    ):
        # "Can you hop on a call Thursday at 1pm?" books the user's interview only once they
        # applied: a cold recruiter's intro call asks, and a colleague's call to interview a
        # candidate is not the user's.
        return None
    if lex.phrase("media_appearance").search(sentence):
        # "Could you come by the studio on Thursday at 2pm to record the interview?": a
        # show's guest, even one who applied to be on it.
        return None
    if _hypothetical(text, start, end, moment.pos, lex):
        return None
    # One time and one day: "tomorrow at 11am or 2pm?", "Tuesday or Wednesday at 11?" offer.
    if len(find_times(sentence, lex)) != 1:
        return None
    if len({m.start for m in moments if start <= m.pos < end}) != 1:
        return None
    return sentence


def _stated(moment: Moment, text: str, lex: Lexicon, *, hiring: bool, medium: bool = False) -> bool:
    """Whether the time is stated as the plan of the user's interview.

    People confirm without the word "confirmed" ("Your interview: Thursday 12 March, 14:00",
    "Interview\nDate: Thursday 12 March\nTime: 14:00"): the interview word is in the time's
    sentence or in the label lines just above it. "If shortlisted, interviews will be on
    ..." and "I'll push for an interview after Monday 10am's call" state no plan; "my final
    interview is on Thursday" is the sender's; with no hiring word in the mail (``hiring``)
    "our interview" is a reporter's or a researcher's ("Our interview is on Thursday").
    """
    start, end = _sentence(text, moment.pos, moment.end_pos)
    # Up to two lines above the time's line, within its block (no blank line between).
    above = text.rfind("\n", 0, moment.pos) + 1
    for _ in range(2):
        prev = text.rfind("\n", 0, max(0, above - 1)) + 1
        if above == 0 or not text[prev : above - 1].strip():
            break
        above = prev
    # "See you at 6pm for drinks after your interview": an interview named after the time
    # as another plan's landmark does not make the time its own.
    # Only in the time's own clause: "see you Thursday at 2pm; after your interview Ben
    # will show you around" names the interview's time and then what follows it.
    after = max(moment.end_pos, moment.pos)
    brk = _CLAUSE_BREAK.search(text, after, end)
    for m in lex.phrase("interview_anchor").finditer(text[after : brk.start() if brk else end]):
        a, b = after + m.start(), after + m.end()
        text = text[:a] + " " * (b - a) + text[b:]
    sentence = text[start:end]
    near = text[min(start, above) : end]
    # The meeting may be named by its stage rather than the noun: "a 60-minute system design
    # session with Kai on Monday at 12pm", "wird Sie ... für das Telefoninterview anrufen",
    # "an informal chat over Teams on Friday at 2pm" (medium wording in a hiring context).
    # Such a stage counts in the time's own sentence ("We made the final round! It's Thursday
    # at 8pm" is a quiz); medium wording only beside a hiring word (a vendor's "setup session
    # with you" under "Next steps - your trial" is no interview).
    if not (
        lex.phrase("interview_noun").search(near)
        or lex.phrase("interview_strong").search(sentence)
        or (medium and hiring and lex.phrase("interview_medium").search(sentence))
    ):
        return False
    if text[end : end + 1] == "?" and lex.phrase("tag_question").search(sentence):
        # "Your interview is on Thursday at 2pm, right?" asks what the writer believes.
        return False
    if not hiring and lex.phrase("shared_interview").search(near):
        return False
    return not (
        _hypothetical(text, start, end, moment.pos, lex)
        or lex.phrase("later_scheduling").search(sentence)
        or lex.phrase("not_interview").search(near)
    )


def _plainly_said(moment: Moment, text: str, lex: Lexicon) -> bool:
    """Whether the time's sentence states it outright: no condition ("if shortlisted"), no
    promise to schedule later, nothing saying the meeting is no interview, no social plan
    ("see u wed 7am at the gym" under "need to destress before my interview"), and not a
    deadline ("if you sign the NDA by Friday 6 March at 5pm")."""
    start, end = _sentence(text, moment.pos, moment.end_pos)
    sentence = text[start:end]
    return not (
        _hypothetical(text, start, end, moment.pos, lex)
        or lex.phrase("later_scheduling").search(sentence)
        or lex.phrase("not_interview").search(sentence)
        or lex.phrase("social_plan").search(sentence)
        or lex.phrase("due_before").search(text[start : moment.pos])
    )


def _pick_moment(
    moments: list[Moment], text: str, lex: Lexicon, ref: dt.datetime | None
) -> tuple[Moment | None, int]:
    """The most plausible interview time, and how many distinct plausible times there are."""
    scored: list[tuple[float, int, Moment]] = []
    old = lex.phrase("reschedule_old_marker")
    new = lex.phrase("reschedule_new_marker")
    due = lex.phrase("deadline_marker")
    hours = lex.phrase("opening_hours")
    past = lex.phrase("past_marker")
    past_day = lex.phrase("past_day")
    # Below a signature separator (RFC 3676 4.3: "-- " on its own line) a time is a footer's
    # event or office hours, not the meeting confirmed above it.
    sig = _SIG_SEPARATOR.search(text)
    sig_at = sig.start() if sig else len(text)
    journey = lex.phrase("travel_marker")
    # In a travel booking an arrival is a landing ("Arrive: 8:40 AM Chicago (ORD)").
    landing = lex.phrase("travel_arrival") if lex.phrase("travel_booking").search(text) else None
    prev_end = 0
    for i, found in enumerate(moments):
        m = found
        score = 0.0
        # Markers count only after the previous moment ("from A to B": "from" is A's).
        before = text[max(0, m.pos - 60, prev_end) : m.pos]
        prev_end = max(prev_end, m.end_pos)
        if m.end is not None and _moves_from_to(before, text[m.pos : m.end_pos], lex):
            # "We've moved your interview from 10am to 2pm": read as one range, its end is
            # the new time and its start the old one.
            m = dataclasses.replace(m, start=m.end, end=None)
        line_start = text.rfind("\n", 0, m.pos) + 1
        line_head = text[line_start : m.pos]
        if not m.weekday_ok:
            score -= 2
        if ref is not None and m.start < ref - dt.timedelta(hours=12):
            score -= 6
        elif ref is not None and m.start < ref and past.search(before):
            # "We received your application on Monday at 3:01 PM": it already happened.
            score -= 6
        elif past_day.search(before):
            # "After your interview last Thursday at 11am": over, whichever Thursday it is.
            score -= 6
        elif ref is not None and m.start < ref:
            # Earlier on the day it was sent ("your first interview this morning at 9"):
            # any time still to come is likelier the one being confirmed.
            score -= 1
        if due.search(before):
            # "Please complete it by Friday at 11:59 PM": a task's deadline, not a meeting.
            score -= 6
        if hours.search(before):
            # "Reception is open Monday to Friday, 8:30am to 6pm": the office's hours.
            score -= 6
        if m.pos > sig_at:
            score -= 2
        if journey.search(before) or (landing is not None and landing.search(before)):
            # "Flight UA 455 departs Tuesday at 6:00 PM": the trip to the interview.
            score -= 6
        if (
            old.search(before[-40:])
            and not m.moved
            and not _opens_range(before, text[m.pos : m.end_pos], lex)
        ):
            # "moved from 1pm to 3:30pm" read as its new end: the "from" is the old start's.
            score -= 3
        if new.search(before[-40:]):
            score += 3
        if _sent_line(text, line_start):
            # "Date: Mon, 4 Oct 2032 at 08:14" under "From: ...": a forwarded or pasted
            # message's sending time (RFC 5322 3.6.1), not a meeting's.
            score -= 6
        elif _LABEL_HEAD.match(line_head):
            score += 1.5
        if m.zone_stated:
            score += 0.5
        scored.append((score, -i, m))
    if not scored:
        return None, 0
    plausible = {m.start for s, _, m in scored if s > -3}
    best = max(scored, key=lambda t: (t[0], t[1]))
    if best[0] <= -3:
        return None, 0
    return best[2], len(plausible)


_SENT_HEAD = re.compile(
    r"[ \t*]*(?:(?P<date>date|datum|fecha)|sent|gesendet|envoyé|enviado(?: el)?)[ \t*]*:", re.I
)
_FROM_HEAD = re.compile(r"[ \t*]*(?:from|von|de|expéditeur)[ \t*]*:[ \t]*[^\W\d_]", re.I)
_SUBJECT_HEAD = re.compile(r"[ \t*]*(?:subject|betreff|objet|asunto)[ \t*]*:", re.I)


def _sent_line(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a mail header's date in a header block.

    A "Date:" or "Sent:" line counts only beside a "From:" line naming someone (within
    three lines either way): a recruiter's own "Date: Thursday 14 October" label has none.
    "Sent:" is a header's word alone; "Date:" also heads a recruiter's field list ("Date:
    Tuesday 17 March / From: Jane Roe (interviewer)"), so there the block must look like a
    mail's header too: an address on the "From:" line or a "Subject:" line (RFC 5322 3.6).
    """
    head = _SENT_HEAD.match(text, line_start)
    if not head:
        return False
    lines_before = text[:line_start].split("\n")[-4:]
    lines_after = text[line_start:].split("\n")[1:4]
    block = [*lines_before, *lines_after]
    froms = [line for line in block if _FROM_HEAD.match(line)]
    if not froms:
        return False
    if not head.group("date"):
        return True
    return any("@" in line for line in froms) or any(_SUBJECT_HEAD.match(line) for line in block)


_RANGE_WORD = re.compile(r"\s(?:to|until|till)\s", re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s*\Z", re.IGNORECASE)


def _opens_range(before: str, moment_text: str, lex: Lexicon) -> bool:
    """Whether "from" before a time opens its own range, not an old time being moved.

    "It runs from 9.30am to 3pm on Thursday 19 March": the day's span. "We've moved it from
    Tuesday 3pm to Thursday" keeps "from" as the old time's marker (reschedule wording).
    """
    return bool(
        _FROM_END.search(before)
        and _RANGE_WORD.search(moment_text)
        and not lex.phrase("reschedule").search(before)
        # "move your interview with me from Wednesday to Thursday": a move's own "from".
        and not lex.phrase("moved_range_from").search(before)
    )


def _moves_from_to(before: str, moment_text: str, lex: Lexicon) -> bool:
    """Whether a range's "from" is a move's ("moved your interview from 10am to 2pm").

    The neighbour of ``_opens_range``: the same words after a reschedule's verb name the
    old time and the new one, not a span of the day.
    """
    # Only the move's own sentence: "The interview was moved. It runs from 10am to 2pm".
    clause = re.split(r"[.!?\n]\s", before)[-1]
    return bool(
        _FROM_END.search(clause)
        and _RANGE_WORD.search(moment_text)
        and lex.phrase("reschedule").search(clause)
        and lex.phrase("reschedule_old_marker").search(clause[-40:])
    )


def _pick_event(events: list[CalEvent]) -> CalEvent | None:
    """The event the message is about (the first with a start, REQUEST preferred)."""
    with_start = [e for e in events if e.start is not None]
    if not with_start:
        return events[0] if events else None
    return with_start[0]


def _result(
    msg: ParsedMessage,
    kind: Kind,
    reasons: list[str],
    safety: Safety,
    **extra: object,
) -> Understanding:
    """Assemble the Understanding with the message's common fields."""
    return Understanding(
        kind=kind,
        reasons=tuple(reasons),
        subject=msg.subject,
        sender=msg.sender,
        reply_to=msg.reply_to,
        recipients=msg.recipients,
        date=msg.date,
        thread=msg.thread,
        automated=safety.automated,
        body_text=msg.text,
        **extra,  # type: ignore[arg-type]
    )


def bulk_by_headers(msg: ParsedMessage, s: Settings) -> Understanding | None:
    """The "bulk" verdict :func:`classify` gives from headers alone, or None.

    The same checks, in the same order, as the first returns of :func:`classify` (a bounce
    or an automatic reply is not bulk; mail from a hiring system or scheduler is read in
    full); for the watcher's header screening, where most of a mailbox is settled.
    """
    lex = s.lexicon
    safety = assess(msg, lex)
    if safety.verdict is not Verdict.BULK:
        return None
    systems = lex.ats_domains | lex.scheduling_domains
    if any(in_domains(d, systems) for d in _machine_domains(msg)):
        return None
    return _result(msg, Kind.BULK, list(safety.reasons), safety)


# A calendar sending in a person's name from their own address: "Jane Roe (via Proton
# Calendar) <jane@acme.example>". "via" reads the same in every language shipped.
_VIA_SUFFIX = re.compile(r"\s*\(via [^()]{1,40}\)\s*$", re.IGNORECASE)


def _relay_suffix_off(msg: ParsedMessage, lex: Lexicon) -> ParsedMessage:
    """The message with its sender's name free of a relay's "(via ...)" suffix.

    Only for a person's own address: a no-reply relay ("Jane Roe (via Calendly)
    <notifications@...>") keeps the suffix, so that the host named in the text is never
    matched to the machine's address and dropped with it.
    """
    sender = msg.sender
    if sender is None or not sender.name or not sender.email or "(" not in sender.name:
        return msg
    name = _VIA_SUFFIX.sub("", sender.name)
    if name == sender.name or not name or is_noreply(sender.email, lex):
        return msg
    return dataclasses.replace(
        msg, sender=Person(name=name, email=sender.email, title=sender.title)
    )


def classify(msg: ParsedMessage, s: Settings) -> Understanding:
    """Decide what a parsed message is.

    In stages, each cheaper than the next and each free to answer: what the headers and
    the opening lines settle (bounces, automatic replies, bulk); the reading of the
    message's own words and calendar event (:func:`_read`); the weighing of its interview
    signs (:func:`_weigh_signs`, :func:`_weigh_thread`); mass-mail footers
    (:func:`_mass_mail`); then, for mail with a sign of hiring only, the people, company,
    role and times (:func:`_extract`) and the verdict (:func:`_verdict`).
    """
    lex = s.lexicon
    msg = _relay_suffix_off(msg, lex)
    safety = assess(msg, lex)
    reasons = list(safety.reasons)
    if safety.verdict is Verdict.BOUNCE:
        return _result(msg, Kind.AUTO_REPLY, reasons or ["delivery report"], safety)
    own = own_text(msg.text, lex)
    if safety.verdict is Verdict.AUTO_REPLY and _application_receipt(msg, own[:800], lex):
        # RFC 3834's "auto-replied" marks any automatic response; a hiring system's receipt
        # for the user's application is its news about the application (as the same receipt
        # without the header is), not an out-of-office reply.
        reasons.append("a hiring system's receipt for the user's application")
        safety = Safety(Verdict.MACHINE, tuple(reasons))
    answered = _automatic_or_bulk(msg, s, safety, reasons, own)
    if answered is not None:
        return answered
    r = _read(msg, s, safety, reasons, own)
    _weigh_signs(r)
    _weigh_thread(r)
    answered = _mass_mail(r) or _without_hiring(r)
    if answered is not None:
        return answered
    ex = _extract(r)
    # The verdict appends its reasons; a second reading starts again from here.
    read = len(r.reasons)
    plain = _verdict(r, ex)
    return _resembling(r, ex, plain, read) if plain.kind is Kind.OTHER else plain


def _settled_by_person(r: _Reading, own: str) -> bool:
    """Whether the mail reads as someone on the hiring side settling a time, with nothing
    left open: not the user's own mail, not a friend on a personal address (unless an
    agency, a hiring system or a hirer's signature), no question, no hedge ("let me know
    if that works", "tentatively", "I could do", "I'll confirm tomorrow"), no social plan
    ("for drinks with the team"), no interview already held ("thanks for interviewing with
    us last week"), no reference check, and not the user hiring or on a panel."""
    sender = r.msg.sender
    if sender is None or not sender.email or sender.email in r.s.user_addresses:
        return False
    lex = r.lex
    personal = in_domains(domain_of(sender.email), lex.freemail_domains)
    if personal and not (r.agency or r.systems or r.signed_by_hirer):
        return False
    return not (
        "?" in own
        or "¿" in own
        or lex.phrase("unsettled").search(own)
        or lex.phrase("social_plan").search(own)
        # The interview wording the rules found may be about one already held, or the
        # time a referee's call about the user, or the user's seat on a panel.
        or lex.phrase("past_meeting").search(own)
        or lex.phrase("reference_check").search(own)
        or lex.phrase("hirer_words").search(own)
        or lex.phrase("interviewer_side").search(own)
    )


def _resembling(r: _Reading, ex: _Extracted, plain: Understanding, read: int) -> Understanding:
    """An interview the rules left as ``other`` for want of confirmation wording, when the
    learned model is sure the mail confirms one.

    The model (:mod:`._resemblance`) only says the mail reads like an interview
    confirmation. The rules must have found the interview wording and its hiring context
    themselves ("Great - Thursday 7:30 it is" reads the same from a friend, and a vendor's
    demo under a job subject reads like a booking), and the verdict is read again with the
    model's word in place of confirmation wording, for one future time plainly stated in
    the mail's own words (``_verdict``). Never for automated mail, mail the rules ruled out,
    a calendar event, a blocking sign ("podcast interview"), or mail that leaves anything
    open (:func:`_settled_by_person`).
    """
    if (
        not r.s.learned
        or not r.signal
        or r.safety.automated
        or r.ruled_out
        or r.not_a_job
        or r.event is not None
        or r.blocked
        or r.subj_blocked
    ):
        return plain
    own, quoted = _resemblance.parts(r.msg.text, r.head)
    if not (_resemblance.may_state_time(r.msg.subject, own, quoted) and _settled_by_person(r, own)):
        return plain
    model = _resemblance.shipped()
    score = _resemblance.probability(model, r.msg.subject, own, quoted)
    if score < model.threshold:
        return plain
    again = dataclasses.replace(r, reasons=r.reasons[:read], learned=True)
    verdict = _verdict(again, ex)
    if verdict.kind is not Kind.INTERVIEW or verdict.interview is None:
        return plain
    note = f"{_resemblance.REASON} ({score:.2f})"
    return dataclasses.replace(verdict, reasons=(*verdict.reasons, note))


def _application_receipt(msg: ParsedMessage, head: str, lex: Lexicon) -> bool:
    """Whether automatic mail is a hiring system's note about the user's application ("Vielen
    Dank für Ihre Bewerbung ... wir melden uns"): sent by a hiring system or a no-reply
    address, not a person's mailbox, with no out-of-office wording or subject.
    """
    systems = lex.ats_domains | lex.scheduling_domains
    return bool(
        (
            any(in_domains(d, systems) for d in _machine_domains(msg))
            or is_noreply(msg.sender.email if msg.sender else None, lex)
        )
        and lex.phrase("applicant_you").search(head)
        and not lex.phrase("auto_reply_body").search(head)
        and not lex.phrase("auto_reply_subject").search(msg.subject.lower())
    )


def _quotes_user(full: str, own: str, s: Settings, lex: Lexicon) -> bool:
    """Whether the newest message quoted below the writer's words is the user's own: an
    automatic responder answers with fixed text and quotes nothing."""
    rest = text_below(full, own) if own.strip() else ""
    mark = lex.phrase("attribution").search(rest[:6000])
    return mark is not None and credited(mark, _user_keys(s))


def _user_keys(s: Settings) -> list[str]:
    """The user's addresses and name, as attribution lines and quotes credit them."""
    return [*s.user_addresses, s.user_name or ""]


def _automatic_or_bulk(
    msg: ParsedMessage, s: Settings, safety: Safety, reasons: list[str], own: str
) -> Understanding | None:
    """Automatic replies and bulk mail that its headers and opening lines settle."""
    lex = s.lexicon
    ref_date = msg.date.date() if msg.date else None
    if safety.verdict is Verdict.AUTO_REPLY:
        return _result(
            msg, Kind.AUTO_REPLY, reasons, safety, return_date=_return_date(own, lex, s, ref_date)
        )
    systems = lex.ats_domains | lex.scheduling_domains
    from_system = any(in_domains(d, systems) for d in _machine_domains(msg))
    head = own[:3000]
    if safety.verdict is Verdict.BULK and not from_system:
        return _result(msg, Kind.BULK, reasons, safety)
    if (
        not msg.calendars
        and (
            lex.phrase("auto_reply_body").search(head[:800])
            # "I'll respond when I'm back in the office": a responder without RFC 3834 headers,
            # unless it confirms something or speaks of an interview (a recruiter travelling who
            # states the booking and answers the rest on their return).
            # A person's answer to the user ("Hi Alex, I'm travelling with no reception, I'll
            # get back to you when I'm back") is a reply: it stops the chase. A responder
            # does not greet the user by name.
            or (
                lex.phrase("away_notice").search(head[:800])
                and _confirmation(head[:800], lex) is None
                and not lex.phrase("interview_strong").search(head)
                and not lex.phrase("interview_noun").search(head)
                and not _addressed_to_user(head, s, lex)
            )
        )
        # A responder answers with fixed text, quotes nothing and is sent by no phone's mail
        # app: over the user's quoted mail, or above "Sent from my iPhone", "I'm away at a
        # conference, I'll get back to you on Monday" is a person's reply. (Checked last:
        # most mail has no responder wording, and the quote scan reads 6,000 characters.)
        and not _quotes_user(msg.text, own, s, lex)
        and not lex.phrase("device_signature").search(msg.text[:6000])
    ):
        reasons.append("out-of-office wording")
        safety = Safety(Verdict.AUTO_REPLY, tuple(reasons))
        return _result(
            msg, Kind.AUTO_REPLY, reasons, safety, return_date=_return_date(own, lex, s, ref_date)
        )
    if (
        safety.automated
        and not msg.calendars
        and (lex.phrase("reply_subject").search(msg.subject) or msg.thread.in_reply_to)
        and lex.phrase("auto_answer").search(head[:800])
        # A system's confirmation in a reply thread carries the same footer line.
        and _confirmation(head[:800], lex) is None
    ):
        # "This mailbox is not monitored": a system's automatic answer to the user's mail.
        reasons.append("automatic answer to a message")
        safety = Safety(Verdict.AUTO_REPLY, tuple(reasons))
        return _result(msg, Kind.AUTO_REPLY, reasons, safety)
    if (
        safety.automated
        and not msg.calendars
        and lex.phrase("request_received").search(head[:800])
        and _confirmation(head[:800], lex) is None
        # "Your request to reschedule was received; your interview is now on ...": news.
        and not lex.phrase("interview_strong").search(head)
        and not lex.phrase("interview_noun").search(head)
        # A hiring system's receipt for an application, or one that brings the outcome ("Your
        # request has been received. Unfortunately ...", "Attached is your offer letter").
        and not lex.phrase("candidacy").search(head)
        and not _unconditional("rejection", head, lex)
        and _offer(head, lex) is None
    ):
        # A help desk's receipt for a ticket the user opened (RFC 3834 auto-generated): an
        # automatic answer, whether or not it threads under the user's mail.
        reasons.append("automatic receipt for a request")
        safety = Safety(Verdict.AUTO_REPLY, tuple(reasons))
        return _result(msg, Kind.AUTO_REPLY, reasons, safety)
    return None


@dataclass(slots=True)
class _Reading:
    """What :func:`classify` has read of one message; its stages extend and consult it."""

    msg: ParsedMessage
    s: Settings
    lex: Lexicon
    safety: Safety
    reasons: list[str]
    # The message's own words before a forwarded message's words replace them: the opening
    # read for change wording, and the sender's words for titles and self-mentions.
    head: str
    sender_words: str
    # The own words read from here on (the forwarded substance when it is about the user).
    own: str
    text: str
    # The text's first 6000 characters with mid-sentence line breaks undone (outcomes).
    flat: str
    fwd_text: str
    fwd_sender: Person | None
    # Whether that author is a hiring system or a no-reply sender: the forwarded mail is
    # then an ATS's, whose subject names the company where a person would stand.
    fwd_system: bool
    fwd_header: str
    event: CalEvent | None
    cal_text: str
    # Subject, event and text without URLs: where interview and hiring wording is sought.
    all_text: str
    ats: bool
    scheduler: bool
    agency: bool
    # A platform's notification relaying one person's message ("Tariq sent you a message"):
    # automated, so never answered, but its words are that person's.
    relayed: bool
    rejected: bool
    # A hiring system's rejection of the user's application: their outcome even when it
    # carries a preferences footer or bulk headers (ATS tenants mail through bulk senders).
    outcome_mail: bool
    strong: int
    blocked: int
    weak: int
    subj_strong: int
    subj_blocked: int
    # Mail about something other than a job, which no hiring word contradicts.
    not_a_job: bool
    # The user's own words quoted in the thread: who applied, or who hires.
    mine: str
    # Set when the message is plainly not the user's interview; no later sign may revive it.
    ruled_out: bool = False
    # Whether the message itself says "interview" (or a named stage), rather than the signs
    # inferring it: only then may a plainly stated time be its plan.
    says_interview: bool = False
    # Set when meeting wording in a hiring context ("an informal chat with Sarah") made it one.
    medium_meeting: bool = False
    # Set when the sender's signature says they hire ("Recruiting Coordinator, Glasswing") or
    # they write from a hiring mailbox (talent@): hiring context for medium meeting wording,
    # as a hiring word in the text is.
    signed_by_hirer: bool = False
    thread_ask: bool = False
    thread_outcome: bool = False
    # A plain "no" choosing someone else, from a workplace address that met the user.
    plain_outcome: bool = False
    bulk_body: bool = False
    personal: bool = False
    signal: bool = False
    # Set when the learned model is sure the mail books an interview (:func:`_resembling`):
    # it stands in for confirmation wording, never for a time nobody asks about.
    learned: bool = False
    _in_thread: dict[tuple[bool, bool], bool] | None = None

    @property
    def systems(self) -> bool:
        """Sent by a hiring system or a scheduling tool."""
        return self.ats or self.scheduler

    def candidate_thread(self, settles: bool, outcome: bool = False) -> bool:
        """:func:`_candidate_thread`, read once per question (it quote-splits the message)."""
        if self.s.hiring_thread:
            # The store knows an earlier message of this thread as the user's interview,
            # its scheduling or its cancellation: "Yep 3pm Thursday is good" answers it.
            return True
        if self._in_thread is None:
            self._in_thread = {}
        if (settles, outcome) not in self._in_thread:
            self._in_thread[settles, outcome] = _candidate_thread(
                self.msg,
                self.text,
                self.mine,
                self.lex,
                agency=self.agency,
                settles=settles,
                outcome=outcome,
                user_addresses=self.s.user_addresses,
            )
        return self._in_thread[settles, outcome]


def _read(
    msg: ParsedMessage, s: Settings, safety: Safety, reasons: list[str], own: str
) -> _Reading:
    """The message's own words, its calendar event, and the counts of its interview signs."""
    lex = s.lexicon
    subject = msg.subject
    domains = _machine_domains(msg)
    ats = any(in_domains(d, lex.ats_domains) for d in domains)
    scheduler = any(in_domains(d, lex.scheduling_domains) for d in domains)
    head = own[:3000]
    sender_words = own[:8000]
    fwd = forwarded(msg.text, lex, subject)
    fwd_text, fwd_sender = (fwd.text, fwd.author) if fwd else ("", None)
    fwd_header = fwd.header if fwd else ""
    if (
        fwd is not None
        and fwd_text
        and len(own) < 1500
        and (_names_user(fwd_text, s, lex) or _names_user(fwd.addressed, s))
    ):
        # "Forwarding the invite from Harold": a short note over a forwarded message that is
        # addressed to the user; the forwarded words are this message's substance. The note
        # alone is the forwarder's text: with no note, the forwarded header's sent date
        # must not be read as the message's own time.
        own = f"{own_text(fwd.note, lex)}\n\n{fwd_text}".strip()
        reasons.append("a forwarded message about the user")
    else:
        fwd_sender = None
    fwd_system = bool(
        fwd_sender is not None
        and fwd_sender.email
        and (
            is_noreply(fwd_sender.email, lex)
            or in_domains(domain_of(fwd_sender.email), lex.ats_domains | lex.scheduling_domains)
        )
    )

    events = parse_calendars(msg.calendars, lex) if msg.calendars else []
    event = _pick_event(events)
    cal_text = ""
    if event is not None:
        cal_text = f"{event.summary}\n{event.description[:3000]}"
    text = own[:20_000]
    all_text = _URL.sub(" ", f"{subject}\n{cal_text}\n{text[:10_000]}")
    # Read in whole sentences: a condition on the line above ("If you are not selected, we
    # will / keep your CV on file") holds for the wording on the next.
    flat = _rejoined(text[:6000])
    rejected = _unconditional("rejection", flat, lex)
    strong, blocked = _signals(all_text, lex)
    subj_strong, subj_blocked = _signals(f"{subject}\n{event.summary if event else ''}", lex)
    agency = bool(
        msg.sender and in_domains(domain_of(msg.sender.email), lex.agency_domains)
    ) or bool(lex.phrase("agency").search(text[:8000]))
    display = (msg.sender.name or "") if msg.sender else ""
    relayed = safety.verdict is Verdict.MACHINE and bool(
        lex.phrase("relayed_message").search(subject)
        or lex.phrase("relayed_message").search(display)
    )
    return _Reading(
        msg=msg,
        s=s,
        lex=lex,
        safety=safety,
        reasons=reasons,
        head=head,
        sender_words=sender_words,
        own=own,
        text=text,
        flat=flat,
        fwd_text=fwd_text,
        fwd_sender=fwd_sender,
        fwd_system=fwd_system,
        fwd_header=fwd_header,
        event=event,
        cal_text=cal_text,
        all_text=all_text,
        ats=ats,
        scheduler=scheduler,
        agency=agency,
        relayed=relayed,
        rejected=rejected,
        outcome_mail=rejected and bool(lex.phrase("candidacy").search(text[:6000])),
        strong=strong,
        blocked=blocked,
        weak=_hiring_words(all_text[:8000], lex),
        subj_strong=subj_strong,
        subj_blocked=subj_blocked,
        not_a_job=_not_a_job(
            all_text[:8000], lex, systems=ats or scheduler, thread=msg.text[:8000]
        ),
        mine=quoted_by(msg.text, _user_keys(s), lex),
    )


def _not_a_job(words: str, lex: Lexicon, *, systems: bool, thread: str = "") -> bool:
    """A sports final, an admissions or immigration interview, a volunteer induction.

    A job word anywhere in the thread (``thread``: the message with its quoted history) makes
    the other purpose the job's setting: the user's "Thursday at 2 PM is great" under
    "Re: Claims adjuster interview" answers an HR Generalist's invitation.
    """
    if systems:
        return False
    if lex.phrase("other_purpose").search(words) and not (
        lex.phrase("job_words").search(words) or lex.phrase("job_words").search(thread)
    ):
        return True
    # "Thanks for applying to volunteer ... the roles we have", "your application for the
    # room ... every candidate": roles and candidates of no job.
    return bool(lex.phrase("other_pursuit").search(words)) and not lex.phrase(
        "paid_job_words"
    ).search(words)


# Interviews on another occasion than the user's job search, each unless the mail also
# says what would make it theirs: (sign, unless, reason). The unless wording is sought
# outside the sign's own words, so that "your mock interview is confirmed" is not read as
# the user's own interview.
_OTHER_OCCASIONS = (
    # A guest interview for a show or publication: hiring words may be its topic ("a
    # podcast about hiring"), but nobody is a candidate for anything.
    ("media_appearance", "candidacy", "a guest appearance, not a job interview"),
    # A career fair or a live session the user signed up for: "on-the-spot interviews" and
    # "how hiring managers run interviews" are its topic, not the user's booking.
    ("audience_event", "own_interview", "an event for an audience, not an interview"),
    # An exit conversation booked as part of leaving: the employer's own, about the user's
    # time there ("ahead of your last day ... an interview with Dana").
    ("leaving_job", "candidacy", "an interview about leaving the user's own job"),
    # A mock interview or a coaching session: interviews are what it rehearses, unless the
    # mail also states the real one ("your interview with Acme is on Thursday").
    ("practice_session", "own_interview", "a practice or coaching session, not an interview"),
    # A mentor's advice over coffee, "not an interview", about no particular vacancy.
    ("advice_meeting", "vacancy_named", "a meeting for advice, not an interview"),
    # An appointment with a careers or employment adviser ("your interview with your
    # asesora de empleo"): the user's own word for it may be "interview"; a vacancy is not.
    ("career_guidance", "vacancy_named", "a careers adviser's appointment, not an interview"),
)

# Where a sign's own words name something else, blanked before the sign is sought: an
# event's word naming a place ("at our Elmwood workshop").
_SIGN_EXCEPT = {"audience_event": "event_venue"}

# What a hiring system's own mail may be instead of the user's interview: an event for an
# audience. (Its other occasions are a third party's: a hiring system mails none of them.)
_SYSTEM_OCCASIONS = tuple(o for o in _OTHER_OCCASIONS if o[0] == "audience_event")

# The sender is the user's referee: "happy to be your reference ... their recruiter called me
# and we've set up a call for Thursday at 4pm" is the referee's call, whether or not the mail
# says "interview" (a friend's short reply may only settle the time).
_REFEREE = (
    ("referee_for_user", "own_interview", "a call with the user's referee, not an interview"),
)


def _other_occasion(
    words: str, lex: Lexicon, table: tuple[tuple[str, str, str], ...] = _OTHER_OCCASIONS
) -> str | None:
    """The reason an interview in ``words`` is for another occasion (of ``table``), or None."""
    for sign, unless, reason in table:
        seen = words
        if (other := _SIGN_EXCEPT.get(sign)) is not None:
            # Blanked to the same length, so that positions still fit ``words``.
            for m in reversed(list(lex.phrase(other).finditer(words))):
                seen = f"{seen[: m.start()]}{' ' * (m.end() - m.start())}{seen[m.end() :]}"
        found = list(lex.phrase(sign).finditer(seen))
        if not found:
            continue
        rest = words
        for m in reversed(found):
            # A neutral word in the sign's place keeps the words around it apart.
            rest = f"{rest[: m.start()]}occasion{rest[m.end() :]}"
        if not lex.phrase(unless).search(rest):
            return reason
    return None


def _weigh_signs(r: _Reading) -> None:
    """Rule out interviews that are not the user's job interview; infer the unnamed ones."""
    lex, msg, words = r.lex, r.msg, r.all_text[:8000]
    if r.blocked and not r.systems and r.weak == 0:
        # "interview" next to podcast/webinar/exit wording with no hiring words at all.
        r.strong = 0
    elif r.strong and not r.systems and (occasion := _other_occasion(words, lex)):
        _rule_out(r, occasion)
    elif r.strong and r.systems and (occasion := _other_occasion(words, lex, _SYSTEM_OCCASIONS)):
        # A hiring system's invitation to a hiring event ("on-the-spot interviews, no
        # appointment needed"): interviews happen there, none is booked for the user.
        _rule_out(r, occasion)
    elif r.strong and r.not_a_job:
        # A sports final, an admissions or immigration interview, a journalist's or a
        # product team's interview: "final round confirmed for Saturday 10am" in mail with
        # no word of a job is not the user's job interview.
        _rule_out(r, "a round or interview for something other than a job")
    if not r.ruled_out and not r.systems and (occasion := _other_occasion(words, lex, _REFEREE)):
        _rule_out(r, occasion)
    from_user = bool(msg.sender and msg.sender.email in r.s.user_addresses)
    if (
        lex.phrase("interviewer_side").search(words)
        or (
            r.strong
            and (msg.thread.in_reply_to or lex.phrase("reply_subject").search(msg.subject))
            and lex.phrase("hirer_words").search(r.mine)
        )
        or (
            r.strong
            and not (r.systems or from_user)
            and (
                lex.phrase("sender_applies").search(r.text[:8000])
                or lex.phrase("sender_is_candidate").search(r.text[:8000])
            )
        )
        # A booking tool's notice names its booker ("Invitee: Nina Osei") where a hiring
        # system's notice may carry no interview word at all.
        or (
            (r.strong or r.systems)
            # The user's own invitation sent from the user's address names its guest too.
            and (not from_user or _organised_by_user(r))
            and _other_candidate(r)
        )
    ):
        # "You have been added as an interviewer", the user's own words quoted below say
        # they are hiring ("I'm interviewing candidates next week"), or the sender is the
        # applicant ("thank you for inviting me to interview for the Barista role", "looking
        # forward to meeting the team") or hires for the user's home: the user runs this
        # interview.
        _rule_out(r, "the user is an interviewer here, not the candidate")
    if r.strong and _copied_on_others(msg, r.text, r.s, lex):
        _rule_out(r, "written to someone else; the user is only copied")
    if (
        r.strong
        and from_user
        and msg.recipients
        and not any(p.email in r.s.user_addresses for p in msg.recipients)
        and not r.fwd_text
        and (
            lex.phrase("own_interview").search(words)
            # "Thanks for applying! Could you come in on Thursday?": the user invites.
            or lex.phrase("hirer_words").search(r.text[:8000])
        )
    ):
        # The user's own mail to someone about *their* interview ("confirming your interview
        # with me on Wednesday"), seen through a copy to self: the user runs it. A forward
        # to the user's other address carries the user's own interview.
        _rule_out(r, "the user's own mail about someone else's interview")
    r.says_interview = r.strong > 0
    event = r.event
    if (
        not r.strong
        and not r.ruled_out
        # "Alex Morgan | Round 2" from a tennis club's draw: a round of something else.
        and not r.not_a_job
        and event is not None
        and _titled_for_candidate(
            event.summary,
            r.s,
            lex,
            event.description[:3000],
            _sender_label(msg.sender, lex),
            hirer=_hiring_hand(r, event.organizer),
            personal=_personal_sender(msg.sender, lex),
        )
    ):
        # Teams and Zoom invitations a coordinator sends are titled "Alex Morgan - Senior
        # Data Analyst": the candidate and the role, with no word "interview".
        r.strong = 1
        r.reasons.append("calendar event titled with the user's name and a job title")
    elif (
        not r.strong
        and not r.ruled_out
        and not r.not_a_job
        and event is None
        and _MEETING_TEXT.match(r.text)
        and _titled_for_candidate(
            _SUBJECT_PREFIX.sub("", msg.subject),
            r.s,
            lex,
            r.text[:3000],
            _sender_label(msg.sender, lex),
            hirer=_hiring_hand(r, None),
            personal=_personal_sender(msg.sender, lex),
        )
    ):
        # Outlook's meeting request as text ("When: ..." over "*~*~*~*"), its calendar part
        # lost: the subject is the event's title ("Entrevista – Alex Morgan – Analista").
        r.strong = 1
        r.reasons.append("meeting request titled with the user's name and a job title")
    elif (
        not r.strong
        and not r.ruled_out
        and not r.not_a_job
        and event is not None
        and _titled_with_hirer(
            event.summary, event.description[:3000], msg.sender, r.s, lex, event.organizer
        )
    ):
        r.strong = 1
        r.reasons.append(
            "calendar event joining the user with the sender's or organiser's company, about a job"
        )
    elif (
        not r.strong
        and not r.ruled_out
        and not r.not_a_job
        and event is not None
        and _titled_stage_of_role(
            event.summary,
            [
                lab
                for p in (msg.sender, event.organizer)
                if (lab := _sender_label(p, lex))
                and len(lab) >= 3
                # The user's own employer's rounds are the user's colleagues' (an offsite,
                # a candidate the user interviews), not the user's interview.
                and domain_of(p.email if p else None)
                not in {domain_of(a) for a in r.s.user_addresses}
            ],
            event.description[:3000],
            lex,
        )
    ):
        r.strong = 1
        r.reasons.append("calendar event titled with the company, a hiring stage and a role")
    text = r.text[:8000]
    if (
        # Meeting wording would make it one below ("Perfecto, el jueves a las 11" under
        # "RE: Entrevista - Cajero/a"): a friend's good wishes rule that out too.
        (r.strong or (not r.ruled_out and lex.phrase("interview_medium").search(words)))
        and not (r.systems or r.agency)
        and msg.sender is not None
        and in_domains(domain_of(msg.sender.email), lex.freemail_domains)
        and (
            lex.phrase("well_wishing").search(text)
            # A café owner on a personal address offering a lift thanks the user for applying.
            or (
                lex.phrase("friend_part").search(text)
                and not lex.phrase("applicant_you").search(text)
            )
        )
        and not lex.phrase("hiring_sender").search(text)
        # "It'll be me and Raj. Good luck!": a founder wishing luck for their own interview.
        and not lex.phrase("sender_interviews").search(text)
        # "Your interview at Bean & Co is confirmed for ... with Ben Hale. Good luck!": the
        # mail states the booking itself, as a recruiter on a personal address does.
        and not lex.phrase("stated_interview_at").search(text)
    ):
        # "Good luck for tomorrow at 10am, you'll smash it!", "I'll drive you there at 9" from
        # a personal address: a friend or parent writing about the user's interview, not
        # anyone holding it.
        _rule_out(r, "good wishes from a personal address, not the interview itself")
    open_question = not r.strong and not r.ruled_out and not r.blocked
    # A stage named by what happens in it ("a pairing session", "unser Fachgespräch") is a
    # colleague's meeting as often: only the mail's own words make it a hiring stage, not
    # the job in the writer's signature ("Personalreferent", "Hiring Manager").
    stage_only = _stage_only(words, lex)
    # Read up front: the verdict counts it as a hiring word whichever context below
    # made the meeting wording an interview.
    signed = _signed_by_hirer(r, text, stage_only=stage_only)
    # "Loved your portfolio. Let's say noon on Wednesday at our Wellington office; I'll bring
    # along Mere, who runs our design team": a company weighing the user's work receives
    # them at its workplace, or with a colleague. That is a meeting, and about hiring.
    praised = bool(
        open_question
        and _company_caller(msg.sender, lex, r.s.user_addresses)
        and lex.phrase("papers_praised").search(words)
        # A team the user would join, or a job: a client commissioning work or a gallery
        # praises a portfolio too.
        and (lex.phrase("job_words").search(words) or lex.phrase("team_lead_named").search(words))
        and (
            lex.phrase("visit_directions").search(words)
            or lex.phrase("host_brings").search(words)
            or lex.phrase("sender_joins").search(words)
        )
    )
    if (
        open_question
        and not r.not_a_job
        and (lex.phrase("interview_medium").search(words) or praised)
        # A vendor's "quick intro call to show you how <product> helps your recruiting team".
        and not lex.phrase("sales_meeting").search(words)
        # A job the user already holds or is about to start: HR and talent teams also book
        # "a quick call about your parental leave", "a meeting with the team before your
        # first day"; and a careers team's live session is for an audience.
        and not lex.phrase("own_employment").search(words)
        and _other_occasion(words, lex) is None
        and (
            r.agency
            or r.systems
            or lex.phrase("candidacy").search(_unsigned(words) if stage_only else words)
            or (
                # "<user> <> Saffron Quay | Account Executive" over "an intro call with our
                # Account Executive": the title names the job of whoever the user meets.
                not _titled_with_their_job(r)
                and (
                    _hiring_subject(msg.subject, lex)
                    # A calendar invitation titled "Entretien - Chef de projet digital" (the
                    # subject wraps it: "Invitation: ... @ mar. 17 mars 2026").
                    or (r.event is not None and _hiring_subject(r.event.summary, lex))
                )
            )
            or _thread_about_interview(msg.text, r.own, lex)
            # A signature or a hiring mailbox ("Votre entretien est confirmé" from
            # recrutement@).
            or signed
            or praised
            # A thread the store knows as hiring mail ("Re: Entrevista" over "quedamos el
            # jueves a las 17:00" under the invitation it answers).
            or r.s.hiring_thread
        )
    ):
        # "would like to see you on ...", "a video call with Jane Roe" from a hiring context
        # (which a job-title subject is: "Entrevista - Analista de datos", and a recruiter's
        # signature is: "a final conversation with our CEO ... Ines, People Partner").
        r.strong = 1
        r.says_interview = True
        r.medium_meeting = True
        r.reasons.append("meeting wording in a hiring context")
    if (
        not r.strong
        and not r.ruled_out
        and not r.blocked
        and (lex.phrase("interview_contextual").search(words) or _you_meet_named(words, lex))
        and (
            r.agency
            or r.systems
            or lex.phrase("hiring_sender").search(text)
            or _hiring_subject(msg.subject, lex)
            or _thread_about_interview(msg.text, r.own, lex)
        )
    ):
        # "Monday 3/9 at 4pm ET with Eduardo Villanueva" signed by a recruiter or an agency,
        # or "confirmed for tmrw 2pm with Khalid" answering "any news on the interview?".
        r.strong = 1
        r.reasons.append("a meeting with a named person, arranged by someone hiring")
    if (
        r.strong
        and not r.systems
        and lex.phrase("referral_made").search(words)
        # "Thank you for recommending Jane Roe as your reference ... your final interview
        # is on Thursday": the user's own interview, whoever else they named.
        and not lex.phrase("users_interview").search(words)
    ):
        # "Thanks for referring Sam Patel! His first interview is on Thursday at 2pm": the
        # person the user referred is the candidate, whichever sign made it an interview.
        _rule_out(r, "the user referred the candidate; the interview is theirs")


def _you_meet_named(text: str, lex: Lexicon) -> bool:
    """Whether the user is told whom they will meet: the writer or a person by name.

    "You'll meet with me and then Dana Roe", "You'll be speaking with Dana Roe first";
    not a team ("You'll talk to Customer Success"), and not a job the user starts ("Your
    first day ... you'll meet with me and then IT").
    """
    if lex.phrase("own_employment").search(text):
        return False
    for m in lex.phrase("you_meet_with").finditer(text):
        rest = text[m.end() : m.end() + 80]
        if re.match(r"(me|myself)\b", rest, re.IGNORECASE):
            return True
        name = _CAPITALISED_WORDS.match(rest)
        if name and reads_as_name(name.group(0), lex):
            return True
    return False


# Up to three capitalised words: the name a sentence gives after "with" ("Dana Roe first").
_CAPITALISED_WORDS = re.compile(r"[A-Z\u00C0-\u00DE][\w'’-]*(?: [A-Z\u00C0-\u00DE][\w'’-]*){0,2}")


# A name after a label: up to four words, the first capitalised ("Jordan Ellis").
_CAPITALISED_NAME = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3}")


# Someone's own interview, named by its owner's given name: "Jamie's interview is on ...".
_POSSESSIVE_INTERVIEW = re.compile(
    r"\b([A-Z][a-z]+)['’]s (?:[\w-]+ ){0,2}interview (?:is|was|will|has been|on|at)\b"
)


# The word before the person one meets in a calendar title, in the shipped languages.
_MET_WITH = re.compile(r"(?:\bwith|\bw/|\bmit|\bavec|\bcon|\bx|&|<>|/)\s*$")


def _organised_by_user(r: _Reading) -> bool:
    """Whether the message's calendar event is the user's own, run by the user for a guest.

    Organised from one of the user's addresses, and either titled for a candidate ("Teller
    candidate interview - Jaylen Moore") or telling the guest to ask for the user at the
    door ("Ask for Alex at the front desk"). The user's own copy of their own interview
    ("Phone screen - Dana Ruiz (Harbor Foods)", "I'll call you at 10") says neither.
    """
    event = r.event
    organizer = event.organizer if event else None
    if (
        event is None
        or organizer is None
        or (organizer.email or "").lower() not in r.s.user_addresses
    ):
        return False
    if _candidate_word(r.lex.phrase("candidate_label").pattern).search(event.summary):
        return True
    given = (r.s.user_name or "").split()[:1]
    return bool(
        given
        and any(
            r.text.startswith(given[0], m.end())
            for m in r.lex.phrase("ask_for_lead").finditer(r.text[:4000])
        )
    )


def _other_candidate(r: _Reading) -> bool:
    """Whether the mail names someone other than the user as the candidate.

    "Candidate: Jordan Ellis" in an invitation's details, "Jamie's application ... Jamie's
    interview is on Thursday" written to a parent, or a company's invitation titled
    with a guest who joins from a personal address ("Interview: Priya Rao - Backend
    Engineer" with priya.rao@gmail.com invited): the user is on that person's panel.
    """
    lex = r.lex
    # Any of the user's names ("Candidate: Alex") is the user.
    user = set((r.s.user_name or "").casefold().split())
    if not user:
        return False
    words = f"{r.cal_text}\n{r.text[:8000]}"
    for m in lex.phrase("candidate_field").finditer(words):
        named = _CAPITALISED_NAME.match(words, m.end())
        if (
            named
            and named.group(0)[0].isupper()
            # "Candidate: Please bring your portfolio" is an instruction, not a name.
            and reads_as_name(named.group(0), lex)
            and not _user_named(named.group(0), user)
        ):
            return True
    for m in _POSSESSIVE_INTERVIEW.finditer(words):
        # "Thanks for sending Jamie's application ... Jamie's interview is on Thursday at
        # 4pm": a parent told of a child's interview. Only an applicant's own interview: in
        # an agenda "Karen's interview is at 10am" is the user's session with Karen.
        name = m.group(1)
        if (
            reads_as_name(name, lex)
            and not _user_named(name, user)
            and re.search(rf"\b{name}['’]s (?:application|cv|resume|résumé|candidacy)\b", words)
        ):
            return True
    event = r.event
    if (
        event is None
        or event.organizer is None
        or user & set(_LETTERS.findall(event.summary.casefold()))
    ):
        return False
    # The user's own invitation ("Teller candidate interview - Jaylen Moore", organised from
    # the user's address): whoever it names is the user's guest, on any address.
    hosted = _organised_by_user(r)
    if not hosted and in_domains(domain_of(event.organizer.email), lex.freemail_domains):
        return False
    summary = event.summary.casefold()
    return any(
        p.name
        and len(p.name.split()) >= 2
        and p.name.casefold() in summary
        # "Interview with Sam Lee": whoever the user meets, on any address.
        and not _MET_WITH.search(summary.split(p.name.casefold(), 1)[0])
        and p.email not in r.s.user_addresses
        and (hosted or in_domains(domain_of(p.email), lex.freemail_domains))
        for p in event.attendees
    )


def _stage_only(words: str, lex: Lexicon) -> bool:
    """Whether every meeting word of ``words`` names a stage that colleagues hold too.

    "Let's do a pairing session tomorrow at 10am", "unser Fachgespräch am Donnerstag":
    ``stage_meeting`` wording, and no other ``interview_medium`` wording beside it.
    """
    stages = [(m.start(), m.end()) for m in lex.phrase("stage_meeting").finditer(words)]
    if not stages:
        return False
    return all(
        any(a <= m.start() and m.end() <= b for a, b in stages)
        for m in lex.phrase("interview_medium").finditer(words)
    )


# A line that ends a sentence: the writer's own words end there, a signature follows.
_SENTENCE_END = re.compile(r"[.!?:)][ \t]*$", re.MULTILINE)


def _unsigned(text: str) -> str:
    """``text`` without the lines after its last sentence: the writer's name and job."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[: ends[-1]] if ends else text


def _user_named(name: str, user: set[str]) -> bool:
    """Whether ``name`` may be the user's: a word shared, or one the other's short form.

    "Alexander M." and "Alexandra Morgan" are the user "Alex Morgan" under another form
    of the given name; an initial ("A. Morgan") is too.
    """
    for word in _LETTERS.findall(name.casefold()):
        for own in user:
            if word == own or (
                min(len(word), len(own)) >= 3 and (word.startswith(own) or own.startswith(word))
            ):
                return True
    return False


def _signed_by_hirer(r: _Reading, text: str, *, stage_only: bool = False) -> bool:
    """Whether the sender signs as someone who hires or writes from a hiring mailbox.

    Under a person's signature a stage colleagues hold too ("a pairing session", "unser
    Fachgespräch", ``stage_only``) is a hiring stage only where the mail also names the
    panel the user meets ("The panel will be Gareth Lloyd and Yasmin Ali"); a hiring
    team's mailbox does not write about colleagues' meetings. Noted for :func:`_stated`,
    where it counts as a hiring word.
    """
    lex = r.lex
    signed = bool(lex.phrase("hiring_sender").search(text)) and not (
        stage_only and not lex.interviewers_intro.search(f"{r.cal_text}\n{text}")
    )
    r.signed_by_hirer = signed or _hiring_mailbox(r.msg.sender, lex, _readers(r))
    return r.signed_by_hirer


def _hiring_hand(r: _Reading, organizer: Person | None) -> bool:
    """Whether a hiring system, an agency or a hiring mailbox sent or organised the event."""
    if r.ats or r.agency:
        return True
    readers = _readers(r)
    return any(_hiring_mailbox(p, r.lex, readers) for p in (r.msg.sender, organizer)) or bool(
        organizer and in_domains(domain_of(organizer.email), r.lex.ats_domains)
    )


def _hiring_mailbox(
    sender: Person | None, lex: Lexicon, readers: Iterable[str | None] | None = None
) -> bool:
    """Whether the sender writes from a company's hiring mailbox (``talent@``, ``careers@``).

    Given the mail's ``readers`` (the user's and the recipients' addresses), a personnel
    office (``hr@``) counts too when none of them is at its domain: it hires outsiders and
    serves its own staff.
    """
    email = sender.email if sender else None
    if not email or "@" not in email:
        return False
    local, dom = email.rsplit("@", 1)
    if in_domains(dom, lex.freemail_domains):
        return False
    if lex.hiring_local.match(local):
        return True
    return (
        readers is not None
        and bool(lex.personnel_local.match(local))
        and not any(_same_org(dom, domain_of(a)) for a in readers)
    )


def _same_org(one: str, other: str | None) -> bool:
    """Whether two domains are one organisation's: equal, or one a subdomain of the other."""
    return other is not None and (in_domains(one, {other}) or in_domains(other, {one}))


def _readers(r: _Reading) -> list[str | None] | None:
    """The addresses the mail is read at: the user's and its recipients'; None for mail
    greeting a group ("Hola a todos"), which a personnel office sends its own staff."""
    if r.lex.phrase("group_greeting").search(r.text[:600]):
        return None
    return [*r.s.user_addresses, *(p.email for p in r.msg.recipients)]


def _rule_out(r: _Reading, reason: str) -> None:
    r.strong = 0
    r.ruled_out = True
    r.reasons.append(reason)


def _weigh_thread(r: _Reading) -> None:
    """What the thread adds: the sender's earlier words, asks for times, settled times."""
    lex, msg, text = r.lex, r.msg, r.text
    if not r.strong and not r.ruled_out and not r.blocked and not r.safety.automated:
        # A reply ("Thursday at 2pm works") whose thread the sender began about an interview.
        earlier = sender_quoted(msg.text, msg.sender, lex)
        if earlier:
            q_strong, q_blocked = _signals(_URL.sub(" ", earlier), lex)
            # They asked for times for an interview; "how did the interview go?" is not it.
            asked = lex.phrase("scheduling_request").search(earlier)
            if q_strong and not q_blocked and asked:
                r.strong = 1
                r.reasons.append("the sender wrote about an interview earlier in the thread")
    # Asking for times, or settling one in a short reply, in a thread about the user's
    # candidacy: the hiring is in the quoted mail or the signature.
    if (
        not r.strong
        and not r.ruled_out
        and not r.blocked
        and not r.not_a_job
        # A relayed message is a person's words: a recruiter asking through a platform.
        and (r.agency or r.relayed or not r.safety.automated)
        and r.event is None
    ):
        asks = _asks_for_times(f"{msg.subject}\n{text[:6000]}", lex) is not None or (
            _offers_times(text[:3000], r)
        )
        settles = (
            # A relay's "Thursday at 3pm works" stays the platform's notice: only a person's
            # own mail settles a time.
            (r.agency or not r.safety.automated)
            and len(text) < 1500
            and bool(msg.thread.in_reply_to or lex.phrase("reply_subject").search(msg.subject))
            # "Perfect, booked" over the user's pick settles it as "confirmed" would, and so
            # does the writer's own move of the booking ("I've updated the invitation") under
            # a subject naming the job ("Re: Fund Operations Analyst - next step"; a "Self
            # assessment - next step" is an accountant's).
            and (
                reply_accepts(text, lex) is not None
                or (
                    lex.phrase("invite_changed").search(text) is not None
                    and _has_title_word(_SUBJECT_PREFIX.sub("", msg.subject).strip(), lex)
                )
            )
            and not lex.phrase("declined_slot").search(text)
        )
        if (asks or settles) and (
            r.candidate_thread(not asks) or (settles and not asks and _books_users_offer(r))
        ):
            if asks:
                r.thread_ask = True
                r.reasons.append("asks for times in a thread about the user's candidacy")
            else:
                r.strong = 1
                r.reasons.append("a reply settling a time in a thread about the user's candidacy")


# What ends a sentence before a question (a date's dot, "17. März", ends none), and the
# longest question read: the up to 300 characters before its "?".
_SENTENCE_END = re.compile(r"[!?\n]|(?<!\d)\.")
_QUESTION_SPAN = 300


def _questions(text: str) -> Iterator[str]:
    """Each question sentence of ``text``, "?" included, of 10 to 300 characters.

    Found from each "?" backwards to the sentence end before it: a pattern scanning
    forward from every position cost a tenth of a second on 3,000 characters of prose.
    """
    end = text.find("?")
    while end >= 0:
        lo = max(0, end - _QUESTION_SPAN)
        start = lo
        for m in _SENTENCE_END.finditer(text, lo, end):
            start = m.end()
        if end - start >= 10:
            yield text[start : end + 1]
        end = text.find("?", end + 1)


@per_lexicon
def _choice_joiner(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's words joining alternatives ("or", "oder", "ou", "o") as whole words."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.choice_joiners))})(?!\w)", re.IGNORECASE)


def _offers_times(text: str, r: _Reading) -> bool:
    """Whether a question offers two or more times to choose from.

    "Would Monday, March 26 at 10am or Tuesday, March 27 at 2pm work better for you?",
    "Passt Ihnen Dienstag um 10 Uhr oder Mittwoch um 15 Uhr?": however it is worded, a
    question joining distinct times with "or" asks the reader to pick one. Only a question
    with an "or" is read for times, so most mail costs one search.
    """
    if "?" not in text:
        return False
    for sentence in _questions(text):
        if not _choice_joiner(r.lex).search(sentence):
            continue
        found = find_moments(sentence, r.lex, r.msg.date, r.s.date_order, r.s.timezone)
        if len({m.start for m in found}) >= 2:
            return True
    return False


def _mass_mail(r: _Reading) -> Understanding | None:
    """Bulk headers and mass-mail footers: bulk, unless the mail is the user's own matter."""
    lex, msg, text, safety, reasons = r.lex, r.msg, r.text, r.safety, r.reasons
    tail = text[-3000:] if len(text) > 3000 else text
    if lex.phrase("calendar_footer").search(tail):
        # A calendar tool's "you are receiving this because you are a guest" is no newsletter.
        tail = "\n".join(
            line for line in tail.split("\n") if not lex.phrase("calendar_footer").search(line)
        )
    r.bulk_body = bool(lex.phrase("bulk_body").search(tail))
    # Read only for mail with such a footer: whether its own words outweigh the footer.
    mass = (
        _footer_reading(msg.subject, text, r.s, lex, rejected=r.rejected) if r.bulk_body else None
    )
    r.personal = mass is False
    # "Votre candidature - journaliste reporter": the subject's blocked word is the job's
    # title when the subject names the user's candidacy.
    subj_job = bool(lex.phrase("candidacy").search(msg.subject))
    r.signal = not r.ruled_out and (
        (r.strong > 0 and not (r.subj_blocked and not r.subj_strong and not subj_job))
        or (r.systems and r.weak > 0 and not r.subj_blocked)
    )
    if safety.verdict is Verdict.BULK:
        if not (r.signal and r.strong) and not (r.ats and r.outcome_mail):
            return _result(msg, Kind.BULK, reasons, safety)
        if r.bulk_body and not r.personal and not r.outcome_mail:
            # A scheduling tool's or hiring system's own newsletter ("New: round-robin
            # interview scheduling for hiring teams"): list headers and an unsubscribe footer,
            # and nothing of the user's own application, interview or times.
            reasons.append("a hiring system's own mailing, not about the user's application")
            return _result(msg, Kind.BULK, reasons, safety)
        reasons.append("bulk headers but sent by a hiring system")
    subj_low = msg.subject.lower()
    event = r.event
    if (
        r.bulk_body
        and not r.systems
        and not r.outcome_mail
        and (
            mass
            or (
                not r.personal
                and (
                    safety.verdict is Verdict.MACHINE
                    or lex.phrase("bulk_subject").search(subj_low)
                    or r.subj_blocked
                    or not r.strong
                )
            )
        )
        and not (event and event.method == "REQUEST" and r.signal)
    ):
        reasons.append("newsletter/marketing footer")
        return _result(msg, Kind.BULK, reasons, safety)
    if lex.phrase("bulk_subject").search(subj_low) and not r.subj_strong and not event:
        reasons.append(f"bulk subject {msg.subject[:60]!r}")
        if safety.automated:
            return _result(msg, Kind.BULK, reasons, safety)
    return None


def _without_hiring(r: _Reading) -> Understanding | None:
    """``other`` for mail without any sign of hiring, before its people and times are read."""
    # "We've decided not to proceed this time. All the best." is all a manager may write
    # under the thread the user began about a role: the rejection wording is the message,
    # the hiring is in the quoted mail ("I applied for ...") or the manager's signature.
    r.thread_outcome = (
        r.rejected
        and not (r.signal or r.weak or r.systems or r.thread_ask or r.ruled_out)
        and r.event is None
        and not r.safety.automated
        and len(r.text) < 1500
        and r.candidate_thread(False, outcome=True)
    )
    if r.thread_outcome:
        r.reasons.append("a rejection in a thread about the user's candidacy")
    r.plain_outcome = not r.thread_outcome and _plain_outcome(r)
    if r.plain_outcome:
        r.reasons.append("a plain rejection from someone who met the user")
    if (
        r.signal
        or r.weak
        or r.systems
        or r.event is not None
        or r.thread_ask
        or r.thread_outcome
        or r.plain_outcome
    ):
        return None
    # Nothing later can find an interview, outcome or request in mail without a sign of
    # hiring (every such verdict needs one), so the people, company and times of most
    # personal mail are never read.
    r.reasons.append("no interview signs")
    ref_date = r.msg.date.date() if r.msg.date else None
    return _result(
        r.msg,
        Kind.OTHER,
        r.reasons,
        r.safety,
        phones=(),
        deadline=_deadline(r.text, r.lex, ref_date, r.s),
    )


def _plain_outcome(r: _Reading) -> bool:
    """Whether a short note with no hiring word is a founder's or manager's "no" after an
    interview: it chooses another person over the user ("we've decided to go with someone
    else", "not the right fit right now"), its writer met the user ("I really enjoyed
    meeting you on Friday"), and it comes from a workplace address (or a personal one signed
    "Founder, ..."), not about a sale, a quote, a speech, a room or a pitch. A friend's or
    a prospect's "we'll go another way" is none of that.
    """
    lex, msg, text = r.lex, r.msg, r.text
    if not r.rejected or r.signal or r.weak or r.systems or r.thread_ask or r.ruled_out:
        return False
    if r.blocked or r.not_a_job or r.event is not None or r.safety.automated or len(text) >= 1500:
        return False
    sender = domain_of(msg.sender.email) if msg.sender else ""
    if not sender:
        return False
    if in_domains(sender, lex.freemail_domains) and not lex.phrase("leader_signature").search(
        text[-600:]
    ):
        # A personal address is a friend's, unless the writer signs as a founder or manager.
        return False
    words = f"{msg.subject}\n{text[:1500]}"
    return bool(
        _passed_over_for_job(r.flat, lex)
        # The meeting may be in the user's own thank-you quoted below the reply.
        and lex.phrase("met_user").search(f"{words}\n{r.mine[:1500]}")
        and not lex.phrase("other_selection").search(words)
        and not lex.phrase("sales_meeting").search(words)
        # The user hiring: their quoted words speak of their own candidates.
        and not lex.phrase("hirer_words").search(r.mine)
    )


def _passed_over_for_job(text: str, lex: Lexicon) -> bool:
    """Whether someone else was chosen over the user for nothing but a job.

    "We've decided to go with someone else on bass", "another person for the hackathon
    team": the choice names what it was for, and that is no job. "For the role" or no
    named thing at all ("someone else.", "for now") leaves it a hiring choice.
    """
    for m in lex.phrase("passed_over").finditer(text):
        tail = text[m.end() : _sentence(text, m.start())[1]]
        if not lex.phrase("choice_named").match(tail) or lex.phrase("job_words").search(tail):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Extracted:
    """The people, company, role, contact details and times read from hiring mail."""

    known: list[Person]
    text_people: list[Person]
    # Whether the writer lists themself among the people ("you'll meet Jane and me").
    writer: bool
    company: str | None
    role: str | None
    phones: tuple[str, ...]
    deadline: dt.date | None
    # A recruiter screen is conducted by the recruiter: then recruiters are interviewers.
    recruiter_meeting: bool


def _without_subject_only(
    people: list[Person], subject: str, body: str, lex: Lexicon, *, agency: bool = False
) -> list[Person]:
    """People less those named only in the subject, when the body's interview is with others.

    ATS subjects name the company where a person would stand ("Reminder: Interview with
    Sterling Bio today at 2 PM"); the body says who the interview is with ("with Joanna
    Wells"). A person the body calls by their given name ("with Jane") is still named
    there, and a body that names someone only beside them ("You'll also meet Raj Patel",
    "Questions? Ask Sam Lee") leaves the subject's "Interview with Jane Roe" her own.
    An agency's subject names its client ("Interview with Harlow Foods on Thursday") and
    its consultant's body the client's people, however it names them (``agency``).
    """
    low_subject = subject.lower()
    body_words = set(re.findall(r"\w+", body.lower()))

    def subject_only(p: Person) -> bool:
        words = re.findall(r"\w+", (p.name or "").lower())
        return bool(words) and (p.name or "").lower() in low_subject and words[0] not in body_words

    def with_them(p: Person) -> bool:
        # "with Joanna Wells", "with our Head of Data, Joanna Wells": within one sentence.
        withs = words_alt(sorted(lex.with_words))
        pattern = rf"(?<!\w)(?:{withs})\s[^.!?\n]{{0,60}}?(?<!\w){re.escape(p.name or '')}(?!\w)"
        return bool(p.name) and re.search(pattern, body, re.IGNORECASE) is not None

    others = [p for p in people if not subject_only(p)]
    if len(others) == len(people) or not (agency or any(with_them(p) for p in others)):
        return people
    return others


def _the_one_answered(msg: ParsedMessage, lex: Lexicon, user: frozenset[str]) -> Person | None:
    """The one person the user's own reply is written to, named in full.

    Never a hiring mailbox, a no-reply address or a name of one word: who the user may
    speak to at the interview, when their words or the words quoted from them say so. A
    reply the user sent only to themself (a copy kept, the others in Bcc) answers the
    author of the words it quotes.
    """
    others = [p for p in msg.recipients if not (p.email and p.email in user)]
    if not others and (author := quoted_author(msg.text, lex, user)) is not None:
        others = [author]
    if len(others) != 1:
        return None
    them = others[0]
    name = (them.name or "").strip()
    if (
        len(name.split()) < 2
        or not reads_as_name(name, lex)
        or is_noreply(them.email, lex)
        or _hiring_mailbox(them, lex)
    ):
        return None
    return Person(name=name, email=them.email, title=None)


def _extract(r: _Reading) -> _Extracted:
    """People, company, role, phones and the message's times (hiring mail only)."""
    lex, msg, s, text, event = r.lex, r.msg, r.s, r.text, r.event
    subject = msg.subject
    user = s.user_addresses
    # A forwarded message's author is one of its header people too: their address joins
    # the name the text gives them ("From: Fjällbacka Games <no-reply@...>" is no person).
    known = [p for p in (msg.sender, *msg.reply_to, *msg.recipients, r.fwd_sender) if p is not None]
    texts = [subject, event.summary if event else "", text[:8000]]
    # Headers and guests that are not the user: an itinerary row's one word ("Data
    # architecture: Joy") is a person only when one of them has that given name.
    guests = [*(event.attendees if event else ()), event.organizer if event else None]
    corroborators = [
        p for p in (*known, *guests) if p is not None and not (p.email and p.email in user)
    ]
    text_people, writer = from_text(f"{subject}\n{r.cal_text}\n{text[:8000]}", lex, corroborators)
    if teams := signing_teams(text[:8000], lex):
        # "Your interview with Harbor Lane" signed "The Harbor Lane team": the company.
        text_people = [
            p for p in text_people if p.email or (p.name or "").strip().casefold() not in teams
        ]
    if r.systems or r.safety.automated or r.agency:
        # An agency's subject names its client the same way ("Interview with Harlow Foods
        # on Thursday") above the body's interviewers.
        text_people = _without_subject_only(
            text_people, subject, f"{r.cal_text}\n{text[:8000]}", lex, agency=r.agency
        )
    elif r.fwd_system and r.fwd_header:
        # A hiring system's mail forwarded to the user: its subject, now a line of the text,
        # names the company the same way.
        body = f"{r.cal_text}\n{text[:8000]}".replace(r.fwd_header, "", 1)
        text_people = _without_subject_only(text_people, r.fwd_header, body, lex)
    only_given = first_names_only(text_people)
    if (
        (only_given or any(len((p.name or "").split()) == 1 for p in text_people))
        and event is None
        and (msg.thread.in_reply_to or lex.phrase("reply_subject").search(subject))
    ):
        # "Thursday works, you're confirmed": the people were named when the sender offered
        # the times, in their own words quoted below; the user's quoted words never count.
        earlier = sender_quoted(msg.text, msg.sender, lex)
        if earlier:
            completed, then_writer = with_earlier(
                text_people, writer, from_text(earlier[:8000], lex)
            )
            # "Priya will be joined by Sam Ortiz": a reply that names someone in full says
            # who takes part now; its given names are still the ones offered in full.
            text_people = completed
            writer = then_writer if only_given else writer
    if (
        not text_people
        and event is None
        and msg.sender is not None
        and msg.sender.email in user
        and (msg.thread.in_reply_to or lex.phrase("reply_subject").search(subject))
    ):
        # The user's "Perfect, 2:30 Tuesday it is. See you both then!" names nobody: the
        # people are in the quoted words of the one they answer ("Hamish would like to meet
        # you ..."), never in the user's own quoted words.
        keys = [
            k
            for p in msg.recipients
            if not (p.email and p.email in user)
            for k in (p.email, p.name)
            if k
        ]
        theirs = (
            quoted_by(msg.text, keys, lex)
            if keys
            # A copy the user kept of their reply: the words it answers are the quoted ones.
            else sender_quoted(msg.text, quoted_author(msg.text, lex, user), lex)
        )
        if theirs:
            text_people, theirs_me = from_text(theirs[:8000], lex, corroborators)
            if theirs_me and (answered := _the_one_answered(msg, lex, user)) is not None:
                # "Ci saremo io e Chiara Deodato": the "me" of the quoted words is their author,
                # the one the user answers (the message's own writer is the user).
                text_people.append(answered)
        if (
            not text_people
            and lex.phrase("talk_then").search(text[:2000])
            and (answered := _the_one_answered(msg, lex, user)) is not None
        ):
            # "11:30 Tuesday works great, talk then." to Kendra Voss over her quoted "I'd
            # like to set up a phone interview": with nobody else named, the user will
            # speak to the one they answer.
            text_people = [answered]
    person_names = frozenset(
        p.name.lower()
        for p in (
            *known,
            *(event.attendees if event else ()),
            event.organizer if event else None,
            # One capitalised word after "with" may be the company ("Screen with Globex").
            # A person with a job title beside them ("with Joy (Data Services Manager)") is
            # a person, not a company, even when named by one word.
            *(p for p in text_people if p.name and (" " in p.name.strip() or p.title)),
        )
        if p is not None and p.name
    ) | frozenset(
        # "Interview with Ji-ho" and the guest "Yoon Ji-ho": one word of a guest's full name
        # is that person (a given name, written last when the family name comes first). A
        # guest named for a team ("Acme Talent") leaves "Acme" to be the company.
        w
        for p in (event.attendees if event else ())
        if p.name and " " in p.name.strip() and reads_as_name(p.name, lex)
        for w in p.name.lower().split()
    )
    company, company_src = find_company(
        msg,
        [t for t in texts if t],
        lex,
        ats=r.systems,
        agency=r.agency,
        people=person_names,
    )
    if r.fwd_sender is not None and company_src in ("", "sender domain"):
        # A confirmation forwarded to the user: its author names the company as a sender
        # would ("Kestrel Pay Recruiting <scheduling@goodtime.io>"), before the forwarder's
        # own domain (an agency's, or the user's other employer's).
        fwd_company, fwd_src = find_company(
            dataclasses.replace(msg, sender=r.fwd_sender),
            [],
            lex,
            ats=r.fwd_system,
            agency=False,
            people=person_names,
        )
        if fwd_company:
            company, company_src = fwd_company, f"forwarded {fwd_src}"
    if company:
        r.reasons.append(f"company from {company_src}")
    # Phone matching is the costliest step; only mail that leads to a case needs it.
    phones: tuple[str, ...] = ()
    if (r.signal or r.weak > 0) and r.safety.verdict is not Verdict.BULK:
        phones = find_phones(text, region_for_zone(s.timezone))
    ref_date = msg.date.date() if msg.date else None
    return _Extracted(
        known=known,
        text_people=text_people,
        writer=writer,
        company=company,
        role=find_role([t for t in texts if t], lex),
        phones=phones,
        deadline=_deadline(text, lex, ref_date, s),
        recruiter_meeting=bool(lex.phrase("recruiter_meeting").search(r.all_text[:8000])),
    )


def _organizer(r: _Reading) -> Person | None:
    """Who arranges the interview: the event's organiser, the system's Reply-To, the sender."""
    event, msg, lex, user = r.event, r.msg, r.lex, r.s.user_addresses
    if event and event.organizer and allowed(event.organizer, lex, user):
        return event.organizer
    if (r.systems or r.safety.automated) and msg.reply_to:
        rt = msg.reply_to[0]
        return rt if allowed(rt, lex, user) else None
    if msg.sender and allowed(msg.sender, lex, user):
        return msg.sender
    return None


def _organises(r: _Reading, author: Person) -> bool:
    """Whether ``author`` is the organiser of the invitation (iTIP REQUEST) the mail carries."""
    event = r.event
    return bool(
        event is not None
        and event.method == "REQUEST"
        and event.organizer is not None
        and author.email
        and event.organizer.email == author.email
    )


# The word right after "ask for" / "Demandez" / "Pregunta por": a given name, any case.
_ASKED_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A capitalised word right after it on the same line: the surname ("ask for Sam Clarke").
_ASKED_SURNAME = re.compile(r"[ \t]+([A-Z\u00C0-\u00DE][\w'’-]+)")


def _asked_for_writer(words: str, author: Person, lex: Lexicon) -> str | None:
    """The writer's name, when their words send the user to ask for them by given name.

    "Ask for Kelly (me) at the tills" from Kelly Marsh, "Pregunta por Sergio." from Sergio
    Blanco, "ask for mike" from Mike Russo: the From name's given name. A shop's mailbox
    ("Lakeside Hardware") signed "Denise Kramer, Assistant Manager" under "ask for Denise":
    the signature's name line below the words, which begins with the name asked for. Any
    other name asked for ("ask for Jane at the desk" signed Tom) is someone else.
    """
    tail_at = max(0, len(words) - 400)
    for m in lex.phrase("ask_for_lead").finditer(words):
        w = _ASKED_WORD.match(words, m.end())
        if w is None or len(w.group(0)) < 2:
            continue
        asked = w.group(0)
        # "Ask for Sam Clarke" from Sam Porter: a surname after the given name says whose
        # name it is, and it must be the writer's (From header or signature line).
        sur = _ASKED_SURNAME.match(words, w.end())
        if sur is not None:
            asked = f"{asked} {sur.group(1)}"
        if author.name:
            full = given_first(author.name, lex)[0]
            parts = full.casefold().split()
            want = asked.casefold().split()
            if parts and parts[0] == want[0]:
                if len(want) == 1 or want[1] in parts[1:]:
                    return full
                continue
        # The signature: a line of its own below the words, the asked name and at most two
        # capitalised words after it, then maybe a job ("Denise Kramer, Assistant Manager").
        line = re.compile(
            rf"^[ \t]*(?P<n>{re.escape(asked)}(?:[ \t]+(?-i:[A-Z\u00C0-\u00DE])[\w'’-]+){{0,2}})"
            r"[ \t]*(?:(?:,|\||[ \t][-–—])[^\n]*)?$",
            re.MULTILINE | re.IGNORECASE,
        )
        found = None
        for s in line.finditer(words, max(m.end(), tail_at)):
            found = s
        if found is not None and found.group("n")[:1].isupper():
            return found.group("n").strip()
    return None


def _self_in(
    r: _Reading,
    ex: _Extracted,
    author: Person | None,
    words: str,
    *,
    listed: bool,
    others: bool,
    signed: bool = False,
) -> Person | None:
    """The author of ``words`` as an interviewer, when those words say they take part."""
    lex = r.lex
    # Only a person writing for themself can be "me"; ATS and tool mail never is, unless
    # a person signs it (``signed``: the Reply-To person whose name ends the words).
    if author is None or not allowed(author, lex, r.s.user_addresses):
        return None
    if (r.systems or r.safety.automated) and not signed:
        return None
    if author.name and ("," in author.name or latin_form(author.name, lex)):
        # An Exchange directory's "O'Neill, Siobhán" signs "Siobhán O'Neill"; "李明 (Li Ming)"
        # signs with the name's Latin form.
        author = Person(name=given_first(author.name, lex)[0], email=author.email)
    if lex.phrase("sender_leaves").search(words[:4000]):
        # "w/ me + Jane Roe. I'll do quick intros and then hand over": the writer opens
        # the meeting and leaves it to the people who interview.
        return None
    # "Careers Team" wrote "ask for me at reception", signed Emma Walsh: "me" is the signer,
    # never the mailbox; only a name asked for (below) names them.
    mailbox = bool(author.name and team_name(author.name, lex))
    title = signature_title(words, author.name, lex)
    says_so = listed or bool(lex.phrase("sender_interviews").search(words[:4000]))
    if not says_so and not others and author is r.msg.sender:
        # "Great, confirmed for Thursday at 11 AM ET. Talk then.", now or in the writer's
        # own words quoted below: with nobody else named, the writer is on the call.
        says_so = bool(
            lex.phrase("talk_then").search(words[:2000])
            or lex.phrase("talk_then").search(sender_quoted(r.msg.text, author, lex)[:2000])
        )
    if not says_so and team_signoff(words, lex):
        # "See you then! Tom, Anna & Priya": the team signs; "me" and "see you" name no one.
        return None
    # "Ask for me at reception", "ask for Kelly (me)", "Pregunta por Sergio" signed Sergio
    # Blanco: the writer receives the user at the stated time. With nobody else named to
    # meet, and no one described who interviews ("with our Finance Director"), the writer
    # is the one the user meets: a shop's manager, a small firm's HR manager.
    asked = _asked_for_writer(words[:4000], author, lex)
    # Over a forwarded mail, "see you there!" or "ask for me" is the forwarder's aside:
    # the forwarded words say who interviews.
    aside = r.fwd_sender is not None and author.email != r.fwd_sender.email
    receives = (
        not others
        and not aside
        and not (mailbox and asked is None)
        and not r.agency
        and bool(asked is not None or lex.phrase("sender_hosts").search(words[:4000]))
        and not lex.phrase("third_party_interviewer").search(words[:4000])
    )
    if not ex.recruiter_meeting and is_coordinator(author, title, words, lex):
        # A coordinator or recruiter arranges; they interview only when they say so, or
        # when they receive the user themself with no one else to meet.
        take_part = says_so or receives
    else:
        joins = (
            says_so
            or bool(
                lex.phrase("sender_joins").search(words[:4000])
                # "I'll grab Ravi (our CTO) too": the writer brings a colleague to their meeting.
                # "Tom Li will join the call" says no more than that Tom joins it: the
                # interview may be a colleague's, the writer only arranging it.
                # An agency's consultant brings no one to its client's interview: "their team
                # lead also joins" is the client's.
                or (
                    not r.agency
                    and any(
                        not lex.phrase("guest_joins").search(b.group(0))
                        for b in lex.phrase("host_brings").finditer(words[:4000])
                    )
                )
            )
        )
        # "ask for me at reception" beside "your interview with our Finance Director":
        # the writer receives the user; the director interviews.
        # A mailbox ("Ember Bakery", "Careers Team") saying "see you then" is no one to meet.
        meets = (
            not others
            and not aside
            and not mailbox
            and bool(
                lex.phrase("sender_meets").search(words[:4000])
                # "Nos vemos allí" from an agency's consultant: at the client's door.
                or (not r.agency and lex.phrase("sender_sees").search(words[:4000]))
            )
            and not lex.phrase("third_party_interviewer").search(words[:4000])
        )
        # An invitation sent from the writer's own calendar, signed with a job title that
        # is no coordinator's ("Director of Operations"), to a meeting the text names no one
        # else to run: a manager invites the user to a meeting they hold themself.
        hosts = (
            title is not None
            and not ex.text_people
            and _organises(r, author)
            and not lex.phrase("third_party_interviewer").search(words[:4000])
        )
        take_part = joins or meets or hosts or receives
    if not take_part:
        return None
    if asked is not None and asked != author.name:
        # Asked for by the name the signature gives ("Demandez Nathalie." from a shop's
        # mailbox signed "Nathalie Marchand"): that name, at the address that wrote.
        return Person(name=asked, email=author.email, title=signature_title(words, asked, lex))
    # "Mag. Jane Roe" in the From header is Jane Roe.
    name = without_honorifics(author.name, lex) if author.name else None
    return Person(name=name, email=author.email, title=title)


def _calendar_author(r: _Reading, org: Person | None) -> Person | None:
    """Who wrote the words: the sender, or the organiser a calendar service sends for.

    "Jane Roe (Google Calendar) <calendar-notification@...>", replies to Jane Roe's own
    address: the invitation's description ("Q&A with Raj Patel and me") is the organiser's.
    """
    sender = r.msg.sender
    if sender is None or org is None or not org.email or r.event is None:
        return sender
    if sender.email == org.email:
        return sender
    replies_to_org = any(p.email == org.email for p in r.msg.reply_to)
    named_for_org = bool(
        org.name
        and sender.name
        and " " in org.name.strip()
        and sender.name.casefold().startswith(org.name.strip().casefold())
    )
    return org if replies_to_org and named_for_org else sender


def _outside_forwarder(r: _Reading, ex: _Extracted, org: Person | None) -> bool:
    """Whether the sender forwards an invitation from another organisation's calendar.

    The forwarded author and the event's organiser both write from a domain that is not
    the sender's, and the text names the sender nowhere as a person the user meets.
    """
    sender, fwd = r.msg.sender, r.fwd_sender
    if sender is None or fwd is None or not sender.email or not fwd.email or org is None:
        return False
    home = domain_of(sender.email)
    return (
        r.event is not None
        and bool(home)
        and domain_of(fwd.email) != home
        and domain_of(org.email) != home
        and not any(_same_guest(p, sender) for p in ex.text_people)
    )


def _given_first_name(p: Person, lex: Lexicon) -> str | None:
    """A header person's name given name first ("O'Neill, Siobhán" -> "Siobhán O'Neill")."""
    return given_first(p.name, lex)[0] if p.name else None


def _people(
    r: _Reading, ex: _Extracted, attendees: tuple[Person, ...], org: Person | None
) -> tuple[Person, ...]:
    """The interviewers: named in the text or the event, and the writers who take part."""
    lex, msg, text, sender_words = r.lex, r.msg, r.text, r.sender_words
    sender = msg.sender
    not_guests = [
        p
        for p in (sender, org, *msg.reply_to)
        if p is not None
        and not ex.recruiter_meeting
        and is_coordinator(p, signature_title(sender_words, p.name, lex), sender_words, lex)
    ]
    result = interviewers(
        ex.text_people,
        attendees,
        org,
        ex.known,
        lex,
        r.s.user_addresses,
        r.s.user_name,
        ex.company,
        coordinators=[]
        if ex.recruiter_meeting
        else [*not_guests, *described_coordinators(text[:8000], attendees, lex)],
        arranging=[
            # A shadow or note-taker sits in on the interview and asks nothing.
            *observers(text[:8000], [*attendees, *ex.text_people], lex),
            # "Georgia Roe - Talent Acquisition (me; I'll just look after the welcome)": a
            # writer on the list who says they stay out of it.
            *(
                [sender]
                if sender is not None and lex.phrase("sender_leaves").search(sender_words[:4000])
                else []
            ),
            *(
                []
                if ex.recruiter_meeting
                else arrangers(
                    text[:8000],
                    [p for p in (sender, org, *msg.reply_to) if p],
                    sender_words,
                    ex.text_people,
                    lex,
                )
            ),
        ],
    )
    if (
        org is not None
        and attendees
        and result
        # The text names nobody but the guests (a "Guests" list repeats them).
        and all(
            (p.email and p.email in r.s.user_addresses) or any(_same_guest(p, a) for a in attendees)
            for p in ex.text_people
        )
        and not any(p.email == org.email for p in [*not_guests, *result])
        and titled_only(text[:8000], lex) == len(result) + 1
    ):
        # "A conversation with the Head of Supply Chain and our HR Business Partner", sent
        # to two guests and the organiser: the jobs described count the organiser in.
        result = (org, *result)
    if (
        org is not None
        and r.event is not None
        and not ex.text_people
        and result
        and not any(p.email == org.email for p in [*not_guests, *result])
        and _listed_with_guest(r.event.description[:3000], org, result)
        # "Shirin Mohajer and Kaveh Amini (Recruiting Coordinator)": listed as who arranges.
        and not described_coordinators(r.event.description[:3000], [org], lex)
        # "set up by ...", "on behalf of ...", "EA to ...": the description says someone arranges.
        and not _ARRANGED.search(r.event.description[:3000])
        # A room or a team mailbox organises: "Room 4.12", "Talent Team".
        and not re.search(r"\d", org.name or "")
        and not team_name(org.name or "", lex)
    ):
        # "With Meenal Joshi and Rohan Das", "Ori Katzir (Head of ML) and Ruth Shalem": the
        # description lists the organiser beside a guest, as one of the people the user meets.
        result = (org, *result)
    desc = r.event.description[:3000] if r.event is not None else ""
    if (
        org is not None
        and org.name
        and " " in org.name.strip()
        and not ex.text_people
        and len(result) > 1
        and any(p.email == org.email for p in result)
        and not _names_in(desc, [org])
        and _names_in(desc, [p for p in result if p.email != org.email])
    ):
        # "Matiu Kereopa, GM Claims, will lead this conversation" in an invitation whose
        # organiser is a guest too: the description says who takes part, and not the organiser.
        result = tuple(p for p in result if p.email != org.email)
    if r.event is None and (host := _reminded_organizer(r, text[:8000])) is not None:
        # A calendar's own reminder carries no invitation, only the guest list it renders:
        # with nothing else saying who takes part, its organiser is a guest like the others.
        result = (host, *result)
    others = bool(result or attendees)
    if (r.systems or r.safety.automated) and msg.reply_to:
        # A person's own words sent through a hiring system: they are the author.
        signer = signed_by(sender_words, msg.reply_to)
        me = _self_in(r, ex, signer, sender_words, listed=ex.writer, others=others, signed=True)
    else:
        # Over a forwarded invitation, "with me and Leo Grant" is its author's (below), not
        # the forwarder's: an agency recruiter passing a client's mail on is no interviewer.
        listed = ex.writer if r.fwd_sender is None else from_text(sender_words, lex)[1]
        # "We'll both be on the call" over "Rowena Blake & Imogen Tsai": "we" is the two
        # who sign, the writer among them (a single writer's "we" is the company's).
        listed = listed or bool(
            sender is not None
            and lex.phrase("signers_interview").search(sender_words[:4000])
            and co_signers(sender_words, _given_first_name(sender, lex), lex, ex.known)
        )
        me = _self_in(r, ex, _calendar_author(r, org), sender_words, listed=listed, others=others)
    # "You will meet Jane Roe and me" in the forwarded words: "me" is their author.
    fwd_listed = r.fwd_sender is not None and from_text(r.fwd_text[:8000], lex)[1]
    them = _self_in(
        r,
        ex,
        r.fwd_sender,
        r.fwd_text[:8000],
        listed=fwd_listed,
        others=others or me is not None,
    )
    if _outside_forwarder(r, ex, org) and me is None and sender is not None:
        # A referrer or an agency forwarding an invitation that was sent to them: a guest
        # of it only because it reached them, unless their own words say they take part.
        result = tuple(p for p in result if p.email != sender.email)
    # "Jonah Abernathy & Imogen Tsai" under the mail: both writers take part.
    cosigned = co_signers(sender_words, me.name, lex, ex.known) if me is not None else []
    extra = [p for p in (me, them, *cosigned) if p is not None]
    # A From header or directory name keeps its title ("Mag. Eva Roth"); the person is
    # the name, and named so the text's "Eva Roth" is the same person.
    return tuple(
        merge_people(
            Person(name=without_honorifics(p.name, lex), email=p.email, title=p.title)
            if p.name
            else p
            for p in [*extra, *result]
        )
    )


# Two people joined as one list: "A and B", "A & B", "A, B", "A und B", "A et B", "A y B", or
# one per line; each may carry a bracketed or comma-set job ("A (Head of Data) and B").
_LIST_JOIN = r"(?:\s*\([^()\n]{1,60}\))?(?:\s*,\s*|\s+(?:and|&|und|et|y|e|en)\s+|[ \t]*\n[ \t]*)"


# Words that say someone arranges the meeting for another: not a person the user meets.
_ARRANGED = re.compile(
    r"\b(set up|scheduled|organi[sz]ed|arranged|booked|sent) (by|for)\b|\bon behalf of\b"
    r"|\b(assistant|(?-i:EA|PA)) to\b|\b(her|his|their|my) (executive )?assistant\b"
    r"|\bde la part de\b|\bim auftrag\b|\ben nombre de\b",
    re.I,
)


def _names_in(text: str, people: Sequence[Person]) -> bool:
    """Whether ``text`` writes any of these people's full names."""
    low = text.casefold()
    return any(
        p.name
        and " " in p.name.strip()
        and re.search(rf"(?<!\w){re.escape(p.name.strip().casefold())}(?!\w)", low)
        for p in people
    )


def _listed_with_guest(description: str, org: Person, guests: Sequence[Person]) -> bool:
    """Whether an event's description lists the organiser's full name beside a guest's."""
    full = (org.name or "").strip()
    if " " not in full or "," in full:
        return False
    for g in guests:
        other = (g.name or "").strip()
        if " " not in other:
            continue
        a, b = re.escape(full), re.escape(other)
        if re.search(rf"(?<!\w)(?:{a}{_LIST_JOIN}{b}|{b}{_LIST_JOIN}{a})(?!\w)", description):
            return True
    return False


def _reminded_organizer(r: _Reading, text: str) -> Person | None:
    """The organiser a calendar reminder's guest list marks, when nothing else describes them.

    "Guests / Jane Roe - organizer / Raj Patel / <the user>" under a reminder from the
    calendar itself (no iCalendar part, so no ORGANIZER to weigh): the organiser is one of
    the interviewers unless the text says who takes part ("with Raj (CTO)"), names the
    organiser elsewhere ("Jane is coordinating"), or the organiser is the user.
    """
    lex, sender = r.lex, r.msg.sender
    if not lex.phrase("calendar_reminder").search(text):
        # An invitation rendered as text comes from its organiser (in From or Reply-To),
        # who is as often the coordinator: only the calendar's reminder is left to read.
        return None
    host, rest = listed_organizer(text, lex)
    if host is None or not host.name:
        return None
    words = {w for w in _LETTERS.findall(host.name.casefold()) if len(w) > 2}
    user = (r.s.user_name or "").casefold()
    if (
        (sender is not None and sender.name and sender.name.casefold() == host.name.casefold())
        or host.name.casefold() == user
        or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest.casefold()) for w in words)
        or from_text(rest, lex)[0]
    ):
        return None
    return host


def _same_guest(p: Person, guest: Person) -> bool:
    """Whether a person the text names is the calendar guest (same name or address)."""
    return bool((p.name and p.name == guest.name) or (p.email and p.email == guest.email))


def _location(r: _Reading, ev: CalEvent | None) -> str | None:
    """The event's place, or one the text names (meeting links are not places)."""
    if ev and ev.location and not find_meeting_url(ev.location):
        return ev.location[:200]
    for pat in r.lex.location_patterns:
        m = pat.search(r.text[:8000])
        if m:
            loc = m.group("location").strip()
            if not find_meeting_url(loc):
                return loc[:200]
    return None


def _interview(
    r: _Reading,
    ex: _Extracted,
    start: dt.datetime,
    end: dt.datetime | None,
    tz: str | None,
    ev: CalEvent | None,
    *,
    rescheduled: bool,
) -> Interview:
    """The Interview at ``start``, from the event ``ev`` when there is one."""
    org = _organizer(r)
    attendees = ev.attendees if ev else ()
    return Interview(
        start=start,
        end=end,
        timezone=tz,
        company=ex.company,
        role=ex.role,
        interviewers=_people(r, ex, attendees, org),
        organizer=org,
        agency=r.agency,
        location=_location(r, ev),
        meeting_url=(ev.meeting_url if ev else None) or find_meeting_url(r.text),
        uid=ev.uid if ev else None,
        sequence=ev.sequence if ev else 0,
        recurrence_id=ev.recurrence_id if ev else None,
        method=ev.method if ev else None,
        rescheduled=rescheduled,
    )


def _moves_booked_day(r: _Reading, moment: Moment, moments: list[Moment], text: str) -> bool:
    """Whether the time's sentence moves the one day the quoted thread holds to a new time.

    "Can we shift to 4pm instead of 2pm on Wed?" under the quoted booking of Wednesday at
    2pm, "Could we push Tuesday back to 11am?" under Tuesday at 9.30, "Could we move you to
    Friday at 1:00 PM instead? Same place." under Thursday at 10: the sentence moves
    (``moves_time`` wording, no pause of the day such as a tour or the arrival) to one time,
    the writer is on the company's side, and the quoted times all fall on one day.
    ``moment``'s and ``moments``' positions are in the subject, a blank line, then ``text``.
    """
    lex, msg = r.lex, r.msg
    full = f"{msg.subject}\n\n{text}"
    start, end = _sentence(full, moment.pos, moment.end_pos)
    sentence = full[start:end]
    if not lex.phrase("moves_time").search(sentence) or lex.phrase("schedule_pause").search(
        sentence
    ):
        # "Can you make it to reception by 1:45pm?", "Could we make the office tour 5pm
        # instead?": the day's other parts move, not the interview.
        return False
    if not _company_caller(msg.sender, lex, r.s.user_addresses):
        # A colleague at the user's own company moves the panel the user sits on.
        return False
    # One new time: "Friday at 3pm or Monday at 11am instead?" offers a choice. (The
    # message's moments, read once by the caller, in the same text.)
    if len({m.start for m in moments if start <= m.pos < end}) > 1:
        return False
    days = quoted_days(
        msg.text,
        text,
        msg.date,
        lex=lex,
        order=r.s.date_order,
        zone=r.s.timezone,
        user_keys=_user_keys(r.s),
    )
    return len(days) == 1


def _start_moved(booked: Moment, own: str, lex: Lexicon, order: DateOrder) -> Moment | None:
    """The booked day at the new start a reply moves it to, when it names only clocks.

    "Running about 10 min late. Can we start at 1:40 instead of 1:30?", "my 1:00 is running
    over. Let's push our start to 2:20 instead of 2:00" under the quoted booking of that day:
    one clock that is not the booked one stands in a sentence with move wording (no pause of
    the day, such as a tour or lunch); any other clock there is the booked one. A reply
    naming a date of its own is read by the other rules. Positions are the reply's own.
    """
    if find_dates(own, lex, None, order) or lex.phrase("booking_stands").search(own):
        # "can we push our follow-up call with the VP to 4:30? The interview itself stays
        # as booked": another meeting of the day moves.
        return None
    booked_at = booked.start.time()
    # A line the client wrapped mid-sentence goes on below ("Can we start at 1:40" over
    # "instead of 1:30?"); one character for one, so positions hold.
    joined = unwrapped(own)
    moved: list[TimeHit] = []
    for hit in find_times(own, lex):
        if hit.start == booked_at:
            continue
        start, end = _sentence(joined, hit.pos, hit.end)
        sentence = joined[start:end]
        if not (
            lex.phrase("moves_time").search(sentence) or lex.phrase("reschedule").search(sentence)
        ) or lex.phrase("schedule_pause").search(sentence):
            continue
        if lex.phrase("outcome_condition").search(joined[start : hit.pos]):
            # "If the earlier panel runs over, could we make it 4pm instead?": not yet.
            return None
        for t in find_times(sentence, lex):
            if start + t.pos == hit.pos:
                continue
            if t.start != booked_at:
                return None  # any other clock of the sentence is the booked one
            a, b = sorted((start + t.end, hit.pos))
            gap = joined[a:b]
            if _choice_joiner(lex).search(gap) and not lex.phrase("reschedule_old_marker").search(
                gap
            ):
                # "Would you rather keep 2pm or move to 4pm?" offers a choice ("1:40 instead
                # of 1:30" does not).
                return None
        moved.append(hit)
    if len(moved) != 1:
        return None
    return clock_on_day(moved[0], booked)


def _new_clock(moment: Moment, text: str, lex: Lexicon) -> Moment:
    """The moved-to hour on the moment's day when the moment is the old one.

    "Can we shift to 4pm instead of 2pm on Wed?": the day is written with the old time (right
    after a ``reschedule_old_marker``); the sentence's one other clock is the new time.
    """
    start, end = _sentence(text, moment.pos, moment.end_pos)
    if not lex.phrase("reschedule_old_marker").search(
        text[max(start, moment.pos - 30) : moment.pos]
    ):
        return moment
    others = [
        t
        for t in find_times(text[start:end], lex)
        if not (
            start + t.pos <= moment.pos < start + t.end
            or moment.pos <= start + t.pos < moment.end_pos
        )
    ]
    if len(others) != 1:
        return moment
    return clock_on_day(others[0], moment, start)


def _verdict(r: _Reading, ex: _Extracted) -> Understanding:
    """Cancellation, outcome, interview, scheduling request or other, for hiring mail."""
    lex, msg, s, text, event = r.lex, r.msg, r.s, r.text, r.event
    safety, reasons, signal = r.safety, r.reasons, r.signal
    subject, head, ref = msg.subject, r.head, msg.date
    common = {"phones": ex.phones, "deadline": ex.deadline}
    method = event.method if event else None
    cancel_cal = event is not None and (method == "CANCEL" or event.status == "CANCELLED")
    cancel_text = _changed("cancel", subject, lex) or _changed("cancel", head, lex)
    resched = _changed("reschedule", subject, lex) or _changed("reschedule", head, lex)

    # iTIP REPLY (RFC 5546 3.2.3): someone answering an invitation, not a new interview.
    if method == "REPLY" and not cancel_text:
        reasons.append("calendar REPLY (an answer to an invitation)")
        return _result(msg, Kind.OTHER, reasons, safety, **common)

    moments = find_moments(f"{subject}\n\n{text}", lex, ref, s.date_order, s.timezone)
    moment, n_plausible = _pick_moment(moments, f"{subject}\n\n{text}", lex, ref)
    # The time as the message's own words name it; a reply's pick below may replace
    # ``moment`` with the quoted mail's time, whose position is in the quoted history.
    own_moment = moment
    reply_pick: ReplyAnswer | None = None
    standing = moved_within = False
    by_user = bool(msg.sender and msg.sender.email in s.user_addresses)
    if signal and not cancel_cal and not r.systems:
        answer = read_reply(
            msg.text,
            text,
            ref,
            lex=lex,
            order=s.date_order,
            zone=s.timezone,
            user_keys=_user_keys(s),
            by_user=by_user,
        )
        at = len(subject) + 2
        if moment is not None and answer.declines(moment.pos - at):
            # "I'm afraid I can't make Thursday at 2pm": the time turned down is never the
            # booked one; the pick is made among the others ("..., so we have moved it to
            # Thursday at 4pm", or a question back: "Could we do Friday at 2pm instead?").
            others = [m for m in moments if not answer.declines(m.pos - at)]
            moment, n_plausible = (
                _pick_moment(others, f"{subject}\n\n{text}", lex, ref) if others else (None, 0)
            )
            reasons.append("the reply turns a time down")
        chosen = answer.moment
        if chosen is not None and answer.moved and moment is None:
            # "Moving us to 4pm same day" above the quoted booking for Thursday at 2pm: the
            # quoted day at the reply's new time. "Could we shift your interview to Wednesday
            # instead, same time? I've updated the calendar hold": the quoted hour on the new
            # day, the move already made.
            moment = dataclasses.replace(chosen, pos=chosen.pos + at, end_pos=chosen.end_pos + at)
            n_plausible = 1
            if answer.new_day:
                reply_pick = answer
                reasons.append("a reply moving the quoted time to another day")
            else:
                moved_within = True
                reasons.append("a reply moving the quoted time within its day")
        elif (
            chosen is not None
            and not answer.moved
            and n_plausible <= 1
            # "Perfect, Tuesday 2pm it is" answering "Tuesday 3/10 at 2pm or ...": the quoted
            # offer's Tuesday, not the next Tuesday after the reply.
            and (
                moment is None
                or (
                    chosen.start.weekday() == moment.start.weekday()
                    and chosen.start.timetz() == moment.start.timetz()
                )
            )
        ):
            moment, n_plausible = chosen, 1
            reply_pick = answer
            reasons.append("a reply choosing one of the quoted times")
        elif (
            moment is None
            and chosen is None
            and not answer.declined
            and not by_user
            and not (r.rejected or r.outcome_mail or cancel_text)
            # Plainly carrying on, or moving the start ("Can we start at 1:40 instead of
            # 1:30?", "Let's push our start to 2:20"), which may ask and use move words.
            and (
                ("?" not in text and not resched)
                or bool(lex.phrase("moves_time").search(text))
                or bool(lex.phrase("reschedule_old_marker").search(text))
            )
            and bool(msg.thread.in_reply_to or lex.phrase("reply_subject").search(subject))
            # A forward's quoted meeting may be anyone's ("Candidate: Jordan Vale").
            and forwarded(msg.text, lex, subject) is None
            # A colleague at the user's own company writes about the panel the user sits on.
            and _company_caller(msg.sender, lex, s.user_addresses)
        ):
            # "Noted with thanks, copies are fine" under the quoted confirmation of Tuesday
            # at 10am: the reply carries on under the booking its thread already made.
            booked = booked_below(
                msg.text,
                text,
                ref,
                lex=lex,
                order=s.date_order,
                zone=s.timezone,
                user_keys=_user_keys(s),
            )
            later = _start_moved(booked, text, lex, s.date_order) if booked is not None else None
            if later is not None:
                moment = dataclasses.replace(later, pos=later.pos + at, end_pos=later.end_pos + at)
                n_plausible, standing, moved_within = 1, True, True
                reasons.append("a reply moving the booked start within its day")
            elif booked is not None and "?" not in text and not resched:
                moment, n_plausible, standing = booked, 1, True
                reasons.append("a reply under the booking its quoted thread made")

    def text_interview() -> Interview | None:
        if moment is None:
            return None
        end = moment.end
        if end is None:
            dur = find_duration(text, lex)
            end = moment.start + dur if dur else None
        return _interview(r, ex, moment.start, end, moment.timezone, None, rescheduled=resched)

    # Cancellation: the calendar says so, or cancel wording about an interview without a
    # new time (a "cancelled and moved to ..." message is a reschedule).
    # "Cancelled and moved to <time>" names a new time; "cancel Tuesday at 10:00 ... I'll push
    # for a new date" names only the cancelled one.
    moved = (
        resched
        and moment is not None
        and (
            len({m.start for m in moments}) > 1
            # Move wording just before the time the reply itself writes ("moved to Friday at
            # 2pm"); read where that time is, never at a quoted time's position ("I have to
            # cancel our 3pm tomorrow. I'll send you new times" over the quoted booking).
            or bool(
                own_moment is not None
                and lex.phrase("reschedule").search(
                    f"{subject}\n\n{text}"[max(0, own_moment.pos - 100) : own_moment.pos]
                )
            )
        )
    )
    # "Annuler l'entretien prévu le lundi 17 mars à 10h00 (poste : ...)": the booked
    # interview is named with its time, so calling it off is the news even when the post
    # is filled; "we cancel Thursday's interview, the position is filled" without a time
    # stays the rejection it mostly is.
    # HR calling off a talk about the user's own job ("das geplante Gespräch zu deiner
    # Gehaltserhöhung absagen") names its meeting the same way.
    own_job = bool(lex.phrase("own_employment").search(r.all_text[:8000]))
    called_off = lex.phrase("cancel_interview").search(f"{subject}\n{head}")
    cancel_named = (
        called_off is not None
        # "we have to cancel Friday's interview: the position has been filled": the day
        # names the booked interview whose time the quoted confirmation below holds.
        and (bool(moments) or bool(lex.phrase("booked_by_day").search(called_off.group(0))))
        and not own_job
    )
    # "Your interview on Monday at 11:00 has been postponed until further notice": no new
    # date, so the interview is called off at its old time (the vacancy itself on hold is
    # the search paused, below).
    if moments and lex.phrase("interview_on_hold").search(f"{subject}\n{head}"):
        cancel_text = cancel_named = True
    if cancel_text and not cancel_cal and r.rejected and not cancel_named:
        # "We will not be proceeding with your application" beside a "cancel" word (feedback
        # on "context cancellation", "we have cancelled the remaining rounds"): the outcome
        # is the rejection. "We must cancel your interview on Monday; the post has been
        # filled" calls off a booked interview: that is the news.
        cancel_text = False
    # "I have to cancel tomorrow's coffee, sorry. Finance has paused the Platform Engineer
    # req": a meeting with the user called off because the vacancy is paused. The reason
    # names the hiring the meeting's own word ("coffee") does not; the thread must be about
    # the user's candidacy (a colleague calling off a debrief is not).
    paused_off = bool(
        cancel_text
        and not signal
        and not cancel_cal
        and not r.ruled_out
        and r.weak > 0
        and lex.phrase("cancel_interview").search(f"{subject}\n{head}")
        and _unconditional("search_paused", r.flat, lex)
        and r.candidate_thread(False, outcome=True)
    )
    if paused_off:
        reasons.append("a meeting with the user called off because the vacancy is paused")
    # A calendar CANCEL of an event the mail calls an interview by the bare noun ("Annulé :
    # Entretien - Consultante data", "nous devons annuler cet entretien, le poste vient
    # d'être gelé"): the calendar holds the booked time the text need not restate, and its
    # cancellation is the structured fact even when the reason is the vacancy on hold.
    cancel_booked = bool(
        cancel_cal
        and event is not None
        and event.start is not None
        and not r.blocked
        # HR's own meetings about the user's current job ("Gespräch zur Rückkehr aus der
        # Elternzeit") are called off by the same calendar.
        and not own_job
        and (
            lex.phrase("cancel_interview").search(f"{subject}\n{head}")
            or lex.phrase("interview_noun").search(event.summary)
        )
    )
    # A booked interview called off by name in mail with hiring words is the user's, even
    # where the bare noun ("entretien", "Termin") is no interview sign on its own.
    if (
        signal or paused_off or ((cancel_named or cancel_booked) and r.weak > 0 and not r.ruled_out)
    ) and (cancel_cal or (cancel_text and not moved)):
        reasons.append("calendar CANCEL" if cancel_cal else "cancellation wording")
        iv = None
        if event is not None and event.start is not None:
            iv = _interview(
                r, ex, event.start, event.end, event.timezone, event, rescheduled=resched
            )
        else:
            iv = text_interview()
            future = {m.start for m in moments if ref is None or m.start >= ref}
            if iv is None and not moved and len(future) == 1:
                # "annuler l'entretien prévu le jeudi 12 mars à 14h00": "prévu" marks the
                # old time of a move; with nothing moved it is the one called off.
                only = next(m for m in moments if m.start in future)
                iv = _interview(r, ex, only.start, only.end, only.timezone, None, rescheduled=False)
        return _result(msg, Kind.INTERVIEW_CANCELLED, reasons, safety, interview=iv, **common)

    hiring_context = (
        signal or r.weak > 0 or r.systems or r.thread_ask or r.thread_outcome or r.plain_outcome
    )
    has_request = (
        event is not None
        and event.start is not None
        and method in (None, "REQUEST", "PUBLISH", "ADD")
    )
    if hiring_context and not has_request and r.rejected:
        reasons.append("rejection wording")
        return _result(msg, Kind.REJECTION, reasons, safety, **common)
    if (
        hiring_context
        and not has_request
        and _unconditional("search_paused", r.flat, lex)
        and not lex.phrase("search_resumes").search(r.flat)
    ):
        # No interview was called off for it (that is a cancellation, above): the case ends.
        reasons.append("the search is paused")
        return _result(msg, Kind.REJECTION, reasons, safety, **common)
    if hiring_context and not has_request and _offer(f"{subject}\n{text[:6000]}", lex):
        reasons.append("offer wording")
        return _result(msg, Kind.OFFER, reasons, safety, **common)

    if has_request and event is not None and event.start is not None:
        # "Flight to Chicago (UA 455) - interview trip", "Lunch after Alex's interview": the
        # journey's or another plan's event, not the meeting.
        journey = bool(
            lex.phrase("journey_event").search(event.summary)
            or lex.phrase("interview_anchor").search(event.summary)
        )
        if (
            signal
            and not cancel_cal
            and not journey
            and lex.phrase("held_slot_title").search(event.summary)
            and lex.phrase("time_poll").search(f"{subject}\n{text[:6000]}")
        ):
            # "HOLD: Interview - Acme (proposed)" beside "Vote for the times that suit you":
            # a poll's tentative slot; the booking comes once a time is chosen.
            reasons.append("a poll's held slot: the time is still to be chosen")
            return _result(msg, Kind.SCHEDULING_REQUEST, reasons, safety, **common)
        if signal and not cancel_cal and not journey:
            reasons.append(f"calendar {method or 'event'} with interview wording")
            if event.sequence:
                reasons.append(f"SEQUENCE {event.sequence}")
            iv = _interview(
                r, ex, event.start, event.end, event.timezone, event, rescheduled=resched
            )
            return _result(msg, Kind.INTERVIEW, reasons, safety, interview=iv, **common)
        if (
            not journey
            and not signal
            and hiring_context
            and not cancel_cal
            and _links_scheduling_page(text, lex)
        ):
            # "Grab any slot on my page: <booking link>" with the page's own hold attached:
            # the link asks for a time; the event books nothing with the user.
            reasons.append("scheduling link beside a calendar hold")
            return _result(msg, Kind.SCHEDULING_REQUEST, reasons, safety, **common)
        reasons.append(
            "calendar event for a journey or another plan"
            if journey
            else "calendar event without interview wording"
        )
        return _result(msg, Kind.OTHER, reasons, safety, **common)

    invite = (
        _invited(moment, moments, f"{subject}\n\n{text}", lex)
        # Only beside hiring words: "Could you come by the studio on Thursday at 2pm to
        # record a short interview?" is a producer's, with no vacancy or application.
        if signal
        and moment is not None
        and n_plausible == 1
        and not r.systems
        # ("Could we do Friday at 11:30am, at our office?" from a Controller under "Let's
        # talk - Senior Accountant": the meeting wording's own hiring context.)
        and (r.weak > 0 or r.agency or r.signed_by_hirer or r.medium_meeting)
        # The user's own mail ("Thanks for applying! Can you come in tomorrow by 11am?"):
        # the user hires, unless forwarding someone's invitation to themself.
        and not (msg.sender and msg.sender.email in r.s.user_addresses and not r.fwd_text)
        else None
    )
    ask_text = f"{subject}\n{text[:6000]}"
    if invite is not None:
        # "Are you free to come by at 11?" asks for the one time it names, not for times.
        ask_text = ask_text.replace(invite, " " * len(invite))
    sched = _asks_for_times(ask_text, lex)
    confirm = _confirmation(f"{subject}\n{text[:6000]}", lex)
    # "Could we do Wednesday at 10am instead? I've moved the invite": asked as a courtesy,
    # already booked.
    moved_invite = lex.phrase("invite_changed").search(text[:6000])
    # "could we move you from Wednesday to Thursday at 15:00? I've updated the invitation":
    # the old day and the new time, the move already made.
    moved_one = moved_invite is not None and (
        n_plausible == 1
        or (n_plausible == 2 and bool(lex.phrase("reschedule").search(text[:6000])))
    )
    if confirm is None and moved_one:
        confirm = moved_invite
    if confirm is None and reply_pick is not None:
        # "Thursday doesn't work, but Friday works for me": the acceptance, read apart
        # from the clause turning the other day down.
        confirm = reply_pick.accepting
    sched_link = _links_scheduling_page(text, lex)

    # "RE: Second interview - <user> (Optical Design Engineer)": the subject names the
    # interview and the job, so "the last step is a meeting with our VP ... on Sunday 1
    # April at 10:00" states that interview's plan as plainly as the word would.
    titled_interview = bool(r.subj_strong and not r.subj_blocked and _names_job_title(subject, lex))
    if signal and moment is not None:
        offered = sched is not None and (confirm is None or n_plausible > 1)
        made = reply_pick is not None and reply_pick.new_day
        # "Can we shift to 4pm instead of 2pm on Wed?", "could we make it 10.30am instead?
        # Same day, same place.", "Could we move you to Friday at 1pm instead?": the hiring
        # side moving the one time it booked asks as a courtesy; the booking moves.
        moves_own = (
            signal
            and not by_user
            and moment is not None
            and (own_moment is moment or moved_within)
            and _moves_booked_day(r, moment, moments, text)
        )
        if moves_own:
            reasons.append("the hiring side moves the time it booked")
            if moment is own_moment:
                moment = _new_clock(moment, f"{subject}\n\n{text}", lex)
        if (
            invite is None
            and not made
            and not moved_one
            and not standing
            and not moves_own
            and _proposed(moment, f"{subject}\n\n{text}", lex)
        ):
            reasons.append("the time is asked about, not confirmed")
            return _result(msg, Kind.SCHEDULING_REQUEST, reasons, safety, **common)
        if offered or (n_plausible > 2 and not confirm):
            reasons.append("asks to choose among proposed times")
            return _result(msg, Kind.SCHEDULING_REQUEST, reasons, safety, **common)
        # A marketing footer without explicit confirmation wording: a newsletter that
        # quotes an interview and an event time, not a booking.
        footer_only = (
            r.bulk_body and confirm is None and not resched and not (r.systems or r.personal)
        )
        if (
            confirm is not None
            or r.systems
            or resched
            or invite is not None
            or standing
            or moves_own
            # The learned model vouches for a booking only where the mail names one future
            # time: with two it may be offering a choice the rules did not read as one.
            or (
                r.learned
                # A time taken from the quoted mail ("Wednesday at 11 it is" over the user's
                # offer) is the rules' to judge: whose offer, and for what.
                and moment is own_moment
                and (ref is None or moment.start > ref)
                and n_plausible <= 1
                and len({m.start for m in moments}) <= 1
                and _plainly_said(moment, f"{subject}\n\n{text}", lex)
            )
            or (
                r.says_interview
                and _stated(
                    moment,
                    f"{subject}\n\n{text}",
                    lex,
                    hiring=r.weak > 0 or r.agency or r.signed_by_hirer or titled_interview,
                    medium=r.medium_meeting or titled_interview,
                )
            )
        ) and not footer_only:
            reasons.append("interview wording with a stated time")
            if invite is not None:
                reasons.append("the hiring side proposes one time to come in")
            if confirm is not None:
                reasons.append(f"confirmation wording {confirm.group(0)[:40]!r}")
            if not moment.weekday_ok:
                reasons.append("weekday disagrees with date")
            iv = text_interview()
            return _result(msg, Kind.INTERVIEW, reasons, safety, interview=iv, **common)
    if r.thread_ask or ((signal or (r.systems and hiring_context)) and (sched or sched_link)):
        reasons.append("asks to pick a time" if sched else "scheduling link")
        return _result(msg, Kind.SCHEDULING_REQUEST, reasons, safety, **common)
    if signal and moment is None:
        reasons.append("interview wording but no future time found")
    elif signal:
        reasons.append("interview wording and a time, but nothing confirms it")
    else:
        reasons.append("no interview signs")
    if safety.verdict is Verdict.BULK:
        # Sent in bulk by a hiring system (a talent-community mailing): nothing was booked,
        # so the headers decide.
        return _result(msg, Kind.BULK, reasons, safety, **common)
    return _result(msg, Kind.OTHER, reasons, safety, **common)


def _deadline(text: str, lex: Lexicon, ref: dt.date | None, s: Settings) -> dt.date | None:
    """The date the sender promises news by ("we'll get back to you by Friday")."""
    m = lex.phrase("deadline").search(text)
    return date_after(text, m.end(), lex, ref, s.date_order) if m else None


def _return_date(text: str, lex: Lexicon, s: Settings, ref: dt.date | None) -> dt.date | None:
    """The date an out-of-office sender says they are back."""
    for m in lex.phrase("return_date").finditer(text[:3000]):
        found = date_after(text, m.end(), lex, ref, s.date_order, window=50)
        if found is not None:
            # "away until Friday" -> back the next day is over-precise; the stated date is kept.
            return found
    return None
