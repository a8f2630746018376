"""The years a sentence speaks of, beyond the ones it names: a neighbour's year, the year
before when it compares with "the previous year", and the other side of a turn of the year
("by the end of 2021" is "going into 2022"). A question that names a year is answered by a
sentence that speaks of it in any of these ways.
"""

from __future__ import annotations

import functools
import re

from reportqa.support import YEAR, Discourse


def figures_said_near(discourse: Discourse, sid: int, text: str, question: str) -> set[str]:
    """The figures and years near the sentence, with the years it names otherwise."""
    return _with_previous_year(discourse, sid, text) | years_at_the_turn(question, text)


_PREVIOUS_YEAR = re.compile(
    r"\b(?:the previous year|the year before|a year earlier|the preceding year|last year)\b",
    re.IGNORECASE,
)


def _with_previous_year(discourse: Discourse, sid: int, text: str) -> set[str]:
    """The figures near a sentence, and the year before each of its years when it compares
    with "the previous year" (2021 "compared to the previous year" speaks of 2020)."""
    near = discourse.numbers_near(sid)
    if not _PREVIOUS_YEAR.search(text):
        return near
    years = {n for n in near if YEAR.fullmatch(n)}
    return near | {str(int(y) - 1) for y in years}


# The turn of a year has two names: "going into 2022", "at the start of 2022" and "as of
# 1 January 2022" are "by the end of 2021".
_YEAR_START = re.compile(
    r"\b(?:(?:the )?(?:start|beginning|outset|turn) of|going into|entering|early|"
    r"(?:1(?:st)?|first of) january,?)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR_END = re.compile(
    r"\b(?:(?:the )?(?:end|close) of|late|31(?:st)? december,?)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def years_at_the_turn(question: str, text: str) -> frozenset[str]:
    """The years a sentence names by the other side of a turn of the year the question
    names: "By the end of 2021, 94% …" answers "going into 2022, what percent …"."""
    asked_start, asked_end = _turns_asked(question)
    said_end = {str(int(m.group(1)) + 1) for m in _YEAR_END.finditer(text)}
    said_start = {str(int(m.group(1)) - 1) for m in _YEAR_START.finditer(text)}
    return (asked_start & said_end) | (asked_end & said_start)


@functools.lru_cache(maxsize=256)
def _turns_asked(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The years the question names at their start and at their end: read once per question,
    not once per candidate sentence."""
    return (
        frozenset(m.group(1) for m in _YEAR_START.finditer(question)),
        frozenset(m.group(1) for m in _YEAR_END.finditer(question)),
    )
