"""The short answer: the exact span inside the cited quote that answers — a figure, a date or
a name — or nothing. A journalist pastes it, so a wrong one is worse than none: a year is never
the figure asked, a share is a percentage, a count is the figure before the counted word, and a
name is one the question does not give and the report does not use everywhere.
"""

from __future__ import annotations

import re

from reportqa.answer_types import (
    DATE,
    DATE_SPAN,
    FUNCTION_START,
    NAME_SPAN,
    NUMBER,
    NUMBER_SPAN,
    PLACE,
    reference_spans,
)
from reportqa.lexical import tokenize
from reportqa.support import FORM_WORDS, may_be_a_place

# ", Name" or " and Name" continuing a list of names.
_NEXT_IN_LIST = re.compile(
    rf"(?:,?\s+(?:and|or)\s+(?:the\s+)?|,\s+)(?:{NAME_SPAN.pattern})"
    r"(?:\s+(?:region|city|oblast|district|province|area|republic))?"
)


def short_answer(
    question: str, kind: str | None, quote: str, *, lower_case: frozenset[str] = frozenset()
) -> str | None:
    """The figure, date or name inside the quote that stands among the question's words.
    `lower_case`: words the text writes in lower case, so that a capital that only opens the
    quote ("Bilateral negotiations …") is no name."""
    if kind is None:
        return None
    pattern = {NUMBER: NUMBER_SPAN, DATE: DATE_SPAN}.get(kind, NAME_SPAN)
    spans = [m for m in pattern.finditer(quote) if m.group().strip()]
    if kind == NUMBER:
        skip = reference_spans(quote)
        skip += [m.span() for m in DATE_SPAN.finditer(quote) if re.fullmatch(r"\d{4}", m.group())]
        spans = [m for m in spans if not any(a <= m.start() < b for a, b in skip)]
    q_lower = question.lower()
    spans = [m for m in spans if m.group().strip('"“”').lower() not in q_lower]
    if pattern is NAME_SPAN:  # "These are the cities of …": a capital that only starts it
        spans = [
            m
            for m in spans
            if not (m.start() == 0 and m.group().split()[0].lower() in FUNCTION_START)
            and not (m.start() == 0 and m.group().lower() in lower_case)
        ]
        if kind == PLACE:  # "Xi'an", not "Consulate General" or "PRC"
            spans = [m for m in spans if may_be_a_place(m.group())] or spans
    if not spans:
        return None
    wanted = set(tokenize(question)) - FORM_WORDS
    words = [(m.start(), set(tokenize(m.group()))) for m in re.finditer(r"[^\W_]+", quote)]

    def support(m: re.Match[str]) -> tuple[int, int]:
        # Question words in a window around the span: the figure the question is about
        # stands among its words ("18 different types of public services for entering").
        before = [w for pos, w in words if pos < m.start()][-5:]
        after = [w for pos, w in words if pos >= m.end()][:8]
        return (-len(wanted & set().union(*before, *after)), m.start())

    best = min(spans, key=support)
    if pattern is NAME_SPAN:
        return _whole_list(quote, best)
    return best.group().strip()


def reference_number(quote: str, question: str) -> str | None:
    """ "No. 642" in "Decree No. 642 of 18 August 2021": the first reference number in the
    quote that the question does not give."""
    for a, b in reference_spans(quote):
        m = re.search(r"(?:No\.\s*)?\d(?:[\d,.]*\d)?", quote[a:b])
        if m is not None and m.group() not in question:
            return m.group().strip()
    return None


def _whole_list(quote: str, name: re.Match[str]) -> str:
    """A name with the names listed after it ("Kyrgyzstan, Uzbekistan and Tajikistan"): the
    first of a list alone would answer "which countries" wrongly."""
    end = name.end()
    while m := _NEXT_IN_LIST.match(quote, end):
        end = m.end()
    found = quote[name.start() : end].strip()
    # The sentence's full stop is not part of the last name ("… and Tajikistan.").
    return found[:-1] if re.search(r"[a-z]\.$", found) else found
