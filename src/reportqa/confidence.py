"""The last check before an answer: how likely is the best sentence to answer at all?

The composer's rules let a sentence through when it meets every demand of the question; a
near-miss ("What kind of housing were the stranded migrants living in?") can meet them all
with a sentence on the right topic that does not say what is asked. What such sentences
share is measurable: the question's rarest words, or the very thing it asks for, are missing
from them, another sentence is closer in meaning, the runner-up is as good. A logistic model
over those measures, fitted on the read question splits (never `test` or `test_v1`), gives
the probability that the answer is right; under the fitted threshold the composer refuses.

The model is a JSON file of named weights (no pickle), versioned with the features it reads,
refitted with `reportqa eval --fit-confidence`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from reportqa.lexical import tokenize

if TYPE_CHECKING:
    from reportqa.candidates import AskedWords, Candidate
    from reportqa.index import Index
    from reportqa.model import Passage
    from reportqa.support import Discourse

SHIPPED = Path(__file__).with_name("confidence.json")
FORMAT = "reportqa-confidence/1"


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the composer knows about its best candidate; field order is the model's order."""

    semantic: float  # cosine of question and sentence
    overlap: float  # share of the question's words (by IDF) the sentence holds
    known: float  # share of the question's words (by IDF) the report uses at all
    score: float  # the composer's blended score
    margin: float  # how far ahead of the runner-up
    rarest_missing: float  # IDF of the rarest asked word the sentence lacks, over the maximum
    missing_words: float  # how many asked words it lacks
    asked_words: float  # how many content words the question has that the report uses
    rank_prior: float  # 1 / rank of the passage it came from
    closer_nearby: float  # best cosine of another retrieved sentence, minus its own
    closer_anywhere: float  # best cosine of any sentence of the collection, minus its own
    head_missing: float  # share (by IDF) of the asked thing ("what kind of housing") it lacks
    has_head: float  # 1 when the question names the thing it asks for

    def vector(self) -> np.ndarray:
        return np.array([getattr(self, f.name) for f in fields(self)], dtype=np.float64)


FEATURES = tuple(f.name for f in fields(Evidence))

# Words between the wh-word and the thing asked ("what is the …"), and the words that end it.
_NOT_HEAD = frozenset(
    "is are was were did does do has have had can could will would should may might must be "
    "been being the a an this that these those its their of for in on at to from by with "
    "about as into over under per between during".split()
)
_KIND_OF = frozenset("kind kinds type types sort sorts form forms category".split())
_WH = re.compile(r"\b(?:what|which|whose|how many|how much|how long|how often)\b(.*)", re.I)


def asked_head(question: str) -> list[str]:
    """The stems of the thing a wh-question asks for: "What kind of housing were …" gives
    housing; "Which IT company built …" gives company, built. Up to four words after the
    wh-word, any auxiliary or article and any "kind of", up to the next function word."""
    m = _WH.search(question)
    if not m:
        return []
    words = re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", m.group(1))
    i = 0
    while i < len(words) and (
        words[i].lower() in _NOT_HEAD
        or (words[i].lower() in _KIND_OF and words[i + 1 : i + 2] == ["of"])
    ):
        i += 1
    head: list[str] = []
    for word in words[i : i + 4]:
        if word.lower() in _NOT_HEAD or not word[0].isalpha():
            break
        head.append(word)
    return [t for w in head for t in tokenize(w)]


def retrieved_evidence(
    question: str,
    candidates: list[Candidate],
    words: AskedWords,
    discourse: Discourse,
    index: Index,
    found: tuple[list[Passage], np.ndarray],
) -> Evidence:
    """The measures of the best candidate, given what retrieval `found` (the passages and the
    question's vector): how close another retrieved sentence, and any sentence, comes."""
    passages, query_vector = found
    ranked = {c.sentence.id for c in candidates}
    others = [i for p in passages for i in p.chunk.sentence_ids if i not in ranked]
    vector = index.sentence_vector
    nearby = max((float(vector(i) @ query_vector) for i in others), default=0.0)
    anywhere = float(np.max(index.vectors @ query_vector))
    return evidence_of(question, candidates, words, discourse, nearby, anywhere)


