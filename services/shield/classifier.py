"""A sentence classifier behind eight reason codes, for the wordings no phrase of lexicon.py covers.

One logistic regression per code over the words, word pairs and word stems of each sentence of the
`match` view (text.py: obfuscation already undone). It is trained when first used, in a few tenths of a
second, from text in the repository: the sentence bank (tone_bank.py) and the labelled suite's sentences of
`TRAINING_SPLITS`. Training is deterministic (full-batch Adam from zero weights, no random draw), so every
process holds the same model; no weights are stored. A sentence fails a code when the code's probability
reaches `THRESHOLD`; `explain` lists the features that pushed it there.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from services.shield import tone_bank
from services.shield.text import views

BANK = {
    "GUILT": tone_bank.GUILT,
    "PRESSURE": tone_bank.PRESSURE,
    "THREAT": tone_bank.THREAT,
    "FALSE_PROMISE": tone_bank.FALSE_PROMISE,
    "OFFER_INVENTED": tone_bank.OFFER_INVENTED,
    "NOT_ENGLISH": tone_bank.FOREIGN,
    "CHURN_MENTION": tone_bank.CHURN_MENTION,
    "INSULT": tone_bank.INSULT,
}
CODES = tuple(BANK)
# The labelled suite's splits whose sentences are training text, named one by one and never "every split":
# a split written later to measure the shield must stay unseen.
TRAINING_SPLITS = ("dev", "tune", "tune2", "tune3", "tune4", "heldout", "heldout2", "heldout3")
# The suite's sentences of this code are not used as examples of "none of the codes": a swear word reads
# close to an insult, and the phrase lists give it its code.
_NEAR_CODES = frozenset({"PROFANITY"})

THRESHOLD = 0.6
"""Probability from which a sentence fails a code. Chosen on sentences the model did not train on: at 0.6
no sentence of a good message of any split or of the language-model data fails (README, "Measured")."""
MIN_WORDS = 2
"""Shorter sentences ("Offer:", "Hi") are too little to judge; the phrase lists still read them."""
_LOG_ODDS = math.log(THRESHOLD / (1 - THRESHOLD))
STEPS = 100
RATE = 0.05
STEM = 5  # a word's first letters, so that "recycled" and "recycles" share a feature

_SENTENCE_END = re.compile(r"[.!?;:]+(?:\s+|$)|\n+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_TOKEN = re.compile(_WORD.pattern + r"|\d+(?:[.,]\d+)?")  # a word or a number


def sentences(match: str) -> list[str]:
    """The sentences of a `match` view (its two readings of spaced letters, split at " | ", apart)."""
    parts = match.split(" | ") if " | " in match else [match]
    return [s for part in parts for s in (p.strip() for p in _SENTENCE_END.split(part)) if s]


def features(sentence: str) -> list[str]:
    """The words (numbers as "0"), the pairs of words ("a b", with "<" and ">" for the sentence's ends) and
    the stems ("recyc-") of the longer words of one sentence of the match view."""
    return _features(_TOKEN.findall(sentence))


def _features(tokens: list[str]) -> list[str]:
    words = ["0" if w[0].isdigit() else w for w in tokens]
    ends = ["<", *words, ">"]
    return [
        *words,
        *[f"{a} {b}" for a, b in zip(ends, ends[1:], strict=False)],
        *[w[:STEM] + "-" for w in words if len(w) > STEM],
    ]


@dataclass(frozen=True)
class Model:
    """Each feature's weight for each code, and each code's bias, as Python floats: scoring one sentence in
    plain Python is several times faster than in numpy, whose every call costs microseconds."""

    rows: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    # The words of its training sentences not in another language: words it has seen used in English (the
    # language check reads a short sentence of none of them, checks._unknown_short_sentence).
    english: frozenset[str] = frozenset()

    def scores(self, sentence: str) -> list[float]:
        """Each code's log-odds for one sentence; its known features weigh 1/sqrt(their number) each."""
        return self._scores(_TOKEN.findall(sentence))

    def _scores(self, tokens: list[str]) -> list[float]:
        # `fsum` makes the sum independent of the order of the features (a set's order varies by process).
        rows = [row for row in map(self.rows.get, set(_features(tokens))) if row is not None]
        if not rows:
            return list(self.bias)
        scale = 1.0 / math.sqrt(len(rows))
        columns = zip(*rows, strict=True)
        return [b + scale * math.fsum(column) for b, column in zip(self.bias, columns, strict=True)]

    def probabilities(self, sentence: str) -> list[float]:
        return [1.0 / (1.0 + math.exp(-z)) for z in self.scores(sentence)]

    def explain(self, sentence: str, code: str, top: int = 5) -> list[tuple[str, float]]:
        """The features of the sentence that raised the code's log-odds most, with their share of it."""
        known = [f for f in set(features(sentence)) if f in self.rows]
        j = CODES.index(code)
        ranked = sorted(((self.rows[f][j] / math.sqrt(len(known)), f) for f in known), reverse=True)
        return [(f, round(w, 3)) for w, f in ranked[:top]]


# --- training text ------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_EXAMPLE = {"hi": "Hi Sam", "tenure": "14", "pct": "20", "months": "3", "bill": "80.00", "saving": "16.00",
            "new_bill": "64.00", "total": "48.00"}  # fmt: skip
_GREETINGS = (
    "hi {}", "hello {}", "dear {}", "hey {}", "hi {}!", "good morning {}", "hey there {}", "morning {}",
    "hello {}, thank you for your 9 months with us", "{}, thanks for being with us",
)  # fmt: skip


