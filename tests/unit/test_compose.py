"""Unit tests for daemon.compose: templates, thank-yous, personal checks, notices."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.compose import (
    DEFAULT_BAD_NEWS_QUESTIONS,
    DEFAULT_GOOD_NEWS_QUESTIONS,
    LINKEDIN_NOTE_LIMIT,
    OWN_SUBJECT_TAG,
    SIMILARITY_LIMIT,
    TEMPLATE_NAMES,
    DigestInput,
    DigestItem,
    Draft,
    DroppedNoticeInput,
    LinkedInContact,
    LinkedInInput,
    NotesPromptInput,
    NotesReminderInput,
    SendFailedInput,
    TemplateError,
    Templates,
    ThankYouInput,
    check_personal,
    compose_call_digest,
    compose_dropped_notice,
    compose_linkedin_reminder,
    compose_notes_prompt,
    compose_notes_reminder,
    compose_send_failed,
    compose_thank_you,
    compose_thank_yous,
    header_safe,
    linkedin_note,
    similarity,
    when_phrase,
)
from daemon.notes import parse_notes
from daemon.understand.model import Person

LONDON = ZoneInfo("Europe/London")
START = dt.datetime(2026, 6, 2, 14, 0, tzinfo=LONDON)  # a Tuesday
SARAH = Person("Sarah Connor", "sarah@acme.com", "Head of Operations")
RAJ = Person("Raj Patel", "raj@acme.com")
TOM = Person("Tom Baker", "tom@acme.com")
UMA = Person("Uma Rao", "uma@acme.com")
TOPICS = {
    SARAH: "project management in China",
    RAJ: "the Kafka migration",
    TOM: "hiring plans for Berlin",
    UMA: "the new data platform",
}


def thank_you(person: Person = SARAH, **changes: object) -> ThankYouInput:
    """A thank-you input with sensible values (helper)."""
    base = ThankYouInput(
        case_key="case-1",
        user_name="Jane Doe",
        signature="Jane Doe\n+44 7700 900123",
        company="Acme",
        role="Operations Manager",
        interview_start_local=START,
        send_date=dt.date(2026, 6, 3),
        interviewer=person,
        topic=TOPICS.get(person),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def panel(people: tuple[Person, ...] = (SARAH, RAJ, TOM, UMA)) -> list[ThankYouInput]:
    """Inputs for several interviewers of one case (helper)."""
    return [thank_you(person) for person in people]


class TestHeaderSafe:
    """Header values never carry line breaks."""

    def test_strips_crlf_and_nul(self) -> None:
        """CR, LF and NUL become spaces and runs collapse."""
        assert header_safe("Thanks\r\nBcc: evil@example.com\x00!") == (
            "Thanks Bcc: evil@example.com !"
        )

    def test_unicode_line_separators(self) -> None:
        """Unicode line and paragraph separators are removed too."""
        assert "\u2028" not in header_safe("a\u2028b\u2029c\x85d")

    def test_length_limit(self) -> None:
        """Overlong values are cut with an ellipsis."""
        assert len(header_safe("x" * 500)) == 150

    @given(st.text())
    def test_property(self, text: str) -> None:
        """No output ever contains CR, LF or NUL."""
        assert not re.search(r"[\r\n\x00]", header_safe(text))


class TestWhenPhrase:
    """How the interview day is named relative to the send date."""

    @pytest.mark.parametrize(
        ("send", "expected"),
        [
            (dt.date(2026, 6, 2), "today"),
            (dt.date(2026, 6, 3), "yesterday"),
            (dt.date(2026, 6, 5), "on Tuesday"),
            (dt.date(2026, 6, 12), "on Tuesday 2 June"),
            (dt.date(2026, 6, 1), "on Tuesday 2 June"),
        ],
    )
    def test_phrases(self, send: dt.date, expected: str) -> None:
        """today, yesterday, weekday within a week, else the date."""
        assert when_phrase(START, send) == expected


class TestTemplates:
    """Loading, overriding and sandboxing templates."""

    def test_all_defaults_compile(self) -> None:
        """Every named default template exists and compiles."""
        templates = Templates()
        assert len(TEMPLATE_NAMES) == len(set(TEMPLATE_NAMES))
        assert templates.render("dropped.subject", {"person_name": "X"}) == (
            "Thank-you to X not sent — you already wrote\n"
        )

    def test_override_used(self) -> None:
        """A config string replaces the package default."""
        templates = Templates({"thank_you.subject": "Hello {{ role }}"})
        draft = compose_thank_you(thank_you(), templates)
        assert draft.subject == "Hello Operations Manager"

    def test_unknown_override_name(self) -> None:
        """An unknown template name is refused and the valid names are listed."""
        with pytest.raises(TemplateError, match=r"thank_you\.body"):
            Templates({"thanks": "x"})

    def test_syntax_error_names_template(self) -> None:
        """A broken override fails at load time, naming the template and line."""
        with pytest.raises(TemplateError, match=r"thank_you\.body \(config override\) line 2"):
            Templates({"thank_you.body": "ok\n{% if %}"})

    def test_undefined_variable_raises(self) -> None:
        """An undefined variable is an error, not an empty string."""
        templates = Templates({"thank_you.subject": "{{ nope }}"})
        with pytest.raises(TemplateError, match="nope"):
            compose_thank_you(thank_you(), templates)

    def test_sandbox_blocks_internals(self) -> None:
        """Templates cannot reach Python internals."""
        templates = Templates({"thank_you.subject": "{{ ''.__class__.__mro__ }}"})
        with pytest.raises(TemplateError):
            compose_thank_you(thank_you(), templates)

    def test_no_filesystem_include(self) -> None:
        """Templates can include only our own templates, not arbitrary files."""
        templates = Templates({"thank_you.subject": "{% include '/etc/passwd' %}"})
        with pytest.raises(TemplateError):
            compose_thank_you(thank_you(), templates)

    def test_note_text_is_data(self) -> None:
        """Template syntax inside a note is sent literally, never evaluated."""
        draft = compose_thank_you(thank_you(topic="{{ 7*7 }} and {% if 1 %}x{% endif %}"))
        assert "{{ 7*7 }} and {% if 1 %}x{% endif %}" in draft.body
        assert "49" not in draft.body

    def test_no_html_escaping(self) -> None:
        """Plain text: ampersands and angle brackets are not escaped."""
        draft = compose_thank_you(thank_you(topic="R&D <budgets>", company="AT&T"))
        assert "R&D <budgets>" in draft.body
        assert "&amp;" not in draft.body


class TestThankYou:
    """One interviewer's thank-you."""

    def test_contents(self) -> None:
        """The mail greets by first name and names the day, role, company and topic."""
        draft = compose_thank_you(thank_you())
        assert draft.body.startswith("Dear Sarah,\n")
        assert "yesterday" in draft.body
        assert "Operations Manager" in draft.body
        assert "Acme" in draft.body
        assert "project management in China" in draft.body
        assert draft.body.rstrip().endswith("Jane Doe\n+44 7700 900123")

    @pytest.mark.parametrize("variant", range(8))
    def test_short(self, variant: int) -> None:
        """Every phrasing stays under 120 words, even with an idea and a shared note."""
        draft = compose_thank_you(
            thank_you(
                variant=variant,
                idea="automate the onboarding checklist",
                shared_note="how fast the team ships",
            )
        )
        assert len(draft.body.split()) < 120

    @pytest.mark.parametrize("variant", range(4))
    def test_idea_included(self, variant: int) -> None:
        """The idea from the notes appears in every phrasing."""
        draft = compose_thank_you(thank_you(variant=variant, idea="automate onboarding"))
        assert "automate onboarding" in draft.body

    @pytest.mark.parametrize("variant", range(4))
    def test_shared_note_included(self, variant: int) -> None:
        """The note for everyone appears in every phrasing."""
        draft = compose_thank_you(thank_you(variant=variant, shared_note="their release cadence"))
        assert "their release cadence" in draft.body

    def test_greeting_setting(self) -> None:
        """greeting: Hi gives "Hi Sarah,"."""
        assert compose_thank_you(thank_you(greeting="Hi")).body.startswith("Hi Sarah,\n")

    def test_greeting_validated(self) -> None:
        """A greeting with line breaks or punctuation is refused."""
        with pytest.raises(ValueError, match="greeting"):
            compose_thank_you(thank_you(greeting="Dear\nBcc:"))

    def test_no_name_greeting(self) -> None:
        """Without a name the greeting is a plain "Hello,"."""
        draft = compose_thank_you(thank_you(Person(None, "x@acme.com"), topic="budgets"))
        assert draft.body.startswith("Hello,\n")

    def test_today_for_short_delay(self) -> None:
        """A same-day send says "today"."""
        draft = compose_thank_you(thank_you(send_date=dt.date(2026, 6, 2)))
        assert "today" in draft.body

    def test_weekday_after_weekend(self) -> None:
        """A Friday interview thanked on Monday names Friday."""
        friday = dt.datetime(2026, 6, 5, 15, tzinfo=LONDON)
        body = compose_thank_you(
            thank_you(interview_start_local=friday, send_date=dt.date(2026, 6, 8))
        ).body
        assert "on Friday" in body
        assert "yesterday" not in body

    def test_deterministic(self) -> None:
        """The same input always renders the same draft."""
        assert compose_thank_you(thank_you()) == compose_thank_you(thank_you())

    def test_subject_mentions_role(self) -> None:
        """Subjects name the role and vary by variant."""
        subjects = {compose_thank_you(thank_you(variant=v)).subject for v in range(4)}
        assert len(subjects) == 4
        assert all("Operations Manager" in s for s in subjects)

    def test_subject_without_role(self) -> None:
        """Without a role the subject falls back to the company."""
        subject = compose_thank_you(thank_you(role=None)).subject
        assert subject
        assert "None" not in subject

    def test_no_role_no_company(self) -> None:
        """Missing role and company still give a sensible mail without "None"."""
        draft = compose_thank_you(thank_you(role=None, company=None))
        assert "None" not in draft.body
        assert "the role" in draft.body

    def test_header_injection_in_role(self) -> None:
        """CR/LF in a role never reaches the subject or splits the body."""
        draft = compose_thank_you(thank_you(role="Ops\r\nBcc: evil@example.com"))
        assert "\n" not in draft.subject
        assert "\r" not in draft.subject
        assert "\nBcc:" not in draft.body

    def test_body_shape(self) -> None:
        """Bodies use LF only, never start with whitespace and end with one newline."""
        body = compose_thank_you(thank_you(topic="a\r\nb\x00c")).body
        assert "\r" not in body
        assert "\x00" not in body
        assert not body[0].isspace()
        assert body.endswith("\n")
        assert not body.endswith("\n\n")

    def test_generic_when_no_topic(self) -> None:
        """Without a topic the distinct generic template is used."""
        draft = compose_thank_you(thank_you(topic=None))
        assert draft.body.startswith("Dear Sarah,\n")
        assert "None" not in draft.body
        assert "Operations Manager" in draft.body

    @pytest.mark.parametrize("variant", range(4))
    def test_generic_short(self, variant: int) -> None:
        """Generic phrasings stay short too."""
        draft = compose_thank_you(thank_you(topic=None, variant=variant, shared_note="x y z"))
        assert len(draft.body.split()) < 120

    def test_user_signature_multiline_kept(self) -> None:
        """A multi-line signature keeps its lines."""
        draft = compose_thank_you(thank_you(signature="Jane\nhttps://jane.example"))
        assert draft.body.rstrip().endswith("Jane\nhttps://jane.example")


