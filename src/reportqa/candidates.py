"""What the composer weighs: the candidate sentences, the rejected ones and the question's words.

Apart from compose.py so that the confidence check (confidence.py) can read them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportqa.model import Sentence


@dataclass(frozen=True, slots=True)
class AskedWords:
    tokens: list[str]  # the question's content words that the report uses
    weight: float  # their summed IDF
    known: float  # the share of the question's content (by IDF) that the report uses at all
    topic: frozenset[str]  # its words other than years, with their generic equivalents


@dataclass(slots=True)
class Candidate:
    sentence: Sentence
    semantic: float
    overlap: float
    rank_prior: float
    score: float
    # Sentences before this one that it continues ("It covers three regions …"): quoted with
    # it, and scored with it, since they say what "it" is.
    lead: tuple[Sentence, ...] = ()
    role: str = "answer"  # or "context": quoted only to say what the answer refers to


@dataclass(frozen=True, slots=True)
class Rejection:
    """A retrieved sentence that was not taken as the answer, and why."""

    sentence: Sentence
    semantic: float
    reason: str
    missing: frozenset[str] = frozenset()  # the stems of a requirement it does not meet


@dataclass(frozen=True, slots=True)
class Explanation:
    kind: str | None  # the answer type the question asks for
    candidates: list[Candidate]  # best first; the first answers if it reaches min_score
    rejected: list[Rejection]  # closest in meaning first
    min_score: float
    # The confidence check's probability for the best candidate and its threshold, when the
    # check reads it (the best passes min_score and is not tied to the question).
    confidence: tuple[float, float] | None = None
