"""The learned second opinion (``daemon.understand._resemblance``) and where it may speak.

The model only says that mail reads like an interview confirmation. These tests hold the
rest of the contract: it is asked only about mail the rules left as ``other`` after
finding the interview wording and the hiring themselves, the mail must still state one
future time nobody asks about, automated mail is never its business, and
``learned_model: false`` turns it off.
The shipped weights must come from the readable labelled sets exactly (never a holdout
half or tests/eval17).

Every message was written for these tests (invented people and companies under .example
names).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, _resemblance, understand

from .messages import alex_in_new_york, mail, quoted

ROOT = Path(__file__).resolve().parents[3]
NY = ZoneInfo("America/New_York")
ON = alex_in_new_york()
OFF = alex_in_new_york(learned=False)
LEARNED = _resemblance.REASON


def _read(sender: str, subject: str, body: str, ctx: Context = ON, **extra: str) -> Understanding:
    return understand(mail(sender=sender, subject=subject, body=body, headers=extra), ctx)


# A talent partner settling the time without a word the rules take for confirmation.
SETTLED = (
    "Maya Lind <maya.lind@cobaltreach.example>",
    "Product Designer - Friday",
    "Hi Alex,\n\nSo Friday 6 March, 2pm Eastern, with me and Joel (design director). We'll "
    "look at one of your case studies together, so have it to hand. About an hour on "
    "video, link to follow.\n\nMaya\nTalent Partner, Cobaltreach",
)


class TestFeatures:
    def test_parts_have_their_own_prefix(self) -> None:
        found = _resemblance.features("Interview", "interview on", "interview")
        assert {"s_interview", "interview", "q_interview", "interview_on"} <= found

    def test_figures_are_one_word(self) -> None:
        """ "10am", "14h30" and "3" say nothing about what the mail is."""
        found = _resemblance.features("", "at 10am or 14h30 on 3/9", "")
        assert {"at_#", "#_or", "or_#", "on_#", "#_#"} <= found
        assert not any(ch.isdigit() for f in found for ch in f)

    def test_case_folded(self) -> None:
        assert _resemblance.features("", "GESPRÄCH Straße", "") >= {"gespräch", "strasse"}

    def test_only_the_opening_counts(self) -> None:
        """A long thread's old history is not read (cost, and it says little)."""
        late = "word " * 1000 + "needle"
        assert "q_needle" not in _resemblance.features("", "", late)
        assert "needle" not in _resemblance.features("", late, "")


class TestMayStateTime:
    def test_figures_in_the_own_words(self) -> None:
        assert _resemblance.may_state_time("", "see you at 3", "")

    def test_short_reply_takes_the_quoted_time(self) -> None:
        assert _resemblance.may_state_time("Re: role", "Works for me!", "> Thursday at 3?")

    def test_long_mail_without_figures_is_not_read(self) -> None:
        assert not _resemblance.may_state_time("", "no time " * 200, "> Thursday at 3?")

    def test_no_figures_anywhere(self) -> None:
        assert not _resemblance.may_state_time("Hello", "See you soon", "> Cheers")


class TestModel:
    def test_probability_is_the_logistic_of_the_sum(self) -> None:
        model = _resemblance.Model(intercept=-1.0, weights={"s_hi": 0.5, "x": 3.0}, threshold=0.5)
        got = _resemblance.probability(model, "Hi", "", "")
        assert got == pytest.approx(1 / (1 + math.exp(0.5)))

    def test_each_feature_counts_once(self) -> None:
        model = _resemblance.Model(intercept=0.0, weights={"hi": 1.0}, threshold=0.5)
        once = _resemblance.probability(model, "", "hi", "")
        assert _resemblance.probability(model, "", "hi hi hi", "") == once

    def test_far_below_is_zero(self) -> None:
        model = _resemblance.Model(intercept=-500.0, weights={}, threshold=0.5)
        assert _resemblance.probability(model, "", "", "") == 0.0

    def test_load_reads_the_shipped_layout(self) -> None:
        text = json.dumps({"intercept": 0.25, "weights": {"a": 1}, "threshold": 0.8, "x": 1})
        model = _resemblance.load(text)
        assert (model.intercept, model.weights, model.threshold) == (0.25, {"a": 1.0}, 0.8)