class TestThankYous:
    """All thank-yous for one interview."""

    def test_each_has_own_topic(self) -> None:
        """Each mail names its own interviewer and topic."""
        drafts = compose_thank_yous(panel())
        for person, draft in zip((SARAH, RAJ, TOM, UMA), drafts, strict=True):
            assert TOPICS[person] in draft.body
            assert (person.name or "").split()[0] in draft.body

    def test_structures_differ(self) -> None:
        """Two interviewers get different structures, not only different names."""
        sarah, raj = compose_thank_yous(panel((SARAH, RAJ)))
        masked = [
            draft.body.replace(TOPICS[p], "T").replace((p.name or "").split()[0], "N")
            for p, draft in ((SARAH, sarah), (RAJ, raj))
        ]
        assert masked[0] != masked[1]
        assert sarah.subject != raj.subject

    @pytest.mark.parametrize("size", [2, 3, 4])
    def test_passes_personal_check(self, size: int) -> None:
        """Default drafts for up to four interviewers pass the personal check."""
        people = (SARAH, RAJ, TOM, UMA)[:size]
        drafts = compose_thank_yous(panel(people))
        checked = [(p, d, TOPICS[p]) for p, d in zip(people, drafts, strict=True)]
        assert check_personal(checked) == []

    def test_generic_drafts_are_distinct(self) -> None:
        """send_generic drafts for several people still pass the similarity check."""
        people = (SARAH, RAJ, TOM, UMA)
        drafts = compose_thank_yous([thank_you(p, topic=None) for p in people])
        checked = [(p, d, None) for p, d in zip(people, drafts, strict=True)]
        assert check_personal(checked, require_topics=False) == []

    def test_people_added_after_some_were_sent_get_texts_unlike_those_sent(self) -> None:
        """Two generic thank-yous went out; two people added to the round later shift
        everyone's rank, so a newcomer's base phrasing repeats a sent one: the newcomers
        step to other phrasings, and the sent texts are returned as written."""
        first = (SARAH, TOM)
        sent = compose_thank_yous([thank_you(p, topic=None) for p in first])
        later = (SARAH, TOM, RAJ, Person("Mina Park", "mina.park@acme.example"))
        inputs = [thank_you(p, topic=None) for p in later]
        before = compose_thank_yous(inputs)
        clash = any(
            similarity(before[i].body, sent[j].body, later) >= SIMILARITY_LIMIT
            for i in range(2, len(later))
            for j in range(2)
        )
        assert clash, "the scenario: without the sent texts a newcomer repeats one"
        drafts = compose_thank_yous(inputs, written={0: sent[0], 1: sent[1]})
        assert drafts[:2] == sent
        checked = [(p, d, None) for p, d in zip(later, drafts, strict=True)]
        assert check_personal(checked, require_topics=False) == []

    def test_stable_per_interviewer(self) -> None:
        """Input order does not change who gets which phrasing."""
        forward = compose_thank_yous(panel((SARAH, RAJ)))
        backward = compose_thank_yous(panel((RAJ, SARAH)))
        assert forward == (backward[1], backward[0])

    def test_case_changes_phrasing(self) -> None:
        """Another case picks phrasings afresh."""
        bodies = {
            compose_thank_you(thank_you(case_key=f"case-{n}", variant=0)).body for n in range(12)
        }
        assert len(bodies) > 1

    def test_from_parsed_notes(self) -> None:
        """Notes parsed from a reply flow into the right mails."""
        notes = parse_notes(
            "Sarah: budgets in Asia\nRaj: on-call rota\nIdea: a runbook", (SARAH, RAJ)
        )
        inputs = [thank_you(p, topic=notes.topic_for(p), idea=notes.idea) for p in (SARAH, RAJ)]
        sarah, raj = compose_thank_yous(inputs)
        assert "budgets in Asia" in sarah.body
        assert "on-call rota" in raj.body
        assert "a runbook" in sarah.body


