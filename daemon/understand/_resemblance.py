"""How much a message reads like the interview confirmations of the labelled sets.

The phrase rules name what makes mail an interview; they miss wording nobody wrote a rule
for ("Works for me - see you Thursday at 10" under the thread that set it up). This is a
second opinion learned from the labelled evaluation sets: a logistic regression over the
words and word pairs of the subject, the message's own words and its quoted history
(``bench/train_resemblance.py`` writes ``resemblance.json``; docs/quality.md has how it
was trained and measured). It never decides alone: the classifier asks it only where its
rules found the interview wording and the hiring themselves and left the mail as
``other`` for want of confirmation wording, and the mail must still state one future time
in its own words, from a person on the hiring side, with nothing left open
(``_classify._resembling``). Asked more broadly, it took other people's interviews,
vendors' demos and friends' plans for the user's interviews.

Pure: text in, a probability out; the weights are loaded once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ._quotes import text_below

_WORD = re.compile(r"\w+")
# Where each part stops counting (characters): a message's opening says what it is; a long
# newsletter or a thread's old history add nothing but cost (tokenising is most of it).
_LIMITS = (("s_", 300), ("", 2500), ("q_", 2000))
_DIGIT = re.compile(r"\d")
# A reply this short takes its time from the mail it quotes, when it books one.
_SHORT_REPLY = 1000
MODEL_FILE = "resemblance.json"
# The reason a verdict carries when the model's word made it (its score follows).
REASON = "reads like the interview confirmations the model learned"


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of a logistic regression over binary word and word-pair features."""

    intercept: float
    weights: dict[str, float]
    threshold: float


def parts(text: str, own: str) -> tuple[str, str]:
    """The own words (their first 3,000 characters) and the history quoted below them."""
    head = own[:3000]
    return head, text_below(text, head)


def may_state_time(subject: str, own: str, quoted: str) -> bool:
    """Whether the mail could state the time it books: a cheap test before the model reads.

    A time mostly has figures ("10am", "14h30", "3/9") in the subject or the own words. A
    short reply may name it without any ("tomorrow at noon") over quoted mail that has
    some, so that passes too. Mail with none (most personal mail) is not worth reading.
    """
    if _DIGIT.search(subject) or _DIGIT.search(own):
        return True
    return len(own) < _SHORT_REPLY and _DIGIT.search(quoted[: _LIMITS[2][1]]) is not None


def features(subject: str, own: str, quoted: str) -> set[str]:
    """The binary features of a message: the words and word pairs of each part.

    Words are case-folded and each part has its own prefix: "interview" in the subject, in
    the sender's own words and in the quoted history are three features.
    """
    found: set[str] = set()
    for (prefix, limit), text in zip(_LIMITS, (subject, own, quoted), strict=True):
        # Anything but letters ("10am", "14h30", "3") is "#": a time's figures say nothing
        # about what the mail is.
        words = [w if w.isalpha() else "#" for w in _WORD.findall(text[:limit].casefold())]
        firsts = [prefix + w for w in words]
        found.update(firsts)
        found.update([f"{a}_{b}" for a, b in zip(firsts, words[1:], strict=False)])
    return found


def probability(model: Model, subject: str, own: str, quoted: str) -> float:
    """The model's probability that the message confirms an interview."""
    get = model.weights.get
    z = model.intercept + sum(get(f, 0.0) for f in features(subject, own, quoted))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def load(text: str) -> Model:
    """A model from its JSON text (``resemblance.json``'s layout)."""
    data = json.loads(text)
    return Model(
        intercept=float(data["intercept"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
    )


@cache
def shipped() -> Model:
    """The model shipped with the package (read once per process)."""
    return load(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