def _trainer() -> object:
    spec = importlib.util.spec_from_file_location(
        "train_resemblance", ROOT / "bench" / "train_resemblance.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_resemblance", module)
    spec.loader.exec_module(module)
    return module


class TestShippedModel:
    def test_threshold_is_a_probability(self) -> None:
        assert 0.5 <= _resemblance.shipped().threshold < 1.0

    def test_trained_on_the_readable_halves_only(self) -> None:
        """The weights come from exactly the readable labelled mail: the digest over every
        training message and label matches, and no unread set is among the sources."""
        trainer = _trainer()
        meta = json.loads(
            (ROOT / "daemon" / "understand" / _resemblance.MODEL_FILE).read_text("utf-8")
        )
        assert meta["trained_on"] == sorted(trainer.READABLE)  # type: ignore[attr-defined]
        rows = list(trainer.examples(trainer.READABLE))  # type: ignore[attr-defined]
        assert len(rows) == meta["messages"]
        assert trainer.data_digest(rows) == meta["data_sha256"], (  # type: ignore[attr-defined]
            "the labelled sets changed: retrain with bench/train_resemblance.py"
        )
        # Only dev halves of the split sets: every file's half is "dev" there.
        split_of = sys.modules["classify_quality"].split_of
        for name in trainer.DEV_ONLY:  # type: ignore[attr-defined]
            labels = (ROOT / "tests" / name / "labels.yaml").read_text("utf-8")
            holdout = [f for f in _files(labels) if split_of(f) == "holdout"]
            assert holdout, name  # the set has an unread half, and it was skipped
        dev_count = sum(
            1
            for name in trainer.DEV_ONLY  # type: ignore[attr-defined]
            for f in _files((ROOT / "tests" / name / "labels.yaml").read_text("utf-8"))
            if split_of(f) == "dev"
        )
        whole = sum(
            len(_files((ROOT / "tests" / name / "labels.yaml").read_text("utf-8")))
            for name in trainer.WHOLE  # type: ignore[attr-defined]
        )
        assert meta["messages"] == dev_count + whole


def _files(labels: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip() for line in labels.splitlines() if line.startswith("- file:")
    ]


class TestWhereItSpeaks:
    def test_finds_a_settled_time_the_rules_leave(self) -> None:
        got = _read(*SETTLED)
        assert got.kind is Kind.INTERVIEW, got.reasons
        assert got.interview is not None
        assert got.interview.start == dt.datetime(2026, 3, 6, 14, 0, tzinfo=NY)
        assert any(LEARNED in r for r in got.reasons)
        # The people and the company are read as for any interview.
        assert got.interview.company is not None

    def test_off_in_config_means_the_rules_alone(self) -> None:
        assert _read(*SETTLED, ctx=OFF).kind is Kind.OTHER

    def test_never_for_automated_mail(self) -> None:
        got = _read(*SETTLED, **{"Auto-Submitted": "auto-generated"})
        assert got.kind is not Kind.INTERVIEW

    def test_two_times_offered_are_not_a_booking(self) -> None:
        sender, subject, body = SETTLED
        offered = body.replace(
            "So Friday 6 March, 2pm Eastern", "Friday 6 March, 2pm Eastern or Monday 9 March, 11am?"
        )
        assert _read(sender, subject, offered).kind is not Kind.INTERVIEW