class TestCheckPersonal:
    """Personal or nothing."""

    def draft(self, body: str) -> Draft:
        """A draft with a fixed subject (helper)."""
        return Draft("Thank you", body)

    def test_missing_topic(self) -> None:
        """A mail that does not mention its person's topic is reported."""
        problems = check_personal([(SARAH, self.draft("Dear Sarah, thanks."), "China")])
        assert [p.kind for p in problems] == ["missing_topic"]
        assert "China" in str(problems[0])

    def test_topic_match_ignores_case_and_spacing(self) -> None:
        """Topic matching ignores case, accents and spacing."""
        body = "Dear Sarah, I enjoyed talking about Project   Management in CHINA."
        assert check_personal([(SARAH, self.draft(body), "project management in china")]) == []

    def test_no_topic(self) -> None:
        """A missing topic is reported unless generic mails are allowed."""
        assert [p.kind for p in check_personal([(SARAH, self.draft("x"), None)])] == ["no_topic"]
        assert check_personal([(SARAH, self.draft("x"), None)], require_topics=False) == []

    def test_identical_after_names(self) -> None:
        """Copies that differ only in the name are too similar."""
        template = "Dear {n}, thank you for your time yesterday. I enjoyed our talk about {t}. "
        template += "I look forward to the next steps. Best regards, Jane"
        drafts = [
            (SARAH, self.draft(template.format(n="Sarah", t="China")), "China"),
            (RAJ, self.draft(template.format(n="Raj", t="Kafka")), "Kafka"),
        ]
        problems = check_personal(drafts)
        assert [p.kind for p in problems] == ["too_similar"]
        assert problems[0].people == (SARAH, RAJ)

    def test_exact_copy(self) -> None:
        """Exactly the same body twice is too similar."""
        body = "Dear all, thanks for China and Kafka."
        drafts = [(SARAH, self.draft(body), "China"), (RAJ, self.draft(body), "Kafka")]
        kinds = {p.kind for p in check_personal(drafts)}
        assert "too_similar" in kinds
        assert "foreign_topic" in kinds

    def test_foreign_topic(self) -> None:
        """A mail that carries someone else's topic is reported."""
        drafts = [
            (SARAH, self.draft("Dear Sarah, about China and the Kafka migration."), "China"),
            (
                RAJ,
                self.draft("Hi Raj! A completely different text on the Kafka migration."),
                "the Kafka migration",
            ),
        ]
        assert [p.kind for p in check_personal(drafts)] == ["foreign_topic"]

    def test_overlapping_topics_allowed(self) -> None:
        """A topic contained in one's own topic is not foreign."""
        drafts = [
            (
                SARAH,
                self.draft("Dear Sarah, project management in China was great."),
                "project management in China",
            ),
            (RAJ, self.draft("Raj, our chat about China stayed with me all week long."), "China"),
        ]
        assert check_personal(drafts) == []

    def test_threshold(self) -> None:
        """The threshold is configurable."""
        a = "Dear Sarah, one two three four five six seven eight China."
        b = "Dear Raj, one two three four nine ten eleven twelve Kafka."
        drafts = [(SARAH, self.draft(a), "China"), (RAJ, self.draft(b), "Kafka")]
        assert check_personal(drafts) == []
        assert [p.kind for p in check_personal(drafts, threshold=0.5)] == ["too_similar"]

    def test_similarity_masks_names(self) -> None:
        """Similarity ignores names and addresses of the people given."""
        a = "Dear Sarah Connor, thanks (sarah@acme.com)."
        b = "Dear Raj Patel, thanks (raj@acme.com)."
        assert similarity(a, b, (SARAH, RAJ)) == 1.0
        assert similarity(a, b) < 1.0


