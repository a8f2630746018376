"""What the composer weighs: the candidate sentences, the rejected ones and the question's words.

Apart from compose.py so that the confidence check (confidence.py) can read them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportqa.counting import equivalents
from reportqa.lexical import tokenize
from reportqa.model import Sentence
from reportqa.rankings import DEGREE_STEMS
from reportqa.support import YEAR

if TYPE_CHECKING:
    from reportqa.support import Discourse


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


def read_asked_words(question: str, discourse: Discourse) -> AskedWords:
    """The question's content words the report uses, and how much of the question they are.
    Words the report never uses are the asker's own wording: they can match nothing. "Besides
    patrol officers, which other staff …": the words of the known items count too, since the
    sentence that names them is the one that names the others."""
    d = discourse
    content = [t for t in dict.fromkeys(tokenize(question)) if not d.common(t)]
    known = [t for t in content if t in d.df]
    weight = sum(d.idf[t] for t in known)
    unknown = (len(content) - len(known)) * d.max_idf
    # "people" shares a topic with "persons": generic equivalents count as the same word.
    alike = tokenize(" ".join(e for w in question.lower().split() for e in equivalents(w)))
    topic = frozenset(t for t in (*content, *alike) if not d.common(t) and not YEAR.fullmatch(t))
    return AskedWords(known, weight, weight / (weight + unknown) if content else 1.0, topic)


def shares_a_word(
    words: AskedWords, candidate: Candidate, discourse: Discourse, *, paraphrase: float
) -> bool:
    """A word of the question other than a year: a sentence that shares only "2021" with
    "what was life expectancy in 2021" is not on its topic. A degree alone ("the largest oil
    field", "the largest flow of migrants") is not either, unless the sentence is close in
    meaning (`paraphrase`, the similarity calibrated on dev)."""
    tokens = discourse.tokens[candidate.sentence.id].union(
        *(discourse.tokens[i.id] for i in candidate.lead)
    )
    shared = words.topic & tokens
    if shared and shared <= DEGREE_STEMS:
        return candidate.semantic >= paraphrase
    return bool(shared)


def preferred(
    ranked: list[Candidate], gives: Callable[[Candidate], bool], *, ratio: float, min_score: float
) -> list[Candidate]:
    """The first close candidate that gives what is asked more exactly goes first when the
    best does not: close meaning is no substitute for the asked kind of answer. Close is
    `ratio` of the best's score, and never below `min_score` when the best is above it: one
    that could not answer alone does not displace one that can."""
    if not ranked or gives(ranked[0]):
        return ranked
    floor = ratio * ranked[0].score
    if ranked[0].score >= min_score:
        floor = max(floor, min_score)
    for i, c in enumerate(ranked[1:], start=1):
        if c.score >= floor and gives(c):
            return [c, *ranked[:i], *ranked[i + 1 :]]
    return ranked
