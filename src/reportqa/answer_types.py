"""What kind of answer a question asks for, and whether a sentence can hold one.

The composer only quotes a sentence as the answer to "how many …" if it holds a number,
to "when …" if it holds a date, and so on; these checks are deliberately simple and
transparent so that a refusal can be explained.
"""

from __future__ import annotations

import re

NUMBER, DATE, ENTITY, PLACE = "number", "date", "entity", "place"

_QUESTION_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (NUMBER, re.compile(
        r"\bhow (?:many|much|large|big|long|often)\b"
        r"|\bwhat (?:share|percentage|percent|proportion|fraction|number|amount|portion)\b"
        r"|\bwhat (?:is|was|were|are) the (?:number|share|percentage|proportion|amount|total|"
        r"rate|size|count|figure)\b|\bby how much\b|\bto what extent\b.*\bincrease"
    )),
    (DATE, re.compile(
        r"\bwhen\b|\bwhat (?:year|date|month|day)\b|\b(?:in|on|since|from|by) (?:which|what) "
        r"(?:year|date|month|day)\b|\bwhich (?:year|date|month)\b|\bhow long ago\b"
    )),
    (PLACE, re.compile(
        r"\bwhere\b|\b(?:which|what|in which|in what) (?:city|cities|region|regions|place|"
        r"places|town|province|location)\b"
    )),
    (ENTITY, re.compile(
        r"^\s*(?:who|whom|whose)\b|\b(?:who|whom)\b|\b(?:which|what) (?:organi[sz]ations?|"
        r"body|bodies|agency|agencies|ministry|ministries|institutions?|authority|authorities|"
        r"bank|company|programme|program|law|code|countries|country|states?|partners?|"
        r"ngos?|group|council|platform|document|agreement|campaign|application|app)\b"
    )),
]

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|half|third|quarter|dozen|double|twice"
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_HAS_DATE = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b")
_HAS_NAME = re.compile(r"(?<=\S\s)[A-Z][\w'’.-]+|\b[A-Z]{2,}\b|\"[A-Z]|“[A-Z]")

# The figure, date or name a short answer can be; searched for inside a cited quote only.
NUMBER_SPAN = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%?(?:-\d+(?:\.\d+)?%?)?(?![\w])"
)
DATE_SPAN = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS}) (?:1[89]|20)\d\d|(?:{_MONTHS}) (?:1[89]|20)\d\d"
    rf"|(?:1[89]|20)\d\d(?:-(?:1[89]|20)\d\d)?)\b"
)
NAME_SPAN = re.compile(
    r"(?:[A-Z][\w'’.-]*|\"[A-Z][^\"]{1,60}\"|“[^”]{1,60}”)"
    r"(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*(?:[A-Z][\w'’.-]*|\"[^\"]{1,60}\"|“[^”]{1,60}”))*"
)


def expected_type(question: str) -> str | None:
    """The answer type a question's form asks for, or None for open questions."""
    q = " ".join(question.lower().split())
    for kind, pattern in _QUESTION_FORMS:
        if pattern.search(q):
            return kind
    return None


def holds_type(sentence: str, kind: str | None) -> bool:
    """Whether a sentence can hold an answer of the given type."""
    if kind is None:
        return True
    if kind == NUMBER:
        return _HAS_NUMBER.search(sentence) is not None
    if kind == DATE:
        return _HAS_DATE.search(sentence) is not None
    return _HAS_NAME.search(sentence) is not None