class TestNotesPrompt:
    """The mail asking for notes."""

    def prompt(self, *people: Person) -> Draft:
        """Render the prompt for these interviewers (helper)."""
        return compose_notes_prompt(
            NotesPromptInput(
                case_key="case-1",
                user_name="Jane Doe",
                company="Acme",
                role="Operations Manager",
                interview_start_local=START,
                interviewers=people,
                thank_you_due_local=dt.datetime(2026, 6, 3, 9, 30, tzinfo=LONDON),
            )
        )

    def test_subject_tagged(self) -> None:
        """The subject is recognisable and names the interview."""
        subject = self.prompt(SARAH).subject
        assert subject.startswith(OWN_SUBJECT_TAG)
        assert "Acme" in subject

    def test_lists_people_and_answer_lines(self) -> None:
        """Who was met (with titles) and a line to answer for each are listed."""
        body = self.prompt(SARAH, RAJ).body
        assert "Sarah Connor, Head of Operations <sarah@acme.com>" in body
        assert "\nSarah:\n" in body
        assert "\nRaj:\n" in body
        assert "All:" in body
        assert "Gut:" in body
        assert "Idea:" in body
        assert "Wednesday 3 June at 09:30" in body

    def test_asks_for_missing_address(self) -> None:
        """A person without an address is asked for in "Name <address>" form."""
        body = self.prompt(Person("Raj")).body
        assert 'reply with "Raj <their address>"' in body

    def test_asks_for_missing_name(self) -> None:
        """A person known only by address is asked for by name."""
        body = self.prompt(Person(None, "lee@acme.com")).body
        assert '"Full Name <lee@acme.com>"' in body
        assert "\nlee@acme.com:\n" in body

    def test_asks_for_missing_title(self) -> None:
        """A missing job title is asked for."""
        assert "Raj's title:" in self.prompt(RAJ).body

    def test_shared_first_name_uses_full_name(self) -> None:
        """Two Sarahs get full-name answer lines."""
        body = self.prompt(SARAH, Person("Sarah Lee", "slee@acme.com")).body
        assert "\nSarah Connor:\n" in body
        assert "\nSarah Lee:\n" in body

    def test_nobody_known(self) -> None:
        """Without interviewers, the prompt asks who they met."""
        body = self.prompt().body
        assert "Full Name <their address>" in body
        assert "You met" not in body

    def test_answer_lines_parse_back(self) -> None:
        """Answer lines completed by the user parse back to the right people."""
        people = (SARAH, Person("Sarah Lee", "slee@acme.com"), Person(None, "lee@acme.com"))
        body = self.prompt(*people).body
        answer_lines = [
            line
            for line in body.splitlines()
            if re.fullmatch(r"[^:()]+:", line) and line != "You met:"
        ]
        assert answer_lines == ["Sarah Connor:", "Sarah Lee:", "lee@acme.com:"]
        reply = "\n".join(f"{line} topic {n}" for n, line in enumerate(answer_lines))
        notes = parse_notes(reply, people)
        assert len(notes.topics) == 3