@pytest.fixture
def sure_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that is sure of every message: only the gates around it decide."""
    sure = _resemblance.Model(intercept=50.0, weights={}, threshold=0.75)
    monkeypatch.setattr(_resemblance, "shipped", lambda: sure)


@pytest.mark.usefixtures("sure_model")
class TestGatesHoldWhateverTheModelSays:
    def test_a_friend_settling_drinks(self) -> None:
        """ "Thursday 7:30 it is" reads like a booking; nothing in the thread is a job."""
        body = "Great - Thursday 7:30 it is. Sam" + quoted(
            "Alex Morgan <alex.morgan@gmail.com>",
            "Mon, Mar 2, 2026 at 9:12 AM",
            "Hey Sam, Thursday 7:30 or Friday after work?\nAlex",
        )
        assert _read("Sam Lee <sam.lee@gmail.com>", "Re: drinks", body).kind is Kind.OTHER

    def test_a_dentist_confirming(self) -> None:
        got = _read(
            "Smile Dental <frontdesk@smiledental.example>",
            "Your visit",
            "Dear Alex, see you on Thursday 5 March at 3:30pm with Dr. Ruiz.",
        )
        assert got.kind is Kind.OTHER

    def test_a_newsletter(self) -> None:
        got = _read(
            "Career Weekly <news@careerweekly.example>",
            "Interview tips for Thursday 5 March at 3pm",
            "Join our webinar on interviews, Thursday 5 March at 3pm.",
            **{"List-Unsubscribe": "<https://careerweekly.example/u>", "Precedence": "bulk"},
        )
        assert got.kind is not Kind.INTERVIEW

    def test_mail_without_a_time(self) -> None:
        got = _read(
            "Maya Lind <maya.lind@cobaltreach.example>",
            "Product Designer application",
            "Hi Alex, thanks for applying for the Product Designer role. More soon. Maya",
        )
        assert got.kind is not Kind.INTERVIEW

    def test_times_to_choose_from(self) -> None:
        got = _read(
            "Maya Lind <maya.lind@cobaltreach.example>",
            "Product Designer - next step",
            "Hi Alex, for the next step with Joel I have Friday 6 March at 2pm or Monday "
            "9 March at 11am open. Which suits you?\n\nMaya\nTalent Partner, Cobaltreach",
        )
        assert got.kind is not Kind.INTERVIEW

    def test_the_users_own_mail(self) -> None:
        _, subject, body = SETTLED
        got = _read("Alex Morgan <alex.morgan@gmail.com>", f"Re: {subject}", body)
        assert got.kind is not Kind.INTERVIEW

    def test_a_personal_address_without_a_hirers_signature(self) -> None:
        _, subject, body = SETTLED
        plain = body.replace("\nTalent Partner, Cobaltreach", "")
        got = _read("Maya Lind <maya.lind.home@gmail.com>", subject, plain)
        assert got.kind is not Kind.INTERVIEW

    @pytest.mark.parametrize(
        "hedge",
        [
            "Let me know if that works.",
            "Tentatively, until Joel confirms.",
            "I'll confirm tomorrow.",
            "Maybe better than Monday.",
            "Lass mich wissen, ob das passt.",
            "Dites-moi si cela vous convient.",
            "Avísame si te va bien.",
        ],
    )
    def test_anything_left_open(self, hedge: str) -> None:
        sender, subject, body = SETTLED
        got = _read(sender, subject, body.replace("link to follow.", f"link to follow. {hedge}"))
        assert got.kind is not Kind.INTERVIEW

    def test_a_question_anywhere(self) -> None:
        sender, subject, body = SETTLED
        got = _read(sender, subject, body.replace("link to follow.", "does Joel know you?"))
        assert got.kind is not Kind.INTERVIEW

    def test_a_social_plan_at_that_time(self) -> None:
        sender, subject, body = SETTLED
        social = body.replace("with me and Joel", "drinks with me and Joel")
        assert _read(sender, subject, social).kind is not Kind.INTERVIEW

    def test_the_settled_mail_itself_passes_the_gates(self) -> None:
        """The control: the same mail with none of the above is an interview."""
        assert _read(*SETTLED).kind is Kind.INTERVIEW

    def test_a_rejection_stays_one(self) -> None:
        got = _read(
            "Maya Lind <maya.lind@cobaltreach.example>",
            "Product Designer application",
            "Hi Alex, thank you for your time on 2 March. We have decided not to move forward "
            "with your application for the Product Designer role. Maya",
        )
        assert got.kind is Kind.REJECTION
