"""What kind of answer a question asks for, and whether a sentence can hold one.

The composer only quotes a sentence as the answer to "how many …" if it holds a number,
to "when …" if it holds a date, and so on; these checks are deliberately simple and
transparent so that a refusal can be explained.
"""

from __future__ import annotations

import re

NUMBER, DATE, ENTITY, PLACE = "number", "date", "entity", "place"

_QUESTION_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (
        NUMBER,
        re.compile(
            r"^how (?:many|much|large|big|long|often|fast|old)\b"
            r"|^(?:what|which) (?:share|percentage|percent|proportion|fraction|number|amount|"
            r"portion|sum|figure|total|volume|population|budget|cost|size|count|rate)\b"
            r"|^(?:what|which) (?:is|was|were|are|has been) (?:the )?(?:\w+ )?(?:number|share|"
            r"percentage|proportion|amount|total|rate|size|count|figure|population|budget|cost|"
            r"volume|sum)\b|^by how much\b"
        ),
    ),
    (
        DATE,
        re.compile(
            r"^when\b|^(?:what|which) (?:year|date|month|day)\b|^(?:what|which) (?:is|was|were) "
            r"the (?:\w+ )?(?:date|year|month)\b|^(?:in|on|since|from|by|until) "
            r"(?:which|what) (?:year|date|month|day)\b|^how long ago\b|^since when\b"
        ),
    ),
    (
        PLACE,
        re.compile(
            r"^where\b|^(?:in |to |from )?(?:which|what) (?:city|cities|region|regions|place|"
            r"places|town|towns|province|location|border)\b"
        ),
    ),
    (
        ENTITY,
        re.compile(
            r"^(?:who|whom|whose)\b|^(?:by|to|with|from|for|of) (?:whom|which|what) (?:\w+ )?"
            r"(?:organi[sz]ations?|body|bodies|agency|ministry|institutions?|authority|country|"
            r"countries|states?|partners?|ngos?)\b|^(?:which|what) (?:organi[sz]ations?|body|"
            r"bodies|agency|agencies|ministry|ministries|institutions?|authority|authorities|bank|"
            r"company|countries|country|states?|partners?|ngos?|group|council|mission)\b"
        ),
    ),
]
# Where the question proper starts: its first wh-word, with the preposition before it.
_WH_START = re.compile(
    r"\b(?:(?:in|on|since|from|by|until|to|with|for|of) )?(?:how|what|which|when|where|who|whom"
    r"|whose)\b"
)
# A number that names a thing (Objective 7, Article 21, SDG 16, No. 642) is not a quantity.
_REFERENCE_NUMBER = re.compile(
    r"\b(?:Objectives?|Articles?|SDGs?|No\.|Chart|Table|Code|Goals?|Decree|Part|Clause|Annex)"
    r"\s*\(?\d[\d,.()\s-]*",
    re.IGNORECASE,
)

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|half|third|quarter|dozen|double|twice"
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_HAS_DATE = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b")
_HAS_NAME = re.compile(r"\b[A-Z][\w'’.-]+|\"[A-Z]|“[A-Z]")

# The figure, date or name a short answer can be; searched for inside a cited quote only.
NUMBER_SPAN = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%?(?:-\d+(?:\.\d+)?%?)?(?![\w])"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred)\b(?![\w-])",
    re.IGNORECASE,
)
DATE_SPAN = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS}) (?:1[89]|20)\d\d|(?:{_MONTHS}) (?:1[89]|20)\d\d"
    rf"|(?:1[89]|20)\d\d(?:-(?:1[89]|20)\d\d)?)\b"
)
NAME_SPAN = re.compile(
    r"(?:[A-Z][\w'’.-]*|\"[A-Z][^\"]{1,60}\"|“[^”]{1,60}”)"
    r"(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*(?:[A-Z][\w'’.-]*|\"[^\"]{1,60}\"|“[^”]{1,60}”))*"
)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Where numbers name things (Objective 7, Article 21) rather than count them."""
    return [m.span() for m in _REFERENCE_NUMBER.finditer(text)]


def expected_type(question: str) -> str | None:
    """The answer type a question's form asks for, or None for open questions."""
    q = " ".join(question.lower().split())
    for start in _WH_START.finditer(q):
        clause = q[start.start() :]
        for kind, pattern in _QUESTION_FORMS:
            if pattern.search(clause):
                return kind
        return None  # only the first wh-word says what is asked
    return None


def holds_type(sentence: str, kind: str | None) -> bool:
    """Whether a sentence can hold an answer of the given type."""
    if kind is None:
        return True
    if kind == NUMBER:
        return _HAS_NUMBER.search(_REFERENCE_NUMBER.sub(" ", sentence)) is not None
    if kind == DATE:
        return _HAS_DATE.search(sentence) is not None
    return _HAS_NAME.search(sentence) is not None


_FOCUS = re.compile(
    r"\b(?:how many|how much|number of|(?:share|percentage|proportion|fraction) of)\s+"
    r"((?:[\w'’-]+\s+){0,3})"
)
_FOCUS_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "did",
        "do",
        "does",
        "were",
        "was",
        "are",
        "is",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "been",
        "be",
        "being",
        "per",
        "about",
        "more",
        "than",
    ]
)


def counted_words(question: str) -> list[str]:
    """The words a "how many …" question counts ("how many victims of trafficking" → victims):
    a sentence that holds a number but does not mention them counts something else."""
    m = _FOCUS.search(question.lower())
    if m is None:
        return []
    words = []
    for word in m.group(1).split():
        if word in _FOCUS_STOP:
            break
        words.append(word)
    return words[:2]


_PROPER = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][\w’'-]*[a-z][\w’'-]*|\b[A-Z]{2,}\b")


def proper_names(question: str) -> list[str]:
    """Capitalised words inside the question (not its first word): names the answer must share."""
    return [m.group() for m in _PROPER.finditer(question.strip()) if m.start() > 0]