class TestNotesReminder:
    """The single reminder."""

    def reminder(self, on_missing: str = "hold") -> Draft:
        """Render a reminder (helper)."""
        return compose_notes_reminder(
            NotesReminderInput(
                case_key="case-1",
                user_name="Jane Doe",
                company="Acme",
                role="Operations Manager",
                interview_start_local=START,
                interviewers=(SARAH, RAJ),
                missing=(RAJ,),
                due_local=dt.datetime(2026, 6, 3, 9, 30, tzinfo=LONDON),
                on_missing_notes=on_missing,  # type: ignore[arg-type]
            )
        )

    def test_hold(self) -> None:
        """With hold, the reminder names who lacks notes and says nothing is sent."""
        draft = self.reminder()
        assert draft.subject.startswith(OWN_SUBJECT_TAG)
        assert "Raj Patel" in draft.body
        assert "Sarah Connor" not in draft.body
        assert "\nRaj:" in draft.body
        assert "nothing is sent" in draft.body

    def test_send_generic(self) -> None:
        """With send_generic, the reminder says a general thank-you goes out."""
        assert "general thank-you" in self.reminder("send_generic").body


class TestCallDigest:
    """The call-needed digest."""

    def digest(self, *items: DigestItem) -> Draft:
        """Render a digest (helper)."""
        return compose_call_digest(
            DigestInput(user_name="Jane Doe", today_local=dt.date(2026, 6, 8), items=items)
        )

    ACME = DigestItem(
        case_ref="Acme",
        company="Acme",
        role="Operations Manager",
        contact=SARAH,
        reason="no reply 3 business days after your thank-you",
        phones=("+442079460000",),
        last_message_from=SARAH,
        last_message_at_local=dt.datetime(2026, 6, 3, 10, 12, tzinfo=LONDON),
        last_message_excerpt="We'll be in touch next week.\nBcc: x",
    )
    GLOBEX = DigestItem(
        case_ref="Globex",
        company="Globex",
        role="Analyst",
        contact=Person("Bob Agent", "bob@brightstaff.com", "Recruiter"),
        agency="Brightstaff",
        reason="the company said it would decide by Friday 5 June",
    )

    def test_one_case(self) -> None:
        """A case shows company, role, contact, reason, phone and the last message."""
        draft = self.digest(self.ACME)
        assert draft.subject == f"{OWN_SUBJECT_TAG} Time to call: Acme — Operations Manager"
        assert "Sarah Connor" in draft.body
        assert "no reply 3 business days" in draft.body
        assert "+44 20 7946 0000" in draft.body
        assert "We'll be in touch next week." in draft.body
        assert "Wednesday 3 June at 10:12" in draft.body

    def test_agency_and_no_phone(self) -> None:
        """An agency case names the recruiter and says where to look for a number."""
        body = self.digest(self.ACME, self.GLOBEX).body
        assert "Bob Agent" in body
        assert "via Brightstaff" in body
        assert "no number found — look on Brightstaff's website" in body

    def test_custom_where_to_look(self) -> None:
        """A caller-supplied hint replaces the default."""
        item = replace(self.GLOBEX, where_to_look="in the Greenhouse mail of 3 June")
        assert "look in the Greenhouse mail of 3 June" in self.digest(item).body

    def test_questions_default(self) -> None:
        """Default questions for good and bad news are included."""
        body = self.digest(self.ACME).body
        for question in DEFAULT_GOOD_NEWS_QUESTIONS + DEFAULT_BAD_NEWS_QUESTIONS:
            assert question in body

    def test_questions_override(self) -> None:
        """Questions can be replaced."""
        draft = compose_call_digest(
            DigestInput(
                user_name="Jane",
                today_local=dt.date(2026, 6, 8),
                items=(self.ACME,),
                good_news_questions=("When do I start?",),
                bad_news_questions=("Why?",),
            )
        )
        assert "When do I start?" in draft.body
        assert DEFAULT_GOOD_NEWS_QUESTIONS[0] not in draft.body

    def test_several_cases(self) -> None:
        """Several cases are numbered and counted in the subject."""
        draft = self.digest(self.ACME, self.GLOBEX)
        assert draft.subject.endswith("2 cases")
        assert "1. Acme" in draft.body
        assert "2. Globex" in draft.body

    def test_reply_commands(self) -> None:
        """The digest explains how to close the loop."""
        body = self.digest(self.ACME).body
        assert '"done Acme"' in body
        assert '"snooze Acme 2d"' in body

    def test_excerpt_one_line(self) -> None:
        """A multi-line excerpt is shown on one line."""
        body = self.digest(self.ACME).body
        assert "next week. Bcc: x" in body