def evidence_of(
    question: str,
    candidates: list[Candidate],
    words: AskedWords,
    discourse: Discourse,
    nearby: float,
    anywhere: float,
) -> Evidence:
    """The measures of the best candidate. `nearby` and `anywhere`: the best cosine with the
    question of another retrieved sentence and of any sentence of the collection."""
    d, idf = discourse, discourse.idf
    best = candidates[0]
    held = d.tokens[best.sentence.id].union(*(d.tokens[i.id] for i in best.lead))
    missing = [t for t in words.tokens if t not in held]
    head = [t for t in asked_head(question) if t in d.df and not d.common(t)]
    head_weight = sum(idf[t] for t in head)
    head_missing = sum(idf[t] for t in head if t not in held)
    second = candidates[1].score if len(candidates) > 1 else 0.0
    return Evidence(
        semantic=best.semantic,
        overlap=best.overlap,
        known=words.known,
        score=best.score,
        margin=best.score - second,
        rarest_missing=max((idf[t] for t in missing), default=0.0) / d.max_idf,
        missing_words=float(len(missing)),
        asked_words=float(len(words.tokens)),
        rank_prior=best.rank_prior,
        closer_nearby=nearby - best.semantic,
        closer_anywhere=anywhere - best.semantic,
        head_missing=head_missing / head_weight if head_weight else 0.0,
        has_head=1.0 if head else 0.0,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ConfidenceModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float  # below this probability the composer refuses
    fitted_on: dict  # which splits, how many answers, the cross-validated trade-off

    def probability(self, evidence: Evidence) -> float:
        z = (evidence.vector() - np.array(self.mean)) / np.array(self.scale)
        return float(1.0 / (1.0 + np.exp(-(z @ np.array(self.weights) + self.bias))))

    def accepts(self, evidence: Evidence) -> bool:
        return self.probability(evidence) >= self.threshold

    def save(self, path: Path) -> None:
        data = {"format": FORMAT, **asdict(self)}
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ConfidenceModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.pop("format", None) != FORMAT or tuple(data["features"]) != FEATURES:
            raise ValueError(
                f"{path} was fitted for other features; refit it with "
                "`reportqa eval --fit-confidence`"
            )
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel | None:
    """The model fitted for this release, or None when it was never fitted."""
    return ConfidenceModel.load(SHIPPED) if SHIPPED.exists() else None


def fit_logistic(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, iterations: int = 30
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Mean, scale, weights and bias of an L2-penalised logistic regression, by Newton steps
    on standardised features: deterministic, no solver to install."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return mean, scale, w[:-1], float(w[-1])


def predict(
    x: np.ndarray, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray, bias: float
) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ weights + bias)))


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str], *, folds: int = 5) -> np.ndarray:
    """Each answer's probability from a model fitted without its whole split: a split is one
    writer's questions, so this measures how the model does on a new writer."""
    names = sorted(set(groups))
    fold = np.array([names.index(g) % folds for g in groups])
    p = np.zeros(len(y))
    for f in range(folds):
        held = fold == f
        if held.all() or not held.any():
            continue
        p[held] = predict(x[held], *fit_logistic(x[~held], y[~held]))
    return p


def choose_threshold(
    p: np.ndarray, outcomes: list[str], *, right_cost: float = 2.0
) -> tuple[float, list[tuple[float, int, int, int]]]:
    """The threshold that refuses the most answers to unanswerable questions, counting each
    right answer it refuses as `right_cost` of them (a right answer refused costs both answer
    accuracy and false refusals). Outcomes: "right", "wrong" or "unanswerable". Returns the
    threshold and the sweep (threshold, right, wrong, unanswerable refused)."""
    kinds = np.array(outcomes)
    best, sweep = (0.0, 0.0), []
    for threshold in np.round(np.arange(0.05, 0.801, 0.01), 2):
        below = p < threshold
        right, wrong, unanswerable = (int((below & (kinds == k)).sum()) for k in _OUTCOMES)
        sweep.append((float(threshold), right, wrong, unanswerable))
        value = unanswerable - right_cost * right
        if value > best[0] + 1e-9:
            best = (value, float(threshold))
    return best[1], sweep


_OUTCOMES = ("right", "wrong", "unanswerable")