def _split_sentences(text: str) -> list[str]:
    return sentences(views(text).match)


def _template_sentences(template: str) -> list[str]:
    # A name is left out: names are neither English nor foreign (the foreign messages greet {name} too).
    return _split_sentences(_PLACEHOLDER.sub(lambda m: _EXAMPLE.get(m.group(1), ""), template))


def _greetings() -> list[str]:
    """Every first name the project knows, greeted in two of the usual ways: a name is no evidence."""
    from retention.facts import FIRST_NAMES

    forms = len(_GREETINGS)
    return [_GREETINGS[(i + j) % forms].format(name) for i, name in enumerate(FIRST_NAMES) for j in (0, 3)]


def _suite_sentences(splits: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(sentence, code or None) from the labelled suite's text: its unsafe sentences (a code of the eight, or
    None for the codes other checks give), its sentences in other languages, and every sentence of its good
    messages."""
    from services.shield.suite import disguise
    from services.shield.suite import splits as every_split

    by_name = {s.name: s for s in every_split()}
    for name in splits:
        split = by_name[name]
        for code, bad in split.bad.items():
            if code in _NEAR_CODES:
                continue
            for sentence in bad:
                for part in _split_sentences(disguise(sentence, "", split)):
                    yield part, code if code in BANK else None
        for text in (*split.foreign_mixed, *split.foreign):
            for part in _template_sentences(text):
                yield part, "NOT_ENGLISH"
        for text in (*split.offer_bodies, *split.plain_bodies, *split.opt_outs, split.filler):
            for part in _template_sentences(text):
                yield part, None


def training_data(splits: Iterable[str] = TRAINING_SPLITS) -> tuple[list[str], np.ndarray]:
    """Sentences of the match view, sorted, and their labels (one column per code); a sentence found twice
    keeps every code it was given."""
    labelled: dict[str, set[str]] = {}
    for code, bank in BANK.items():
        for text in bank:
            for sentence in _split_sentences(text):
                labelled.setdefault(sentence, set()).add(code)
    for text in (*tone_bank.BENIGN, *_greetings()):
        for sentence in _split_sentences(text):
            labelled.setdefault(sentence, set())
    for sentence, code in _suite_sentences(splits):
        labelled.setdefault(sentence, set()).update([code] if code else [])
    texts = sorted(labelled)
    labels = np.array([[code in labelled[t] for code in CODES] for t in texts], dtype=np.float64)
    return texts, labels


# --- training -----------------------------------------------------------------------------------


def train(texts: list[str], labels: np.ndarray, steps: int = STEPS, rate: float = RATE) -> Model:
    """One logistic regression per code, fitted by full-batch Adam from zero weights. A fixed number of
    steps without weight decay: stopping early is the regularization (chosen by cross-validation)."""
    from scipy import sparse  # only training needs it

    rows = [sorted(set(features(t))) for t in texts]
    vocabulary = {f: i for i, f in enumerate(sorted({f for row in rows for f in row}))}
    lengths = np.array([len(row) for row in rows])
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.fromiter((vocabulary[f] for row in rows for f in row), dtype=np.int32, count=indptr[-1])
    values = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    x = sparse.csr_matrix((values, indices, indptr), shape=(len(rows), len(vocabulary)))
    xt = x.T.tocsr()
    weights, bias = np.zeros((len(vocabulary), len(CODES))), np.zeros(len(CODES))
    # Adam's moments and a scratch array, updated in place: fresh arrays each step cost more than the maths.
    state = [(p, np.zeros_like(p), np.zeros_like(p), np.zeros_like(p)) for p in (weights, bias)]
    for step in range(1, steps + 1):
        error = x @ weights
        error += bias
        np.negative(error, out=error)
        np.exp(error, out=error)
        error += 1.0
        np.reciprocal(error, out=error)
        error -= labels
        error /= len(texts)
        for (p, m, v, scratch), grad in zip(state, (xt @ error, error.sum(axis=0)), strict=True):
            m *= 0.9
            np.multiply(grad, 0.1, out=scratch)
            m += scratch
            v *= 0.999
            np.multiply(grad, grad, out=scratch)
            scratch *= 0.001
            v += scratch
            np.sqrt(v, out=scratch)
            scratch *= 1.0 / np.sqrt(1.0 - 0.999**step)
            scratch += 1e-8
            np.divide(m, scratch, out=scratch)
            scratch *= rate / (1.0 - 0.9**step)
            p -= scratch
    foreign = CODES.index("NOT_ENGLISH")
    english = frozenset(
        w for t, row in zip(texts, labels, strict=True) if not row[foreign] for w in _WORD.findall(t)
    )
    return Model(
        dict(zip(vocabulary, map(tuple, weights.tolist()), strict=True)), tuple(bias.tolist()), english
    )


@cache
def model() -> Model:
    """The classifier, trained once per process."""
    return train(*training_data())


# --- use ----------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def sentence_codes(sentence: str) -> tuple[str, ...]:
    """The codes one sentence of the match view fails."""
    tokens = _TOKEN.findall(sentence)
    if len(tokens) < MIN_WORDS:
        return ()
    return tuple(code for code, z in zip(CODES, model()._scores(tokens), strict=True) if z >= _LOG_ODDS)


@lru_cache(maxsize=4096)
def codes(match: str) -> frozenset[str]:
    """The codes any sentence of a `match` view fails."""
    return frozenset(code for sentence in sentences(match) for code in sentence_codes(sentence))


def clear_caches() -> None:
    """Forget every sentence and text seen (the model stays): for timings."""
    sentence_codes.cache_clear()
    codes.cache_clear()