class TestLinkedIn:
    """LinkedIn reminder and invitation notes."""

    FORBIDDEN = re.compile(r"\b(meet|meeting|call|coffee|chat|catch up|schedule)\b", re.I)

    @pytest.mark.parametrize("variant", range(6))
    def test_note_polite_and_short(self, variant: int) -> None:
        """Every phrasing is under 300 characters and never asks for a meeting or call."""
        note = linkedin_note(
            SARAH,
            user_name="Jane Doe",
            company="Acme",
            topic="project management in China",
            variant=variant,
        )
        assert len(note) <= LINKEDIN_NOTE_LIMIT
        assert not self.FORBIDDEN.search(note)
        assert note.startswith("Hi Sarah,")
        assert "project management in China" in note

    def test_long_topic_falls_back(self) -> None:
        """A topic too long for 300 characters is left out rather than cut."""
        note = linkedin_note(SARAH, user_name="Jane", company="Acme", topic="x " * 200)
        assert len(note) <= LINKEDIN_NOTE_LIMIT
        assert "x x" not in note

    def test_long_company_cut(self) -> None:
        """Even an absurd company name gives at most 300 characters."""
        note = linkedin_note(SARAH, user_name="Jane", company="Acme " * 100, topic=None)
        assert len(note) <= LINKEDIN_NOTE_LIMIT

    @settings(max_examples=50, deadline=None)
    @given(st.text(max_size=400), st.text(max_size=80))
    def test_note_property(self, topic: str, company: str) -> None:
        """Any topic and company give a one-line note of at most 300 characters."""
        note = linkedin_note(SARAH, user_name="Jane Doe", company=company, topic=topic)
        assert len(note) <= LINKEDIN_NOTE_LIMIT
        assert "\n" not in note

    def test_reminder(self) -> None:
        """The reminder lists each person with a drafted note."""
        draft = compose_linkedin_reminder(
            LinkedInInput(
                case_key="case-1",
                user_name="Jane Doe",
                company="Acme",
                role="Operations Manager",
                outcome="rejection",
                contacts=(
                    LinkedInContact(SARAH, "project management in China"),
                    LinkedInContact(RAJ),
                ),
            )
        )
        assert draft.subject.startswith(OWN_SUBJECT_TAG)
        assert "Sarah Connor" in draft.body
        assert "Raj Patel" in draft.body
        assert "project management in China" in draft.body
        assert "Congratulations" not in draft.body

    def test_reminder_offer(self) -> None:
        """After an offer the reminder congratulates."""
        draft = compose_linkedin_reminder(
            LinkedInInput(
                case_key="c",
                user_name="Jane",
                company="Acme",
                role=None,
                outcome="offer",
                contacts=(LinkedInContact(SARAH),),
            )
        )
        assert "Congratulations" in draft.body

    def test_notes_differ_per_person(self) -> None:
        """Two people's notes are phrased differently."""
        draft = compose_linkedin_reminder(
            LinkedInInput(
                case_key="c",
                user_name="Jane",
                company="Acme",
                role=None,
                outcome="closed",
                contacts=(LinkedInContact(SARAH), LinkedInContact(RAJ)),
            )
        )
        notes = re.findall(r'"(.+)"', draft.body)
        assert len(notes) == 2
        assert notes[0].replace("Sarah", "N") != notes[1].replace("Raj", "N")


