"""Which came first: two dated sentences, quoted side by side, and the earlier date.

"Which came first: the joint statement or IOM's mapping?" is answered by the sentence that
dates each (each found as "when was …?" is), quoted with its citation; the short answer is the
date of the one asked for, a span of its quote. When the report dates only one of them, or
both on the same sentence, or both within the same known precision, no order is claimed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportqa.answer_types import DATE_SPAN, MONTH, MONTH_NAMES
from reportqa.model import Answer, Citation, Passage, Sentence

# "Which came first / started earlier / is older: A or B?"
# "Which was the first country to sign, A or B?" asks no order of dates: the order word must
# follow a verb of happening.
_COMPARISON = re.compile(
    r"^(?:which|what) (?:(?:of (?:the|these) (?:\w+ )?\w+|one) )?(?:came|happened|started|began|"
    r"took place|is|was|were|(?:was|were) (?:signed|adopted|established|created|launched|"
    r"set up|introduced|opened)) (?P<order>first|earlier|sooner|older|later|last|more recent|"
    r"newer)\b[^:?]*?[:,]\s*(?P<options>.+?)\s*\?*$",
    re.IGNORECASE,
)
_LATER = frozenset(["later", "last", "more recent", "newer"])


@dataclass(frozen=True, slots=True)
class Comparison:
    """The two things a "which came first" question compares, and which end it asks for."""

    options: tuple[str, str]
    later: bool  # "which is more recent": the later one is asked for


@dataclass(frozen=True, slots=True)
class DatedSentence:
    option: str
    sentence: Sentence
    date: str  # the date span inside the sentence
    key: tuple[int, int, int]  # (year, month, day), 0 where the span does not say


def compared_options(question: str) -> Comparison | None:
    """The two options of "Which came first: A or B?", or None for any other question."""
    m = _COMPARISON.match(" ".join(question.split()))
    if m is None:
        return None
    parts = re.split(r",?\s+or\s+", m.group("options"))
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    a, b = (re.sub(r"^(?:the|a|an)\s+", "", p.strip(), flags=re.IGNORECASE) for p in parts)
    return Comparison((a, b), m.group("order").lower() in _LATER)


def dating_question(option: str) -> str:
    """The question that finds the sentence dating one option."""
    return f"When was {option}?"


def date_key(span: str) -> tuple[int, int, int] | None:
    """ "20 August 2021" → (2021, 8, 20); "2019" → (2019, 0, 0); a range is not one date."""
    if not DATE_SPAN.fullmatch(span) or re.search(r"\d{4}-\d{4}", span):
        return None
    year = int(re.findall(r"\d{4}", span)[-1])
    month_name = MONTH.search(span)  # a date span names its month in full
    month = MONTH_NAMES.index(month_name.group()) + 1 if month_name else 0
    day = re.match(r"(\d{1,2}) ", span)
    return year, month, int(day.group(1)) if day else 0


def dated(option: str, sentence: Sentence, date: str | None) -> DatedSentence | None:
    key = date_key(date) if date else None
    return DatedSentence(option, sentence, date, key) if date and key else None


def order(comparison: Comparison, first: DatedSentence, second: DatedSentence) -> DatedSentence:
    """The one asked for, or ValueError when the dates do not tell them apart."""
    if first.sentence.id == second.sentence.id:
        raise ValueError("one sentence dates both")
    a, b = first.key, second.key
    # Compare only as precisely as both dates are given: "2021" vs "6 September 2021" is a tie.
    depth = next((i for i in range(3) if a[i] == 0 or b[i] == 0), 3)
    if a[:depth] == b[:depth]:
        raise ValueError("the dates do not order them")
    earlier, later = (first, second) if a[:depth] < b[:depth] else (second, first)
    return later if comparison.later else earlier


def comparison_answer(
    question: str,
    chosen: DatedSentence,
    both: list[DatedSentence],
    citation_of: Callable[[int, Sentence], Citation],
    passages: list[Passage],
) -> Answer:
    """Both dated sentences quoted in reading order; the short answer is the chosen date."""
    ordered = sorted(both, key=lambda d: d.sentence.id)
    citations: list[Citation] = [citation_of(n, d.sentence) for n, d in enumerate(ordered, 1)]
    text = " ".join(f"\u201c{c.quote}\u201d [{c.n}]" for c in citations)
    return Answer(question, text, chosen.date, False, citations, passages)