class TestNotices:
    """Dropped and send-failed notices."""

    def test_dropped(self) -> None:
        """The dropped notice says whom the user wrote to and when."""
        draft = compose_dropped_notice(
            DroppedNoticeInput(
                user_name="Jane Doe",
                company="Acme",
                role="Operations Manager",
                interviewer=SARAH,
                user_message_at_local=dt.datetime(2026, 6, 2, 18, 5, tzinfo=LONDON),
                user_message_subject="Re: Interview\r\nX-Evil: 1",
            )
        )
        assert (
            draft.subject
            == f"{OWN_SUBJECT_TAG} Thank-you to Sarah Connor not sent — you already wrote"
        )
        assert "Tuesday 2 June at 18:05" in draft.body
        assert "Re: Interview X-Evil: 1" in draft.body

    def test_send_failed(self) -> None:
        """The failure notice quotes the server's answer and the planned text."""
        draft = compose_send_failed(
            SendFailedInput(
                user_name="Jane Doe",
                company="Acme",
                role="Operations Manager",
                recipient=SARAH,
                error="550 5.1.1 user unknown\r\nBcc: evil@example.com",
                planned_body="Dear Sarah,\n\nThanks.\n",
            )
        )
        assert draft.subject == f"{OWN_SUBJECT_TAG} Not delivered: thank-you to Sarah Connor"
        assert "550 5.1.1 user unknown Bcc: evil@example.com" in draft.body
        assert "\nBcc:" not in draft.body
        assert "  Dear Sarah," in draft.body
        assert "sarah@acme.com" in draft.body

    def test_send_failed_no_address(self) -> None:
        """Without an address the notice says so."""
        draft = compose_send_failed(
            SendFailedInput(
                user_name="Jane",
                company=None,
                role=None,
                recipient=Person("Raj"),
                error="",
            )
        )
        assert "no usable address" in draft.body
        assert "no answer from the server" in draft.body


class TestHostileInput:
    """Anything in names, topics or companies stays data."""

    @settings(max_examples=60, deadline=None)
    @given(
        name=st.text(max_size=40),
        topic=st.text(min_size=1, max_size=80),
        role=st.text(max_size=40),
    )
    def test_thank_you_never_breaks(self, name: str, topic: str, role: str) -> None:
        """Hostile text renders without error and never puts a line break in the subject."""
        draft = compose_thank_you(
            thank_you(Person(name or None, "x@acme.com"), topic=topic, role=role)
        )
        assert not re.search(r"[\r\n\x00]", draft.subject)
        assert "\x00" not in draft.body
        assert "\r" not in draft.body
        assert not draft.body[:1].isspace()
